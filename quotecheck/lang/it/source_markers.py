"""Expressions that introduce a source without a speech verb (lower case, as matched):
"secondo il ministro, …", "a detta degli esperti", "stando a fonti di governo".

"per" is listed for opinions ("Per il presidente, la misura è …"); it is also a very frequent
preposition, and the engine only takes it as a source when a name or role follows at once.
"""

SOURCE_MARKERS = (
    "secondo",
    "a detta di",
    "a detta del",
    "a detta della",
    "a detta degli",
    "stando a",
    "a parere di",
    "a giudizio di",
    "per",
)

# "per" counts only before a name or a role ("Per il ministro, …", not "per questo")
NAMED_SOURCE_MARKERS = frozenset({"per"})

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset()

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ("il quale", "la quale", "i quali", "le quali", "cui")
