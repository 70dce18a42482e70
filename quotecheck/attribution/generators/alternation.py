"""``alternation``: dialogue turns with no cue alternate between two people."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...coref import Entity
    from ...quotes import QuoteSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

_REACH = 1500  # characters back to look for the other party of a dialogue


@generator("alternation", priority=80, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The speaker of the turn before last, or else the other person last mentioned."""
    if not q.dialogue or a.interview is not None:
        return None
    turns = a.state.turns
    entity = None
    if len(turns) >= 2 and turns[-2] is not None and turns[-1] is not turns[-2]:
        entity = turns[-2]
    elif turns and turns[-1] is not None:
        entity = _other_person(a.subjects, q.outer_start, turns[-1])
    if entity is None:
        return None
    return Candidate("alternation", None, Resolved(entity, None, "alternation"))


def _other_person(subjects: SubjectResolver, offset: int, speaker: Entity | None) -> Entity | None:
    """The most recently mentioned person before ``offset`` who is not ``speaker``."""
    k = bisect.bisect_left(subjects.mention_starts, offset) - 1
    while k >= 0 and offset - subjects.mentions[k].start < _REACH:
        m = subjects.mentions[k]
        e = subjects.entity_of.get(m.start)
        if e is not None and e is not speaker and e.kind is SpeakerKind.PERSON and not e.plural \
                and m.kind is not MentionKind.PRONOUN:
            return e
        k -= 1
    return None
