"""German organisations whose mention must keep the whole of their name: the words after a
capitalised adjective ("die Nordische Vereinigung für Bienenzucht"), a complement after an acronym
in parentheses, a genitive plural opened by a quantifier ("aller", "mehrerer").

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_a_name_opened_by_a_capitalised_adjective_keeps_its_complement() -> None:
    text = "Der Streit geht weiter. Die Deutsche Vereinigung für Bienenzucht (DVB) teilte mit, dass die Ernte ausfalle."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Ernte ausfalle", "die Deutsche Vereinigung für Bienenzucht")]


def test_a_complement_goes_on_past_an_acronym_in_parentheses() -> None:
    text = "Der Streit geht weiter. Im Vorfeld hatte das Komitee (KO) der Ruder-Weltmeisterschaft betont, dass die Karten teuer seien."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Karten teuer seien", "das Komitee (KO) der Ruder-Weltmeisterschaft")]


def test_a_genitive_plural_quantifier_opens_the_complement_of_an_organisation() -> None:
    text = "Der Streit geht weiter. Die Vereinigung aller friesischen Imker rief dazu auf, keinen Honig zu verkaufen."
    assert claims(text) == [(ClaimKind.INDIRECT, "keinen Honig zu verkaufen", "die Vereinigung aller friesischen Imker")]
    text = "Der Streit geht weiter. Ein Sprecher mehrerer Vereine sagte, die Lage sei ernst."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Lage sei ernst", "ein Sprecher mehrerer Vereine")]


def test_a_quoted_title_in_a_cue_subject_place_is_a_medium_not_words() -> None:
    text = "Der Streit geht weiter. Wie „nordnetz online“ berichtet, sperrten die Behörden das Portal."
    assert claims(text) == [(ClaimKind.INDIRECT, "sperrten die Behörden das Portal", "„nordnetz online“")]
    text = "Der Streit geht weiter. „Sie war die Stimme der Gruppe“, schrieb „Die Woche“ am Montag."
    assert claims(text) == [(ClaimKind.DIRECT, "Sie war die Stimme der Gruppe", "„Die Woche“")]


def test_a_quotation_after_an_inverted_cue_that_is_no_title_stays_words() -> None:
    text = "Der Streit geht weiter. „Das ist gut“, sagte er, „und wir freuen uns darauf.“"
    assert [c[1] for c in claims(text)] == ["Das ist gut", "und wir freuen uns darauf."]


def test_person_nouns_of_news_text_are_roles_that_speak() -> None:
    # a student, a rioter, an election officer: persons, where an unlisted noun is no speaker
    text = "Der Prozess begann am Montag. „Ich bereue das sehr“, sagte der Student vor Gericht."
    assert claims(text) == [(ClaimKind.DIRECT, "Ich bereue das sehr", "der Student")]
    text = "Der Flug wurde abgebrochen. Der Randalierer schlug gegen die Tür und rief: „Haltet sofort an!“"
    assert claims(text) == [(ClaimKind.DIRECT, "Haltet sofort an!", "der Randalierer")]
    text = "Die Wahl lief ruhig. Wie der Landeswahlleiter mitteilte, seien alle Stimmen gezählt."
    assert claims(text) == [(ClaimKind.INDIRECT, "seien alle Stimmen gezählt", "der Landeswahlleiter")]


def test_a_foreign_name_keeps_its_last_word_though_it_ends_like_a_noun() -> None:
    text = "Der Streit geht weiter. Die Nordic Sound Corporation erklärte am Montag, dass die Sendung verschoben werde."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Sendung verschoben werde", "Nordic Sound Corporation")]


def test_a_compound_whose_shared_part_is_left_out_is_one_mention() -> None:
    text = "Der Streit geht weiter. Laut Bundes- und Landespolizei sei alles ruhig."
    assert claims(text) == [(ClaimKind.INDIRECT, "sei alles ruhig", "Bundes- und Landespolizei")]
