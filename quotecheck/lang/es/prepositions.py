"""Prepositions before a place: "en Madrid", "desde Kiev" make the next name a place, not a
person. "de" is read by the engine as the preposition of complements too."""

LOCATIVE_PREPOSITIONS = frozenset({"en", "a", "de", "desde", "hasta", "hacia", "por", "cerca"})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"de", "del"})
