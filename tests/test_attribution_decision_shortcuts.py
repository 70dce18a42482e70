"""The byte-identical shortcuts of the decision (perf11) answer what the computation they replace
answers: the speaker groups found by a loop, the span features given the claim's sentence
indexes, the one-candidate decision, and the candidate features read without the properties."""

import bisect
import random
from typing import Any

import attrs
import pytest

from quotecheck import api
from quotecheck.attribution import features as feats
from quotecheck.attribution.attributor import _ALONE_DECISION, Attributor
from quotecheck.attribution.candidates import Candidate, same_speaker
from quotecheck.attribution.confidence import decision_features, span_features, speaker_groups
from quotecheck.claims import ClaimKind, MentionKind
from quotecheck.mentions import MentionSpan
from quotecheck.subjects import Resolved

from test_attribution_shortcuts import TEXTS


def _contexts():  # type: ignore[no-untyped-def]
    return [api.Extractor(language=code).context(text) for code, text in sorted(TEXTS.items())]


def _former_groups(candidates: list[Candidate]) -> list[int]:
    return [next(j for j in range(i + 1) if j == i or same_speaker(candidates[j], c)) for i, c in enumerate(candidates)]


@pytest.mark.parametrize("seed", range(5))
def test_speaker_groups_answer_what_the_generator_answered(seed: int) -> None:
    rng = random.Random(seed)
    ctx = _contexts()[1]
    entities = list(ctx.entities)[:3] + [None]
    mentions = [MentionSpan(k, k + 3, text, kind) for k, (text, kind) in enumerate(
        [("Ann", MentionKind.NAME), ("Ann", MentionKind.ROLE), ("il", MentionKind.PRONOUN),
         ("elle", MentionKind.PRONOUN), ("Tom", MentionKind.NAME)])] + [None]
    for _ in range(500):
        candidates = []
        for _ in range(rng.randrange(1, 7)):
            if rng.random() < 0.2:
                candidates.append(Candidate("none", None, None))
            else:
                candidates.append(Candidate("x", None, Resolved(rng.choice(entities), rng.choice(mentions), "mention")))
        assert speaker_groups(candidates) == _former_groups(candidates)


def test_span_features_given_the_sentences_are_those_found_anew() -> None:
    for ctx in _contexts():
        a = Attributor(ctx)
        a.run()
        spans = [(c.start, c.end) for c in a.claims] + [(0, 1), (0, len(ctx.text)), (len(ctx.text) - 1, len(ctx.text))]
        for start, end in spans:
            candidate = Candidate("none", None, None)
            _, sentences = feats.claim_features(a, start, end, [candidate])
            assert span_features(a, start, end, candidate, sentences) == span_features(a, start, end, candidate)
            assert list(span_features(a, start, end, candidate, sentences)) == list(span_features(a, start, end, candidate))


def _former_decide(a: Attributor, start: int, end: int, kind: Any, candidates: list[Candidate],
                   extra: dict[str, float] | None) -> tuple[Candidate, float, list[str]]:
    """The decision as it was written before the one-candidate path (weights of format 2)."""
    claim = feats.claim_features(a, start, end, candidates)
    vectors = [feats.features(a, start, end, kind, c, candidates, extra, claim) for c in candidates]
    products = [a.model.products(v) for v in vectors]
    scores = [a.model.total(p) for p in products]
    best = max(range(len(candidates)), key=lambda i: (scores[i], -candidates[i].rank))
    same = [c for c in candidates if same_speaker(c, candidates[best])]
    chosen = min(same, key=lambda c: c.rank)
    confidence = a.model.calibrated(scores[best], vectors[best], span_features(a, start, end, candidates[best]),
                                    decision_features(scores, _former_groups(candidates), best))
    return chosen, confidence, a.model.explain(vectors[best], products[best])


def test_every_decision_is_the_former_one(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = {"one": 0, "several": 0}
    decide = Attributor._decide

    def both(self: Attributor, start: int, end: int, kind: Any, candidates: list[Candidate],
             extra: dict[str, float] | None = None) -> tuple[Candidate, float, list[str]]:
        former = _former_decide(self, start, end, kind, candidates, extra)
        found = decide(self, start, end, kind, candidates, extra)
        assert found[0] is former[0] and found[1] == former[1] and found[2] == former[2]
        asked["one" if len(candidates) == 1 else "several"] += 1
        return found

    monkeypatch.setattr(Attributor, "_decide", both)
    for ctx in _contexts():
        a = Attributor(ctx)
        assert a.model.confidence_weights and not a.model.prior
        a.run()
    assert asked["one"] and asked["several"]  # both paths were taken


def test_no_speaker_feature_is_the_candidates_own_test() -> None:
    ctx = _contexts()[1]
    a = Attributor(ctx)
    entity = list(ctx.entities)[0]
    pronoun = MentionSpan(0, 2, "il", MentionKind.PRONOUN)
    name = MentionSpan(0, 3, "Ann", MentionKind.NAME)
    for resolved in (None, Resolved(None, None, "mention"), Resolved(None, pronoun, "pronoun"),
                     Resolved(None, name, "mention"), Resolved(entity, None, "current speaker"),
                     Resolved(entity, pronoun, "pronoun")):
        c = Candidate("sentence-cue", None, resolved)
        v = feats.features(a, 10, 20, ClaimKind.DIRECT, c, [c])
        assert ("no-speaker" in v) is (not c.has_speaker)


@pytest.mark.parametrize("score", [-12.5, -1.0, 0.0, 0.3, 7.25])
def test_one_candidates_decision_features_are_the_constant(score: float) -> None:
    assert decision_features([score], speaker_groups([Candidate("none", None, None)]), 0) == _ALONE_DECISION
    assert list(decision_features([score], [0], 0)) == list(_ALONE_DECISION)


def test_pronoun_memo_answers_what_the_resolution_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pronoun resolution of a run, the memo's answer against one computed anew in the
    same discourse state; and the memo is asked again within one state (it answers twice)."""
    from quotecheck.subjects import SubjectResolver

    asked = {"calls": 0, "computed": 0}
    resolve, referent = SubjectResolver.resolve_pronoun, SubjectResolver._pronoun_referent

    def counted(self: SubjectResolver, offset: int, gender: str | None, plural: bool) -> Any:
        asked["computed"] += 1
        return referent(self, offset, gender, plural)

    def checked(self: SubjectResolver, offset: int, gender: str | None, plural: bool) -> Any:
        found = resolve(self, offset, gender, plural)
        asked["calls"] += 1
        assert found is referent(self, offset, gender, plural)
        return found

    monkeypatch.setattr(SubjectResolver, "_pronoun_referent", counted)
    monkeypatch.setattr(SubjectResolver, "resolve_pronoun", checked)
    texts = list(TEXTS.values()) + [
        "Il a dit « oui » et elle a dit « non » et il a dit « peut-être » et elle a dit « jamais ».",
        "La ministre Anne Roche a parlé. « Nous verrons », a-t-elle dit. Elle a ajouté qu'elle "
        "attendrait. « Non », a-t-il répondu. Il a dit « bientôt » et elle a dit « demain ».",
    ]
    for code, text in [("fr", t) for t in texts[:1] + texts[2:]] + [("en", texts[1])]:
        Attributor(api.Extractor(language=code).context(text)).run()
    assert asked["calls"] > asked["computed"] > 0


def _former_place_complement(s: Any, m: MentionSpan, any_preposition: bool = False) -> bool:
    """``SubjectResolver._is_place_complement`` as it was written before its early return."""
    first = s.doc.token_index(m.start)
    if m.kind in (MentionKind.NAME, MentionKind.ORGANIZATION) and first > 0 \
            and s.tokens[first - 1].lower in s.data.place_nouns and s.text[s.tokens[first - 1].end:m.start] == " ":
        return True
    if m.kind is not MentionKind.ORGANIZATION and not m.place:
        return False
    k = s.doc.token_index(m.start) - 1
    if k >= 0 and s.tokens[k].lower in s.data.determiners:
        k -= 1
    if k < 0:
        return False
    if m.place and s.tokens[k].text == ",":
        j = bisect.bisect_left(s.mention_starts, m.start) - 1
        town = s.mentions[j] if j >= 0 else None
        if town is None or town.end != s.tokens[k].start:
            return False
        return _former_place_complement(s, town, any_preposition) or (
            town.kind is MentionKind.NAME and town.first > 0 and (s.tokens[town.first - 1].lower in s.preambles
                                                           or s.tokens[town.first - 1].lower in s.data.complement_prepositions))
    low = s.tokens[k].lower
    return low in s.data.locative_prepositions or (any_preposition and m.place and (
        low in s.data.complement_prepositions or low in s.data.cue_prepositions))


def test_place_complement_answers_what_it_answered_before_its_early_return() -> None:
    texts = [("fr", TEXTS["fr"]), ("en", TEXTS["en"]),
             ("fr", "Un agent immobilier de Tours a assuré que oui. Le maire de Lyon, à Paris, a dit non."),
             ("en", "A teacher in Salem, Oregon, said no. The head of the Union of Dockers in Dover, Delaware said yes.")]
    seen = 0
    for code, text in texts:
        subjects = Attributor(api.Extractor(language=code).context(text)).subjects
        for m in subjects.mentions:
            for kind in MentionKind:  # every kind at the same place, placed or not
                for place in (False, True):
                    variant = attrs.evolve(m, kind=kind, place=place) if (kind, place) != (m.kind, m.place) else m
                    for any_preposition in (False, True):
                        assert subjects._is_place_complement(variant, any_preposition) == \
                            _former_place_complement(subjects, variant, any_preposition)
                        seen += 1
    assert seen > 100


@pytest.mark.parametrize("seed", range(4))
def test_explanation_order_is_the_former_sort_on_negated_magnitudes(seed: int) -> None:
    from quotecheck.attribution.model import load_model

    model = load_model("fr")
    rng = random.Random(seed)
    names = sorted(model.weights)
    for _ in range(300):
        # ties on purpose: values drawn from a few magnitudes of both signs, zeros among them
        vector = {n: rng.choice([0.0, 0.5, 1.0]) for n in rng.sample(names, rng.randrange(1, 25))}
        parts = model.products(vector)
        if rng.random() < 0.5:
            parts = [rng.choice([-1.5, -0.0, 0.0, 0.25, 1.5]) for _ in parts]
        magnitudes = [-abs(c) for c in parts]
        first = sorted(range(len(parts)), key=magnitudes.__getitem__)[:3]
        former = [f"{tuple(vector)[k]} {parts[k]:+.2f}" for k in first if parts[k]]
        assert model.explain(vector, parts) == former
