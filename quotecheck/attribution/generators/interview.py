"""``interview``: in an interview, questions are the interviewer's and answers the interviewee's.

A text is an interview when it has question/answer lines (the language's ``INTERVIEW_MARKERS``)
or a byline such as "Propos recueillis par X"; the interviewee is the most mentioned named person.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import SpeakerKind
from ...document import lower_keeping_offsets
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...coref import Entity
    from ...quotes import QuoteSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

_BYLINE_GAP = 5  # characters between the byline marker and the interviewer's name


@generator("interview", priority=70, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """A dialogue line of an interview: a question line (or one that asks) goes to the interviewer."""
    if not q.dialogue or a.interview is None:
        return None
    interviewer, interviewee = a.interview
    marker = q.open_mark.rstrip(" :.")
    markers = a.ctx.data.interview_markers
    if marker in markers:
        question = marker == markers[0]
    else:  # dash lines in an interview: a line that asks is the journalist's
        question = a.ctx.text[q.start:q.end].rstrip().endswith("?")
    entity = interviewer if question else interviewee
    if entity is None:
        return None
    return Candidate("interview", None, Resolved(entity, None, "interview"))


def find_interview(subjects: SubjectResolver) -> tuple[Entity | None, Entity | None] | None:
    """(interviewer, interviewee) when the text is an interview, else None."""
    markers = subjects.data.interview_markers
    has_lines = any(q.dialogue and q.open_mark.rstrip(" :.") in markers for q in subjects.quotes)
    lowered = lower_keeping_offsets(subjects.text)
    byline = next((lowered.find(m) + len(m) for m in subjects.data.interviewer_markers if m in lowered), -1)
    if not has_lines and byline < 0:
        return None
    interviewer: Entity | None = None
    if byline >= 0:
        k = bisect.bisect_left(subjects.mention_starts, byline)
        if k < len(subjects.mentions) and subjects.mentions[k].start - byline < _BYLINE_GAP:
            interviewer = subjects.entity_of.get(subjects.mentions[k].start)
    people = [e for e in subjects.entities if e.names and e.kind is SpeakerKind.PERSON and e is not interviewer]
    interviewee = max(people, key=lambda e: len(e.mentions), default=None)
    return interviewer, interviewee
