"""German: a relaying verb before the words it relays ("Ein Sender zitierte X mit den Worten: „…“"):
its object speaks them, its subject only relays them — before the quotation as after it.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_the_object_of_a_relaying_verb_before_the_quotation_speaks() -> None:
    text = "Die Lage ist ernst. Ein Fernsehsender zitierte Minister Karl Vogt mit den Worten: „Wir bleiben im Amt.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Wir bleiben im Amt.", "Karl Vogt")]


def test_a_relaying_verb_with_no_object_leaves_its_subject() -> None:
    text = "Die Lage ist ernst. Die Zeitung Nordblick zitierte weiter: „Es gibt keinen Grund.“"
    assert [(speaker or "").lower() for _, _, speaker in claims(text)] == ["die zeitung nordblick"]
