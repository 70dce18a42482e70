"""Expressions that introduce a source without a speech verb (lower case, as matched):
"segundo o ministro, …", "de acordo com a polícia", "conforme a assessoria".

"para" is listed for opinions ("Para o presidente, a medida é …"); it is also a very frequent
preposition, and the engine only takes it as a source when a name or role follows at once.
"""

SOURCE_MARKERS = (
    "segundo",
    "de acordo com",
    "conforme",
    "na opinião de",
    "nas palavras de",
    "na avaliação de",
    "para",
)

# "para" counts only before a name or a role ("Para o ministro, …", not "para isso")
NAMED_SOURCE_MARKERS = frozenset({"para"})

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset()

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ("o qual", "a qual", "os quais", "as quais", "quem")
