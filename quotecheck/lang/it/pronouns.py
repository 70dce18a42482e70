"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

"egli"/"ella" and "esso"/"essa" are formal written forms still met in the press; "loro" has no
gender. Italian often drops the subject ("Ha detto che …"); the engine then carries the last
speaker on.
"""

PRONOUNS = {
    "lui": ("m", False),
    "lei": ("f", False),
    "egli": ("m", False),
    "ella": ("f", False),
    "esso": ("m", False),
    "essa": ("f", False),
    "loro": (None, True),
    "essi": ("m", True),
    "esse": ("f", True),
}

# after a source marker: "secondo lui", "per lei"
STRESSED_PRONOUNS = {"lui": ("m", False), "lei": ("f", False), "loro": (None, True)}

# object clitics between a subject and its cue: "il ministro gli ha detto", "ci ha spiegato"
OBJECT_CLITICS = frozenset({"gli", "le", "mi", "ti", "ci", "vi", "lo", "la", "li", "ne"})
