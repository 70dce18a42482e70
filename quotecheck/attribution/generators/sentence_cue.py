"""``sentence-cue``: a cue elsewhere in the sentence(s) the quotation sits in.

Partial quotations inside reported speech: "Il a dénoncé des « mensonges » devant la presse".
"""

from __future__ import annotations

import bisect

from ..candidates import Candidate
from ..registry import generator


@generator("sentence-cue", priority=50, needs_cue=True)
def propose(a, q):  # type: ignore[no-untyped-def]
    """The cue of the quote's sentence nearest to it, in the same paragraph. A capitalised fragment
    inside a sentence is a title or a name ("son roman « La Saison des sels »"): none for it."""
    lo, hi = a.sentence_bounds(q)
    if q.embedded and a.text[q.start:q.start + 1].isupper():
        return None
    candidates = [c for c in a.cues[bisect.bisect_left(a.cue_starts, lo):bisect.bisect_left(a.cue_starts, hi)]
                  if a.doc.paragraph_index(c.start) == q.paragraph]
    if not candidates:
        return None
    cue = min(candidates, key=lambda c: abs(c.start - q.start))
    resolved = a._subject(cue, prefer_after=cue.start > q.end)
    if resolved is None:
        return None
    return Candidate("sentence-cue", cue, resolved)
