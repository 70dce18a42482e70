"""German speakers after a fronted participle: "Abschließend sagte X", "Passend zu … warnte X".

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind


def test_a_participle_opening_a_sentence_is_no_name() -> None:
    spans = [m.text for m in found("Die Lage ist ernst. Relativierend fügt Lena Haas hinzu: „Es gibt auch Hoffnung.“")]
    assert "Relativierend" not in spans and "Lena Haas" in spans


def test_the_subject_after_the_verb_of_a_fronted_participle_phrase_speaks() -> None:
    text = "Es friert. Passend zu den Gefahren des Frostes warnte die Moderatorin eines Senders: „Auf dem Eis kann es glatt sein.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Auf dem Eis kann es glatt sein.", "die Moderatorin eines Senders")]
    text = "Die Lage ist ernst. Relativierend fügt Lena Haas hinzu: „Es gibt auch Hoffnung.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Es gibt auch Hoffnung.", "Lena Haas")]
