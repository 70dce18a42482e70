"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

"they" carries no gender (and may be singular for a person who uses it; the plural reading is
the default for agreement).
"""

PRONOUNS = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
}
