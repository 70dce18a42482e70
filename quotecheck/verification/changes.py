"""Typed changes from an alignment, and the negations they add or remove.

Which words negate is language data (``NEGATION_WORDS``, ``NEGATION_PREFIXES``,
``NEGATION_SUFFIXES`` in ``quotecheck/lang/<code>/``); the engine only counts them on each side
of a change.
"""

from __future__ import annotations

from typing import Sequence

from ..lang import LanguageData
from .types import Change, ChangeKind, Negation
from .words import Word

__all__ = ["change", "negation_of"]


def _negations(words: Sequence[Word], data: LanguageData) -> int:
    count = 0
    for w in words:
        key = w.key
        if (key in data.negation_words
                or any(key.startswith(p) and len(key) > len(p) for p in data.negation_prefixes)
                or any(key.endswith(s) for s in data.negation_suffixes)):
            count += 1
    return count


def negation_of(quote_side: Sequence[Word], source_side: Sequence[Word], data: LanguageData | None) -> Negation | None:
    """ADDED when the quote's side has more negations than the source's, REMOVED when fewer."""
    if data is None:
        return None
    q, s = _negations(quote_side, data), _negations(source_side, data)
    return Negation.ADDED if q > s else Negation.REMOVED if q < s else None


def change(quote_side: Sequence[Word], source_side: Sequence[Word], quote_at: int, source_at: int,
           source_span: tuple[int, int] | None, source_text: Sequence[str], data: LanguageData | None) -> Change:
    """One change; ``quote_at``/``source_at`` place an empty side (caller's offsets), and
    ``source_span`` is the source side's span in the caller's source (None when empty)."""
    if quote_side and source_side:
        kind = ChangeKind.SUBSTITUTION
    elif quote_side:
        kind = ChangeKind.INSERTION
    else:
        kind = ChangeKind.DELETION
    q_span = (quote_side[0].start, quote_side[-1].end) if quote_side else (quote_at, quote_at)
    s_span = source_span if source_span is not None else (source_at, source_at)
    return Change(kind, q_span, s_span, tuple(w.text for w in quote_side), tuple(source_text),
                  negation_of(quote_side, source_side, data))
