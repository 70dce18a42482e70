"""German speakers described by a complement or found after a fronted phrase: "X vom Institut
für Y erklärte", "X, der Präsident des Landes Y sagte", "Im Rahmen des Z hat die Union
zugesagt", "Auf der Kundgebung erklärte der Künstler X".

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_the_name_before_its_affiliation_speaks_not_the_last_noun_of_it() -> None:
    text = "Die Studie erschien am Montag. Lena Korb vom Zentrum für Meereskunde in Kiel erklärte, die Daten seien eindeutig."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Daten seien eindeutig", "Lena Korb")]
    text = "Die Studie erschien am Montag. Lena Korb von der kleinen Partei der Bauern sagte, die Kosten stiegen."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Kosten stiegen", "Lena Korb")]


def test_an_apposition_left_open_before_the_cue_describes_the_name_before_it() -> None:
    text = "Der Streit geht weiter. Paul Morel, der Präsident der Kammer im Norden des Landes Tirol sagte am Abend, die Lage sei ruhig."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Lage sei ruhig", "Paul Morel")]


def test_the_subject_follows_the_auxiliary_after_a_fronted_phrase() -> None:
    text = "Die Studie erschien am Montag. Im Rahmen des Klimavertrags hat die Union zugesagt, die Emissionen zu senken."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Emissionen zu senken", "die Union")]
    text = "Der Streit geht weiter. Laut Informationen des Magazins Die Woche hat der Fonds angekündigt, keine Hilfe zu leisten."
    assert claims(text) == [(ClaimKind.INDIRECT, "keine Hilfe zu leisten", "Fonds")]


def test_a_described_name_after_the_verb_of_a_fronted_phrase_speaks() -> None:
    text = "Das Treffen war kurz. Auf der Kundgebung erklärte der Künstler Paul Morel, dass er stolz sei."
    assert claims(text) == [(ClaimKind.INDIRECT, "er stolz sei", "Paul Morel")]


def test_an_office_is_not_the_person_named_only_as_kin_before_it() -> None:
    text = "Der Prozess begann am Montag. Der Sohn, Karl Brenner, war seit Mai verschwunden. Der Staatsanwalt sagte, der Junge sei geflohen."
    assert claims(text) == [(ClaimKind.INDIRECT, "der Junge sei geflohen", "der Staatsanwalt")]


def test_the_noun_phrase_after_the_verb_outweighs_a_mention_of_the_fronted_phrase() -> None:
    text = "Die Lage ist unklar. Unter Berufung auf anonyme Quellen meldete die Nordpost, der Minister werde zurücktreten."
    assert claims(text) == [(ClaimKind.INDIRECT, "der Minister werde zurücktreten", "Nordpost")]


def test_a_complement_keeps_every_adjective_before_its_noun() -> None:
    text = "Die Wahl verlief ruhig. Nach Angaben der Beobachter der freien norwegischen Presse sei die Lage in der Stadt ruhig."
    assert claims(text) == [(ClaimKind.INDIRECT, "sei die Lage in der Stadt ruhig",
                             "der Beobachter der freien norwegischen Presse")]


def test_a_year_inside_a_complement_does_not_end_it_before_a_genitive() -> None:
    text = "Die Wahl verlief ruhig. Laut einem Bericht für 2019 des zuständigen Amtes sei die Zahl der Unfälle gestiegen."
    assert claims(text) == [(ClaimKind.INDIRECT, "sei die Zahl der Unfälle gestiegen",
                             "einem Bericht für 2019 des zuständigen Amtes")]


def test_a_place_noun_in_a_complement_keeps_the_place_name_after_it() -> None:
    text = "Die Lage ist unklar. Ein Sprecher der Stadt Bad Kreuznach sagte, die Straße sei gesperrt."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Straße sei gesperrt", "ein Sprecher der Stadt Bad Kreuznach")]
    text = "Die Lage ist unklar. Der Bürgermeister der Stadt Köln Peter Brenner sagte, die Straße sei gesperrt."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Straße sei gesperrt", "Peter Brenner")]


def test_the_name_after_a_place_noun_is_a_place_not_the_speaker() -> None:
    text = "Die Lage ist unklar. Die Initiative Wasserschutz Region Basel teilte mit, dass niemand verletzt worden sei."
    assert claims(text) == [(ClaimKind.INDIRECT, "niemand verletzt worden sei", "Initiative Wasserschutz")]
