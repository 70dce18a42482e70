"""German separable verbs whose finite stem alone is no speech verb: the stem is a cue when its
particle closes the clause a few words on ("gab der Verein bekannt."), and the subject between
stem and particle is its speaker.

Every sentence here is written for the test."""

from __future__ import annotations

import quotecheck
from quotecheck.cues import matcher_for
from quotecheck.lang import load


def cue_lemmas(text: str) -> list[str]:
    from quotecheck import api

    ex = api.Extractor(language="de")
    data = ex._language_data(text, None)
    doc = ex.backend.annotate(text, data)
    return [c.lemma for c in matcher_for(data).find_all(doc)]


def speakers(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language="de")]


def test_the_data_maps_stems_to_their_particles() -> None:
    data = load("de")
    assert data.separated_cues["setzte"]["hinzu"] == "hinzusetzen"
    assert "setzte" not in data.speech_verbs


def test_a_particle_closing_the_sentence_makes_the_stem_a_cue() -> None:
    assert cue_lemmas("Die Schließung der Filiale gab die Sparkasse Nordmoor am Freitag bekannt.") == ["bekanntgeben"]


def test_a_particle_before_a_colon_or_a_comma() -> None:
    assert cue_lemmas("Dann führte die Bürgermeisterin aus: „Wir bauen neu.“") == ["ausführen"]
    assert cue_lemmas("Später stellte der Gutachter Ulf Brandner fest, dass die Brücke hält.") == ["feststellen"]


def test_a_stem_without_its_closing_particle_is_no_cue() -> None:
    assert cue_lemmas("Der Bauer setzte die Kartoffeln in den Acker.") == []
    assert cue_lemmas("Es gab am Abend ein Fest an der Schule.") == []


def test_the_subject_between_stem_and_particle_speaks() -> None:
    text = "„Wir haben genug gewartet“, setzte Tilman Oberdorf hinzu."
    assert speakers(text) == ["Tilman Oberdorf"]
    text = "Die Halle bleibt bis Juni geschlossen. Dies gab Hallenwart Jonas Keppler am Dienstag bekannt."
    assert speakers(text) == ["Jonas Keppler"]


def test_the_closing_particle_stays_out_of_the_subject() -> None:
    text = "„Das Dach ist dicht“, meinte der Dachdecker. „Der Keller nicht“, setzte ein dritter hinzu."
    assert speakers(text)[-1] == "ein dritter"
