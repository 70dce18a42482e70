"""German speakers: an organisation's own name that holds a lower-case joining word ("ohne"), and
a medium's name between two apostrophes typed for a double mark ('' … ''), after an organisation
noun (LanguageData ``NAME_JOINING_WORDS`` and ``TITLE_MARKS``); a web domain in quotation marks
after a source marker, a medium's name though written in lower case.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind, MentionKind

# --- a name joined over "ohne" ------------------------------------------------------------------


def test_a_name_goes_on_over_a_joining_word_after_an_organisation_noun() -> None:
    spans = [(m.text, m.kind) for m in found("Die Hilfsorganisation Helfer ohne Zäune sagte das am Montag.")]
    assert ("Die Hilfsorganisation Helfer ohne Zäune", MentionKind.ORGANIZATION) in spans


def test_a_name_joined_over_a_joining_word_is_the_source() -> None:
    text = "Im Tal regnete es. Nach Angaben des Vereins Lehrer ohne Pult mussten 300 Kinder nach Hause gehen."
    assert claims(text) == [(ClaimKind.INDIRECT, "mussten 300 Kinder nach Hause gehen", "des Vereins Lehrer ohne Pult")]


def test_a_first_name_after_the_joining_word_stays_out_of_the_name() -> None:
    spans = [m.text for m in found("Die Hilfsorganisation Helfer ohne Peter sagte das am Montag.")]
    assert "Die Hilfsorganisation Helfer ohne Peter" not in spans


# --- a name between two apostrophes typed for a double mark ----------------------------------


def test_a_name_in_doubled_apostrophes_after_an_organisation_noun_belongs_to_it() -> None:
    spans = [(m.text, m.kind) for m in found("Das meldet die Wochenzeitung ''Der Talbote''.")]
    assert ("die Wochenzeitung ''Der Talbote''", MentionKind.ORGANIZATION) in spans


def test_a_name_in_doubled_apostrophes_is_the_source_of_the_sentence_before() -> None:
    text = "Im Hafen stehen neue Kräne. Nach Angaben des Stadtrats seien die Kosten gestiegen. " \
           "Das berichtet die Wochenzeitung ''Der Talbote''."
    speakers = {c[2] for c in claims(text)}
    assert "die Wochenzeitung ''Der Talbote''" in speakers


def test_a_word_glued_to_the_closing_marks_keeps_the_name_out() -> None:
    spans = [m.text for m in found("Das meldet die Wochenzeitung ''Der Talbote''-Leser.")]
    assert "die Wochenzeitung ''Der Talbote''" not in spans
    assert "die Wochenzeitung" in spans


def test_doubled_apostrophes_are_no_quotation_marks() -> None:
    assert all(c[0] is not ClaimKind.DIRECT for c in claims("Der Bürgermeister sagte ''Wir bauen''."))


# --- a web domain in quotation marks after a source marker ------------------------------------


def test_a_quoted_web_domain_after_a_source_marker_is_the_source() -> None:
    text = "Im Tal regnete es. Laut „talwetter.de“ wurden 30 Häuser beschädigt."
    assert claims(text) == [(ClaimKind.INDIRECT, "wurden 30 Häuser beschädigt", "„talwetter.de“")]


def test_a_quoted_lower_case_word_after_a_source_marker_is_no_medium() -> None:
    text = "Im Tal regnete es. Laut „talwetter“ wurden 30 Häuser beschädigt."
    assert all(c[2] != "„talwetter“" for c in claims(text))
