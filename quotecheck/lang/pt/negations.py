"""Portuguese words that negate a clause: a quotation that adds or drops one says the opposite.

Read by :mod:`quotecheck.verification` to flag a negation added to or removed from a quote; lower case.
"""

NEGATION_WORDS: frozenset[str] = frozenset({"não", "nunca", "jamais", "nada", "ninguém", "nem", "nenhum", "nenhuma", "nenhuns", "nenhumas", "tampouco"})
#: elided negations written at the start of the next word ("n'est")
NEGATION_PREFIXES: tuple[str, ...] = ()
#: negations written at the end of a word ("don't")
NEGATION_SUFFIXES: tuple[str, ...] = ()
