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
    if a.entity is not None or b.entity is not None:
        return a.entity is b.entity
    if a.mention is not None and b.mention is not None:
        return a.mention.text == b.mention.text
    return not a.has_speaker and not b.has_speaker
