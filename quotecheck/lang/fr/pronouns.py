"""Subject pronouns that can refer back to a speaker: {pronoun: (gender, plural)}.

Demonstrative phrases ("ce dernier", "celle-ci") are multiword entries, lower case.
"""

PRONOUNS = {
    "il": ("m", False),
    "elle": ("f", False),
    "ils": ("m", True),
    "elles": ("f", True),
    "on": (None, False),
    "celui-ci": ("m", False),
    "celle-ci": ("f", False),
    "ceux-ci": ("m", True),
    "celles-ci": ("f", True),
    "ce dernier": ("m", False),
    "cette dernière": ("f", False),
    "ces derniers": ("m", True),
    "ces dernières": ("f", True),
}

# clitic pronouns that sit between a subject and its cue: "elle lui a dit", "il nous l'a répété",
# "le ministre en a parlé"; elided ones with both apostrophes
OBJECT_CLITICS = frozenset({
    "me", "m'", "m’", "te", "t'", "t’", "lui", "leur", "nous", "vous",
    "le", "la", "les", "l'", "l’", "y", "en", "se", "s'", "s’",
})

# after a source marker: "selon lui", "d'après elles"
STRESSED_PRONOUNS = {
    "lui": ("m", False), "elle": ("f", False), "eux": ("m", True), "elles": ("f", True),
}
