"""Properties that hold for any input: offsets are exact, nothing raises, time stays linear."""

from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotecheck

QUOTEY = st.lists(
    st.sampled_from(list("«»“”„‚‘’‹›\"'—–-:,.!?\n \u00a0\u202fabcdeXYZ élà") + ["a dit ", "M. ", "selon ", "Jean Roux "]),
    max_size=200,
).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(max_size=300), QUOTEY), st.sampled_from(["fr", "en", "de", None]))
def test_offsets_hold_and_nothing_raises(text: str, language: str | None) -> None:
    if language is not None and language not in quotecheck.supported_languages():
        language = None
    for claim in quotecheck.extract_claims(text, language=language):
        assert text[claim.start:claim.end] == claim.text
        assert claim.text.strip() == claim.text
        if claim.speaker is not None and claim.speaker.mention is not None:
            m = claim.speaker.mention
            assert text[m.start:m.end] == m.text
        if claim.cue is not None:
            assert 0 <= claim.cue.start <= claim.cue.end <= len(text)


def _adversarial(size: int, seed: int) -> str:
    rng = random.Random(seed)
    pieces = list("«»“”„\"'‹›") + ["mot ", "a dit ", "— ", "\n", ", ", ". ", "Jean Dupont ", "selon ", "que "]
    out = []
    n = 0
    while n < size:
        p = rng.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)


def test_adversarial_input_is_linear() -> None:
    """Random quote marks: ten times more text must not cost much more than ten times the time."""
    ex = quotecheck.Extractor(language="fr")
    small, large = _adversarial(100_000, 1), _adversarial(1_000_000, 2)
    ex.extract(small)  # warm the caches
    t0 = time.perf_counter()
    ex.extract(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims = ex.extract(large)
    t_large = time.perf_counter() - t0
    assert all(large[c.start:c.end] == c.text for c in claims)
    assert t_large < 25 * max(t_small, 0.01)


def test_stray_mark_does_not_swallow_the_document() -> None:
    text = (
        "Le maire a ouvert la séance « sans attendre.\n\n"
        "« Nous voterons le budget ce soir », a déclaré Paul Girard.\n\n"
        "« Le débat sera long », a ajouté Mme Claire Roux."
    )
    analysis = quotecheck.Extractor(language="fr").analyze(text)
    assert [c.text for c in analysis.claims] == ["Nous voterons le budget ce soir", "Le débat sera long"]
    assert analysis.skipped_marks == 1
