"""Forms of avere and essere that build the compound tenses: {form: plural?}.

"ha detto", "hanno dichiarato", "aveva spiegato", "è intervenuto", "si è detto". Only single
tokens.
"""

AUXILIARIES = {
    # avere
    "ha": False, "hanno": True,
    "aveva": False, "avevano": True,
    "avrebbe": False, "avrebbero": True,
    "abbia": False, "abbiano": True,
    "ebbe": False, "ebbero": True,
    # essere (reflexive and intransitive verbs)
    "è": False, "sono": True,
    "era": False, "erano": True,
    "sarebbe": False, "sarebbero": True,
}

# "si è detto", "si è lamentato", "si chiede": the clitic before a pronominal cue
REFLEXIVE_PRONOUNS = ("si",)

# "è stato accusato", "viene criticata": without "si" before them, essere and venire make a
# passive, whose subject is not the speaker ("si è detto" stays a cue)
PASSIVE_AUXILIARIES = frozenset({"è", "sono", "era", "erano", "fu", "furono", "sarà", "sarebbe",
                                 "sarebbero", "stato", "stata", "stati", "state", "viene",
                                 "vengono", "veniva", "venivano", "venne", "vennero"})
