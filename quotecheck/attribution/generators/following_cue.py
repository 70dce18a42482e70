"""``following-cue``: the next sentence names the speaker of a quotation with no cue of its own.

"« … ». C'est ce qu'a affirmé X", "« … ». Lo ha detto X", "„…“ So sagte X": the words pointing
back at the quotation are the language's ``ANAPHORIC_OPENERS``; ``SubjectResolver.following_cue``
finds the cue and its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor


@generator("following-cue", priority=65, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The cue of the next sentence when it opens on words pointing back at the quotation."""
    found = a.subjects.following_cue(q)
    if found is None:
        return None
    cue, resolved = found
    return Candidate("following-cue", cue, resolved)
