"""What a generator proposes: a speaker for a claim, the cue that says so, and how it was found."""

from __future__ import annotations

from attrs import frozen

from ..claims import MentionKind
from ..coref import Entity
from ..cues import CueMatch
from ..mentions import MentionSpan
from ..subjects import Resolved

__all__ = ["Candidate", "same_speaker"]


@frozen
class Candidate:
    """One proposal: ``resolved`` says who (an entity, a bare mention, or nobody) and how."""

    rule: str
    cue: CueMatch | None
    resolved: Resolved | None
    #: the generator's priority (its place in the sieve order), a feature of the decision
    rank: int = 0

    @property
    def entity(self) -> Entity | None:
        return self.resolved.entity if self.resolved is not None else None

    @property
    def mention(self) -> MentionSpan | None:
        return self.resolved.mention if self.resolved is not None else None

    @property
    def has_speaker(self) -> bool:
        r = self.resolved
        return r is not None and (r.entity is not None or (r.mention is not None and r.mention.kind is not MentionKind.PRONOUN))


def same_speaker(a: Candidate, b: Candidate) -> bool:
    """The two candidates name the same speaker (the same entity, the same bare mention, or nobody)."""
    # the properties read inline (it is asked for each pair of a claim's candidates): the same tests
    ra, rb = a.resolved, b.resolved
    ea = ra.entity if ra is not None else None
    eb = rb.entity if rb is not None else None
    if ea is not None or eb is not None:
        return ea is eb
    ma = ra.mention if ra is not None else None
    mb = rb.mention if rb is not None else None
    if ma is not None and mb is not None:
        return ma.text == mb.text
    # neither has an entity: a speaker is a mention that is no pronoun
    return (ma is None or ma.kind is MentionKind.PRONOUN) and (mb is None or mb.kind is MentionKind.PRONOUN)
