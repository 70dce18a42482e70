"""``source``: a source marker next to the quotation, « … », selon X / Selon X, « … »."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind
from ...cues import CueMatch
from ...subjects import BLOCKERS, Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_AFTER_REACH = 40  # characters after the closing mark searched for the marker
_APPOSITION_CHARS = 80  # "Pour Nathalie Girard, déléguée syndicale, « … »": the longest apposition


@generator("source", priority=30, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """A source marker of the language's data right after the quote, or opening its sentence."""
    found = _marker_after(a, q.outer_end) or _marker_before(a, q.outer_start, q.embedded)
    if found is None:
        return None
    resolved, cue = found
    return Candidate("source", cue, resolved)


def _marker_after(a: Attributor, offset: int) -> tuple[Resolved, CueMatch] | None:
    """« … », selon X."""
    markers = a.present_markers
    if not markers:
        return None
    text, reach = a.ctx.text, min(len(a.ctx.text), offset + _AFTER_REACH)
    start = offset
    while start < reach and text[start] in _LEAD:
        start += 1
    for marker in markers:
        if a.lowered.startswith(marker + " ", start, reach):
            m = a.subjects.mention_after(start + len(marker) + 1, start + 2 * _AFTER_REACH)
            if m is not None:
                cue = CueMatch(start, start + len(marker), a.ctx.text[start:start + len(marker)], marker, 0, 0)
                return Resolved(a.ctx.entity_of.get(m.start), m, "source marker"), cue
    return None


def _marker_before(a: Attributor, offset: int, embedded: bool = False) -> tuple[Resolved, CueMatch] | None:
    """« selon X, » right before ``offset``, in the same sentence; for a fragment inside the
    sentence, a marker that opens the sentence ("Selon le rapport médical, elle présente une
    « … »": the sentence is the source's account, the fragment its words).

    The marker is the last one of the sentence before ``offset`` (``a.marker_positions``); what is
    read around it is scanned from its ends, never copied from the sentence start: a long sentence
    of quotations costs each quotation a constant, not the sentence's length."""
    markers = a.present_markers
    if not markers:
        return None
    sent_start, _ = a.ctx.doc.sentence_span(offset)
    text, lowered = a.ctx.text, a.lowered
    for marker in markers:
        positions = a.marker_positions(marker)
        j = bisect.bisect_right(positions, offset - len(marker) - 1) - 1
        if j < 0 or positions[j] < sent_start:
            continue
        p = positions[j]
        if p > sent_start and lowered[p - 1].isalnum():
            continue
        opens_sentence = _blank(text, sent_start, p)
        after = p + len(marker) + 1
        m = a.subjects.mention_after(after, offset) or a.subjects.stressed_pronoun(after)
        if m is not None:
            m = a.subjects.apposed_name(m, offset)
        if m is not None:
            comma_next = _next_nonspace(text, m.end, offset) == ","
            rest = _stripped(text, m.end, offset, _APPOSITION_CHARS)
            opens = embedded and opens_sentence and comma_next
            if rest == "" or opens or (comma_next and rest is not None and not any(b in rest for b in BLOCKERS)):
                cue = CueMatch(p, p + len(marker), text[p:p + len(marker)], marker, 0, 0)
                entity = a.ctx.entity_of.get(m.start)
                if m.kind is MentionKind.PRONOUN:
                    entity = a.subjects.resolve_pronoun(m.start, m.gender, m.plural)
                return Resolved(entity, m, "source marker"), cue
        if embedded and opens_sentence:
            # the source is a description the mentions do not take: the words up to the comma
            comma = text.find(",", p + len(marker), offset)
            if comma > sent_start:
                resolved = a.subjects.resolve_source(after, comma)
                if resolved is not None:
                    cue = CueMatch(p, p + len(marker), text[p:p + len(marker)], marker, 0, 0)
                    return resolved, cue
    return None


_EDGE = " ,\u00a0\u202f"  # what a source's apposition is stripped of
_LEAD = _EDGE  # what may stand between the closing mark and a marker after it


def _blank(text: str, start: int, end: int) -> bool:
    """``text[start:end].strip() == ""``, reading only up to the first other character."""
    k = start
    while k < end and text[k].isspace():
        k += 1
    return k >= end


def _next_nonspace(text: str, start: int, end: int) -> str:
    """The first character of ``text[start:end].lstrip()`` ("" if none)."""
    k = start
    while k < end and text[k].isspace():
        k += 1
    return text[k] if k < end else ""


def _stripped(text: str, start: int, end: int, shorter_than: int) -> str | None:
    """``text[start:end].strip(_EDGE)`` when shorter than ``shorter_than``, else None."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return text[start:end] if end - start < shorter_than else None
