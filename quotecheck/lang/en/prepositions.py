"""Prepositions before a place: "in Paris", "from Kyiv" make the next name a place, not a person."""

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "from", "to", "near", "outside", "inside", "across", "throughout", "into",
    "towards", "toward", "via",
})
