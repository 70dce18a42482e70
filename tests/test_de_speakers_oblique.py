"""German fronted objects: a noun phrase whose article no subject opens on ("dem", "den", or "der"
before an adjective in "-en") stands before the verb as its object, and the subject follows the
verb.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_a_fronted_dative_with_der_and_an_adjective_in_en_does_not_speak() -> None:
    text = "Der Streit geht weiter. Der schwedischen Zeitung sagte Paul Kerr: „Ich bleibe bei meinem Plan.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Ich bleibe bei meinem Plan.", "Paul Kerr")]


def test_a_nominative_article_before_the_verb_still_speaks() -> None:
    text = "Der Streit geht weiter. Der britische Sender sagte der Ministerin, sie bleibe im Amt."
    assert claims(text) == [(ClaimKind.INDIRECT, "sie bleibe im Amt", "der britische Sender")]


def test_a_manner_adverb_opening_the_sentence_before_the_cue_is_no_speaker() -> None:
    text = "Der Streit geht weiter. Ähnlich äußerte sich die Ministerin Lena B. Roth: „Wir sind gut vorbereitet.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Wir sind gut vorbereitet.", "Lena B. Roth")]


def test_an_oblique_article_and_its_one_noun_before_the_cue_are_no_described_speaker() -> None:
    text = "Die Entscheidung fiel früh. „Wir wollen die Werke besser vernetzen“, hatte Konzernchef Kerr in einem Gespräch erklärt."
    assert claims(text) == [(ClaimKind.DIRECT, "Wir wollen die Werke besser vernetzen", "Kerr")]
