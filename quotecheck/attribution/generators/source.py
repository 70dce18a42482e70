"""``source``: a source marker next to the quotation, « … », selon X / Selon X, « … »."""

from __future__ import annotations

from ...claims import MentionKind
from ...cues import CueMatch
from ...document import lower_keeping_offsets
from ...subjects import BLOCKERS, Resolved
from ..candidates import Candidate
from ..registry import generator

_AFTER_REACH = 40  # characters after the closing mark searched for the marker
_APPOSITION_CHARS = 80  # "Pour Nathalie Girard, déléguée syndicale, « … »": the longest apposition


@generator("source", priority=30, needs_cue=True)
def propose(a, q):  # type: ignore[no-untyped-def]
    """A source marker of the language's data right after the quote, or opening its sentence."""
    found = _marker_after(a, q.outer_end) or _marker_before(a, q.outer_start, q.embedded)
    if found is None:
        return None
    resolved, cue = found
    return Candidate("source", cue, resolved)


def _marker_after(a, offset: int):  # type: ignore[no-untyped-def]
    """« … », selon X."""
    window = a.text[offset:offset + _AFTER_REACH]
    rest = window.lstrip(" ,\u00a0\u202f")
    lowered = lower_keeping_offsets(rest)
    for marker in a.data.source_markers:
        if lowered.startswith(marker + " "):
            start = offset + (len(window) - len(rest))
            m = a._mention_after(start + len(marker) + 1, start + 2 * _AFTER_REACH)
            if m is not None:
                cue = CueMatch(start, start + len(marker), a.text[start:start + len(marker)], marker, 0, 0)
                return Resolved(a.entity_of.get(m.start), m, "source marker"), cue
    return None


def _marker_before(a, offset: int, embedded: bool = False):  # type: ignore[no-untyped-def]
    """« selon X, » right before ``offset``, in the same sentence; for a fragment inside the
    sentence, a marker that opens the sentence ("Selon le rapport médical, elle présente une
    « … »": the sentence is the source's account, the fragment its words)."""
    sent_start, _ = a.doc.sentence_span(offset)
    window = a.text[sent_start:offset]
    lowered = lower_keeping_offsets(window)
    for marker in a.data.source_markers:
        k = lowered.rfind(marker + " ")
        if k < 0 or (k > 0 and lowered[k - 1].isalnum()):
            continue
        after = sent_start + k + len(marker) + 1
        m = a._mention_after(after, offset) or a._stressed_pronoun(after)
        if m is not None:
            m = a._apposed_name(m, offset)
        rest = window[m.end - sent_start:].strip(" ,\u00a0\u202f") if m is not None else ""
        opens = embedded and window[:k].strip() == "" and window[m.end - sent_start:].lstrip().startswith(",") \
            if m is not None else False
        if m is not None and (rest == "" or opens or (window[m.end - sent_start:].lstrip().startswith(",")
                                                      and len(rest) < _APPOSITION_CHARS and not any(p in rest for p in BLOCKERS))):
            cue = CueMatch(sent_start + k, sent_start + k + len(marker), window[k:k + len(marker)], marker, 0, 0)
            entity = a.entity_of.get(m.start)
            if m.kind is MentionKind.PRONOUN:
                entity = a._resolve_pronoun(m.start, m.gender, m.plural)
            return Resolved(entity, m, "source marker"), cue
        if embedded and window[:k].strip() == "":
            # the source is a description the mentions do not take: the words up to the comma
            comma = window.find(",", k + len(marker))
            if comma > 0:
                resolved = a._source(after, sent_start + comma)
                if resolved is not None:
                    cue = CueMatch(sent_start + k, sent_start + k + len(marker), window[k:k + len(marker)], marker, 0, 0)
                    return resolved, cue
    return None

