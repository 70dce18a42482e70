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
REFLEXIVE_PRONOUNS = ("se", "s'", "s’")
