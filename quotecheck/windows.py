"""Paragraph windows: a large text read a bounded piece at a time, so memory stays flat.

A text longer than ``WINDOW_CHARS`` is cut into windows at paragraph breaks that no quotation
runs across (a *quiet* break, :mod:`quotecheck.boundaries`), the last one within the bound; each
window is read with the ``LOOKBACK_CHARS`` before it and the ``LOOKAHEAD_CHARS`` after it, whole
paragraphs, and only the claims that start inside the window are kept. The look-back lets a
pronoun or an "a-t-il ajouté" at the top of a window find the person named just before; the
look-ahead lets the last paragraph see the next one (a cue in the next sentence, a quotation left
open that the next paragraph does not re-open). Cut at quiet breaks, a window's quotations are
those of the whole text. When a window holds no quiet break (one quotation longer than the bound,
a test that cannot decide), it ends at the last blank line, else line break, else space.

A news article is far below the bound and is read whole; a day of articles joined in one file, or
a 10 MB transcript, is read window by window with the memory of one window.

:func:`text_windows` cuts a text in memory; :func:`file_windows` reads a binary file (or stdin)
window by window, decoding UTF-8 incrementally, so that a 50 MB file never sits whole in memory;
both give the same windows.
"""

from __future__ import annotations

import bisect
import codecs
from typing import Any, BinaryIO, Callable, Iterable, Iterator, TypeVar

import regex

from .claims import Claim, Cue, Evidence, Hint, Mention, Speaker
from .document import Document

__all__ = ["LOOKAHEAD_CHARS", "LOOKBACK_CHARS", "WINDOW_CHARS", "Reassembler", "Window", "file_windows",
           "text_windows"]

T = TypeVar("T")

#: the most characters read as one window (~15 MB of working memory at ~70 bytes a character)
WINDOW_CHARS = 200_000
#: context read before a window (whole paragraphs within this many characters), claims not kept
LOOKBACK_CHARS = 4_000
#: context read after a window (whole paragraphs within this many characters), claims not kept;
#: a break test (``quiet``) reads no further than this past the break it tests
LOOKAHEAD_CHARS = 2_000
READ_BYTES = 1 << 20
#: break candidates tried, from the bound backwards, before falling back to any paragraph break
_MAX_TRIED = 256
#: characters kept before a file window's look-back, for the break tests near it (they read back
#: over the spaces before a break, ``boundaries._GAP`` at most)
_MIN_TAIL = 256

#: distinct claim parts (names, evidence) kept for sharing between windows, at most
_MAX_SHARED = 20_000

#: ``quiet(text, offset)``: whether the paragraph break ending at ``offset`` is one to cut at
Boundary = Callable[[str, int], bool]

#: a blank line: a line break, then only spaces up to the next line break (or a paragraph separator)
_BLANK_LINE = regex.compile(r"(?:\r\n|[\n\r\u2028\u0085])[^\S\n\r\u2028\u2029\u0085]*(?:\r\n|[\n\r\u2028\u0085])|\u2029")
#: fallbacks when a window has no blank line: a line break, then a space
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\u0085]")
_SPACE = regex.compile(r"\s")
#: the characters ``_LINE_BREAK`` matches (every blank line holds one too)
_LINE_BREAK_CHARS = "\n\r\u2028\u2029\u0085"
#: ``_SPACE`` searched from the end: the last space of a window is found without walking every
#: one before it (a 200,000-character line of marks and spaces)
_LAST_SPACE = regex.compile(_SPACE.pattern, regex.REVERSE)


def _last_line_break(text: str, lo: int, hi: int) -> int:
    """The offset after the last line break in ``text[lo:hi]`` (the end of a ``_LINE_BREAK``
    match: ``\r\n`` ends after its ``\n``), ``-1`` when there is none; ``str.rfind`` per
    character, which skips a window with none at the speed of a memory scan."""
    return max(text.rfind(c, lo, hi) for c in _LINE_BREAK_CHARS) + 1 or -1


class Window:
    """``text[start:end]`` of the document, read from ``context`` (``context <= start``) to
    ``context + len(text)`` (``>= end``: the look-ahead)."""

    __slots__ = ("context", "start", "end", "text")

    def __init__(self, context: int, start: int, end: int, text: str) -> None:
        self.context, self.start, self.end, self.text = context, start, end, text  # text: document[context:...]

    def __repr__(self) -> str:
        return f"Window(context={self.context}, start={self.start}, end={self.end}, read_to={self.context + len(self.text)})"


def _last_cut(text: str, lo: int, hi: int, quiet: Boundary | None = None) -> int:
    """The best offset in ``(lo, hi]`` to end a window at: after the last quiet paragraph break
    (when ``quiet`` is given), else after the last blank line, else after the last line break,
    else after the last space, else ``hi``."""
    line_break = _last_line_break(text, lo, hi)
    if line_break > 0:  # else no blank line nor line break either
        if quiet is not None:
            for pattern in (_BLANK_LINE, _LINE_BREAK):
                ends = [m.end() for m in pattern.finditer(text, lo, hi)]
                for e in reversed(ends[-_MAX_TRIED:]):
                    if e > lo and quiet(text, e):
                        return e
        last = None
        for last in _BLANK_LINE.finditer(text, lo, hi):  # forward: the blank lines as they pair up
            pass
        if last is not None and last.end() > lo:
            return last.end()
        return line_break
    found = _LAST_SPACE.search(text, lo, hi)
    if found is not None and found.end() > lo:
        return found.end()
    return hi


def _first_cut(text: str, lo: int, hi: int, document_start: bool, quiet: Boundary | None = None) -> int:
    """The first paragraph start at or after ``lo`` (before ``hi``): where a look-back may begin,
    a quiet one first; ``lo`` itself when it is the start of the document."""
    if document_start:
        return lo
    if quiet is not None:
        for pattern in (_BLANK_LINE, _LINE_BREAK):
            for tried, m in enumerate(pattern.finditer(text, lo, hi)):
                if tried >= _MAX_TRIED:
                    break
                if m.end() < hi and quiet(text, m.end()):
                    return m.end()
    for pattern in (_BLANK_LINE, _LINE_BREAK):
        found = pattern.search(text, lo, hi)
        if found is not None:
            return found.end()
    return hi


def _ahead_end(text: str, end: int, lookahead: int) -> int:
    """Where the look-ahead after a window ending at ``end`` stops: the whole text when it ends
    within ``lookahead`` characters, else the last paragraph break (line break, space) within them."""
    if end >= len(text) or lookahead <= 0:
        return end
    if end + lookahead >= len(text):
        return len(text)
    return _last_cut(text, end, end + lookahead)


def text_windows(text: str, bound: int = WINDOW_CHARS, lookback: int = LOOKBACK_CHARS,
                 lookahead: int = LOOKAHEAD_CHARS, quiet: Boundary | None = None) -> Iterator[Window]:
    """Windows of at most ``bound`` characters covering ``text`` in order (one when it is short),
    cut at breaks ``quiet`` accepts when it is given (:func:`quotecheck.boundaries.quiet_boundary`)."""
    if bound < 1:
        raise ValueError(f"window bound must be >= 1, got {bound}")
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= bound else _last_cut(text, start, start + bound, quiet)
        context = start if start == 0 else _first_cut(text, max(0, start - lookback), start, start <= lookback, quiet)
        yield Window(context, start, end, text[context:_ahead_end(text, end, lookahead)])
        start = end


def file_windows(handle: BinaryIO, bound: int = WINDOW_CHARS, lookback: int = LOOKBACK_CHARS,
                 read_bytes: int = READ_BYTES, lookahead: int = LOOKAHEAD_CHARS,
                 quiet: Boundary | None = None) -> Iterator[Window]:
    """The windows of a UTF-8 file read a piece at a time; ``ValueError`` (with the byte offset) on
    invalid UTF-8. The windows are those :func:`text_windows` gives for the whole decoded text."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    pending = ""  # decoded, not yet in a window; it starts at document offset ``offset``
    offset = 0
    keep = lookback + _MIN_TAIL
    tail = ""  # the last ``keep`` characters before ``offset``, for the look-back and the break tests
    consumed = 0  # bytes read
    eof = False
    while True:
        while not eof and len(pending) <= bound + lookahead:
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
        joined = tail + pending if tail else pending  # document offset ``offset - len(tail)`` onwards
        base = len(tail)
        if eof and len(pending) <= bound:
            end = len(joined)
        else:
            end = _last_cut(joined, base, base + bound, quiet)
        context = base if not offset else _first_cut(joined, max(0, base - lookback), base, offset <= lookback, quiet)
        yield Window(offset - base + context, offset, offset - base + end, joined[context:_ahead_end(joined, end, lookahead)])
        tail = joined[max(0, end - keep):end]
        offset += end - base
        pending = joined[end:]


class Reassembler:
    """Puts the claims of successive windows back into document offsets and positions.

    Paragraph and sentence indexes are counted across windows; equal parts of claims (evidence,
    descriptions, names) are shared between claims, so that the claims of a large document cost
    their own offsets and words, not one copy of every evidence string each.
    """

    def __init__(self) -> None:
        self.paragraphs = 0  # paragraphs of the document before the current window
        self.sentences = 0
        self._shared: dict[Any, Any] = {}  # a value is its own key
        #: evidence by (rule, detail), and evidence tuples by the ids of their shared evidence: keys
        #: hashed in C (an ``Evidence`` hashes through a Python ``__hash__``, twice per claim else)
        self._evidence: dict[tuple[str, str], Evidence] = {}
        self._evidence_tuples: dict[tuple[int, ...], tuple[Evidence, ...]] = {}

    def _bound(self) -> None:
        if len(self._shared) >= _MAX_SHARED or len(self._evidence) >= _MAX_SHARED:
            # a stream of claims (the CLI) drops them as it writes them: a table of every distinct
            # value ever seen (decision details are nearly unique) would grow with the document
            self._shared.clear()
            self._evidence.clear()
            self._evidence_tuples.clear()  # keyed by the ids of evidence the table no longer holds

    def _share(self, value: T) -> T:
        self._bound()
        shared: T = self._shared.setdefault(value, value)
        return shared

    def _shared_evidence(self, evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        table = self._evidence
        parts = tuple([table.setdefault((e.rule, e.detail), e) for e in evidence])
        return self._evidence_tuples.setdefault(tuple(map(id, parts)), parts)

    def place(self, window: Window, doc: Document, claims: Iterable[Claim]) -> list[Claim]:
        """The claims that start inside ``window`` (read from ``window.context``), in document terms;
        ``claims`` are those of ``window.text`` that start in ``window.start:window.end``
        (:meth:`inside`)."""
        rel, rel_end = window.start - window.context, window.end - window.context
        # paragraphs and sentences are in text order: those starting before an offset are counted
        # by bisection (``(offset,)`` sorts before every span that starts at ``offset``)
        p_before, p_end = bisect.bisect_left(doc.paragraphs, (rel,)), bisect.bisect_left(doc.paragraphs, (rel_end,))
        s_before, s_end = bisect.bisect_left(doc.sentences, (rel,)), bisect.bisect_left(doc.sentences, (rel_end,))
        p_kept, s_kept = p_end - p_before, s_end - s_before
        if window.context == 0 and not self.paragraphs and not self.sentences:
            self.paragraphs, self.sentences = p_kept, s_kept
            return list(claims)  # the first window: already in document terms
        shift = window.context
        shared = self._shared
        share = shared.setdefault  # each part is its own key; the table's bound is kept per claim
        p_shift, s_shift = self.paragraphs - p_before, self.sentences - s_before
        placed = []
        # the parts are rebuilt with their constructors (an offset moved by ``shift >= 0`` keeps
        # every invariant): ``attrs.evolve`` reads every field by name first, twice the cost
        for c in claims:
            self._bound()
            speaker = c.speaker
            if speaker is not None:
                mention = speaker.mention
                if mention is not None:
                    mention = Mention(text=mention.text, start=mention.start + shift, end=mention.end + shift,
                                      kind=mention.kind)
                speaker = Speaker(name=share(speaker.name, speaker.name), mention=mention, kind=speaker.kind,
                                  descriptions=share(speaker.descriptions, speaker.descriptions),
                                  gender=speaker.gender, plural=speaker.plural)
            cue = c.cue
            if cue is not None:
                cue = Cue(text=cue.text, lemma=share(cue.lemma, cue.lemma), start=cue.start + shift, end=cue.end + shift)
            hints = tuple([Hint(kind=h.kind, text=h.text, start=h.start + shift, end=h.end + shift, value=h.value)
                           for h in c.hints])
            placed.append(Claim(
                text=c.text, start=c.start + shift, end=c.end + shift, kind=c.kind, speaker=speaker, cue=cue,
                language=c.language, confidence=c.confidence, evidence=self._shared_evidence(c.evidence),
                quote_marks=share(c.quote_marks, c.quote_marks), paragraph=c.paragraph + p_shift,
                sentence=c.sentence + s_shift, hints=hints,
            ))
        self.paragraphs += p_kept
        self.sentences += s_kept
        return placed

    @staticmethod
    def inside(window: Window, claims: Iterable[Claim]) -> list[Claim]:
        """The claims of ``window.text`` that start inside the window: those of the look-back
        belong to the window before, those of the look-ahead to the next one."""
        rel, rel_end = window.start - window.context, window.end - window.context
        return [c for c in claims if rel <= c.start < rel_end]
