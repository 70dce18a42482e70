"""Prepositions before a place: "in Paris", "from Kyiv" make the next name a place, not a person."""

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "from", "to", "near", "outside", "inside", "across", "throughout", "into",
    "towards", "toward", "via",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"of"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "told reporters in Paris", "said on BBC Radio 4", "said at a news conference with X"
CUE_PREPOSITIONS = frozenset({
    "after", "at", "before", "during", "for", "from", "in", "on", "outside", "to", "via", "with",
    # conjunctions opening the occasion of the words: "X said as the crowd left", "said while …"
    "as", "while", "when",
})
