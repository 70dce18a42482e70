"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

Spanish often drops the subject ("Dijo que …"); the engine then carries the last speaker on.
"""

PRONOUNS = {
    "él": ("m", False),
    "ella": ("f", False),
    "ellos": ("m", True),
    "ellas": ("f", True),
}
