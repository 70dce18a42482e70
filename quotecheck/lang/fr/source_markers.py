"""Phrases that introduce a source before a name: "selon X", "d'après X", "pour X".

The engine looks for a speaker mention right after the marker; for the very common preposition
"pour" it only accepts a capitalised name or a role ("pour Jean Dupont, « … »"), so "pour" is
safe here. Each marker is given with both apostrophes (' and ’). "comme l'a <participe>" is given
for the most frequent participles only; add more here rather than in the engine.
"""

from ._resources import both_apostrophes

SOURCE_MARKERS = both_apostrophes((
    "selon",
    "d'après",
    "pour",
    "aux yeux de",
    "de l'avis de",
    "à en croire",
    "à entendre",
    "comme le dit",
    "comme l'a dit",
    "comme l'a souligné",
    "comme l'a rappelé",
    "comme l'a expliqué",
    "comme l'a indiqué",
    "comme l'a déclaré",
    "comme l'a affirmé",
    "comme l'a précisé",
    "comme l'a reconnu",
    "comme l'a confirmé",
    "comme le souligne",
    "comme le rappelle",
    "comme l'explique",
    "comme l'indique",
    "comme l'affirme",
    "comme le précise",
))

# markers too common to trust before anything but a name or a known role ("pour faire face" is no source)
NAMED_SOURCE_MARKERS = frozenset({"pour"})

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset()

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ("lequel", "laquelle", "lesquels", "lesquelles", "qui")
