"""``partial-cue``: a word such as « qualifiées de », "y voit", "called" right before a fragment."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...cues import CueMatch
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...mentions import MentionSpan
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_REACH = 40  # characters before the fragment searched for the word


@generator("partial-cue", priority=60, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The subject that opens the sentence ("X nannte Y einen „…“", "X called Y a '…'": Y is
    the object), else the nearest person mention of the sentence, else the current speaker."""
    if not q.embedded:
        return None
    lo, hi = a.sentence_bounds(q)
    words = a.ctx.doc.tokens_between(max(lo, q.outer_start - _REACH), q.outer_start)
    hit = next((t for t in reversed(words) if t.lower in a.ctx.data.partial_cues), None)
    if hit is None:
        return None
    cue = CueMatch(hit.start, hit.end, hit.text, a.ctx.data.partial_cues[hit.lower], 0, 0)
    m = a.subjects._sentence_subject(lo, hit.start)
    if m is None or m.place or m.end > q.outer_start:
        m = _nearest_mention(a, q, lo, hi)
    if m is not None:
        entity = a.ctx.entity_of.get(m.start)
        if m.kind is MentionKind.PRONOUN:
            entity = a.subjects._resolve_pronoun(m.start, m.gender, m.plural)
        return Candidate("partial-cue", cue, Resolved(entity, m, "nearest mention"))
    if a.state.current is not None:
        return Candidate("partial-cue", cue, Resolved(a.state.current, None, "current speaker"))
    return None


def _nearest_mention(a: Attributor, q: QuoteSpan, lo: int, hi: int) -> MentionSpan | None:
    """The mention of ``lo``..``hi`` nearest to the quotation (the first one on a tie), no
    organisation: found by bisection among the document's mentions that may speak, not by
    reading every mention of the sentence (a sentence of many fragments made that quadratic)."""
    starts, mentions = _speaking(a)
    first, stop = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    inside = bisect.bisect_left(starts, q.outer_start, first, stop)
    after = bisect.bisect_left(starts, q.outer_end, inside, stop)
    # the nearest before the quotation, any inside it (mentions never are), the nearest after
    near = ([inside - 1] if inside > first else []) + list(range(inside, after)) + ([after] if after < stop else [])
    best = None
    for k in near:
        m = mentions[k]
        d = min(abs(m.start - q.outer_start), abs(m.start - q.outer_end))
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best else None


def _speaking(a: Attributor) -> tuple[list[int], list[MentionSpan]]:
    """(starts, mentions) of the document's mentions that are no organisation, built once."""
    found = a.indexes.get("partial-cue")
    if found is None:
        kept = []
        for m in a.subjects.mentions:
            entity = a.ctx.entity_of.get(m.start)
            if m.kind is MentionKind.ORGANIZATION or (
                    m.kind is MentionKind.NAME and entity is not None and entity.kind is SpeakerKind.ORGANIZATION):
                continue
            kept.append(m)
        found = a.indexes["partial-cue"] = ([m.start for m in kept], kept)
    return found
