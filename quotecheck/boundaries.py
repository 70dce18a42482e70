"""Where a large text may be cut into windows: paragraph breaks that no quotation runs across.

The segmenter (:mod:`quotecheck.quotes`) carries a quotation over a paragraph break in two ways
only: the next paragraph re-opens with a mark (« … ⏎⏎« … »), or the quotation runs on through up
to ``MAX_RUN_ON`` paragraphs with no mark to one whose first mark closes it (“A⏎⏎B⏎⏎C”). A
break is *quiet* when neither can happen whatever came before it: the paragraph after it opens
with no mark (nor a dialogue dash or an interview marker, whose reading depends on the line
before), and the first mark of the next paragraphs opens, or none comes. Reading a window that
starts and ends at quiet breaks then segments its paragraphs exactly as the whole text does.

The test only reads the text after the break (``reach`` characters, and a few before it) and is
conservative: what it cannot decide there (a paragraph longer than ``reach``, a line of marks
alone, a mark that may close) is not quiet.
"""

from __future__ import annotations

from typing import Callable

import regex

from .backends.rules import paragraph_spans
from .lang import LanguageData
from .marks import APOSTROPHE_LIKE, SPACES, Conventions, conventions, is_apostrophe, left_flanking
from .quotes import MAX_RUN_ON

__all__ = ["Boundary", "quiet_boundary"]

#: ``quiet(text, offset)``: the paragraph break that ends at ``offset`` (where the next line starts)
#: is outside every quotation
Boundary = Callable[[str, int], bool]

_GAP = 128  # spaces read back from a break (a caller keeps this many characters before a window)
_LETTER = regex.compile(r"\p{L}")
#: a line that goes on in lower case after one that stopped after a word or a comma: one paragraph
#: (the rules backend joins them, see ``backends.rules.paragraph_spans``)
_LOWER_START = regex.compile(r"\s*\p{Ll}")
_PARAGRAPH_BREAKS = "\f\x1c\x1d\x1e\u2029"
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def quiet_boundary(data: LanguageData, reach: int) -> Boundary:
    """The quiet-break test for ``data``'s quote marks, reading at most ``reach`` characters after
    a break (a caller passes a text that holds them, or that ends within them)."""
    conv = conventions(data)
    dashes = frozenset(data.dialogue_dashes)

    def quiet(text: str, offset: int) -> bool:
        if not _paragraph_break(text, offset):
            return False
        ahead = text[offset : offset + reach]
        final = offset + reach >= len(text)  # nothing after ``ahead``
        if conv.mark_class is None:
            return True
        return not _may_continue(ahead, final, conv, dashes)

    return quiet


def _paragraph_break(text: str, offset: int) -> bool:
    """``offset`` follows a paragraph break: a blank line or a paragraph separator, or a line
    break that is no hard wrap."""
    k = offset
    while k > max(0, offset - _GAP) and text[k - 1].isspace():
        k -= 1
    gap = text[k:offset]
    if any(c in _PARAGRAPH_BREAKS for c in gap) or sum(c in _LINE_BREAKS for c in gap.replace("\r\n", "\n")) >= 2:
        return True
    if not any(c in _LINE_BREAKS for c in gap):
        return False  # not after a line break at all
    return not (k > 0 and (text[k - 1].isalnum() or text[k - 1] == ",") and _LOWER_START.match(text, offset))


def _may_continue(ahead: str, final: bool, conv: Conventions, dashes: frozenset[str]) -> bool:
    """A quotation open before ``ahead`` may go on into it (see the module docstring)."""
    spans = paragraph_spans(ahead)
    if spans and not final:
        spans.pop()  # the last line may go on past what was read, or join the next line
    if not spans:
        return not final
    assert conv.mark_class is not None
    first_start, first_end = spans[0]
    head = ahead[first_start:first_end].lstrip(SPACES)
    if conv.mark_class.match(head) or (conv.line_start is not None and conv.line_start.match(head)):
        return True  # re-opens a quotation, or a turn of dialogue whose reading depends on the line before
    for p_start, p_end in spans[:MAX_RUN_ON]:
        if _LETTER.search(ahead, p_start, p_end) is None:
            if any(c in conv.marks or c in dashes for c in ahead[p_start:p_end]):
                return True  # a line of marks alone: the annotation may leave it out of the paragraphs
            continue
        for m in conv.mark_class.finditer(ahead, p_start, p_end):
            i, ch = m.start(), m.group()
            if len(ch) == 1 and is_apostrophe(ahead, i) and (ch not in conv.closers or (
                    0 < i < len(ahead) - 1 and ahead[i - 1].isalnum() and ahead[i + 1].isalnum())):
                continue  # an apostrophe (l’Otan), never a closing mark
            if ch in APOSTROPHE_LIKE or (ch in conv.closers and not (
                    ch in conv.closers_of and left_flanking(ahead, i, len(ch), conv.marks))):
                return True  # it may close a quotation opened before the break
            return False  # the first mark opens: no quotation from before runs past it
    return len(spans) < MAX_RUN_ON and not final
