"""Prepositions before a place: "in Berlin", "aus Kiew" make the next name a place, not a person.

"am" is left out: it opens dates ("am Montag") far more often than places.
"""

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "im", "nach", "aus", "bei", "beim", "von", "vom", "an", "auf", "zu", "zum", "zur",
    "durch", "über", "gegenüber", "nahe",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"von", "vom", "der", "des"})
