"""``colon-subject``: a quotation opened by a colon whose sentence has no cue and no subject at its
start, in a language whose finite verb comes second: the person the sentence names outside its
complements speaks ("Den Ärger der Partei brachte die Sprecherin, Ina Roth, zum Ausdruck: „…“").

``cue-before`` takes a cue, a name right before the colon or a subject opening the sentence; this
generator covers the verb-second order (``FRONTED_PREPOSITIONS`` non-empty), where an object or an
adverbial opens the sentence and the subject follows the verb: the last person mentioned in the
sentence who is no genitive or prepositional complement of a noun.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...context import Context
    from ...mentions import MentionSpan
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_REACH = 300  # characters before the opening mark searched for the colon's sentence


@generator("colon-subject", priority=45, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The person the colon's sentence names, not inside a complement, when it has no cue."""
    if not a.ctx.data.fronted_prepositions or a.is_fragment(q) or q.dialogue:
        return None
    window_start = max(0, q.outer_start - _REACH)
    before = a.ctx.text[window_start:q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = window_start + len(before) - 1
    s_start = a.ctx.doc.sentence_span(colon)[0]
    k = bisect.bisect_left(a.subjects.cue_starts, s_start)
    if k < len(a.subjects.cue_starts) and a.subjects.cue_starts[k] < colon:
        return None  # a cue in the sentence: cue-before's
    first = bisect.bisect_left(a.subjects.mention_starts, s_start)
    last = bisect.bisect_left(a.subjects.mention_starts, colon)
    for m in reversed(a.subjects.mentions[first:last]):
        if m.kind not in (MentionKind.NAME, MentionKind.ROLE) or _complement(a.ctx, m):
            continue
        entity = a.ctx.entity_of.get(m.start)
        if entity is None or entity.kind is not SpeakerKind.PERSON or entity.plural or not entity.person_evidence:
            continue
        return Candidate("colon-subject", None, Resolved(entity, m, "subject of the sentence before the colon"))
    return None


def _complement(ctx: Context, m: MentionSpan) -> bool:
    """``m`` completes a noun or follows a preposition ("über Roths Äußerungen", "mit X"): the
    token before it (past an article) is a preposition, or the mention opens on a possessive
    genitive ("Roths") a noun follows."""
    tokens = ctx.tokens
    k = m.first - 1
    while k >= 0 and tokens[k].lower in ctx.data.determiners and tokens[k].lower not in ctx.data.complement_prepositions:
        k -= 1
    if k >= 0 and tokens[k].text.islower() and (
            tokens[k].lower in ctx.data.complement_prepositions or tokens[k].lower in ctx.data.locative_prepositions
            or tokens[k].lower in ctx.data.cue_prepositions):
        return True
    after = m.last + 1
    return m.kind is MentionKind.NAME and after < len(tokens) and tokens[after].text[:1].isupper() \
        and any(m.text.endswith(e) for e in ctx.data.genitive_name_endings)
