"""German speakers where every noun is capitalised: common nouns are no names, roles take their
adjectives and complements, genitive names, plural articles, the reported mood after a new subject.

Every sentence here is written for the test."""

from __future__ import annotations

import quotecheck
from quotecheck import api, coref, mentions, quotes
from quotecheck.claims import MentionKind
from quotecheck.cues import matcher_for
from quotecheck.lang import load


def found(text: str) -> tuple[list[mentions.MentionSpan], list[coref.Entity]]:
    ex = api.Extractor(language="de")
    data = ex._language_data(text, None)
    doc = ex.backend.annotate(text, data)
    segmented = quotes.find_quotes(doc, data)
    cues = matcher_for(data).find_all(doc)
    spans = mentions.find_mentions(doc, data, segmented.quotes, cues)
    return spans, coref.link(doc, data, spans)[0]


def speakers(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language="de")]


def test_a_noun_with_a_common_ending_is_no_name() -> None:
    spans, _ = found("Die Ministerin Greta Albers äußerte Zustimmung und lobte die Rechtsauffassung des Gerichts.")
    names = [m.text for m in spans if m.kind is MentionKind.NAME]
    assert names == ["Greta Albers"]


def test_a_word_the_text_writes_after_an_article_is_a_noun() -> None:
    text = ("Die Sorge wächst. Oskar Lenz, Vorsitzender des Vereins, teilte Sorge und Hoffnung: "
            "„Wir bleiben dabei.“")
    assert speakers(text) == ["Oskar Lenz"]


def test_a_surname_after_a_first_name_keeps_its_noun_ending() -> None:
    # "Hartung" ends like "Haltung", but the text writes it after a first name
    text = "Peter Hartung ist Sprecher. „Wir prüfen den Fall“, sagte Hartung."
    assert speakers(text) == ["Peter Hartung"]


def test_the_common_noun_endings_leave_short_surnames_alone() -> None:
    data = load("de")
    assert "ung" in data.common_noun_endings and "schaft" in data.common_noun_endings
    spans, _ = found("Franz Josef Jung sagte, er sei zufrieden. Jung reiste ab.")
    assert any(m.text == "Jung" and m.kind is MentionKind.NAME for m in spans)


def test_a_first_name_after_an_unknown_noun_starts_the_name() -> None:
    spans, _ = found("Der Stürmer Thomas Brandl wurde operiert.")
    assert "Thomas Brandl" in [m.text for m in spans if m.kind is MentionKind.NAME]


def test_a_name_stops_before_a_common_noun() -> None:
    spans, _ = found("Gestern sah Kanzler Ewald Brünning Verbesserungen im Haushalt.")
    assert "Ewald Brünning" in [m.text for m in spans]


def test_inflected_adjectives_before_a_role_belong_to_it() -> None:
    spans, _ = found("Ein örtlicher Mitarbeiter der Stadtwerke erklärte, die Leitung sei repariert.")
    assert spans[0].kind is MentionKind.ROLE and spans[0].text == "Ein örtlicher Mitarbeiter der Stadtwerke"


def test_a_compound_ending_in_a_role_is_a_role() -> None:
    spans, _ = found("Der Fahrgastverband kritisierte die Pläne, und die Verhandlungsdelegation schwieg.")
    kinds = {m.text: m.kind for m in spans}
    assert kinds["Der Fahrgastverband"] is MentionKind.ORGANIZATION


def test_a_source_phrase_ends_where_a_new_article_opens() -> None:
    text = "Im Mittelpunkt sollen laut Angaben des Senders die letzten Jahre der Regierung stehen."
    claims = quotecheck.extract_claims(text, language="de")
    assert claims and all(c.speaker is not None and c.speaker.name == "des Senders" for c in claims)


def test_a_party_in_parentheses_between_the_name_and_the_cue() -> None:
    text = "Die Ministerin Lotte Brammer (SPD) äußerte Bedenken: „Das wird nicht reichen.“"
    assert speakers(text) == ["Lotte Brammer"]


def test_the_plural_article_before_a_masculine_role_is_no_single_person() -> None:
    spans, people = found("Der Bürgermeister Kai Ostrup eröffnete das Fest. Die Veranstalter zeigten sich zufrieden.")
    organisers = next(m for m in spans if m.text == "Die Veranstalter")
    assert organisers.plural
    holder = next(e for e in people if "Kai Ostrup" in e.names)
    assert organisers not in holder.mentions


def test_a_genitive_surname_joins_the_person_named_in_full() -> None:
    _, people = found("Die Reporterin Jana Wiegand war vor Ort. Nach Aussagen Wiegands war die Lage ruhig.")
    person = next(e for e in people if "Jana Wiegand" in e.names)
    assert any(m.text == "Wiegands" for m in person.mentions)


def test_a_genitive_name_after_a_role_completes_it() -> None:
    text = ("Der Stürmer Thomas Brandl wurde operiert. Der behandelnde Arzt Brandls hat erklärt, "
            "dass Brandl in drei Wochen spielen könne.")
    spans, people = found(text)
    doctor = next(m for m in spans if m.text.startswith("Der behandelnde Arzt"))
    assert doctor.text == "Der behandelnde Arzt Brandls"
    player = next(e for e in people if "Thomas Brandl" in e.names)
    assert doctor not in player.mentions


def test_the_reported_mood_goes_to_a_new_subject() -> None:
    text = ("Der Staatssekretär Bernd Kolb sagte, dass die Preise steigen würden. "
            "Die Abgeordnete Ina Marquardt kritisierte die Pläne der Regierung. "
            "Die Mittel seien völlig unzureichend.")
    assert speakers(text)[-1] == "Ina Marquardt"


def test_the_reported_mood_continues_without_a_new_subject() -> None:
    text = ("Der Staatssekretär Bernd Kolb sagte, dass die Preise steigen würden. "
            "Die Mittel seien völlig unzureichend.")
    assert speakers(text)[-1] == "Bernd Kolb"


def test_the_person_opening_a_colon_sentence_speaks_over_its_apposition() -> None:
    text = "Kari Lindqvist, Präsident des Rats der Nordischen Union: „Das Gesetz ist ein Fehler.“"
    assert speakers(text) == ["Kari Lindqvist"]


def test_a_capitalised_adjective_inside_a_role_complement() -> None:
    spans, _ = found("Der Präsident der Nordischen Union, Kari Lindqvist, sagte, das Gesetz sei ein Fehler.")
    assert spans[0].text == "Der Präsident der Nordischen Union"


def test_an_inverted_description_keeps_its_capitalised_noun() -> None:
    text = "„Wir sind zufrieden“, sagte der langjährige Vorsteher des Vereins, Egon Pfaff."
    assert speakers(text)[0] == "Egon Pfaff"
