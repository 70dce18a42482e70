"""Typographic folding: the same words typed with different marks read as one canonical string.

A quotation travels through editors and outlets that re-type it: « » becomes “ ” or ",
’ becomes ', — becomes -, a no-break space (U+00A0, U+202F) becomes a space, "…" becomes "...".
:func:`fold` writes each of these one canonical way and keeps an offset map back to the text it
was given, so that what is found in the folded text can be reported in the caller's offsets
(``text[start:end]`` on the original).

>>> folded = fold("« L’été\u00a0—\u202fdéjà… »")
>>> folded.text
'" L\\'été - déjà... "'
>>> start, end = folded.span(2, 7)   # "L'été" in the folded text
>>> folded.original[start:end]
'L’été'

Case is not folded here (a caller that wants it lowers the folded text: ``str.lower`` keeps the
length of every character but U+0130).
"""

from __future__ import annotations

import re

from attrs import frozen

from .normalize import OffsetMap

__all__ = ["APOSTROPHES", "DASHES", "DOUBLE_MARKS", "INVISIBLE", "SINGLE_MARKS", "SPACES", "Folded", "fold"]

#: apostrophes and the marks typed for one (prime, modifier letter, grave and acute accents) → '
APOSTROPHES = "'’ʼ′`´ʹ"
#: single quotation marks other than the apostrophe → '
SINGLE_MARKS = "‘‚‛‹›"
#: double quotation marks → "
DOUBLE_MARKS = "\"«»“”„‟″〝〞＂「」『』"
#: hyphens, dashes and the minus sign → -
DASHES = "‐‑‒–—―−⸺⸻﹘﹣－"
#: spaces other than U+0020 (a run of any whitespace folds to one space)
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: characters that do not show: soft hyphen, zero-width spaces and joiners, BOM → removed
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ELLIPSIS = "…"

_ONE_FOR_ONE = str.maketrans({
    **{c: "'" for c in APOSTROPHES + SINGLE_MARKS},
    **{c: '"' for c in DOUBLE_MARKS},
    **{c: "-" for c in DASHES},
})
#: the pieces that fold: one mark, a run of whitespace that is not one plain space, an ellipsis,
#: invisible characters
_PIECE = re.compile(
    "[" + re.escape(APOSTROPHES.replace("'", "") + SINGLE_MARKS + DOUBLE_MARKS.replace('"', "") + DASHES) + "]"
    + r"|(?:\s|[" + INVISIBLE + r"])*(?:[^\S ]|  |[" + INVISIBLE + r"])(?:\s|[" + INVISIBLE + "])*"
    + "|" + _ELLIPSIS
)


@frozen
class Folded:
    """A text in canonical typography, with the map back to the text it came from."""

    original: str
    text: str
    offsets: OffsetMap | None  #: None when folding changed nothing

    def start(self, offset: int) -> int:
        """The original offset of a start offset in :attr:`text`."""
        return offset if self.offsets is None else self.offsets.start(offset)

    def end(self, offset: int) -> int:
        """The original offset of an end offset in :attr:`text`."""
        return offset if self.offsets is None else self.offsets.end(offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` of the folded text as offsets into :attr:`original`."""
        return self.start(start), self.end(end)


def _replacement(piece: str) -> str:
    if piece == _ELLIPSIS:
        return "..."
    if len(piece) == 1 and not piece.isspace() and piece not in INVISIBLE:
        return piece.translate(_ONE_FOR_ONE)
    # whitespace and invisible characters: one space if there was any whitespace, else nothing
    return " " if any(c.isspace() for c in piece) else ""


def fold(text: str) -> Folded:
    """``text`` with its marks, apostrophes, dashes, spaces and ellipses written one way each:

    - apostrophes and single quotation marks → ``'``; double quotation marks (« » “ ” „ …) → ``"``;
    - hyphens, dashes and the minus sign → ``-``;
    - any run of whitespace (no-break and narrow spaces, tabs, line breaks) → one space;
    - the ellipsis character → ``...``; soft hyphens and zero-width characters are removed.

    Raises ``TypeError`` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    copied = 0
    shift = 0  # folded offset minus original offset after ``copied``
    for found in _PIECE.finditer(text):
        a, b = found.span()
        new = _replacement(found.group())
        out.append(text[copied:a])
        out.append(new)
        pieces.append((a, b, a + shift, a + shift + len(new)))
        shift += len(new) - (b - a)
        copied = b
    if not pieces:
        return Folded(text, text, None)
    out.append(text[copied:])
    return Folded(text, "".join(out), OffsetMap(pieces))
