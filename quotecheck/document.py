"""The annotated document every stage reads: the original text, paragraphs, sentences and tokens.

Nothing is rewritten: all spans are offsets into the caller's text.
"""

from __future__ import annotations

from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from operator import attrgetter

from attrs import field, frozen

from .converters import to_tuple

__all__ = ["Token", "Document", "LINE_BREAKS", "PARAGRAPH_BREAKS"]

#: every line and paragraph separator of Unicode (the set of ``str.splitlines``); "\r\n" is one break
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: separators that end a paragraph by themselves, as a blank line does
PARAGRAPH_BREAKS = "\f\x1c\x1d\x1e\u2029"


class Token:
    """A word or a mark with its offsets (a plain slotted class: documents hold millions of them)."""

    __slots__ = ("text", "start", "end", "lower")

    def __init__(self, text: str, start: int, end: int, lower: str | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: ``text.lower()``; a tokenizer passes it when it shares one string between equal words
        self.lower = text.lower() if lower is None else lower

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


_start_of = attrgetter("start")


@frozen
class Document:
    text: str
    paragraphs: tuple[tuple[int, int], ...] = field(converter=to_tuple)
    sentences: tuple[tuple[int, int], ...] = field(converter=to_tuple)
    tokens: tuple[Token, ...] = field(converter=to_tuple)
    #: named entities from a model backend: (start, end, type) with type "PER", "ORG", "LOC", "MISC";
    #: empty with the rules backend, which finds names from capitals and lexicons
    names: tuple[tuple[int, int, str], ...] = field(default=(), converter=to_tuple)
    #: quote marks of the lines left out before tokenizing (mostly marks and not one letter: no
    #: words to quote), counted with the marks the segmentation skips
    skipped_marks: int = 0
    _paragraph_starts: tuple[int, ...] = field(init=False)
    _sentence_starts: tuple[int, ...] = field(init=False)
    _token_starts: tuple[int, ...] = field(init=False)

    @_paragraph_starts.default
    def _ps(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.paragraphs)

    @_sentence_starts.default
    def _ss(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.sentences)

    @_token_starts.default
    def _ts(self) -> tuple[int, ...]:
        return tuple(map(_start_of, self.tokens))

    # the lookups below run hundreds of thousands of times per MB: bisect called directly, no
    # nested method calls and no max()
    def paragraph_index(self, offset: int) -> int:
        k = _bisect_right(self._paragraph_starts, offset) - 1
        return k if k > 0 else 0

    def sentence_index(self, offset: int) -> int:
        k = _bisect_right(self._sentence_starts, offset) - 1
        return k if k > 0 else 0

    def sentence_at(self, index: int) -> tuple[int, int]:
        """The span of sentence ``index`` (a :meth:`sentence_index`): the whole text when it has
        no sentences, as :meth:`sentence_span` answers."""
        return self.sentences[index] if self.sentences else (0, len(self.text))

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, len(self.text))
        k = _bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[k if k > 0 else 0]

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        if not self.paragraphs:
            return (0, len(self.text))
        k = _bisect_right(self._paragraph_starts, offset) - 1
        return self.paragraphs[k if k > 0 else 0]

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return _bisect_left(self._token_starts, offset)

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        starts = self._token_starts
        return self.tokens[_bisect_left(starts, start) : _bisect_left(starts, end)]


def lower_keeping_offsets(text: str) -> str:
    """Lower case, one character for one, so that an offset found in the lowered text indexes the
    original: a character whose lower case is longer ("İ" → "i̇") keeps only its first character
    ("i", as Turkish writes it), which is also what a case-insensitive pattern matches it with."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[:1] for c in text)
