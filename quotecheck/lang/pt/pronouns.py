"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

Portuguese often drops the subject ("Disse que …"); the engine then carries the last speaker on.
"""

PRONOUNS = {
    "ele": ("m", False),
    "ela": ("f", False),
    "eles": ("m", True),
    "elas": ("f", True),
}
