"""Prepositions before a place: "en Madrid", "desde Kiev" make the next name a place, not a
person. "de" is read by the engine as the preposition of complements too."""

LOCATIVE_PREPOSITIONS = frozenset({"en", "a", "de", "desde", "hasta", "hacia", "por", "cerca"})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"de", "del"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "dijo a la prensa", "afirmó en una entrevista con X", "declaró ante los periodistas"
CUE_PREPOSITIONS = frozenset({
    "a", "al", "ante", "con", "desde", "durante", "en", "para", "por", "sobre", "tras",
})
