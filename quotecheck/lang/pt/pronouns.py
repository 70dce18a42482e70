"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

Portuguese often drops the subject ("Disse que …"); the engine then carries the last speaker on.
"""

PRONOUNS = {
    "ele": ("m", False),
    "ela": ("f", False),
    "eles": ("m", True),
    "elas": ("f", True),
}

# after a source marker: "segundo ele", "para ela"
STRESSED_PRONOUNS = {"ele": ("m", False), "ela": ("f", False), "eles": ("m", True),
                     "elas": ("f", True)}

# object clitics between a subject and its cue (Brazilian order): "o ministro lhe disse"
OBJECT_CLITICS = frozenset({"lhe", "lhes", "me", "te", "nos", "o", "a", "os", "as"})
