"""Forms of haber that build the compound tenses: {form: plural?}.

"ha dicho", "han afirmado", "había señalado", "hubo dicho". Only single tokens.
"""

AUXILIARIES = {
    "ha": False, "han": True,
    "había": False, "habían": True,
    "hubo": False, "hubieron": True,
    "habría": False, "habrían": True,
    "haya": False, "hayan": True,
    "hubiera": False, "hubieran": True,
}

# "se quejó", "se mostró", "se preguntó": the clitic before a pronominal cue
REFLEXIVE_PRONOUNS = ("se",)

# "fue acusado", "ha sido criticada": the subject of a passive is not the speaker
PASSIVE_AUXILIARIES = frozenset({"es", "son", "fue", "fueron", "era", "eran", "sido", "será",
                                 "serán", "sería", "siendo"})
