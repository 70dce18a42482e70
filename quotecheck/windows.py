"""Paragraph windows: a large text read a bounded piece at a time, so memory stays flat.

A text longer than ``WINDOW_CHARS`` is cut into windows at blank lines (a paragraph break that no
paragraph, hard-wrapped or not, runs across); each window is read with the ``LOOKBACK_CHARS``
before it, whole paragraphs, so that a pronoun or a "a-t-il ajouté" at the top of a window still
finds the person named just before, and only the claims that start inside the window are kept.
A news article is far below the bound and is read whole; a day of articles joined in one file, or
a 10 MB transcript, is read window by window with the memory of one window.

:func:`text_windows` cuts a text in memory; :func:`file_windows` reads a binary file (or stdin)
window by window, decoding UTF-8 incrementally, so that a 50 MB file never sits whole in memory.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO, Iterable, Iterator, TypeVar

import attrs
import regex

from .claims import Claim
from .document import Document

__all__ = ["LOOKBACK_CHARS", "WINDOW_CHARS", "Reassembler", "Window", "file_windows", "text_windows"]

T = TypeVar("T")

#: the most characters read as one window (~15 MB of working memory at ~70 bytes a character)
WINDOW_CHARS = 200_000
#: context read before a window (whole paragraphs within this many characters), claims not kept
LOOKBACK_CHARS = 4_000
READ_BYTES = 1 << 20

#: a blank line: a line break, then only spaces up to the next line break (or a paragraph separator)
_BLANK_LINE = regex.compile(r"(?:\r\n|[\n\r\u2028\u0085])[^\S\n\r\u2028\u2029\u0085]*(?:\r\n|[\n\r\u2028\u0085])|\u2029")
#: fallbacks when a window has no blank line: a line break, then a space
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\u0085]")
_SPACE = regex.compile(r"\s")


class Window:
    """``text[start:end]`` of the document, read from ``context`` (``context <= start``)."""

    __slots__ = ("context", "start", "end", "text")

    def __init__(self, context: int, start: int, end: int, text: str) -> None:
        self.context, self.start, self.end, self.text = context, start, end, text  # text: document[context:end]

    def __repr__(self) -> str:
        return f"Window(context={self.context}, start={self.start}, end={self.end})"


def _last_cut(text: str, lo: int, hi: int) -> int:
    """The best offset in ``(lo, hi]`` to end a window at: after the last blank line, else after the
    last line break, else after the last space, else ``hi``."""
    for pattern in (_BLANK_LINE, _LINE_BREAK, _SPACE):
        last = None
        for last in pattern.finditer(text, lo, hi):
            pass
        if last is not None and last.end() > lo:
            return last.end()
    return hi


def _first_cut(text: str, lo: int, hi: int, document_start: bool) -> int:
    """The first paragraph start at or after ``lo`` (before ``hi``): where a look-back may begin;
    ``lo`` itself when it is the start of the document."""
    if document_start:
        return lo
    for pattern in (_BLANK_LINE, _LINE_BREAK):
        m = pattern.search(text, lo, hi)
        if m is not None:
            return m.end()
    return hi


def text_windows(text: str, bound: int = WINDOW_CHARS, lookback: int = LOOKBACK_CHARS) -> Iterator[Window]:
    """Windows of at most ``bound`` characters covering ``text`` in order (one when it is short)."""
    if bound < 1:
        raise ValueError(f"window bound must be >= 1, got {bound}")
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= bound else _last_cut(text, start, start + bound)
        context = start if start == 0 else _first_cut(text, max(0, start - lookback), start, start <= lookback)
        yield Window(context, start, end, text[context:end])
        start = end


def file_windows(handle: BinaryIO, bound: int = WINDOW_CHARS, lookback: int = LOOKBACK_CHARS,
                 read_bytes: int = READ_BYTES) -> Iterator[Window]:
    """The windows of a UTF-8 file read a piece at a time; ``ValueError`` (with the byte offset) on
    invalid UTF-8. The windows are those :func:`text_windows` gives for the whole decoded text."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    pending = ""  # decoded, not yet in a window; it starts at document offset ``offset``
    offset = 0
    tail = ""  # the last ``lookback`` characters before ``offset``, for the look-back
    consumed = 0  # bytes read
    eof = False
    while True:
        while not eof and len(pending) <= bound:
            data = handle.read(read_bytes)
            buffered = len(decoder.getstate()[0])  # an incomplete character from the last read
            try:
                pending += decoder.decode(data, final=not data)
            except UnicodeDecodeError as e:
                at = consumed - buffered + e.start
                raise ValueError(f"not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {at})") from None
            consumed += len(data)
            eof = not data
        if not pending:
            return
        end = len(pending) if eof and len(pending) <= bound else _last_cut(pending, 0, bound)
        context_text = tail[_first_cut(tail, 0, len(tail), offset <= lookback):] if offset else ""
        yield Window(offset - len(context_text), offset, offset + end, context_text + pending[:end])
        tail = (tail + pending[:end])[-lookback:] if lookback else ""
        offset += end
        pending = pending[end:]


class Reassembler:
    """Puts the claims of successive windows back into document offsets and positions.

    Paragraph and sentence indexes are counted across windows; equal parts of claims (evidence,
    descriptions, names) are shared between claims, so that the claims of a large document cost
    their own offsets and words, not one copy of every evidence string each.
    """

    def __init__(self) -> None:
        self.paragraphs = 0  # paragraphs of the document before the current window
        self.sentences = 0
        self._shared: dict[object, object] = {}

    def _share(self, value: T) -> T:
        return self._shared.setdefault(value, value)  # type: ignore[return-value]

    def place(self, window: Window, doc: Document, claims: Iterable[Claim]) -> list[Claim]:
        """The claims that start inside ``window`` (read from ``window.context``), in document terms."""
        rel = window.start - window.context
        if window.context == 0 and not self.paragraphs and not self.sentences:
            placed = list(claims)  # the first window: already in document terms
            self.paragraphs, self.sentences = len(doc.paragraphs), len(doc.sentences)
            return placed
        p_before = sum(1 for s, _ in doc.paragraphs if s < rel)
        s_before = sum(1 for s, _ in doc.sentences if s < rel)
        shift, share = window.context, self._share
        placed = []
        for c in claims:
            if c.start < rel:
                continue  # in the look-back: the previous window's claim
            speaker = c.speaker
            if speaker is not None:
                mention = speaker.mention
                if mention is not None:
                    mention = attrs.evolve(mention, start=mention.start + shift, end=mention.end + shift)
                speaker = attrs.evolve(speaker, name=share(speaker.name), mention=mention,
                                       descriptions=share(speaker.descriptions))
            cue = c.cue
            if cue is not None:
                cue = attrs.evolve(cue, start=cue.start + shift, end=cue.end + shift, lemma=share(cue.lemma))
            hints = tuple(attrs.evolve(h, start=h.start + shift, end=h.end + shift) for h in c.hints)
            placed.append(attrs.evolve(
                c, start=c.start + shift, end=c.end + shift, speaker=speaker, cue=cue, hints=hints,
                evidence=share(tuple(share(e) for e in c.evidence)), quote_marks=share(c.quote_marks),
                paragraph=c.paragraph - p_before + self.paragraphs, sentence=c.sentence - s_before + self.sentences,
            ))
        self.paragraphs += len(doc.paragraphs) - p_before
        self.sentences += len(doc.sentences) - s_before
        return placed
