"""``preceding-subject``: a quotation with no cue after a sentence that reports a named person's
speech is that person's ("Le rapporteur, Romain Delaunay, lui a répondu que … « Relisez … »"), or
after a cleft that puts a person in focus as the agent ("A parlare è stato il sindaco, Ugo Neri.
« … »": ``LanguageData.cleft_openers``), with or without a cue."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...mentions import MentionSpan
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

_GAP = 3  # characters between that sentence's end and the quote, when in the same paragraph
_CLEFT_WORDS = 12  # words between a cleft's opener and its copula


@generator("preceding-subject", priority=90, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The subject (a named person or a role) of the previous sentence, when it has a cue."""
    if a.is_fragment(q) or q.dialogue:
        return None
    doc = a.ctx.doc
    k = doc.sentence_index(q.outer_start) - 1
    if k < 0 or a.subjects.in_quote(doc.sentences[k][0]):
        return None
    s_start, s_end = doc.sentences[k]
    if q.outer_start - s_end > _GAP and doc.paragraph_index(s_end) == q.paragraph:
        return None
    focus = cleft_focus(a.subjects, s_start, s_end)
    m = focus if focus is not None else a.subjects.sentence_subject(s_start, s_end)
    if m is None or m.kind not in (MentionKind.NAME, MentionKind.ROLE):
        return None
    entity = a.ctx.entity_of.get(m.start)
    if entity is None or entity.kind is not SpeakerKind.PERSON or entity.plural:
        return None
    j = bisect.bisect_left(a.subjects.cue_starts, s_start)
    if focus is None and (j >= len(a.subjects.cue_starts) or a.subjects.cue_starts[j] >= s_end):
        return None  # only a sentence that reports speech, or a cleft, hands the floor over
    return Candidate("preceding-subject", None, Resolved(entity, None, "preceding-subject"))


def cleft_focus(subjects: SubjectResolver, s_start: int, s_end: int) -> MentionSpan | None:
    """The mention in focus after the copula of a cleft opening the sentence ``s_start..s_end``:
    an opener ("a"), an infinitive, its complements, a copula, then the agent ("Ad aprire la
    seduta è stata la presidente")."""
    data = subjects.data
    if not data.cleft_openers:
        return None
    tokens = subjects.tokens
    i = subjects.doc.token_index(s_start)
    if i + 1 >= len(tokens) or tokens[i].lower not in data.cleft_openers \
            or not tokens[i + 1].lower.endswith(data.infinitive_suffixes):
        return None
    k = i + 2
    while k < len(tokens) and tokens[k].start < s_end and k - i <= _CLEFT_WORDS \
            and tokens[k].lower not in data.copulas:
        k += 1
    while k < len(tokens) and tokens[k].lower in data.copulas:
        k += 1
    if k >= len(tokens) or tokens[k].start >= s_end or k - i > _CLEFT_WORDS + 2:
        return None
    j = bisect.bisect_left(subjects.mention_starts, tokens[k].start)
    if j < len(subjects.mentions) and subjects.mentions[j].start == tokens[k].start:
        return subjects.mentions[j]
    return None
