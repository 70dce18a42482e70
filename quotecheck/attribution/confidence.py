"""What the confidence weighs besides the decision: features that predict an error no choice
between candidates can see.

The decision (``model.py``) compares the candidates of one claim, so what they share (is this a
quotation at all? is its span the one a reader would mark?) hardly moves it; and when no
generator proposed the right speaker, every candidate is wrong whichever wins. Most wrong claims
are of these two sorts. The confidence is therefore a second logistic model, fitted on
cross-validated scores of the decision, over the chosen candidate's score, its decision features
and the features here: how the claim's span sits in its sentence, whether it holds quotation
marks, how far its cue is, how many people the document names, how clearly the decision won.
These names never enter the decision (``model.Model.score`` ignores them).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

import regex

from ..claims import SpeakerKind
from .candidates import same_speaker

if TYPE_CHECKING:  # pragma: no cover
    from .attributor import Attributor
    from .candidates import Candidate

__all__ = ["span_features", "decision_features", "confidence_feature_names", "speaker_groups"]

#: features of the claim and of its chosen candidate
_SPAN = (
    "span-quote-mark", "span-opens-sentence", "span-closes-sentence", "span-whole-sentence", "span-sentences",
    "span-pronoun-opens", "cue-distance", "no-cue", "speaker-lower", "speaker-words", "people",
)
#: features of the decision: how clearly the chosen speaker won over another
_DECISION = ("margin", "alone", "speakers")
_MARGIN_SCALE = 8.0  # a score margin this large is as clear as it gets
_WORD = regex.compile(r"[\p{L}\p{N}]")  # a letter or a digit: a word between the span and its sentence's edge


def confidence_feature_names() -> frozenset[str]:
    """Every feature name :func:`span_features` and :func:`decision_features` can produce."""
    return frozenset(_SPAN + _DECISION)


def _log_scaled(value: float, scale: float) -> float:
    return min(1.0, math.log1p(max(0.0, value)) / scale)


def _marks(a: "Attributor") -> frozenset[str]:
    found = a.indexes.get("confidence-marks")
    if found is None:
        found = a.indexes["confidence-marks"] = frozenset(m for pair in a.ctx.data.quote_pairs for m in pair)
    return found


def _people_feature(a: "Attributor") -> float:
    """The "people" feature, the same for every claim of the document (its persons with a name,
    log-scaled): computed once."""
    found = a.indexes.get("confidence-people")
    if found is None:
        found = a.indexes["confidence-people"] = _log_scaled(
            sum(1 for e in a.ctx.entities if e.names and e.kind is SpeakerKind.PERSON), 3.0)
    return found


def span_features(a: "Attributor", start: int, end: int, c: "Candidate",
                  sentences: tuple[int, int] | None = None) -> dict[str, float]:
    """The features of the claim ``text[start:end]`` given to candidate ``c``; ``sentences``:
    the indexes of the sentences it opens and closes in (``features.claim_features``'), when
    the caller has them."""
    text = a.text
    doc = a.ctx.doc
    v: dict[str, float] = {}
    claim = text[start:end]
    if not _marks(a).isdisjoint(claim):
        v["span-quote-mark"] = 1.0
    if sentences is None:
        sentences = (doc.sentence_index(start), doc.sentence_index(max(start, end - 1)))
    lo, hi = doc.sentence_at(sentences[0])[0], doc.sentence_at(sentences[1])[1]
    opens = _WORD.search(text, lo, max(lo, start)) is None
    closes = _WORD.search(text, end, max(end, hi)) is None
    if opens:
        v["span-opens-sentence"] = 1.0
    if closes:
        v["span-closes-sentence"] = 1.0
    if opens and closes:
        v["span-whole-sentence"] = 1.0
    v["span-sentences"] = _log_scaled(sentences[1] - sentences[0], 2.0)
    words = claim.split(None, 1)
    if words and words[0].lower().strip(".,;:") in a.ctx.data.pronouns:
        v["span-pronoun-opens"] = 1.0
    if c.cue is None:
        v["no-cue"] = 1.0
    else:
        distance = c.cue.start - end if c.cue.start >= end else (start - c.cue.end if c.cue.end <= start else 0)
        v["cue-distance"] = _log_scaled(distance, 8.0)
    r = c.resolved
    name = r.entity.name if r is not None and r.entity is not None else (
        r.mention.text if r is not None and r.mention is not None else "")
    if name:
        if name[:1].islower():
            v["speaker-lower"] = 1.0  # a description ("le porte-parole"), not a name
        v["speaker-words"] = _log_scaled(len(name.split()), 2.0)
    v["people"] = _people_feature(a)
    return v


def speaker_groups(candidates: "Sequence[Candidate]") -> list[int]:
    """For each candidate, the index of the first candidate naming the same speaker."""
    groups: list[int] = []
    for i, c in enumerate(candidates):
        # the earlier candidates in order, the first naming the same speaker (a loop, not a
        # generator per candidate: the same pairs asked in the same order)
        for j in range(i):
            if same_speaker(candidates[j], c):
                groups.append(j)
                break
        else:
            groups.append(i)
    return groups


def decision_features(scores: Sequence[float], groups: Sequence[int], best: int) -> dict[str, float]:
    """How clearly candidate ``best`` won: its score's margin over the best candidate naming
    someone else, and how many speakers were proposed (``groups``: :func:`speaker_groups`)."""
    others = [s for s, g in zip(scores, groups) if g != groups[best]]
    v: dict[str, float] = {"speakers": _log_scaled(len(set(groups)) - 1, 2.0)}
    if others:
        v["margin"] = min(1.0, max(0.0, scores[best] - max(others)) / _MARGIN_SCALE)
    else:
        v["alone"] = 1.0
    return v
