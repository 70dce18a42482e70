"""Words that may sit inside a cue without breaking it: "ha anche detto", "ha poi aggiunto",
"ha detto ieri" (lower case: the engine compares lower-cased tokens)."""

_ADVERBS = """
anche inoltre poi ancora già ieri oggi stamattina stamani stasera recentemente
successivamente precedentemente nuovamente pubblicamente chiaramente apertamente
esplicitamente testualmente infine quindi però tuttavia invece pure subito più volte
duramente sempre ora
""".split()

_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()

CUE_ADVERBS = frozenset(_ADVERBS + _DAYS)
