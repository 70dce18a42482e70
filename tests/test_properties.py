"""Properties that hold for any input: offsets are exact, nothing raises, time stays linear."""

from __future__ import annotations

import gc
import random
import time

import pytest
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


def _growth(make, small: int = 100_000, factor: int = 8, tries: int = 5) -> tuple[float, list]:
    """(time of ``factor`` times the text) / (time of the text), CPU time, best of a few runs.

    Each size is timed until the ratio is under the bound or ``tries`` runs are spent, so that a
    loaded machine slows a run down without failing it: only a ratio that stays high fails."""
    ex = quotecheck.Extractor(language="fr")
    texts = make(small), make(small * factor)
    ex.extract(texts[0])  # warm the caches (lexicons, weights)
    best = [float("inf"), float("inf")]
    claims: list = []
    for _ in range(tries):
        for k, text in enumerate(texts):
            gc.collect()  # no collection of an earlier run's garbage inside the timing
            t0 = time.process_time()
            claims = ex.extract(text)
            best[k] = min(best[k], time.process_time() - t0)
        if best[1] <= _MAX_GROWTH * max(best[0], 0.005):
            break
    return best[1] / max(best[0], 0.005), claims


#: 8 times the text may cost at most this many times the time (linear would be 8; the margin
#: absorbs noise on a shared machine, a quadratic stage gives 64)
_MAX_GROWTH = 12


def _filled(pieces: list[str], seed: int = 1):  # type: ignore[no-untyped-def]
    def make(size: int) -> str:
        rng = random.Random(seed)
        out, n = [], 0
        while n < size:
            p = rng.choice(pieces)
            out.append(p)
            n += len(p)
        return "".join(out)
    return make


_ARTICLE = (
    "Le conseil municipal de Villebrune a voté mardi soir le budget de l'année. « Nous avons fait "
    "des choix difficiles », a déclaré la maire, Hélène Castagne, à l'issue de la séance. Selon "
    "l'adjoint aux finances, Marc Olivier, la dette baissera de 4 %. M. Olivier a ajouté que les "
    "travaux de la piscine commenceraient en mai. L'opposition, menée par Sophie Renard (PSD), "
    "a dénoncé « un budget sans ambition ». Elle a estimé que les impôts locaux augmenteraient "
    "encore. « Ce n'est pas ce que les habitants attendent », a-t-elle lancé, avant de quitter la salle.\n\n"
)

#: input classes that were quadratic in a stage after segmentation
GROWTH_CLASSES = {
    "capitalised words": _filled([w + " " for w in "Jean Marie Paul Roux Martin Girard Laurent Morel".split()]),
    "speech verbs": _filled([f"Il a {v} que {w}. " for v in ("déclaré", "affirmé", "ajouté", "estimé")
                             for w in ("le", "nous", "elle")]),
    "no newline": lambda n: (_ARTICLE.replace("\n", " ") * (n // len(_ARTICLE) + 1))[:n],
    "one long quotation": lambda n: "« " + (_ARTICLE.replace("«", "").replace("»", "") * (n // len(_ARTICLE) + 1))[:n] + " »",
    "repeated article": lambda n: (_ARTICLE * (n // len(_ARTICLE) + 1))[:n],
    "quotations in one sentence after a source": lambda n: "Selon le maire Paul Roux, " + "il a dit « oui » et " * (n // 20) + ".",
}


@pytest.mark.parametrize("name", sorted(GROWTH_CLASSES))
def test_growth_is_linear(name: str) -> None:
    """100 kB and 800 kB of one input class: the time grows like the text, not like its square."""
    ratio, claims = _growth(GROWTH_CLASSES[name])
    assert ratio <= _MAX_GROWTH, f"{name}: 8x the text took {ratio:.1f}x the time"


def test_adversarial_input_is_linear() -> None:
    """Random quote marks: ten times more text must not cost much more than ten times the time."""
    ex = quotecheck.Extractor(language="fr")
    small, large = _adversarial(100_000, 1), _adversarial(1_000_000, 2)
    ex.extract(small)  # warm the caches
    best_small = best_large = float("inf")
    claims: list = []
    for _ in range(3):  # CPU time, best of a few runs: a loaded machine does not fail the test
        t0 = time.process_time()
        ex.extract(small)
        best_small = min(best_small, time.process_time() - t0)
        t0 = time.process_time()
        claims = ex.extract(large)
        best_large = min(best_large, time.process_time() - t0)
        if best_large < 25 * max(best_small, 0.01):
            break
    assert all(large[c.start:c.end] == c.text for c in claims)
    assert best_large < 25 * max(best_small, 0.01)


def test_stray_mark_does_not_swallow_the_document() -> None:
    text = (
        "Le maire a ouvert la séance « sans attendre.\n\n"
        "« Nous voterons le budget ce soir », a déclaré Paul Girard.\n\n"
        "« Le débat sera long », a ajouté Mme Claire Roux."
    )
    analysis = quotecheck.Extractor(language="fr").analyze(text)
    assert [c.text for c in analysis.claims] == ["Nous voterons le budget ce soir", "Le débat sera long"]
    assert analysis.skipped_marks == 1
