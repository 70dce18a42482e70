"""Prepositions before a place: "in Paris", "from Kyiv" make the next name a place, not a person."""

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "from", "to", "near", "outside", "inside", "across", "throughout", "into",
    "towards", "toward", "via",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"of"})
