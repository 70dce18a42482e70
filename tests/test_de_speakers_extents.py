"""German speakers, extents and subjects: where a source phrase ends (a name in quotation marks, the
year of a month), which phrase before a cue is its subject (not a coordinated verb's object, not
a gloss in parentheses, not the last word of a foreign organisation's name), a place in the
genitive after a role, and a role in apposition to a role with its holder's name.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from test_coref import entities

from quotecheck.claims import ClaimKind

# --- the subject phrase before a cue ------------------------------------------------------------

def test_a_coordinated_verbs_object_is_no_described_subject() -> None:
    text = ("Der Turm steht am Fluss. Gutachter der städtischen Bauaufsicht haben den Turm geprüft und "
            "am Montag bestätigt, dass er einsturzgefährdet sei.")
    assert all(speaker is None or "geprüft" not in speaker for _, _, speaker in claims(text))


def test_a_described_subject_ends_on_its_noun_before_an_adverb() -> None:
    text = "Die Gespräche gehen weiter. „Der Fonds hilft dem Land“, ließ ein Sprecher aus Bonn kurz verlauten."
    assert claims(text) == [(ClaimKind.DIRECT, "Der Fonds hilft dem Land", "ein Sprecher aus Bonn")]


def test_a_described_subject_may_be_a_lower_case_name() -> None:
    text = "Die Karten speichern Namen. Die taz glaubt, dass die Weitergabe solcher Angaben längst Alltag ist."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Weitergabe solcher Angaben längst Alltag ist", "Die taz")]


def test_a_gloss_in_parentheses_before_the_participle_is_no_subject() -> None:
    text = ("Die Funde sind neu. Präsident Karl Meier (SPD) hat bei einem Treffen mit seiner Kollegin "
            "Ina Lund (Venstre, dt. etwa Linke) betont, die Funde seien wichtig.")
    assert claims(text) == [(ClaimKind.INDIRECT, "die Funde seien wichtig", "Karl Meier")]


def test_a_foreign_organisations_small_word_keeps_the_apposition_unclosed() -> None:
    text = ("Die Funde sind neu. Tom Weber, der Generalsekretär des Verbandes Union Nationale du Travail (UNT) "
            "sagte gegenüber der Agentur dpa: „Wir werden nicht aufgeben.“")
    assert claims(text) == [(ClaimKind.DIRECT, "Wir werden nicht aufgeben.", "Tom Weber")]


# --- where a source phrase ends -------------------------------------------------------------------

def test_the_year_of_a_month_belongs_to_the_source() -> None:
    text = "Der Hafen wächst. Der Umschlag betrug nach Angaben des Hafens im Mai 2011 9.000 Tonnen."
    assert {speaker for _, _, speaker in claims(text)} == {"des Hafens im Mai 2011"}


def test_a_name_in_quotation_marks_is_one_word_of_the_source() -> None:
    text = ("Die Preise steigen. Laut einem Test des Magazins „Feld, Wald und Wiese“ gibt es derzeit "
            "48 Betriebe, die ohne Dünger arbeiten.")
    assert claims(text) == [(ClaimKind.INDIRECT, "gibt es derzeit 48 Betriebe, die ohne Dünger arbeiten",
                             "einem Test des Magazins „Feld, Wald und Wiese“")]


def test_a_source_mention_goes_on_to_a_name_in_quotation_marks() -> None:
    text = ("Die Lage ist ernst. Die Dürre dürfte nach Angaben des Chefs der Abteilung von „Hilfe am Fluss“ "
            "noch bis zum Herbst anhalten.")
    assert {speaker for _, _, speaker in claims(text)} == {"des Chefs der Abteilung von „Hilfe am Fluss“"}


def test_a_one_word_marker_before_a_finite_verb_is_an_adverb() -> None:
    text = ("Die Schulen wachsen. So hat sich zum Beispiel die Leiterin des Elternrats, Eva Kurz, gegen die Reform "
            "gewandt und behauptet, die Kosten seien nur durch „Kniffe“ gesunken.")
    found = claims(text)
    assert not any(speaker is not None and speaker.startswith("hat ") for _, _, speaker in found)
    assert (ClaimKind.INDIRECT, "die Kosten seien nur durch „Kniffe“ gesunken", "die Reform") not in found


# --- roles and their holders ---------------------------------------------------------------------

def test_a_place_in_the_genitive_after_a_role_is_no_apposition() -> None:
    text = ("Die Feier war groß. „Sie hat viel für uns getan“, sagte der frühere "
            "Oberrabbiner Norwegens, Ari Stein. „Wir danken ihr dafür.“")
    speakers = {speaker for kind, _, speaker in claims(text) if kind is ClaimKind.DIRECT}
    assert speakers == {"Ari Stein"}


def test_a_role_apposed_to_a_named_role_is_that_person() -> None:
    text = ("Die Hilfe kam schnell. Die Stadt sei Mia Roth zu Dank verpflichtet.\n\nDas Staatsoberhaupt Kanadas, "
            "die britische Königin Maria III., bat Ministerpräsident Lund, ihre Anteilnahme zu übermitteln.")
    held = {m.text: e.name for e in entities(text, "de") for m in e.mentions}
    # (the place in the genitive may be read into the role's mention: "Das Staatsoberhaupt Kanadas")
    roles = [name for text_, name in held.items() if text_.startswith("Das Staatsoberhaupt")]
    assert roles == ["Maria III"]
