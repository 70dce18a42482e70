"""``continuation``: a quotation with no cue continues the last speaker, unless another named
person came in between (other than as the speaker of a claim). A speaker that is only a mention,
with no entity ("“…,” the memo said. “…”"), goes on within the paragraph of its claim."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator
from .speaker_label import label_of

if TYPE_CHECKING:  # pragma: no cover
    from ...coref import Entity
    from ...quotes import QuoteSpan
    from ...mentions import MentionSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor
    from ..state import DiscourseState


@generator("continuation", priority=100, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The current speaker."""
    current = a.state.current
    if a.is_fragment(q) or q.dialogue:
        return None
    if label_of(a.subjects, q) is not None:
        return None  # a transcript turn's label names its speaker
    unnamed = _unnamed_speaker(a, q)
    if unnamed is not None:
        return Candidate("continuation", None, Resolved(None, unnamed, "continuation"))
    if current is None:
        return None
    if _new_person_between(a.subjects, a.state, a.state.last_end, q.outer_start, current):
        return None
    return Candidate("continuation", None, Resolved(current, None, "continuation"))


def _unnamed_speaker(a: Attributor, q: QuoteSpan) -> MentionSpan | None:
    """The mention that named the speaker of the paragraph's last claim when no entity stands
    behind it ('the memo', 'one delegate'): the discourse state holds entities only, so without
    this the quotation would go on with whoever spoke before that claim."""
    if not a.same_paragraph_as_last_claim(q):
        return None
    speaker = a.state.claims[-1].speaker
    if speaker is None or speaker.mention is None or speaker.kind is not SpeakerKind.UNKNOWN:
        return None
    m = a.state.unnamed
    return m if m is not None and m.start == speaker.mention.start else None


def _new_person_between(subjects: SubjectResolver, state: DiscourseState, start: int, end: int, speaker: Entity | None) -> bool:
    lo = bisect.bisect_left(subjects.mention_starts, start)
    for k in range(lo, bisect.bisect_left(subjects.mention_starts, end)):
        m = subjects.mentions[k]
        e = subjects.entity_of.get(m.start)
        if m.kind is MentionKind.NAME and e is not None and e is not speaker and e.kind is SpeakerKind.PERSON \
                and m.start not in state.speaker_mentions and not _after_speaker(subjects, state, lo, k):
            return True
        # a person described, not named, who opens a sentence of the narrative ("L'avocate de la
        # partie civile a posé une question au témoin.") takes the floor too
        if m.kind is MentionKind.ROLE and e is not None and e is not speaker and e.kind is SpeakerKind.PERSON \
                and not e.plural and m.start not in state.speaker_mentions and not subjects.in_quote(m.start) \
                and subjects.sentence_subject(subjects.doc.sentence_span(m.start)[0], m.end) is m:
            return True
    return False


def _after_speaker(subjects: SubjectResolver, state: DiscourseState, lo: int, k: int) -> bool:
    """Mention ``k`` shares its sentence with the last speaker's own mention: it is part of that
    speaker's description ('said Ann Kim, a fellow at the Center for X', '"…," Harbor Fund
    manager Ann Kim said'), no new voice."""
    sentence = subjects.doc.sentence_index(subjects.mentions[k].start)
    for way in (range(k - 1, lo - 1, -1), range(k + 1, len(subjects.mentions))):
        for j in way:
            other = subjects.mentions[j]
            if subjects.doc.sentence_index(other.start) != sentence:
                break
            if other.start in state.speaker_mentions:
                return True
    return False
