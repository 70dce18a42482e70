"""Prepositions before a place: "em Lisboa", "no Rio", "de Brasília" make the next name a place,
not a person. "a" is left out: it is the feminine article too ("a ministra")."""

LOCATIVE_PREPOSITIONS = frozenset({
    "em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "desde", "até", "para",
    "rumo",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"de", "do", "da", "dos", "das"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "disse à imprensa", "afirmou em entrevista à rádio X", "declarou durante um encontro com X"
CUE_PREPOSITIONS = frozenset({
    "ao", "aos", "após", "com", "durante", "em", "na", "nas", "no", "nos", "para", "pela", "pelo",
    "perante", "por", "à", "às",
})
