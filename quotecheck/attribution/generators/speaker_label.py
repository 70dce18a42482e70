"""``speaker-label``: a transcript line opens on its speaker's label in capitals ("KERR: No, we …").

Interview transcripts print each turn as a paragraph that starts (after the opening mark that
every paragraph of a long quotation repeats) with the speaker's name in capitals and a colon. The
label names the speaker: the document's entity whose name ends with that word, else the label as
written. Question/answer markers ("Q:") are ``interview``'s, not labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...claims import MentionKind
from ...mentions import MentionSpan
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...context import Context
    from ...coref import Entity
    from ...quotes import QuoteSpan
    from ...subjects import SubjectResolver
    from ..attributor import Attributor

#: one to three words in capitals (two letters at least), then a colon and a space
_LABEL = re.compile(r"((?:[^\W\d_a-z][^\W\d_]*[.'’-]?\s){0,2}[^\W\d_][^\W\d_]+[.]?):\s")


@generator("speaker-label", priority=72, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The speaker a capitalised label at the start of the quotation's paragraph names."""
    label = label_of(a.subjects, q)
    if label is None:
        return None
    entity = _named(a.ctx, label)
    if entity is not None:
        return Candidate("speaker-label", None, Resolved(entity, None, "speaker label"))
    mention = MentionSpan(q.start, q.start + len(label), label, MentionKind.NAME)
    return Candidate("speaker-label", None, Resolved(None, mention, "speaker label"))


def label_of(subjects: SubjectResolver, q: QuoteSpan) -> str | None:
    """The capitalised label opening the quotation at the start of its paragraph, else None
    (``continuation`` and ``main-voice`` leave a labelled turn alone: the label names its speaker)."""
    # the label first (a match anchored at the quotation, a few characters read): the lead is
    # read only for a quotation that opens on one, and from the quotation back, never copied
    # from the paragraph start (a long paragraph of quotations read it once per quotation)
    match = _LABEL.match(subjects.text, q.start, q.end)
    if match is None or not match.group(1).isupper() or match.group(1).rstrip(".") in subjects.data.interview_markers:
        return None
    if not _only_marks_before(subjects, q.start):
        return None  # only opening marks before the quotation's own text
    return match.group(1)


def _only_marks_before(subjects: SubjectResolver, offset: int) -> bool:
    """Between the start of ``offset``'s paragraph and ``offset`` stand only spaces and quote
    marks (``text[paragraph_start:offset].strip(those) == ""``), read back from ``offset`` up
    to the first other character."""
    allowed = _LEAD_SPACES | frozenset("".join(subjects.quote_chars))
    text = subjects.text
    start = subjects.doc.paragraph_span(offset)[0]
    k = offset - 1
    while k >= start and text[k] in allowed:
        k -= 1
    return k < start


_LEAD_SPACES = frozenset(" \u00a0")


def _named(ctx: Context, label: str) -> Entity | None:
    """The one entity with a name whose last word is the label's last word (case aside)."""
    last = label.rstrip(".").split()[-1].casefold()
    found = [e for e in ctx.entities if any(n.split()[-1].casefold() == last for n in e.names if n.split())]
    return found[0] if len(found) == 1 else None
