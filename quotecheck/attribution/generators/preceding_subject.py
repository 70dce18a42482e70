"""``preceding-subject``: a quotation with no cue after a sentence that reports a named person's
speech is that person's ("Le rapporteur, Romain Delaunay, lui a répondu que … « Relisez … »")."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_GAP = 3  # characters between that sentence's end and the quote, when in the same paragraph


@generator("preceding-subject", priority=90, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The subject (a named person or a role) of the previous sentence, when it has a cue."""
    if a.is_fragment(q) or q.dialogue:
        return None
    doc = a.doc
    k = doc.sentence_index(q.outer_start) - 1
    if k < 0 or a._in_quote(doc.sentences[k][0]):
        return None
    s_start, s_end = doc.sentences[k]
    if q.outer_start - s_end > _GAP and doc.paragraph_index(s_end) == q.paragraph:
        return None
    m = a._sentence_subject(s_start, s_end)
    if m is None or m.kind not in (MentionKind.NAME, MentionKind.ROLE):
        return None
    entity = a.entity_of.get(m.start)
    if entity is None or entity.kind is not SpeakerKind.PERSON or entity.plural:
        return None
    j = bisect.bisect_left(a.cue_starts, s_start)
    if j >= len(a.cue_starts) or a.cue_starts[j] >= s_end:
        return None  # only a sentence that reports speech hands the floor over
    return Candidate("preceding-subject", None, Resolved(entity, None, "preceding-subject"))
