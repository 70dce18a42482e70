"""``cue-before``: what stands before a colon that opens the quotation.

X a déclaré : « … » (a cue), X : « … » (a bare name), and "The head teacher, David Marsh, read a
statement to parents: …" (the subject of the colon's sentence, a person).
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
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

_REACH = 200  # characters before the opening mark searched for the colon's clause


@generator("cue-before", priority=40, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The cue of the colon's sentence, a name right before the colon, or the sentence's subject."""
    window_start = max(0, q.outer_start - _REACH)
    before = a.ctx.text[window_start:q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = window_start + len(before) - 1
    k = bisect.bisect_left(a.subjects.cue_starts, colon) - 1
    colon_sentence = a.ctx.doc.sentence_span(colon)[0]
    if k >= 0 and a.subjects.cues[k].start >= colon_sentence and "\n" not in a.ctx.text[a.subjects.cues[k].end:colon]:
        cue = a.subjects.cues[k]
        return Candidate("cue-before", cue, a.subjects.cue_subject(cue, prefer_after=False))
    m = a.subjects.mention_before(colon, a.ctx.doc.paragraph_span(colon)[0] - 1)
    subject = a.subjects.sentence_subject(colon_sentence, colon)
    # a name inside a prepositional phrase or a noun's complement yields to the sentence's subject
    # ("X plaide pour Y :"); with no subject ("Réaction de Y :"), that name speaks
    if m is not None and a.ctx.text[m.end:colon].strip() == "" \
            and not (subject is not None and subject is not m and (
                _after_preposition(a.subjects, m) or _noun_complement(a.ctx, m) or (_person(a.ctx, subject) and not _person(a.ctx, m)))):
        return Candidate("cue-before", None, Resolved(a.ctx.entity_of.get(m.start), m, "name before colon"))
    m = subject
    if m is not None:
        entity = a.ctx.entity_of.get(m.start)
        if m.kind is MentionKind.PRONOUN:
            entity = a.subjects.resolve_pronoun(m.start, m.gender, m.plural)
        if entity is not None and entity.kind is not SpeakerKind.ORGANIZATION:
            return Candidate("cue-before", None, Resolved(entity, m, "subject of the sentence before the colon"))
    return None


def _person(ctx: Context, m: MentionSpan) -> bool:
    """``m`` is a person the text shows as one ("Lena Haas, Präsidentin des Landesverbands der Imker:"
    — the name that opens the sentence speaks, not the body its apposition ends on)."""
    entity = ctx.entity_of.get(m.start)
    return entity is not None and entity.kind is SpeakerKind.PERSON and entity.person_evidence


def _after_preposition(subjects: SubjectResolver, m: MentionSpan) -> bool:
    """"X plaide pour Jean Dupont : « … »": a name inside a prepositional phrase is no speaker;
    the sentence's subject is looked for instead."""
    k = m.first - 1
    while k >= 0 and subjects.tokens[k].lower in subjects.data.determiners:
        k -= 1
    return k >= 0 and (subjects.tokens[k].lower in subjects.preambles or subjects.tokens[k].lower in subjects.data.complement_prepositions)


def _noun_complement(ctx: Context, m: MentionSpan) -> bool:
    """"X n'a pas masqué son agacement devant le jeu de son équipe :": ``m`` completes a
    noun, the sentence's subject speaks ("Réaction de X :" has no subject, and X speaks)."""
    tokens = ctx.tokens
    k = m.first - 1
    if k >= 0 and tokens[k].lower in ctx.data.determiners and tokens[k].lower not in ctx.data.complement_prepositions:
        k -= 1
    return k >= 1 and tokens[k].lower in ctx.data.complement_prepositions and tokens[k - 1].text.isalpha() \
        and tokens[k - 1].text.islower()
