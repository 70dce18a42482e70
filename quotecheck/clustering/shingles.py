"""A quote's words in one canonical form, and its word shingles as stable 32-bit hashes.

Two outlets type the same words differently: « » or “ ”, ’ or ', — or -, no-break spaces, "…" or
"...", "1 000" or "1,000", a capital after the opening mark. :func:`quotecheck.typography.fold`
writes the marks one way; here the folded text is also put in NFC, lowered, and read as words
(:data:`quotecheck.verification.words.WORD`), digit groups joined, and split into segments at
elision marks ("(…)", "[…]", "..."): a shingle never spans an elision, whose two sides are not
neighbours in what was said.

>>> a = shingles(words("« L’école rouvrira le 3\u00a0septembre\u202f: c’est promis »"))
>>> b = shingles(words('"l\\'école rouvrira le 3 septembre - c\\'est promis..."'))
>>> a == b, len(a)
(True, 5)
"""

from __future__ import annotations

import re
import zlib

from ..normalize import to_nfc
from ..typography import fold
from ..verification.words import ELISION, WORD, canonical, lowered

__all__ = ["SHINGLE_WORDS", "shingles", "words"]

#: words per shingle: 3 keeps a single changed word from being lost among its neighbours (it
#: changes up to 3 shingles) while word order still counts
SHINGLE_WORDS = 3
#: a digit group separator between digits ("1 000", "1,000", "1.000", "1'000" after folding)
_DIGIT_GROUP = re.compile(r"(?<=\d)[ ,.'](?=\d{3}(?!\d))")
_SEPARATOR = "\x1f"  # between the words of a shingle: no word holds it


def words(text: str) -> list[list[str]]:
    """The canonical words of ``text``, by segment (split at elision marks); empty segments dropped."""
    folded = lowered(fold(to_nfc(text)[0]).text)
    if any(c.isdigit() for c in folded):
        folded = _DIGIT_GROUP.sub("", folded)
    segments = []
    for part in ELISION.split(folded):
        found = [canonical(w) for w in WORD.findall(part)]
        if found:
            segments.append(found)
    return segments


def shingles(segments: list[list[str]], size: int = SHINGLE_WORDS) -> list[int]:
    """The hashes of the ``size``-word runs of each segment, in order. A segment shorter than
    ``size`` is one shingle when it is the only one, else none: the few words an elision leaves
    at an edge ("… (…) a-t-il") are not a run of what was said. The hash is CRC-32: stable from run to run and machine to machine,
    so that the fingerprints chosen from it are too."""
    out = []
    crc = zlib.crc32
    for seg in segments:
        if len(seg) < size and len(segments) > 1:
            continue
        if len(seg) <= size:
            out.append(crc(_SEPARATOR.join(seg).encode()))
            continue
        for i in range(len(seg) - size + 1):
            out.append(crc(_SEPARATOR.join(seg[i:i + size]).encode()))
    return out
