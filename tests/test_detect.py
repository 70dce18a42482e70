"""Language detection: deterministic, bounded, with a stop-word vote for short texts."""

from __future__ import annotations

import pytest

from quotecheck import detect_language

SAMPLES = {
    "fr": "« Nous allons renforcer les contrôles », a déclaré la ministre devant les députés mardi soir.",
    "en": "“We will not back down,” the mayor told reporters on Tuesday after the council meeting.",
    "de": "„Wir werden die Kontrollen verstärken“, sagte die Ministerin am Dienstag vor dem Parlament.",
    "es": "«Vamos a reforzar los controles», dijo la ministra el martes ante los diputados del congreso.",
    "it": "«Rafforzeremo i controlli», ha detto la ministra martedì davanti ai deputati del parlamento.",
    "pt": "“Vamos reforçar os controles”, disse a ministra na terça-feira diante dos deputados do congresso.",
}


@pytest.mark.parametrize("code, text", sorted(SAMPLES.items()))
def test_detects_each_supported_language(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_deterministic() -> None:
    text = "Le maire a dit oui."
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_short_text_vote() -> None:
    assert detect_language("Il a dit que les élus sont pour.") == "fr"
    assert detect_language("Er sagte, dass die Stadt nicht zahlt.") == "de"


def test_no_letters_is_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("1234 — !!") == "und"


def test_long_text_is_sampled() -> None:
    text = ("Le conseil municipal a voté le budget. " * 2000) + ("The council voted the budget. " * 10)
    assert detect_language(text) == "fr"
