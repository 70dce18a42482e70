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
