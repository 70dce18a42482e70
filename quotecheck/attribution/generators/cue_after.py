"""``cue-after``: a cue right after the closing mark, « … », a affirmé X / "…," said X / "…?" X said."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...claims import MentionKind
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...cues import CueMatch
    from ...quotes import QuoteSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

_PARENTHESIS_CHARS = 12  # the longest parenthesis between the subject and its cue ("(D-Mo.)", "(SPD)")
_APPOSITION_CHARS = 120  # the longest apposition between the subject and its cue
_TAIL_WORDS = 6
_DESCRIBED_WORDS = 4  # the longest noun phrase after a determiner that is no mention ("the draft memo")
_SIGNATURE_DASHES = frozenset({"―", "—", "–", "-", "--"})  # the longest rest of the sentence after "X said" that is still its complement


@generator("cue-after", priority=20, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """A cue starting right after the quotation (spaces and commas skipped); its subject is the
    mention after it when inverted, else the one before. Else a subject right after the closing
    mark and its cue ('"Why now?" Kim asked.', '"…," Sen. Kim (D-Ore.) said'): a quotation that
    ends on its own question mark or full stop leaves the subject and its cue a sentence of
    their own, with no content clause. Or a name after a dash that closes the paragraph, the
    quotation's signature ('“…” ― Ann Kim')."""
    cue = a.subjects.cue_at(q.outer_end)
    if cue is not None:
        return Candidate("cue-after", cue, a.subjects.cue_subject(cue, prefer_after=True))
    return _subject_then_cue(a.subjects, q) or _described_then_cue(a, q)


def _subject_then_cue(subjects: SubjectResolver, q: QuoteSpan) -> Candidate | None:
    text = subjects.text
    if _colon_quote_closed(subjects, q):
        return None
    k = bisect.bisect_left(subjects.mention_starts, q.outer_end)
    if k >= len(subjects.mentions):
        return None
    m = subjects.mentions[k]
    if m.kind is MentionKind.NAME and text[q.outer_end:m.start].strip(" \u00a0") in _SIGNATURE_DASHES \
            and not text[m.end:subjects.doc.paragraph_span(m.start)[1]].strip(" \u00a0.,"):
        # '“…” ― Ann Kim': a name after a dash closing the paragraph signs the quotation
        return Candidate("cue-after", None, Resolved(subjects.entity_of.get(m.start), m, "mention"))
    if text[q.outer_end:m.start].strip(" ,\u00a0\u202f"):
        return None
    m = subjects.person_after_modifiers(k) or m  # '"…," Kerr campaign manager Ann Lowe said'
    end = m.end
    rest = text[end:end + _PARENTHESIS_CHARS + 2]
    if rest.startswith(" (") and ")" in rest:
        end += rest.index(")") + 1  # "Sen. Kim (D-Ore.) said"
    if text.startswith(",", end) and m.kind is not MentionKind.PRONOUN:
        # '"…," Ann Kim, a senior aide to the mayor, said': an apposition between commas, the
        # cue after one of them ('Ann Kim, 30, of Bend, Ore., said')
        sent_end = subjects.doc.sentence_span(m.start)[1]
        limit = min(sent_end, end + _APPOSITION_CHARS)
        close = text.find(",", end + 1, limit)
        while close > 0 and subjects.cue_at(close + 1, skip=" \u00a0") is None:
            close = text.find(",", close + 1, limit)
        # inside one sentence a full stop is an abbreviation's ("Mr. Kerr's deputy")
        if close > 0 and not any(ch in subjects.breaks and ch not in ".!?" for ch in text[end:close]):
            end = close + 1
    cue = subjects.cue_at(end, skip=" \u00a0")
    if cue is None or cue.inverted is not None or subjects.doc.paragraph_index(cue.start) != q.paragraph:
        return None
    if _content_of_its_own(subjects, cue):
        return None
    return Candidate("cue-after", cue, subjects.as_resolved(m))


def _colon_quote_closed(subjects: SubjectResolver, q: QuoteSpan) -> bool:
    """'X erklärte: „… .“ Y drängte …': a quotation that a colon opens and its own full stop
    closes is a sentence whole; the subject and cue after it start the next one, about something
    else (a question or an exclamation may still be answered by "Kim asked")."""
    text = subjects.text
    if text[q.start:q.end].rstrip()[-1:] != ".":
        return False
    k = q.outer_start
    while k > 0 and text[k - 1].isspace():  # a walk back over the spaces, not a copy of the text before
        k -= 1
    return k > 0 and text[k - 1] == ":"


def _described_then_cue(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """'"…," the memo said': a noun phrase that no mention covers (a document, a message, an
    unnamed person), opened by a determiner right after the closing mark, then its cue; the
    subject is the phrase found before the cue (the description the sentence cue takes too), when it
    starts on that determiner."""
    text, tokens = a.ctx.text, a.ctx.tokens
    i = a.ctx.doc.token_index(q.outer_end)
    if i >= len(tokens) or text[q.outer_end:tokens[i].start].strip(" ,\u00a0\u202f") \
            or tokens[i].lower not in a.ctx.data.determiners:
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + _DESCRIBED_WORDS)):
        cue = a.subjects.cue_at(tokens[j].start, skip="")
        if cue is not None and cue.first == j:
            break
        if not tokens[j].text.isalpha():
            return None
    else:
        return None
    if cue.inverted is not None or a.ctx.doc.paragraph_index(cue.start) != q.paragraph or _content_of_its_own(a.subjects, cue):
        return None
    resolved = a.subjects.cue_subject(cue, prefer_after=False)
    if resolved is None or resolved.mention is None:
        described = a.reported.described_subject(cue, a.ctx.doc.sentence_span(cue.start)[0])
        if described is None:
            return None
        resolved = Resolved(a.subjects.named_entity_at(described.start), described, "description before the cue")
    if resolved.mention is None or resolved.mention.start != tokens[i].start:
        return None
    return Candidate("cue-after", cue, resolved)


def _content_of_its_own(subjects: SubjectResolver, cue: CueMatch) -> bool:
    """"X said that …", "X said the plan …": the cue reports a statement of its own."""
    nxt = cue.last + 1
    tokens = subjects.tokens
    if nxt < len(tokens) and (tokens[nxt].lower in subjects.data.complementizers or tokens[nxt].text == ":"):
        return True
    sent_end = subjects.doc.sentence_span(cue.start)[1]
    return _words_over(subjects, cue.end, sent_end, _TAIL_WORDS) \
        and not (nxt < len(tokens) and (tokens[nxt].text == "," or tokens[nxt].lower in subjects.preambles))


def _words_over(subjects: SubjectResolver, start: int, end: int, most: int) -> bool:
    """More than ``most`` words (tokens opening on a letter or digit) start in ``start:end``; read
    up to the one past ``most`` only, not to the end of a sentence that may be the whole text."""
    tokens, seen = subjects.doc.tokens, 0
    for k in range(subjects.doc.token_index(start), subjects.doc.token_index(end)):
        if tokens[k].text[:1].isalnum():
            seen += 1
            if seen > most:
                return True
    return False
