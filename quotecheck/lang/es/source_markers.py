"""Expressions that introduce a source without a speech verb (lower case, as matched):
"según el ministro, …", "de acuerdo con la policía", "a juicio de los expertos".

"para" is listed for opinions ("Para el presidente, la medida es …"); it is also a very frequent
preposition, and the engine only takes it as a source when a name or role follows at once.
"""

SOURCE_MARKERS = (
    "según",
    "de acuerdo con",
    "a juicio de",
    "en palabras de",
    "en opinión de",
    "a decir de",
    "para",
)

# "para" counts only before a name or a role ("Para el ministro, …", not "para ello")
NAMED_SOURCE_MARKERS = frozenset({"para"})

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset()

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ("el cual", "la cual", "los cuales", "las cuales", "quien", "quienes")
