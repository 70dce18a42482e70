"""Accuracy on the team's own annotated French news texts (fixtures/fr_news.gold.jsonl).

The floors sit just under the figures measured when they were set (docs/evaluation.md); a change
that loses accuracy fails here. Scores come from quotecheck.evaluate, the same definitions as the
reference scorer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.evaluate import evaluate

from conftest import FIXTURES

SEED = Path(__file__).resolve().parent.parent / "seeds"

FLOORS = {
    "quoted.f1": 0.98,
    "indirect.f1": 0.98,
    "attribution.accuracy": 0.90,
    "end2end.f1": 0.90,
}


@pytest.fixture(scope="module")
def metrics():  # type: ignore[no-untyped-def]
    return evaluate(FIXTURES / "fr_news.gold.jsonl", lang_hint=True, language_detector=None)


@pytest.mark.parametrize("name, floor", sorted(FLOORS.items()))
def test_fr_news_floor(metrics, name: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    value = metrics.as_dict()[name]
    assert value >= floor, f"{name} = {value:.3f} < {floor}"
    assert metrics.errors == 0


def test_language_is_detected_on_every_fixture() -> None:
    metrics = evaluate(FIXTURES / "fr_news.gold.jsonl", extractor=lambda text, language=None: [])
    assert metrics.language_accuracy == 1.0


def test_seed_article() -> None:
    """The seed: every statement is Jens Stoltenberg's except the Russian ministry's claim."""
    (path,) = SEED.glob("*.txt")
    text = path.read_text(encoding="utf-8")
    claims = quotecheck.extract_claims(text)
    assert all(text[c.start:c.end] == c.text for c in claims)
    speakers = {c.speaker.name if c.speaker else None for c in claims}
    assert speakers == {"Jens Stoltenberg", "le ministère russe de la Défense"}
    ministry = [c for c in claims if c.speaker.name != "Jens Stoltenberg"]
    assert [c.kind for c in ministry] == [quotecheck.ClaimKind.INDIRECT]
    assert ministry[0].cue.text == "a déclaré"
    kinds = [c.kind.value for c in claims]
    assert kinds.count("direct") == 10 and kinds.count("partial") == 7 and kinds.count("indirect") == 8
    stoltenberg = next(c.speaker for c in claims if c.speaker.name == "Jens Stoltenberg")
    assert "le secrétaire général de l'Otan" in stoltenberg.descriptions
    assert "le Norvégien" in stoltenberg.descriptions
