"""French words that negate a clause: a quotation that adds or drops one says the opposite.

Read by :mod:`quotecheck.verification` to flag a negation added to or removed from a quote; lower case.

"plus", "point" and "personne" are left out: they are as often "more", "a point" and "a person"; the "ne" or "n'" of
written French marks those negations anyway.
"""

NEGATION_WORDS: frozenset[str] = frozenset({"ne", "pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère", "ni", "nulle", "nul"})
#: elided negations written at the start of the next word ("n'est")
NEGATION_PREFIXES: tuple[str, ...] = ("n'", "n’")
#: negations written at the end of a word ("don't")
NEGATION_SUFFIXES: tuple[str, ...] = ()
