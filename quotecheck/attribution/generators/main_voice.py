"""``main-voice``: a quotation with no cue in an article that is mostly one person's words.

News often quote one person at length; a quotation with no cue anywhere near is then likely
theirs. The candidate is the named person with the most mentions; the model weighs it against
the discourse candidates (continuation, preceding subject) with features such as their share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator
from .speaker_label import label_of

if TYPE_CHECKING:  # pragma: no cover
    from ...quotes import QuoteSpan
    from ..attributor import Attributor


_NEXT_CHARS = 120  # the farthest a quotation after a cued claim still continues it


@generator("main-voice", priority=110, needs_cue=False)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The document's most mentioned named person, when named at least twice; past the first
    paragraph (a lede may open on a quotation), not before the paragraph that brings them in,
    nor in a paragraph whose last claim a cue gave a speaker already."""
    if a.is_fragment(q) or a.main_voice is None:
        return None
    if label_of(a.subjects, q) is not None:
        return None  # a transcript turn's label names its speaker
    if a.state.current is not None and a.state.current is not a.main_voice and a.same_paragraph_as_last_claim(q) \
            and a.state.claims[-1].cue is not None and not q.dialogue and q.outer_start - a.state.claims[-1].end <= _NEXT_CHARS:
        return None  # the paragraph's last claim has a cued speaker: the discourse goes on with them
    if q.paragraph > 0 and a.ctx.doc.paragraph_index(a.main_voice.first_offset) > q.paragraph:
        return None  # past the lede, not the voice of words quoted paragraphs before they come in
    return Candidate("main-voice", None, Resolved(a.main_voice, None, "main-voice"))
