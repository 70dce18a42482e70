"""A speech verb's form between a preposition and a capitalised word is an adjective before its
noun ("wegen wiederholten Fouls"), no cue.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck import api
from quotecheck.cues import matcher_for


def _cues(text: str) -> list[str]:
    ex = api.Extractor(language="de")
    data = ex._language_data(text, None)
    return [c.text for c in matcher_for(data).find_all(ex.backend.annotate(text, data))]


def test_a_participle_after_a_preposition_before_a_noun_is_no_cue() -> None:
    assert _cues("Karl Vogt, der wegen wiederholten Fouls vom Platz musste, ging.") == []


def test_the_verb_before_a_name_stays_a_cue() -> None:
    assert _cues("Danach wiederholten Karl und Eva ihre Kritik.") == ["wiederholten"]


def test_the_adjective_gives_no_speaker_to_a_fragment() -> None:
    text = "Das Spiel war hart. Karl Vogt, der wegen wiederholten Fouls vom Platz musste, nannte die Sperre „überzogen“."
    assert [speaker for _, quoted, speaker in claims(text)] == ["Karl Vogt"]
