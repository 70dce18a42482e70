"""``incise``: a cue inside the quotation, « A, a-t-il dit, B » / "A," she said, "B"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor


@generator("incise", priority=10, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The cue that segmentation found in an incise right after this part; its subject follows it."""
    if q.incise_cue is None:
        return None
    return Candidate("incise", q.incise_cue, a.subjects.cue_subject(q.incise_cue, prefer_after=True))
