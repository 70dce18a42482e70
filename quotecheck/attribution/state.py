"""The discourse state of one document's attribution: the only mutable part of the stage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define, field

if TYPE_CHECKING:  # pragma: no cover
    from ..claims import Claim
    from ..coref import Entity
    from ..cues import CueMatch
    from ..mentions import MentionSpan
    from .candidates import Candidate

__all__ = ["DiscourseState"]


@define
class DiscourseState:
    """Who spoke last, the dialogue turns, the claims so far and what they used up.

    The attributor and reported speech write it; the subject resolver reads ``current`` and
    ``claimed_until`` (``subjects.SpeakerState``), the generators read the rest."""

    #: the speaker of the last attributed claim
    current: "Entity | None" = None
    #: the claims made so far, in the order they were made (reported speech inserts its deferred ones)
    claims: list[Claim] = field(factory=list)
    #: the mention that named the last claim's speaker when no entity stands behind it ("the memo")
    unnamed: "MentionSpan | None" = None
    #: end of the last quotation (for "another person came in between")
    last_end: int = 0
    #: speakers of consecutive dialogue turns
    turns: "list[Entity | None]" = field(factory=list)
    last_dialogue_paragraph: int = -2
    #: a cue inside reported speech is part of that speech, not a new claim
    reported_until: int = -1
    #: the last cue that introduced no content of its own (the reported mood may continue it)
    mute_cue: CueMatch | None = None
    #: cues that introduced a quotation (no reported speech then), by start offset
    used_cues: set[int] = field(factory=set)
    #: mentions that named the speaker of a claim, by start offset
    speaker_mentions: set[int] = field(factory=set)
    #: the cue candidates of each group of quotation parts, found once
    group_candidates: "dict[int, list[Candidate]]" = field(factory=dict)

    @property
    def claimed_until(self) -> int:
        """The end of the last claim made so far (-1: none)."""
        claims = self.claims
        return claims[-1].end if claims else -1
