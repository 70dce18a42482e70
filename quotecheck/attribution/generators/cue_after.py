"""``cue-after``: a cue right after the closing mark, « … », a affirmé X / "…," said X."""

from __future__ import annotations

from ..candidates import Candidate
from ..registry import generator


@generator("cue-after", priority=20, needs_cue=True)
def propose(a, q):  # type: ignore[no-untyped-def]
    """A cue starting right after the quotation (spaces and commas skipped); its subject is the
    mention after it when inverted, else the one before."""
    cue = a._cue_at(q.outer_end)
    if cue is None:
        return None
    return Candidate("cue-after", cue, a._subject(cue, prefer_after=True))
