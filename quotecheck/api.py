"""Orchestration: text → language → annotation → quotes → mentions → entities → claims.

``Extractor`` holds one set of options and the per-language compiled patterns (cached by the
stages themselves), so a pipeline that reads many texts builds them once.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Callable, Iterable, Iterator

import attrs
from attrs import field, frozen

from . import attribution, boundaries, coref, lang, mentions, normalize, quotes, windows
from . import hints as _hints
from .backends import Backend, get_backend
from .claims import Claim, ClaimKind, HintKind, first_surrogate
from .context import Context
from .converters import to_tuple
from .cues import matcher_for
from .detect import detect_language

__all__ = ["Analysis", "Extractor", "InvalidText", "extract_claims"]


class InvalidText(ValueError):
    """The text is a ``str`` but not Unicode text: it holds a lone surrogate (U+D800..U+DFFF).

    Such a string has no UTF-8 form, and JSON reads an escaped pair of them back as one
    character, so no offset could be trusted. Replace each one with U+FFFD first, which keeps
    one character for one: ``re.sub("[\\ud800-\\udfff]", "\\ufffd", text)``.
    """

    def __init__(self, text: str, offset: int) -> None:
        self.offset = offset
        super().__init__(
            f"text holds the lone surrogate U+{ord(text[offset]):04X} at offset {offset}: not Unicode text; "
            "replace each with U+FFFD (re.sub('[\\ud800-\\udfff]', '\\ufffd', text) keeps the offsets)"
        )


@frozen
class Analysis:
    """Claims of one text plus what the extractor decided on the way."""

    claims: tuple[Claim, ...] = field(converter=to_tuple)
    language: str
    #: quote marks that could not be paired and were skipped (never fatal)
    skipped_marks: int = 0
    #: what detection said when no language was given: a code we have no data for ("nl") is kept
    #: here while ``language`` is "und" (quotes segmented, nobody attributed); None when given
    detected_language: str | None = None


class Extractor:
    """Extracts claims from many texts with one set of options.

    - ``language``: a code (``"fr"``, ``"fr-FR"``, ``"pt_BR"``, ``"fr_FR.UTF-8"``: the primary
      language is used) that wins over detection; None detects the language of each text.
    - ``backend``: ``"rules"`` (default), ``"stanza"``, ``"spacy"`` or a :class:`Backend`.
    - ``kinds``: the claim kinds kept: one kind (``"direct"``) or a collection of them; None
      keeps all. An unknown kind raises ``ValueError`` naming the valid ones.
    - ``min_confidence``: claims below this probability are dropped.
    - ``window_chars``: a longer text is read window by window (:mod:`quotecheck.windows`).
    - ``hints``: give each claim its check-worthiness hints (:mod:`quotecheck.hints`; on by
      default, False leaves ``Claim.hints`` empty and saves their cost).
    - ``require_hints``: keep only the claims that have a hint of at least one of the kinds given
      (``"number"``, ``"numbers,percentages,money"``, a :class:`HintKind` or a collection); None
      keeps all.

    A text in any Unicode normal form (composed "é" or "e" + U+0301) gives the same claims: it is
    read in NFC and every offset is mapped back to the caller's string, whose substrings the
    claims hold (:mod:`quotecheck.normalize`); derived strings (speaker names, descriptions,
    evidence) are NFC.

    Examples:
        >>> ex = Extractor(language="fr")
        >>> [c.text for c in ex.extract("« Nous partirons demain », a déclaré Jeanne Martin.")]
        ['Nous partirons demain']
    """

    def __init__(
        self,
        language: str | None = None,
        *,
        backend: str | Backend = "rules",
        kinds: ClaimKind | str | Iterable[ClaimKind | str] | None = None,
        min_confidence: float = 0.0,
        window_chars: int = windows.WINDOW_CHARS,
        hints: bool = True,
        require_hints: str | HintKind | Iterable[str | HintKind] | None = None,
    ) -> None:
        if language is not None:
            lang.load(language)  # fail now, not on the first text, when the code is unknown
        self.language = language
        self.backend = get_backend(backend)
        self.kinds = _claim_kinds(kinds)
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)):
            raise TypeError(f"min_confidence must be a number (int or float), got {type(min_confidence).__name__}")
        if not 0.0 <= min_confidence <= 1.0:  # NaN fails here too
            raise ValueError(f"min_confidence must be within [0, 1], got {min_confidence}")
        self.min_confidence = float(min_confidence)
        if not isinstance(window_chars, int) or isinstance(window_chars, bool) or window_chars < 1:
            raise ValueError(f"window_chars must be a positive int, got {window_chars!r}")
        #: a longer text is read paragraph-window by window (see quotecheck.windows): flat memory
        self.window_chars = window_chars
        if not isinstance(hints, bool):
            raise TypeError(f"hints must be a bool, got {type(hints).__name__}")
        self.require_hints = frozenset() if require_hints is None else _hints.hint_kinds(require_hints)
        if self.require_hints and not hints:
            raise ValueError("require_hints needs hints=True: without hints no claim has any")
        self.hints = hints

    def _language_data(self, text: str, language: str | None) -> lang.LanguageData:
        return self._resolve_language(text, language)[0]

    def _resolve_language(self, text: str, language: str | None) -> tuple[lang.LanguageData, str | None]:
        """The data to read ``text`` with, and the detected code (None when a language was given)."""
        code = self.language if language is None else language  # "" is refused, never "detect"
        if code is not None:
            return lang.load(code), None  # a forced code must be known: UnsupportedLanguage otherwise
        detected = detect_language(text)
        if detected in lang.supported_languages():
            return lang.load(detected), detected
        return lang.generic(), detected

    def context(self, text: str, language: str | None = None) -> Context:
        """Every stage of ``text`` up to attribution: annotation, quotes, cues, mentions, entities.

        The text is read as given (not normalised), so that the offsets index it; pass NFC text."""
        _check_text(text)
        return self._context(text, self._language_data(text, language))

    def _context(self, text: str, data: lang.LanguageData) -> Context:
        doc = self.backend.annotate(text, data)
        found = quotes.find_quotes(doc, data)
        doc_cues = matcher_for(data).find_all(doc)
        found_mentions = mentions.find_mentions(doc, data, found.quotes, doc_cues)
        entities, entity_of, linked_mentions = coref.link(doc, data, found_mentions)
        return Context(doc, data, found.quotes, doc_cues, linked_mentions, entities, entity_of, found.skipped,
                       found.skipped_at)

    def analyze(self, text: str, language: str | None = None) -> Analysis:
        """All claims of ``text`` with the diagnostics (language used, skipped quote marks)."""
        _check_text(text)
        normal, offsets = normalize.to_nfc(text)  # read in NFC, offsets mapped back to ``text``
        moved = normalize.mapper(offsets, text)
        data, detected = self._resolve_language(normal, language)
        if len(normal) <= self.window_chars:
            with _collector_paused():
                ctx = self._context(normal, data)
                kept = [moved(c) for c in self._finished(ctx, attribution.attribute(ctx))]
                skipped_marks = ctx.skipped_marks
                # the document's objects freed (by their counts) before the collector runs again:
                # its first pass would otherwise scan every one of them, still alive
                del ctx
            return Analysis(claims=kept, language=data.code, skipped_marks=skipped_marks, detected_language=detected)
        cuts = windows.text_windows(normal, self.window_chars, quiet=_quiet(data))
        parts = list(self._analyze_windows(cuts, data))
        claims = [moved(c) for part in parts for c in part.claims]
        skipped = sum(part.skipped_marks for part in parts)
        return Analysis(claims=claims, language=data.code, skipped_marks=skipped, detected_language=detected)

    def analyze_windows(self, parts: Iterable[windows.Window], language: str | None = None) -> Iterator[Analysis]:
        """One :class:`Analysis` per window of one document (:func:`quotecheck.windows.file_windows`),
        offsets into the whole document; the language is detected on the first window.

        Each window is read in NFC on its own (windows end at line breaks or spaces, where no
        character composes with the next), its offsets mapped back to the caller's text. The
        windows are the caller's: cut them at quiet breaks (``quiet=`` of ``file_windows``, see
        :meth:`analyze_file`) for the claims of the whole text."""
        return self._analyze_parts(iter(parts), language, None)

    def analyze_file(self, open_windows: Callable[[windows.Boundary | None], Iterable[windows.Window]],
                     language: str | None = None) -> Iterator[Analysis]:
        """:meth:`analyze_windows` of a document read by ``open_windows(quiet)``, which gives its
        windows cut where ``quiet`` allows (``file_windows(handle, quiet=quiet)``). It is called
        twice: once with ``None`` for the first window only, on which the language is decided as
        :meth:`analyze_windows` decides it, then with the quiet-break test of that language
        (:mod:`quotecheck.boundaries`), so that no window ends inside a quotation."""
        first = next(iter(open_windows(None)), None)
        if first is None:
            return
        own = _checked_window(first)[: first.end - first.context]  # the window without its look-ahead
        resolved = self._resolve_language(normalize.to_nfc(own)[0], language)
        yield from self._analyze_parts(iter(open_windows(_quiet(resolved[0]))), language, resolved)

    def _analyze_parts(self, parts: Iterator[windows.Window], language: str | None,
                       resolved: tuple[lang.LanguageData, str | None] | None) -> Iterator[Analysis]:
        reassembler = windows.Reassembler()
        for window in parts:
            normal, offsets = normalize.to_nfc(_checked_window(window))
            if offsets is None:
                read = window
            else:  # the window in NFC terms, still placed at the document offset of its look-back
                start = window.context + offsets.to_normalised(window.start - window.context)
                end = window.context + offsets.to_normalised(window.end - window.context)
                read = windows.Window(window.context, start, end, normal)
            if resolved is None:  # on the window's own text, not its look-ahead
                resolved = self._resolve_language(normal[: read.end - read.context], language)
            data, detected = resolved
            moved = normalize.mapper(offsets, window.text, window.context)
            for part in self._analyze_windows((read,), data, reassembler):
                yield attrs.evolve(part, claims=[moved(c) for c in part.claims], detected_language=detected)

    def _analyze_windows(self, parts: Iterable[windows.Window], data: lang.LanguageData,
                         reassembler: windows.Reassembler | None = None) -> Iterator[Analysis]:
        reassembler = reassembler or windows.Reassembler()
        for window in parts:
            with _collector_paused():
                ctx = self._context(window.text, data)
                # only the window's own claims get their hints and places: those of the look-back
                # and the look-ahead are the neighbours' (built there, not twice)
                inside = reassembler.inside(window, attribution.attribute(ctx))
                claims = reassembler.place(window, ctx.doc, self._finished(ctx, inside))
                skipped = self._skipped_inside(window, ctx, data)
                del ctx  # one window's annotation in memory at a time
            yield Analysis(claims=claims, language=data.code, skipped_marks=skipped)

    def _skipped_inside(self, window: windows.Window, ctx: Context, data: lang.LanguageData) -> int:
        """The skipped marks of ``window.start:window.end``: the segmenter's by their place; the
        marks of lines the annotation left out (rare) by annotating the look-back and the
        look-ahead apart."""
        rel, rel_end = window.start - window.context, window.end - window.context
        found = sum(1 for at in ctx.skipped_at if rel <= at < rel_end)
        left_out = ctx.doc.skipped_marks
        if left_out:
            for lo, hi in ((0, rel), (rel_end, len(window.text))):
                if hi > lo:
                    left_out -= self.backend.annotate(window.text[lo:hi], data).skipped_marks
        return found + max(0, left_out)

    def _kept(self, claims: Iterable[Claim]) -> list[Claim]:
        return sorted(
            (c for c in claims if c.kind in self.kinds and c.confidence >= self.min_confidence),
            key=lambda c: (c.start, c.end),
        )

    def _finished(self, ctx: Context, claims: Iterable[Claim]) -> list[Claim]:
        """The kept claims with their hints; with ``require_hints``, those with a hint of a required kind."""
        kept = self._kept(claims)
        if not self.hints:
            return kept
        kept = _hints.annotate(ctx.doc, ctx.data, kept, ctx.mentions)
        if self.require_hints:
            kept = [c for c in kept if any(h.kind in self.require_hints for h in c.hints)]
        return kept

    def extract(self, text: str, language: str | None = None) -> list[Claim]:
        """The claims of ``text``, sorted by ``start``."""
        return list(self.analyze(text, language).claims)

    def extract_many(self, texts: Iterable[str], *, processes: int | None = 1) -> Iterator[list[Claim]]:
        """Claims of each text in turn (lazy, for streams of articles).

        ``processes=N`` extracts in N processes (``None``: one per core) and yields the same lists
        in the same order as one process does; short texts travel in chunks (see
        :mod:`quotecheck.parallel`), and only a few chunks per process are read ahead. The
        extractor is copied into each process once, so its backend must be picklable.
        """
        from .parallel import check_processes, map_ordered

        if isinstance(texts, (str, bytes, bytearray)):  # one text would be read character by character
            raise TypeError(f"texts must be an iterable of str, got one {type(texts).__name__}: "
                            "use extract() for one text, or pass [text]")
        count = check_processes(processes)  # a bad value fails now, not at the first text
        if count == 1:
            return (self.extract(text) for text in texts)
        return map_ordered(_extract_one, texts, processes=count, initializer=_same, state=self, size=_size)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document (or window) is read: the stages make
    hundreds of thousands of small objects that live as long as the document, and the collector's
    scans of them cost 6-18 % of the time. Reference counting still frees them; the collector runs
    again afterwards (left alone when the caller had turned it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_claims(
    text: str,
    language: str | None = None,
    *,
    backend: str | Backend = "rules",
    kinds: ClaimKind | str | Iterable[ClaimKind | str] | None = None,
    min_confidence: float = 0.0,
    window_chars: int = windows.WINDOW_CHARS,
    hints: bool = True,
    require_hints: str | HintKind | Iterable[str | HintKind] | None = None,
) -> list[Claim]:
    """Every quotation and reported statement in ``text``, attributed, sorted by ``start``.

    ``language`` (``"fr"``, ``"fr-FR"``, ``"pt_BR"``) wins over detection; the other options are
    :class:`Extractor`'s, with the same names and defaults.

    Examples:
        >>> [(c.kind.value, c.speaker.name) for c in extract_claims(
        ...     "« Nous partirons demain », a déclaré Jeanne Martin.", language="fr")]
        [('direct', 'Jeanne Martin')]
    """
    extractor = Extractor(language, backend=backend, kinds=kinds, min_confidence=min_confidence,
                          window_chars=window_chars, hints=hints, require_hints=require_hints)
    return extractor.extract(text)


def _claim_kinds(kinds: ClaimKind | str | Iterable[ClaimKind | str] | None) -> frozenset[ClaimKind]:
    """The kinds to keep: all of them (None), one kind ("direct") or a collection of kinds."""
    if kinds is None:
        return frozenset(ClaimKind)
    if isinstance(kinds, (str, ClaimKind)):  # one kind; a str is not read as its characters
        kinds = (kinds,)
    elif isinstance(kinds, (bytes, bytearray)) or not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be a kind or a collection of kinds, got {type(kinds).__name__}")
    valid = {k.value for k in ClaimKind}
    chosen = set()
    for kind in kinds:
        if not isinstance(kind, str):
            raise TypeError(f"a kind must be a str or a ClaimKind, got {type(kind).__name__}")
        if not isinstance(kind, ClaimKind) and kind not in valid:
            raise ValueError(f"unknown claim kind {kind[:20]!r}; kinds: {', '.join(sorted(valid))}")
        chosen.add(ClaimKind(kind))
    return frozenset(chosen)


def _check_text(text: object) -> None:
    """A str with no lone surrogate (it could not travel as UTF-8 JSON with its offsets kept)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    bad = first_surrogate(text)
    if bad >= 0:
        raise InvalidText(text, bad)


def _quiet(data: lang.LanguageData) -> windows.Boundary:
    """Where a long text in ``data``'s language may be cut: paragraph breaks outside every quotation."""
    return boundaries.quiet_boundary(data, windows.LOOKAHEAD_CHARS)


def _checked_window(window: windows.Window) -> str:
    bad = first_surrogate(window.text)
    if bad >= 0:
        raise InvalidText(window.text, bad)
    return window.text


def _same(extractor: Extractor) -> Extractor:
    return extractor


def _extract_one(extractor: Extractor, text: str) -> list[Claim]:
    return extractor.extract(text)


def _size(text: object) -> int:
    return len(text) if isinstance(text, str) else 1  # a wrong type fails in the worker, in its place
