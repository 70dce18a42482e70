"""The features of one candidate: what the decision (``model.py``) weighs.

A feature vector is a sparse ``{name: value}`` dict with values in [0, 1]. Names form a closed set
(``feature_names()``) so that the shipped weights can be checked against the code: a weight whose
feature the code no longer computes is an error (tests/test_attribution_model.py).
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

from ..claims import ClaimKind, MentionKind, SpeakerKind
from .registry import rules

if TYPE_CHECKING:  # pragma: no cover
    from ..coref import Entity
    from .attributor import Attributor
    from .candidates import Candidate

__all__ = ["features", "feature_names"]

#: how the speaker was found (``Resolved.how``), as a closed set of feature names
HOWS = {
    "mention": "mention", "inverted pronoun": "inverted-pronoun", "pronoun": "pronoun",
    "sentence subject": "sentence-subject", "source marker": "source-marker",
    "source marker (description)": "source-description", "name before colon": "name-before-colon",
    "subject of the sentence before the colon": "colon-sentence-subject", "nearest mention": "nearest-mention",
    "current speaker": "current-speaker", "subject of the previous cue": "previous-cue-subject",
    "same sentence": "same-sentence", "reported mood after the previous claim": "reported-mood",
    "subject of the previous sentence": "previous-sentence-subject",
    "mention inside the enclosing quotation": "nested-mention", "interview": "interview",
    "alternation": "alternation", "preceding-subject": "preceding-subject", "continuation": "continuation",
    "main-voice": "main-voice", "speaker label": "speaker-label",
}
_MENTION_KINDS = ("name", "role", "organization", "pronoun", "none")
_ENTITY_KINDS = ("person", "organization", "unknown", "none")
_NUMERIC = (
    "log-length", "short", "question", "dialogue", "embedded", "headline", "first-paragraph",
    "no-speaker", "named", "full-name", "plural", "entity-mentions", "mention-distance",
    "is-current", "is-main-voice", "agree", "agree-any", "candidates", "cue-candidates",
    "cue-inverted", "cue-multiword", "gender-known", "one-word-name", "name-connector", "name-upper",
    "description-only", "mention-same-sentence", "mention-after", "place",
)


def feature_names() -> frozenset[str]:
    """Every feature name ``features`` can produce."""
    rule_names = sorted(rules())
    kinds = [k.value for k in ClaimKind]
    names = set(_NUMERIC)
    names |= {f"rule={r}" for r in rule_names}
    names |= {f"how={h}" for h in set(HOWS.values()) | {"other", "none"}}
    names |= {f"mention={m}" for m in _MENTION_KINDS}
    names |= {f"entity={e}" for e in _ENTITY_KINDS}
    names |= {f"kind={k}" for k in kinds}
    names |= {f"rule-mention={r}|{m}" for r in rule_names for m in _MENTION_KINDS}
    names |= {f"rule-kind={r}|{k}" for r in rule_names for k in kinds}
    return frozenset(names)


@functools.lru_cache(maxsize=4096)
def _one_hot(rule: str, kind: str, how: str, mention: str, entity: str) -> tuple[str, ...]:
    """The names of a candidate's one-hot features, formatted once per combination."""
    return (f"rule={rule}", f"kind={kind}", f"how={how}", f"mention={mention}", f"entity={entity}",
            f"rule-mention={rule}|{mention}", f"rule-kind={rule}|{kind}")


#: ``kind.value`` of each member of the three kinds (the enum's ``value`` property costs a call)
_VALUES: dict[object, str] = {k: k.value for kinds in (ClaimKind, MentionKind, SpeakerKind) for k in kinds}


def _log_scaled(value: float, scale: float) -> float:
    return min(1.0, math.log1p(max(0.0, value)) / scale)


def claim_features(a: "Attributor", start: int, end: int,
                   candidates: "list[Candidate]") -> tuple[dict[str, float], tuple[int, int]]:
    """What every candidate of the claim ``text[start:end]`` shares, read once per claim (not once
    per candidate: a long claim's text is copied and split once): its features, and the sentences
    it opens and closes in."""
    text = a.text[start:end]
    shared: dict[str, float] = {
        "log-length": _log_scaled(len(text), 8.0),
        "candidates": _log_scaled(len(candidates), 3.0),
        "cue-candidates": float(any(o.cue is not None for o in candidates)),
    }
    if len(text.split(None, 3)) <= 3:  # (no more than four words split off: a long claim is not split whole)
        shared["short"] = 1.0
    if text.rstrip().endswith("?"):
        shared["question"] = 1.0
    if a.ctx.doc.paragraph_index(start) == 0:
        shared["first-paragraph"] = 1.0
    return shared, (a.ctx.doc.sentence_index(start), a.ctx.doc.sentence_index(max(start, end - 1)))


def _entity_features(e: "Entity") -> tuple[tuple[str, float], ...]:
    """The features of a candidate that only its entity decides, in the order ``features`` adds
    them (entities do not change during attribution, so they are computed once per entity)."""
    v: dict[str, float] = {}
    if e.gender is not None:
        v["gender-known"] = 1.0
    if e.names:
        v["named"] = 1.0
        words = e.name.split()
        if len(words) >= 2:
            v["full-name"] = 1.0
        else:
            v["one-word-name"] = 1.0
        # "Festival de Ronda", "Asamblea Nacional": a lower-case word inside a name is more
        # often a place or an institution than a person's particle
        if any(w[:1].islower() for w in words[1:]):
            v["name-connector"] = 1.0
        if e.name.isupper():
            v["name-upper"] = 1.0
    elif e.descriptions:
        v["description-only"] = 1.0
    if e.plural:
        v["plural"] = 1.0
    v["entity-mentions"] = _log_scaled(len(e.mentions), 3.0)
    return tuple(v.items())


def features(a: "Attributor", start: int, end: int, kind: ClaimKind, c: "Candidate",
             candidates: "list[Candidate]", extra: dict[str, float] | None = None,
             claim: tuple[dict[str, float], tuple[int, int]] | None = None) -> dict[str, float]:
    """The feature vector of candidate ``c`` for the claim ``text[start:end]``; ``extra`` holds
    what only the caller knows of the claim (a dialogue line, a headline); ``claim`` is
    :func:`claim_features` of the claim when the caller has it."""
    shared, sentences = claim_features(a, start, end, candidates) if claim is None else claim
    r = c.resolved
    m = r.mention if r is not None else None
    e = r.entity if r is not None else None
    mention_kind = _VALUES[m.kind] if m is not None else "none"
    v: dict[str, float] = dict.fromkeys(_one_hot(
        c.rule, _VALUES[kind], HOWS.get(r.how, "other") if r is not None else "none", mention_kind,
        _VALUES[e.kind] if e is not None else "none"), 1.0)
    v.update(shared)  # the keys in the same order as always: the score sums them in this order
    if not c.has_speaker:
        v["no-speaker"] = 1.0
    if c.cue is not None:
        if c.cue.inverted is not None:
            v["cue-inverted"] = 1.0
        if c.cue.last > c.cue.first:
            v["cue-multiword"] = 1.0
    if m is not None:
        distance = m.start - end if m.start >= end else (start - m.end if m.end <= start else 0)
        v["mention-distance"] = _log_scaled(distance, 8.0)
        if m.start >= end:
            v["mention-after"] = 1.0
        if a.ctx.doc.sentence_index(m.start) in sentences:
            v["mention-same-sentence"] = 1.0
    if (e is not None and e.place) or (m is not None and m.place):
        v["place"] = 1.0  # a country, a city: a place rarely speaks, its institutions do
    if e is not None:
        known = a.indexes.get("entity-features")  # what only the entity decides, once per entity
        if known is None:
            known = a.indexes["entity-features"] = {}
        block = known.get(e.id)
        if block is None or block[0] is not e:
            block = known[e.id] = (e, _entity_features(e))
        v.update(block[1])
        if e is a.state.current:
            v["is-current"] = 1.0
        if e is a.main_voice:
            v["is-main-voice"] = 1.0
        agree = 0
        for o in candidates:  # (a loop: no generator made per candidate)
            if o is not c and o.resolved is not None and o.resolved.entity is e:
                agree += 1
        if agree:
            v["agree"] = min(3, agree) / 3
            v["agree-any"] = 1.0
    if kind is ClaimKind.PARTIAL:
        v["embedded"] = 1.0
    if extra:
        for k, x in extra.items():  # as an update with the non-zero ones, no dict built for it
            if x:
                v[k] = x
    return v
