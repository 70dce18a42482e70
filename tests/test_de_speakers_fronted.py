"""German speakers after a fronted participle: "Abschließend sagte X", "Ergänzend zu … erklärte X".

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind


def test_a_participle_opening_a_sentence_is_no_name() -> None:
    spans = [m.text for m in found("Die Lage ist ernst. Abwägend fügt Lena Haas hinzu: „Es gibt auch Hoffnung.“")]
    assert "Abwägend" not in spans and "Lena Haas" in spans


def test_the_subject_after_the_verb_of_a_fronted_participle_phrase_speaks() -> None:
    text = "Es schneit. Ergänzend zu den Zahlen des Amtes erklärte die Sprecherin einer Behörde: „Die Wege bleiben gesperrt.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Die Wege bleiben gesperrt.", "die Sprecherin einer Behörde")]
    text = "Die Lage ist ernst. Abwägend fügt Lena Haas hinzu: „Es gibt auch Hoffnung.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Es gibt auch Hoffnung.", "Lena Haas")]
