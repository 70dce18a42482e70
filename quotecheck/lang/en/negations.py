"""English words that negate a clause: a quotation that adds or drops one says the opposite.

Read by :mod:`quotecheck.verification` to flag a negation added to or removed from a quote; lower case.

Contractions ("don't", "isn’t", "won't") are one word ending in a negation suffix.
"""

NEGATION_WORDS: frozenset[str] = frozenset({"not", "never", "no", "nothing", "nobody", "none", "nor", "neither", "cannot", "nowhere"})
#: elided negations written at the start of the next word ("n'est")
NEGATION_PREFIXES: tuple[str, ...] = ()
#: negations written at the end of a word ("don't")
NEGATION_SUFFIXES: tuple[str, ...] = ("n't", "n’t")
