"""German sources and names around "von"/"zu": "nach Angaben von X" takes "von" into its marker, a
role noun and the surname after it close a source together ("Laut Senatorin Lindqvist hat …"), and a
particle before a listed common word ends a name ("Lena Brandt zu Dank verpflichtet"), a fronted
"von" phrase leaves the subject after the verb, and two sources joined by "und" are one source.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind


def test_von_after_a_source_marker_is_no_part_of_the_source() -> None:
    text = "Der Dieb wurde nach Angaben von Europol in Lissabon gefasst."
    speakers = {speaker for _, _, speaker in claims(text)}
    assert speakers == {"Europol"}


def test_von_after_a_source_marker_opening_the_sentence() -> None:
    text = "Nach Ansicht von Greenpeace müsse die Fabrik sofort schließen."
    assert claims(text) == [(ClaimKind.INDIRECT, "müsse die Fabrik sofort schließen", "Greenpeace")]


def test_a_role_noun_and_a_surname_after_a_marker_are_one_source() -> None:
    text = "Laut Senatorin Lindqvist hat die Kasse ihr Ziel verfehlt."
    assert claims(text) == [(ClaimKind.INDIRECT, "hat die Kasse ihr Ziel verfehlt", "Lindqvist")]


def test_a_role_name_source_before_its_apposition() -> None:
    text = "Nach Ansicht von Senator Okafor, Vorsitzender des Ausschusses, hat die Kasse versagt."
    assert claims(text) == [(ClaimKind.INDIRECT, "hat die Kasse versagt", "Okafor")]


def test_a_particle_before_a_listed_common_word_ends_the_name() -> None:
    texts = [m.text for m in found("Die Stadt sei Lena Brandt zu Dank verpflichtet, hieß es.")]
    assert "Lena Brandt" in texts
    assert not any("Dank" in t for t in texts)


def test_a_particle_before_a_surname_stays_in_the_name() -> None:
    texts = [m.text for m in found("Die Stadt sei Karl-Otto zu Falkenberg dankbar, hieß es.")]
    assert "Karl-Otto zu Falkenberg" in texts


def test_a_fronted_von_phrase_leaves_the_subject_after_the_verb() -> None:
    text = "Von den Vereinen erklärten die Schützen, dass sie nicht teilnehmen wollten."
    assert claims(text) == [(ClaimKind.INDIRECT, "sie nicht teilnehmen wollten", "Schützen")]


def test_two_coordinated_sources_after_a_marker_are_one_source() -> None:
    text = "Laut Europol und Interpol wurden drei Männer gefasst."
    assert claims(text) == [(ClaimKind.INDIRECT, "wurden drei Männer gefasst", "Europol und Interpol")]


def test_two_coordinated_sources_inside_the_clause() -> None:
    text = "Dabei wurden nach Angaben von Europol und Interpol drei Männer gefasst."
    speakers = {speaker for _, _, speaker in claims(text)}
    assert speakers == {"Europol und Interpol"}
