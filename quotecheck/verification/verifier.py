"""verify(quote, source): find the quote's passage in the source and say how faithful it is.

1. the quote is folded and cut into segments at its elision marks (:mod:`.words`);
2. a few word n-grams of each segment are searched in the source (:mod:`.anchors`): linear in
   the source, at C speed, and only their hits are looked at afterwards;
3. the segments' candidate places are chained in order (an elision skips at most
   :data:`MAX_ELISION_GAP_CHARS`), and each segment is aligned word by word with a window of
   the source around its place (:mod:`.align`);
4. the best chain gives the span, the similarity and the typed changes (:mod:`.changes`).
"""

from __future__ import annotations

from typing import Sequence

from attrs import frozen

from ..claims import Claim, first_surrogate
from ..lang import LanguageData
from .align import ENGINES, Opcode, opcodes
from .anchors import Location, locate
from .changes import change
from .types import Change, InvalidQuote, Verdict, Verification
from .words import WORD, SourceText, Word, quote_words, source_text, source_words

__all__ = ["MAX_EDGE_WORDS", "MAX_ELISION_GAP_CHARS", "MIN_MATCHED_SHARE", "MIN_MATCHED_WORDS", "MIN_SIMILARITY", "verify"]

#: below this similarity the best passage is not the quote's: ``not_found``
MIN_SIMILARITY = 0.5
#: nor is a passage that matches fewer words than this share of the quote, or fewer than
#: MIN_MATCHED_WORDS words (all of them for a shorter quote): two common words ("c'est la") are
#: no passage
MIN_MATCHED_SHARE = 0.4
MIN_MATCHED_WORDS = 3
#: the most source characters an elision mark may skip between two segments
MAX_ELISION_GAP_CHARS = 4000
#: unmatched quote words at an edge of a segment are paired with as many source words (a
#: substitution) up to this count; more are words the source does not have there
MAX_EDGE_WORDS = 3
#: candidate chains aligned for one quote (the best supported first)
CANDIDATES = 3
_BEAM = 8


@frozen
class _Match:
    """One segment aligned with its span of the source (``span`` empty: not found)."""

    segment: tuple[Word, ...]
    span: tuple[Word, ...]
    ops: tuple[Opcode, ...]


def verify(quote: str | Claim, source: str, language: str | None = None, *, engine: str | None = None) -> Verification:
    """How faithfully ``quote`` (a string or a :class:`~quotecheck.Claim`) reproduces ``source``.

    ``language`` (a code, as elsewhere in quotecheck) chooses the negation words; by default the
    claim's language, else the source's detected language (only when there are changes to read).
    ``engine`` forces the alignment engine (``"rapidfuzz"`` or ``"difflib"``; default: rapidfuzz
    when installed).

    Raises ``TypeError`` for a quote that is not a str or a Claim or a source that is not a str,
    :class:`InvalidQuote` for a quote with no word, :class:`~quotecheck.InvalidText` for a text
    holding a lone surrogate, and :class:`~quotecheck.UnsupportedLanguage` for an unknown code.

    >>> v = verify("« nous partirons demain »", "Elle a dit : Nous partirons demain, sans faute.")
    >>> v.verdict.value, v.start, v.end
    ('exact', 13, 34)
    """
    text, claim_language = _quote_text(quote)
    if not isinstance(source, str):
        raise TypeError(f"source must be a str, got {type(source).__name__}")
    for checked in (text, source):
        bad = first_surrogate(checked)
        if bad >= 0:
            from ..api import InvalidText

            raise InvalidText(checked, bad)
    if engine is not None and engine not in ENGINES:
        raise ValueError(f"unknown alignment engine {engine!r}; engines: {', '.join(ENGINES)}")
    data: LanguageData | None = None
    if language is not None:
        from ..lang import load

        data = load(language)
    words = quote_words(text)
    if not words.segments:
        raise InvalidQuote(f"the quote has no word to look for: {text[:40]!r}")
    src = source_text(source)
    places = locate(src, words.segments, words.relative, words.lengths)
    best: list[_Match] | None = None
    similarity = -1.0
    for chain in _chains(places, words.lengths):
        matches = _align_chain(words.segments, chain, words.lengths, src, engine)
        score = _similarity(matches)
        if score > similarity:  # the first of equals: the best supported chain
            best, similarity = matches, score
    if best is None or similarity < MIN_SIMILARITY or not _enough(best):
        return Verification(Verdict.NOT_FOUND, similarity=round(max(similarity, 0.0), 4))
    found = [m for m in best if m.span]
    start, _ = src.span(found[0].span[0].start, found[0].span[0].end)
    _, end = src.span(found[-1].span[-1].start, found[-1].span[-1].end)
    if data is None and _has_changes(best):
        data = _detected(claim_language, source)
    changes = _changes(best, src, data)
    if changes:
        verdict = Verdict.ALTERED
    elif any(WORD.search(src.key, a.span[-1].end, b.span[0].start) for a, b in zip(found, found[1:])):
        verdict = Verdict.ELIDED
    else:
        verdict = Verdict.EXACT
    return Verification(verdict, start, end, round(similarity, 4), changes,
                        language=data.code if data is not None else "und")


def _quote_text(quote: object) -> tuple[str, str | None]:
    if isinstance(quote, Claim):
        return quote.text, quote.language
    if isinstance(quote, str):
        return quote, None
    raise TypeError(f"quote must be a str or a Claim, got {type(quote).__name__}")


def _detected(claim_language: str | None, source: str) -> LanguageData | None:
    """The language data for the negations: the claim's language, else the source's; None when
    it has no data (then no change is flagged as a negation)."""
    from ..lang import language_of, load, supported_languages

    code = language_of(claim_language or "")
    if code not in supported_languages():
        from ..detect import detect_language

        code = detect_language(source)
    return load(code) if code in supported_languages() else None


# --------------------------------------------------------------------------------------------
# chains of places, one per segment, in source order


def _chains(places: list[list[Location]], lengths: Sequence[int]) -> list[list[Location | None]]:
    """The best supported ways to place the segments in order (None: a segment not placed)."""
    beam: list[tuple[int, list[Location | None]]] = [(0, [])]
    for k, options in enumerate(places):
        grown: list[tuple[int, list[Location | None]]] = []
        for score, chain in beam:
            previous = next(((j, loc) for j, loc in reversed(list(enumerate(chain))) if loc is not None), None)
            grown.append((score, [*chain, None]))
            for loc in options:
                if previous is not None:
                    j, prev = previous
                    low = prev.start + lengths[j] - 20
                    if not low <= loc.start <= prev.start + lengths[j] + MAX_ELISION_GAP_CHARS * (k - j):
                        continue
                grown.append((score + loc.support, [*chain, loc]))
        grown.sort(key=lambda item: -item[0])
        beam = grown[:_BEAM]
    return [chain for score, chain in beam if score > 0][:CANDIDATES]


# --------------------------------------------------------------------------------------------
# alignment


def _align_chain(segments: Sequence[tuple[Word, ...]], chain: Sequence[Location | None], lengths: Sequence[int],
                 src: SourceText, engine: str | None) -> list[_Match]:
    matches = []
    floor = 0
    for segment, place, length in zip(segments, chain, lengths):
        match = None if place is None else _align_segment(segment, place.start, length, src, floor, engine)
        if match is None:
            match = _Match(segment, (), (("delete", 0, len(segment), 0, 0),))
        else:
            floor = match.span[-1].end
        matches.append(match)
    return matches


#: equal runs further apart in the source than in the quote by more than this many words are
#: two places, not one passage with a dropped clause; the larger one is the passage
MAX_EXTRA_WORDS = 8


def _split_edges(window: list[Word], keys: Sequence[str]) -> list[Word]:
    """A source word that holds the quote's first word after an apostrophe ("qu'il" for a quote
    starting at "il"), or its last word before one, split there when the next (previous) source
    word is the quote's second (last but one): the edge word can match, and a word the quote has
    whole elsewhere ("… et qu'elle …") stays whole."""
    first, last = keys[0], keys[-1]
    second = keys[1] if len(keys) > 1 else None
    before_last = keys[-2] if len(keys) > 1 else None
    out = []
    for k, w in enumerate(window):
        nxt = window[k + 1].key if k + 1 < len(window) else None
        prev = window[k - 1].key if k > 0 else None
        if w.key.endswith("'" + first) and (second is None or nxt == second):
            cut = w.key.rfind("'")
        elif w.key.startswith(last + "'") and (before_last is None or prev == before_last):
            cut = w.key.find("'")
        else:
            out.append(w)
            continue
        out.append(Word(w.key[:cut + 1], w.form[:cut + 1], w.text[:cut + 1], w.start, w.start + cut + 1))
        out.append(Word(w.key[cut + 1:], w.form[cut + 1:], w.text[cut + 1:], w.start + cut + 1, w.end))
    return out


def _passage(equal: list[Opcode], keys: Sequence[str], window_keys: Sequence[str]) -> list[Opcode]:
    """The equal runs of the passage: runs split where the source has many more words between
    them than the quote; the group with the most matched words wins."""
    groups = [[equal[0]]]
    for op in equal[1:]:
        prev = groups[-1][-1]
        if (op[3] - prev[4]) - (op[1] - prev[2]) > MAX_EXTRA_WORDS:
            groups.append([op])
        else:
            groups[-1].append(op)
    best = max(groups, key=lambda g: sum(op[2] - op[1] for op in g))
    # a short run at an edge, apart from the others by source words the quote does not have, is
    # a coincidence ("de" a line away), or the same words matched one place too early ("that
    # that"): the edge extension pairs the quote's words with the source's next to the passage
    while len(best) > 1 and _stray(best[0], best[1], keys, window_keys, first=True):
        best = best[1:]
    while len(best) > 1 and _stray(best[-1], best[-2], keys, window_keys, first=False):
        best = best[:-1]
    return best


def _stray(edge: Opcode, inner: Opcode, keys: Sequence[str], window_keys: Sequence[str], first: bool) -> bool:
    size = edge[2] - edge[1]
    if size > 2:
        return False
    if first:
        extra = (inner[3] - edge[4]) - (inner[1] - edge[2])
        shifted = window_keys[inner[3] - size:inner[3]] if inner[1] == edge[2] else None
    else:
        extra = (edge[3] - inner[4]) - (edge[1] - inner[2])
        shifted = window_keys[inner[4]:inner[4] + size] if edge[1] == inner[2] else None
    return extra > 2 or (extra > 0 and shifted == list(keys[edge[1]:edge[2]]))


def _align_segment(segment: tuple[Word, ...], start: int, length: int, src: SourceText, floor: int,
                   engine: str | None) -> _Match | None:
    """The segment aligned around its predicted ``start``: in a window with a margin (the
    prediction may be off), and in one just the segment's length (where the margin lets ties of
    the alignment pick words further away: reordered words); the more similar wins."""
    keys = [w.key for w in segment]
    best: _Match | None = None
    for margin in (30 + length // 3, 8):
        window = [w for w in source_words(src, max(floor, start - margin), start + length + margin) if w.start >= floor]
        match = _align_in(segment, keys, _split_edges(window, keys), start, engine) if window else None
        if match is not None and (best is None or _similarity([match]) > _similarity([best])):
            best = match
        if best is not None and best.ops == (("equal", 0, len(keys), 0, len(keys)),) and best.span and len(best.span) == len(keys):
            break  # found word for word
    return best


def _align_in(segment: tuple[Word, ...], keys: list[str], window: list[Word], start: int,
              engine: str | None) -> _Match | None:
    window_keys = [w.key for w in window]
    at = _contiguous(keys, window_keys, window, start)
    if at >= 0:  # the words as they are, side by side: no alignment to choose among ties
        span = tuple(window[at:at + len(keys)])
        same: list[Opcode] = [("equal", 0, len(keys), 0, len(keys))]
        return _Match(segment, span, tuple(_case_checked(same, segment, span)))
    equal = [op for op in opcodes(keys, window_keys, engine) if op[0] == "equal"]
    if not equal:
        return None
    equal = _passage(equal, keys, window_keys)
    lead, trail = equal[0][1], len(segment) - equal[-1][2]
    low = max(0, equal[0][3] - (lead if lead <= MAX_EDGE_WORDS else 0))
    high = min(len(window), equal[-1][4] + (trail if trail <= MAX_EDGE_WORDS else 0))
    span, ops = _pushed_out(keys, window[low:high], engine)
    return _Match(segment, span, tuple(_case_checked(ops, segment, span)))


def _contiguous(keys: Sequence[str], window_keys: Sequence[str], window: Sequence[Word], start: int) -> int:
    """The index of the window word where ``keys`` occur word for word, the nearest to ``start``; -1."""
    sep = "\x00"
    haystack = sep + sep.join(window_keys) + sep
    needle = sep + sep.join(keys) + sep
    found, best = haystack.find(needle), -1
    while found >= 0:
        index = haystack.count(sep, 0, found)  # separators before the match: its word index
        if best < 0 or abs(window[index].start - start) < abs(window[best].start - start):
            best = index
        found = haystack.find(needle, found + 1)
    return best


def _pushed_out(keys: Sequence[str], span: list[Word], engine: str | None) -> tuple[tuple[Word, ...], list[Opcode]]:
    """The span and its opcodes, with source words the quote skips right after its first run (or
    right before its last) moved out of the span when the run reads the same on their other side:
    "a a a b" in "a a a a b" is the last three "a", not the first three and a deletion."""
    while True:
        span_keys = [w.key for w in span]
        ops = opcodes(keys, span_keys, engine)
        if len(ops) >= 2 and ops[0][0] == "equal" and ops[1][0] == "insert":
            q, g = ops[0][2], ops[1][4] - ops[1][3]
            if span_keys[g:g + q] == list(keys[:q]):
                span = span[g:]
                continue
        if len(ops) >= 2 and ops[-1][0] == "equal" and ops[-2][0] == "insert":
            q, g = ops[-1][2] - ops[-1][1], ops[-2][4] - ops[-2][3]
            n = len(span)
            if span_keys[n - g - q:n - g] == list(keys[len(keys) - q:]):
                span = span[:n - g]
                continue
        return tuple(span), ops


def _case_checked(ops: Sequence[Opcode], segment: Sequence[Word], span: Sequence[Word]) -> list[Opcode]:
    """The opcodes with each equal word whose case differs made a substitution (case is allowed
    to differ at the start of a segment only: "[…] Nous" for "nous")."""
    out: list[Opcode] = []
    for tag, q1, q2, s1, s2 in ops:
        if tag != "equal":
            out.append((tag, q1, q2, s1, s2))
            continue
        run = q1
        for q, s in zip(range(q1, q2), range(s1, s2)):
            if segment[q].form != span[s].form and q != 0:
                if run < q:
                    out.append(("equal", run, q, s1 + run - q1, s))
                out.append(("replace", q, q + 1, s, s + 1))
                run = q + 1
        if run < q2:
            out.append(("equal", run, q2, s1 + run - q1, s2))
    return out


def _similarity(matches: Sequence[_Match]) -> float:
    """2 × matched words / (quote words + span words): the Ratcliff-Obershelp ratio on words,
    with the words an elision skips left out (they are in no segment's span)."""
    same = sum(q2 - q1 for m in matches for tag, q1, q2, _, _ in m.ops if tag == "equal")
    total = sum(len(m.segment) + len(m.span) for m in matches)
    return 2 * same / total if total else 0.0


def _enough(matches: Sequence[_Match]) -> bool:
    same = sum(q2 - q1 for m in matches for tag, q1, q2, _, _ in m.ops if tag == "equal")
    words = sum(len(m.segment) for m in matches)
    return same >= min(MIN_MATCHED_WORDS, words) and same >= MIN_MATCHED_SHARE * words


def _has_changes(matches: Sequence[_Match]) -> bool:
    return any(tag != "equal" for m in matches for tag, *_ in m.ops)


def _merged(ops: Sequence[Opcode]) -> list[Opcode]:
    """Adjacent non-equal opcodes as one ("la mairie" for "l'école" is one substitution, not a
    substitution and an insertion)."""
    out: list[Opcode] = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal":
            tag, q1, _, s1, _ = out[-1]
            out[-1] = ("replace", q1, op[2], s1, op[4])
        else:
            out.append(op)
    return out


def _changes(matches: Sequence[_Match], src: SourceText, data: LanguageData | None) -> tuple[Change, ...]:
    out = []
    source_at = 0
    for m in matches:
        seg, span = m.segment, m.span
        if span:
            source_at = src.span(span[0].start, span[0].end)[0]
        for tag, q1, q2, s1, s2 in _merged(m.ops):
            if tag == "equal":
                source_at = src.span(span[s2 - 1].start, span[s2 - 1].end)[1]
                continue
            quote_side, source_side = seg[q1:q2], span[s1:s2]
            quote_at = seg[q1 - 1].end if q1 > 0 else seg[0].start
            s_span = src.span(source_side[0].start, source_side[-1].end) if source_side else None
            words = [src.original[slice(*src.span(w.start, w.end))] for w in source_side]
            out.append(change(quote_side, source_side, quote_at, source_at, s_span, words, data))
            if s_span is not None:
                source_at = s_span[1]
    return tuple(out)
