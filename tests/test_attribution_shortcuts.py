"""The byte-identical shortcuts of the attribution stage (perf8) answer what the computation
they replace answers: the comma index, the speaker label's lead read backwards, the memo of
inverted cue words, the score's parts kept for the explanation, and the early test of a
reported content's length."""

import random

import pytest

from quotecheck import api, lang
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.generators import speaker_label
from quotecheck.attribution.model import load_model
from quotecheck.cues import CueMatcher
from quotecheck.reported import ReportedSpeech

from attribution_texts import EN_OPENING, FR_OPENING

TEXTS = {
    "fr": (
        FR_OPENING +
        "« MOREL: Nous verrons. » Il a dit que oui. Elle a dit que non, puis a ajouté qu'elle "
        "attendrait la réponse du ministre, a précisé-t-elle."
    ),
    "en": (
        EN_OPENING +
        '"KERR: We will see." He said no. She said that the schools would get more money.'
    ),
}


def _contexts():  # type: ignore[no-untyped-def]
    return [api.Extractor(language=code).context(text) for code, text in sorted(TEXTS.items())]


def _random_text(rng: random.Random, alphabet: str, size: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(size))


@pytest.mark.parametrize("seed", range(5))
def test_comma_within_answers_what_find_answers(seed: int) -> None:
    rng = random.Random(seed)
    text = _random_text(rng, "ab ,.\n«»", 400)
    ctx = api.Extractor(language="fr").context(text)
    subjects = Attributor(ctx).subjects
    for _ in range(2000):
        start, end = rng.randrange(0, 405), rng.randrange(0, 405)  # offsets (past the end too)
        assert subjects._comma_within(start, end) == (text.find(",", start, end) != -1), (start, end)


def test_speaker_label_lead_answers_what_the_stripped_slice_answers() -> None:
    rng = random.Random(3)
    for ctx in _contexts():
        subjects = Attributor(ctx).subjects
        allowed = " \u00a0" + "".join(subjects.quote_chars)
        for offset in list(range(len(ctx.text) + 1)) + [rng.randrange(len(ctx.text)) for _ in range(50)]:
            lead = ctx.text[ctx.doc.paragraph_span(offset)[0]:offset]
            assert speaker_label._only_marks_before(subjects, offset) == (not lead.strip(allowed)), offset


def test_speaker_label_still_names_a_labelled_turn() -> None:
    ctx = api.Extractor(language="fr").context(TEXTS["fr"])
    a = Attributor(ctx)
    labelled = [q for q in a.quotes if ctx.text.startswith("MOREL", q.start)]
    assert labelled and speaker_label.label_of(a.subjects, labelled[0]) == "MOREL"
    others = [q for q in a.quotes if not ctx.text.startswith("MOREL", q.start)]
    assert all(speaker_label.label_of(a.subjects, q) is None for q in others)


@pytest.mark.parametrize("code", ["fr", "en", "it", "es", "pt", "de"])
def test_inverted_memo_answers_what_the_suffixes_answer(code: str) -> None:
    matcher = CueMatcher(lang.load(code))
    words = ["ajoute-t-elle", "a-t-il", "dit-il", "précise‑t‑on", "porte-parole", "-il", "il", "x-",
             "déclare-t-ils", "sagte-er", "dijo-", "well-known", "e-mail", "est-ce", "a-t-elle"]
    suffixes = [s for s, _ in matcher.suffixes]
    rng = random.Random(11)
    words += [rng.choice(["dit", "ajoute", "a", "x", ""]) + rng.choice(suffixes or ["-"]) for _ in range(200)]
    for word in words + words:  # the second pass reads the memo
        assert matcher._split_inverted(word) == matcher._split_suffix(word), word
    assert all("-" in w or "‑" in w for w in matcher._inverted)


def test_inverted_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck import cues

    monkeypatch.setattr(cues, "_INVERTED_MEMO", 10)
    matcher = CueMatcher(lang.load("fr"))
    for k in range(100):
        word = f"mot{k}-t-il"
        assert matcher._split_inverted(word) == matcher._split_suffix(word)
        assert len(matcher._inverted) <= 10


@pytest.mark.parametrize("code", ["fr", "en", "de", "_shared"])
def test_score_parts_give_the_score_and_the_explanation(code: str) -> None:
    m = load_model(code)  # "_shared": the fallback weights
    rng = random.Random(5)
    names = sorted(m.weights) + ["no-such-feature"]
    for _ in range(300):
        vector = {n: rng.choice([1.0, rng.random(), 0.0]) for n in rng.sample(names, rng.randrange(1, 25))}
        parts = m.products(vector)
        # the sum of the former Model.score, one product at a time in the vector's order
        expected = 0.0
        for n, x in vector.items():
            expected += m.weights.get(n, 0.0) * x
        assert m.total(parts) == m.bias + expected == m.score(vector)
        # the former explanation, recomputed from the vector
        ranked = sorted([(m.weights.get(n, 0.0) * x, n) for n, x in vector.items()],
                        key=lambda p: -abs(p[0]))[:3]
        assert m.explain(vector, parts) == m.explain(vector) == [f"{n} {c:+.2f}" for c, n in ranked if c]


def test_reported_content_only_shrinks_after_the_early_length_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """The early ``end - start < 8`` test of ``at_cue`` holds because the clause end never passes
    the content's end (and the trimming only moves the ends inwards)."""
    seen: list[tuple[int, int, int]] = []
    clause_end = ReportedSpeech._clause_end

    def recording(self, start, end):  # type: ignore[no-untyped-def]
        found = clause_end(self, start, end)
        seen.append((start, end, found))
        return found

    monkeypatch.setattr(ReportedSpeech, "_clause_end", recording)
    for ctx in _contexts():
        Attributor(ctx).run()
    assert seen and all(found <= end for _, end, found in seen)


class _NeverKept(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing."""

    def __setitem__(self, key, value):  # type: ignore[no-untyped-def]
        pass


def test_shared_evidence_gives_the_claims_made_anew() -> None:
    for ctx in _contexts():
        shared, fresh = Attributor(ctx), Attributor(ctx)
        fresh._evidence_made = _NeverKept()
        claims = shared.run()
        assert [c.to_dict() for c in claims] == [c.to_dict() for c in fresh.run()]
        assert shared._evidence_made and not fresh._evidence_made
        for c in claims:
            for e in c.evidence:
                assert shared._evidence_made[(e.rule, e.detail)] is e


def test_short_claim_test_splits_off_four_words_at_most() -> None:
    rng = random.Random(2)
    for _ in range(3000):
        text = _random_text(rng, "ab \n\t\u00a0", rng.randrange(0, 14))
        assert (len(text.split(None, 3)) <= 3) == (len(text.split()) <= 3), repr(text)


def test_spans_near_hold_every_span_crossing_the_content() -> None:
    rng = random.Random(4)
    for ctx in _contexts():
        reported = Attributor(ctx).reported
        spans = reported.quote_spans
        assert spans
        for _ in range(2000):
            start = rng.randrange(0, len(ctx.text) + 5)
            end = start + rng.randrange(0, 120)
            crossing = [(qs, qe) for qs, qe in spans if qs < end and qe > start]
            assert [s for s in reported._spans_near(start, end) if s[0] < end and s[1] > start] == crossing
