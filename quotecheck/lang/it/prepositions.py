"""Prepositions before a place: "a Roma", "da Kiev", "in Francia" make the next name a place,
not a person (with their contractions: "nel", "dal", "al")."""

LOCATIVE_PREPOSITIONS = frozenset({
    "a", "in", "da", "di", "verso", "presso", "nel", "nella", "nei", "nelle", "dal", "dalla",
    "dai", "al", "alla", "ai", "alle", "su", "sul", "sulla",
    # "residente vicino Latina": the adverb used as a preposition before a place
    "vicino",
    # elided before a vowel ("nell'aula", "dall’ospedale"): the tokenizer keeps them apart
    "nell'", "nell’", "dall'", "dall’", "all'", "all’", "sull'", "sull’",
})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"di", "del", "della", "dei", "degli", "delle", "dello", "dell'", "dell’", "per"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "ha detto ai giornalisti", "ha dichiarato a Radio Uno", "ha spiegato durante un incontro con X"
CUE_PREPOSITIONS = frozenset({
    "a", "agli", "ai", "al", "all'", "alla", "alle", "all’", "con", "da", "davanti", "dopo",
    "durante", "in", "nel", "nella", "per", "su", "sul", "sulla",
})
