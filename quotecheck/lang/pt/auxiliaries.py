"""Forms of ter and haver that build the compound tenses: {form: plural?}.

"tem dito" (a repeated or ongoing action in Portuguese), "tinha afirmado", "havia declarado",
"teria dito" (reported, not vouched for). "há" is listed as the brief asked ("há dito" is rare
and archaic; "há" is mostly "there is" / "ago", so it only matters before a participle). Only
single tokens.
"""

AUXILIARIES = {
    "tem": False, "têm": True,
    "tinha": False, "tinham": True,
    "teria": False, "teriam": True,
    "tenha": False, "tenham": True,
    "tivesse": False, "tivessem": True,
    "havia": False, "haviam": True,
    "há": False,
}

# "se queixou", "se disse": a proclitic "se" before a pronominal cue (Brazilian order);
# the European enclitic "queixou-se" is one token, generated with the verb forms
REFLEXIVE_PRONOUNS = ("se",)

# "foi acusado", "tem sido criticada": the subject of a passive is not the speaker
PASSIVE_AUXILIARIES = frozenset({"é", "são", "foi", "foram", "era", "eram", "sido", "será",
                                 "serão", "seria", "sendo"})
