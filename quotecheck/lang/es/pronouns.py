"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

Spanish often drops the subject ("Dijo que …"); the engine then carries the last speaker on.
"""

PRONOUNS = {
    "él": ("m", False),
    "ella": ("f", False),
    "ellos": ("m", True),
    "ellas": ("f", True),
}

# after a source marker: "según él", "para ella"
STRESSED_PRONOUNS = {"él": ("m", False), "ella": ("f", False), "ellos": ("m", True),
                     "ellas": ("f", True)}

# object clitics between a subject and its cue: "el ministro le dijo", "nos aseguró"
OBJECT_CLITICS = frozenset({"le", "les", "me", "te", "nos", "os", "lo", "la", "los", "las"})
