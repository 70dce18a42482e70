"""Words of a quote and of its source, compared in one form: NFC, lower case, one apostrophe.

The quote is small: it is folded (:func:`quotecheck.typography.fold`) and split into segments at
its elision marks. The source may be megabytes: it is only lowered (``str.lower`` keeps the
length, so its offsets stay the source's) and read word by word inside the windows the anchors
point at; its apostrophes are matched by a character class instead of being folded.
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from ..normalize import OffsetMap, to_nfc
from ..typography import APOSTROPHES, INVISIBLE, SINGLE_MARKS, fold

__all__ = ["ELISION", "QuoteWords", "SourceText", "Word", "quote_words", "source_text", "source_words"]

_APOS = re.escape(APOSTROPHES + SINGLE_MARKS)
#: a word: letters and digits, with apostrophes ("aujourd'hui", "n'est", "don't") or invisible
#: characters (a soft hyphen) inside
WORD = re.compile(rf"\w+(?:(?:[{_APOS}]|[{INVISIBLE}]+)\w+)*")
#: an elision mark in a folded quote: "(...)", "[...]", "[..]", "..." (the ellipsis folds to "...")
ELISION = re.compile(r"[(\[]\s*\.{2,}\s*[)\]]|\.{3,}")
_CANONICAL = str.maketrans({**{c: "'" for c in APOSTROPHES + SINGLE_MARKS}, **{c: None for c in INVISIBLE}})
_DOTTED_CAPITAL_I = str.maketrans({"\u0130": "I"})  # the one character whose lower() is two long


def lowered(text: str) -> str:
    """``text.lower()`` with the length of ``text``."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_DOTTED_CAPITAL_I).lower()


def canonical(word: str) -> str:
    """A word as compared: one apostrophe, no invisible character (case kept)."""
    return word.translate(_CANONICAL)


@frozen
class Word:
    """One word: compared as ``key`` (lower case), case checked on ``form``, ``text`` as written."""

    key: str
    form: str  #: NFC, one apostrophe, case kept
    text: str
    start: int
    end: int


@frozen
class QuoteWords:
    """The quote's words in segments (split at elision marks), offsets into the caller's quote."""

    segments: tuple[tuple[Word, ...], ...]
    #: for each segment, the offset of each word's start from the segment's first word, in the
    #: folded quote (what an anchor's position in the source is predicted from)
    relative: tuple[tuple[int, ...], ...]
    #: the folded length of each segment, from its first word's start to its last word's end
    lengths: tuple[int, ...]


def _compose(first: OffsetMap | None, second: OffsetMap | None, start: int, end: int) -> tuple[int, int]:
    """Offsets through two maps (folded → NFC → original)."""
    if second is not None:
        start, end = second.start(start), second.end(end)
    if first is not None:
        start, end = first.start(start), first.end(end)
    return start, end


def quote_words(quote: str) -> QuoteWords:
    """The words of ``quote`` by segment; a segment is what lies between two elision marks."""
    nfc, nfc_map = to_nfc(quote)
    folded = fold(nfc)
    text = folded.text
    low = lowered(text)
    segments: list[tuple[Word, ...]] = []
    relative: list[tuple[int, ...]] = []
    lengths: list[int] = []
    bounds = [0]
    for mark in ELISION.finditer(text):
        bounds += [mark.start(), mark.end()]
    bounds.append(len(text))
    for a, b in zip(bounds[::2], bounds[1::2]):
        found = list(WORD.finditer(low, a, b))
        if not found:
            continue
        words = []
        for m in found:
            s, e = _compose(nfc_map, folded.offsets, m.start(), m.end())
            words.append(Word(canonical(m.group()), canonical(text[m.start():m.end()]), quote[s:e], s, e))
        segments.append(tuple(words))
        relative.append(tuple(m.start() - found[0].start() for m in found))
        lengths.append(found[-1].end() - found[0].start())
    return QuoteWords(tuple(segments), tuple(relative), tuple(lengths))


@frozen(eq=False)
class SourceText:
    """A source prepared once: its NFC form, lowered (same length), and the map back."""

    original: str
    nfc: str
    key: str  #: ``nfc`` lowered: what anchors are searched in
    nfc_map: OffsetMap | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in :attr:`key` as offsets in the caller's source."""
        if self.nfc_map is None:
            return start, end
        return self.nfc_map.start(start), self.nfc_map.end(end)


@functools.lru_cache(maxsize=4)
def source_text(source: str) -> SourceText:
    """The prepared source, cached: verifying many quotes against one source prepares it once
    (a str caches its hash, and a hit on the same object compares by identity)."""
    nfc, nfc_map = to_nfc(source)
    return SourceText(source, nfc, lowered(nfc), nfc_map)


def source_words(source: SourceText, start: int, end: int) -> list[Word]:
    """The words of the source that overlap ``[start, end)`` of its key, whole."""
    key = source.key
    start = max(0, start)
    end = min(len(key), end)
    while start > 0 and (key[start - 1].isalnum() or key[start - 1] == "_"):
        start -= 1
    while end < len(key) and (key[end].isalnum() or key[end] == "_"):
        end += 1
    nfc = source.nfc
    return [Word(canonical(m.group()), canonical(nfc[m.start():m.end()]), nfc[m.start():m.end()], m.start(), m.end())
            for m in WORD.finditer(key, start, end)]
