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
    text = ("Das Wrack liegt in der Ostsee. Fachleute der polnischen Flotte haben das Wrack untersucht und "
            "gestern bestätigt, dass es sich um das gesuchte Schiff handele.")
    assert all(speaker is None or "untersucht" not in speaker for _, _, speaker in claims(text))


def test_a_described_subject_ends_on_its_noun_before_an_adverb() -> None:
    text = "Die Gespräche gehen weiter. „Der Fonds hilft dem Land“, ließ ein Sprecher aus Bonn kurz verlauten."
    assert claims(text) == [(ClaimKind.DIRECT, "Der Fonds hilft dem Land", "ein Sprecher aus Bonn")]


def test_a_described_subject_may_be_a_lower_case_name() -> None:
    text = "Die Pässe speichern Fotos. Die taz vermutet, dass der Zugriff auf diese Daten schon üblich ist."
    assert claims(text) == [(ClaimKind.INDIRECT, "der Zugriff auf diese Daten schon üblich ist", "Die taz")]


def test_a_gloss_in_parentheses_before_the_participle_is_no_subject() -> None:
    text = ("Die Funde sind neu. Präsident Karl Meier (SPD) hat in einem Gespräch mit seinem Amtskollegen "
            "Jan Olsen (Awoda, dt. etwa Arbeiterpartei) bekräftigt, die Funde seien wichtig.")
    assert claims(text) == [(ClaimKind.INDIRECT, "die Funde seien wichtig", "Karl Meier")]


def test_a_foreign_organisations_small_word_keeps_the_apposition_unclosed() -> None:
    text = ("Die Funde sind neu. Tom Weber, der Generalsekretär des Verbandes Union Nationale du Travail (UNT) "
            "sagte gegenüber der Agentur dpa: „Wir werden nicht aufgeben.“")
    assert claims(text) == [(ClaimKind.DIRECT, "Wir werden nicht aufgeben.", "Tom Weber")]


# --- where a source phrase ends -------------------------------------------------------------------

def test_the_year_of_a_month_belongs_to_the_source() -> None:
    text = "Der Hafen wächst. Der Umschlag betrug nach Angaben des Hafens im Juni 2007 12.000 Tonnen."
    assert {speaker for _, _, speaker in claims(text)} == {"des Hafens im Juni 2007"}


def test_a_name_in_quotation_marks_is_one_word_of_the_source() -> None:
    text = ("Die Preise steigen. Laut einem Test der Zeitschrift „Haus, Hof und Garten“ gibt es im Moment "
            "113 Modelle, die unter der Grenze bleiben.")
    assert claims(text) == [(ClaimKind.INDIRECT, "gibt es im Moment 113 Modelle, die unter der Grenze bleiben",
                             "einem Test der Zeitschrift „Haus, Hof und Garten“")]


def test_a_source_mention_goes_on_to_a_name_in_quotation_marks() -> None:
    text = ("Die Lage ist ernst. Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Helfer ohne Zaun“ "
            "in diesem Jahr bis September andauern.")
    assert {speaker for _, _, speaker in claims(text)} == {"des Leiters der Sektion von „Helfer ohne Zaun“"}


def test_a_one_word_marker_before_a_finite_verb_is_an_adverb() -> None:
    text = ("Die Schulen wachsen. So hat sich etwa die Chefin des Lehrerverbands, Eva Kurz, gegen die Pläne "
            "ausgesprochen und behauptet, die Zahlen kämen nur durch „Tricks“ zustande.")
    found = claims(text)
    assert not any(speaker is not None and speaker.startswith("hat ") for _, _, speaker in found)
    assert (ClaimKind.INDIRECT, "die Zahlen kämen nur durch „Tricks“ zustande", "die Pläne") not in found


# --- roles and their holders ---------------------------------------------------------------------

def test_a_place_in_the_genitive_after_a_role_is_no_apposition() -> None:
    text = ("Die Feier war groß. „Ich denke, er verdient viel Anerkennung“, sagte der aschkenasische "
            "Oberrabbiner Israels, Ari Stein. „Wir hoffen, dass es so bleibt.“")
    speakers = {speaker for kind, _, speaker in claims(text) if kind is ClaimKind.DIRECT}
    assert speakers == {"Ari Stein"}


def test_a_role_apposed_to_a_named_role_is_that_person() -> None:
    text = ("Die Hilfe kam schnell. Die Stadt sei Mia Roth zu Dank verpflichtet.\n\nDas Staatsoberhaupt Kanadas, "
            "die britische Königin Maria III., bat Ministerpräsident Lund, ihre Anteilnahme zu übermitteln.")
    held = {m.text: e.name for e in entities(text, "de") for m in e.mentions}
    # (the place in the genitive may be read into the role's mention: "Das Staatsoberhaupt Kanadas")
    roles = [name for text_, name in held.items() if text_.startswith("Das Staatsoberhaupt")]
    assert roles == ["Maria III"]
