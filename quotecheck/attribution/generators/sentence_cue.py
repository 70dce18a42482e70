"""``sentence-cue``: a cue elsewhere in the sentence(s) the quotation sits in.

Partial quotations inside reported speech: "Il a dénoncé des « mensonges » devant la presse",
"afirmó que su “…”", "aseguró estar “…”", "ha dicho, antes de defender la “…”".
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_NEAREST = 3  # cues looked at on each side of the quotation (a bounded window, whatever the sentence)


@generator("sentence-cue", priority=50, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The cue of the quote's sentence nearest to it, in the same paragraph, whose subject
    resolves; else the nearest cue with the speaker of the sentence's reported speech (or the
    description before the cue, or a dropped subject), or with nobody: the sentence reports
    speech, so the quotation is someone's words all the same.

    A capitalised fragment inside a sentence is a title or a name ("son roman « La Saison des
    sels »"): none for it. A participle made a noun ("le prévenu", "l'accusé") is no cue.
    """
    lo, hi = a.sentence_bounds(q)
    if q.embedded and a.ctx.text[q.start:q.start + 1].isupper():
        return None
    first = bisect.bisect_left(a.subjects.cue_starts, lo)
    last = bisect.bisect_left(a.subjects.cue_starts, hi)
    at = bisect.bisect_left(a.subjects.cue_starts, q.start, first, last)
    tokens = a.ctx.doc.tokens
    determiners = a.ctx.data.determiners
    cues = [c for c in a.subjects.cues[max(first, at - _NEAREST):min(last, at + _NEAREST)]
            if a.ctx.doc.paragraph_index(c.start) == q.paragraph
            and not (c.first == c.last and c.first > 0 and tokens[c.first - 1].lower in determiners)]
    if not cues:
        return None
    cues.sort(key=lambda c: abs(c.start - q.start))
    for cue in cues:
        resolved = a.subjects.cue_subject(cue, prefer_after=cue.start > q.end)
        if resolved is not None:
            return Candidate("sentence-cue", cue, resolved)
    cue = cues[0]
    sent_start = a.ctx.doc.sentence_span(cue.start)[0]
    resolved = a.reported.same_sentence_speaker(sent_start)
    if resolved is None and a.ctx.data.null_subject:
        resolved = a.reported.dropped_subject(cue, sent_start)
    elif resolved is None:
        described = a.reported.described_subject(cue, sent_start)
        if described is not None:
            resolved = Resolved(a.subjects.named_entity_at(described.start), described, "description before the cue")
    return Candidate("sentence-cue", cue, resolved)
