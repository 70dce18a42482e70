"""German fronted objects: a noun phrase whose article no subject opens on ("dem", "den", or "der"
before an adjective in "-en") stands before the verb as its object, and the subject follows the
verb.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_a_fronted_dative_with_der_and_an_adjective_in_en_does_not_speak() -> None:
    text = "Der Streit geht weiter. Der englischen Zeitung sagte Paul Kerr: „Ich werde weiter kämpfen.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Ich werde weiter kämpfen.", "Paul Kerr")]


def test_a_nominative_article_before_the_verb_still_speaks() -> None:
    text = "Der Streit geht weiter. Der britische Sender sagte der Ministerin, sie bleibe im Amt."
    assert claims(text) == [(ClaimKind.INDIRECT, "sie bleibe im Amt", "der britische Sender")]


def test_a_manner_adverb_opening_the_sentence_before_the_cue_is_no_speaker() -> None:
    text = "Der Streit geht weiter. Ähnlich äußerte sich der Präsident Paul W. Kerr: „Wir haben die Lage im Griff.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Wir haben die Lage im Griff.", "Paul W. Kerr")]


def test_an_oblique_article_and_its_one_noun_before_the_cue_are_no_described_speaker() -> None:
    text = "Die Entscheidung fiel früh. „Wir wollen die Werke enger verzahnen“, hatte VW-Chef Kerr in einem Interview erklärt."
    assert claims(text) == [(ClaimKind.DIRECT, "Wir wollen die Werke enger verzahnen", "Kerr")]
