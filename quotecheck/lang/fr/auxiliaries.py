"""Third-person forms of avoir and être that build compound tenses: {form: plural?}.

"a déclaré", "avait ajouté", "s'est félicité", "se sont interrogés", "aurait dit". The reflexive
"s'"/"se" in front is consumed by the engine (REFLEXIVE_PRONOUNS), so only single tokens here.
"""

AUXILIARIES = {
    # avoir
    "a": False, "ont": True,
    "avait": False, "avaient": True,
    "aura": False, "auront": True,
    "aurait": False, "auraient": True,
    "eut": False, "eurent": True,
    # être (reflexive and motion verbs)
    "est": False, "sont": True,
    "était": False, "étaient": True,
    "sera": False, "seront": True,
    "serait": False, "seraient": True,
    "fut": False, "furent": True,
}

# "se" and "s'" before a reflexive cue ("s'est interrogé", "se félicite", "s'écria-t-il")
REFLEXIVE_PRONOUNS = ("se", "s'", "s’", "me", "m'", "m’")  # "m’écriai-je" in first-person narration

# être without a reflexive before a speech verb is the passive ("est accusé", "a été interrogée"):
# not a statement by the subject
PASSIVE_AUXILIARIES = frozenset({
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "été",
})
