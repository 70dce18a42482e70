"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

"they" carries no gender (and may be singular for a person who uses it; the plural reading is
the default for agreement).
"""

PRONOUNS = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
}

# after a source marker: "according to him"
STRESSED_PRONOUNS = {"him": ("m", False), "her": ("f", False), "them": (None, True)}

# English puts object pronouns after the verb: nothing sits between a subject and its cue
OBJECT_CLITICS: frozenset[str] = frozenset()
