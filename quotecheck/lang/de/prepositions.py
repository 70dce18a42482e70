"""Prepositions before a place: "in Berlin", "aus Kiew" make the next name a place, not a person.

"am" is left out: it opens dates ("am Montag") far more often than places.
"""

LOCATIVE_PREPOSITIONS = frozenset({
    "in", "im", "nach", "aus", "bei", "beim", "von", "vom", "an", "auf", "zu", "zum", "zur",
    "durch", "über", "gegenüber", "nahe",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
# (with the indefinite genitive articles: "der Besitzer eines Hauses", "ein Sprecher einer Firma")
# ("für": the field of an office, "die Bundesagentur für Arbeit", "der Beauftragte für Kultur")
# (the genitive plural quantifiers open such a complement too: "der Bund aller Imker", "ein
# Sprecher mehrerer Vereine")
COMPLEMENT_PREPOSITIONS = frozenset({"von", "vom", "der", "des", "eines", "einer", "für",
                                     "aller", "vieler", "einiger", "mehrerer", "beider", "sämtlicher"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "sagte im Deutschlandfunk", "erklärte gegenüber der Zeitung", "sagte bei einer Pressekonferenz mit X"
CUE_PREPOSITIONS = frozenset({
    "am", "auf", "bei", "beim", "gegenüber", "im", "in", "mit", "nach", "vor", "während", "zu",
    "zum", "zur",
})
