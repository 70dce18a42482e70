"""German speakers, groups and extents: a role the words make plural (a plural word before it, a
noun spelt only as a plural, a genitive plural), a second phrase after "und" in another case, and
a common noun after a locative preposition.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind, MentionKind


def _roles(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.plural) for m in found(text) if m.kind is MentionKind.ROLE]


def test_a_plural_word_between_article_and_role_makes_a_group() -> None:
    assert ("der beiden Berater", True) in _roles("Nach Meinung der beiden Berater wird die Reform scheitern.")


def test_a_noun_spelt_only_as_a_plural_after_a_plural_article_is_a_group() -> None:
    assert ("Die Anwälte des Klägers", True) in _roles("Die Anwälte des Klägers erklärten, das Verfahren sei unfair.")
    assert ("den Diplomaten des Landes", True) in _roles("Laut den Diplomaten des Landes kamen viele Gäste.")


def test_der_after_a_noun_before_a_masculine_role_is_the_genitive_plural() -> None:
    assert ("der Gegner", True) in _roles("Nach Meinung der Gegner ist die Vorlage zu schwach.")
    # at the start of a sentence the same words are one man
    assert ("Der Gegner", False) in _roles("Der Gegner sagte, das Buch sei gut.")


def test_a_group_is_never_the_named_person_before_it() -> None:
    text = ("Der Moderator Tim Lauber sprach mit dem Sender. "
            "Nach Meinung der Gegner ist die Sendung zu einseitig geworden.")
    speakers = {speaker for _, _, speaker in claims(text)}
    assert "Tim Lauber" not in speakers


def test_an_article_of_another_case_after_und_opens_a_second_subject() -> None:
    spans = [m.text for m in found("Die Veranstalter der Kundgebung und die Kölner Polizei nannten andere Zahlen.")]
    assert "Die Veranstalter der Kundgebung" in spans
    # the same article after "und" continues the genitive complement
    spans = [m.text for m in found("Die Sprecherin des Ministeriums der Justiz und der Verbraucher sagte nichts.")]
    assert "Die Sprecherin des Ministeriums der Justiz und der Verbraucher" in spans


def test_a_common_noun_after_a_locative_preposition_is_no_seat() -> None:
    assert ("der beiden Berater", True) in _roles(
        "Mit dem Gesetz kämen nach Meinung der beiden Berater künftig weniger Anträge.")
    assert "Der Sprecher der Fraktion in Flensburg" in [m.text for m in found(
        "Der Sprecher der Fraktion in Flensburg sagte, es gehe gut.")]


def test_a_description_after_a_cue_whose_noun_no_lexicon_lists_is_no_named_person() -> None:
    # "Abendstern" is in no lexicon: a medium as likely as a person, never the minister named before
    text = ("Der Minister Karl Brenner besuchte am Montag die Hauptstadt. "
            "Die Gespräche mit der Opposition seien am Abend gescheitert, berichtet der irische Abendstern.")
    assert claims(text) == [(ClaimKind.INDIRECT, "Die Gespräche mit der Opposition seien am Abend gescheitert",
                             "der irische Abendstern")]


def test_role_plurals_made_by_rule_are_groups() -> None:
    # a weak noun's -en form, an -or noun's -oren and a feminine -innen name a group after "die"
    # (with its complement: "beider" opens a genitive plural)
    assert ("Die Präsidenten beider Länder", True) in _roles("Die Präsidenten beider Länder erklärten, man sei einig.")
    assert ("Die Moderatorinnen", True) in _roles("Die Moderatorinnen erklärten, man sei einig.")
    # after "des" the weak noun's -en form is one person
    assert ("des Präsidenten", False) in _roles("Nach Angaben des Präsidenten sind alle gesund.")
    text = "Die Ämter prüfen nur Formulare. Die Autoren des Berichts werfen der Regierung vor: „Die Aufsicht versagt völlig.“"
    assert claims(text) == [(ClaimKind.DIRECT, "Die Aufsicht versagt völlig.", "die Autoren des Berichts")]


def test_a_source_described_in_words_ends_before_an_article_of_another_case() -> None:
    text = "Für die Firma bedeutet der Verlust des Auftrags nach Einschätzung von Fachleuten einen schweren Rückschlag."
    # the source splits the content in two (both sides are claims); neither speaker runs on into the object
    found = claims(text)
    # ("von" after the marker noun belongs to the marker: "nach Einschätzung von")
    assert found and {speaker for _, _, speaker in found} == {"Fachleuten"}
