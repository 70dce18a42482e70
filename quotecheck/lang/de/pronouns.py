"""Subject pronouns that can stand for a speaker: {pronoun: (gender, plural)}.

"sie" is ambiguous: she (feminine singular) or they (plural); the verb's ending tells them apart
("sagte sie" / "sagten sie") but is not checked here. It is entered as feminine singular, the
more frequent reading next to a speech verb in news text.
"""

PRONOUNS = {
    "er": ("m", False),
    "sie": ("f", False),
}

# after a source marker: "laut ihm", "ihr zufolge"
STRESSED_PRONOUNS = {"ihm": ("m", False), "ihr": ("f", False), "ihnen": (None, True)}

# German puts object pronouns after the finite verb: nothing sits between a subject and its cue
OBJECT_CLITICS: frozenset[str] = frozenset()
