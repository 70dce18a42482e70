"""German speakers, second round: noun evidence (contracted articles, bare plurals, a first name
that is a surname), organisations with their own name or seat, and reported speech in the
Konjunktiv with no speech verb.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind, MentionKind


def test_an_organisation_noun_keeps_its_own_name_even_a_first_name() -> None:
    # "Verdi" is also a first name in the lexicon; after "Gewerkschaft" it names the union
    texts = [m.text for m in found("Laut der Gewerkschaft Verdi wurde die Arbeit niedergelegt.")]
    assert "der Gewerkschaft Verdi" in texts


def test_an_adjective_before_the_seat_of_an_organisation() -> None:
    found_claims = claims("Das Komitee im norwegischen Oslo teilte mit, dass der Preis geteilt werde.")
    assert found_claims == [(ClaimKind.INDIRECT, "der Preis geteilt werde", "das Komitee im norwegischen Oslo")]


def test_a_common_noun_after_a_surname_that_is_also_a_first_name() -> None:
    # "Lorenz" is a first name in the lexicon, a surname here: "Verzögerung" is no part of the name
    spans = found("Die Vereine werfen Jana Lorenz Verzögerung der Reform vor.")
    assert [m.text for m in spans if m.kind is MentionKind.NAME] == ["Jana Lorenz"]


def test_a_word_after_a_contracted_article_and_an_adjective_is_a_noun() -> None:
    # "Mal" is a first name in the lexicon; "zum ersten Mal" makes it a noun in this text
    spans = found("Zum ersten Mal tagte der Rat. Mal sprach man offen.")
    assert "Mal" not in [m.text for m in spans]


def test_a_bare_plural_noun_opens_no_name() -> None:
    spans = found("Im Rat gab es seit Monaten Vorbehalte, doch Karl Brenner blieb dabei.")
    assert [m.text for m in spans if m.kind is MentionKind.NAME] == ["Karl Brenner"]


def test_a_plural_noun_after_an_adjective_stays_a_description() -> None:
    spans = found("Laut Angaben der Zeitung berichten chinesische Medien von Protesten.")
    assert "Medien" in [m.text for m in spans]


def test_a_listed_common_word_after_a_first_name_is_the_surname() -> None:
    # "Weise" is a listed common noun ("auf diese Weise"), a surname after "Frank"
    found_claims = claims("„Der Trend hält an“, sagte der Chef der Agentur für Arbeit, Frank Weise, in Bonn.")
    assert found_claims[0][2] == "Frank Weise"


def test_the_reported_mood_after_a_speech_verb_without_content() -> None:
    found_claims = claims("Der Minister äußerte Zweifel an den Plänen. Die Kosten seien viel zu hoch.")
    assert (ClaimKind.INDIRECT, "Die Kosten seien viel zu hoch", "der Minister") in found_claims


def test_no_reported_mood_claim_over_a_source_marker() -> None:
    text = "Der Sprecher sagte, dass alles gut sei. Die Lage sei ernst, so der Minister."
    found_claims = claims(text)
    assert not any(", so der" in t for _, t, _ in found_claims)
    assert (ClaimKind.INDIRECT, "Die Lage sei ernst", "der Minister") in found_claims


def test_the_konjunktiv_of_a_frequent_verb_continues_the_claim() -> None:
    text = "Die Sprecherin sagte, dass der Bau beginnt. Sie wisse nicht, wann er fertig ist."
    found_claims = claims(text)
    assert (ClaimKind.INDIRECT, "Sie wisse nicht, wann er fertig ist", "die Sprecherin") in found_claims


def test_a_verb_after_a_marker_with_a_noun_leaves_the_marker_as_the_source() -> None:
    found_claims = claims("Nach ersten Angaben sind alle Insassen unverletzt geblieben.")
    assert found_claims == [(ClaimKind.INDIRECT, "sind alle Insassen unverletzt geblieben", "ersten Angaben")]


def test_a_capitalised_place_adjective_after_an_article_names_its_noun() -> None:
    # "Kölner" alone would be the name; its capitalised noun belongs to the organisation's name
    found_claims = claims("Am Morgen lag Schnee. Die Kölner Verkehrsverwaltung teilte mit, dass die Busse ruhen.")
    assert found_claims == [(ClaimKind.INDIRECT, "die Busse ruhen", "Kölner Verkehrsverwaltung")]


def test_a_capitalised_demonym_before_a_noun_is_a_proper_name() -> None:
    # "die Deutsche" alone is a woman; "die Deutsche Post" is a company
    texts = [m.text for m in found("Am Morgen lag Schnee. Die Deutsche Post meldete, die Briefe kämen später.")]
    assert "Die Deutsche Post" in texts
    texts = [m.text for m in found("Am Morgen lag Schnee. Die Deutsche sagte, die Briefe kämen später.")]
    assert "Die Deutsche" in texts


def test_the_object_of_a_relaying_verb_speaks_not_its_subject() -> None:
    text = "Der Markt war voll. „Wir sind sehr zufrieden mit dem Jahr“, zitiert die Zeitung die Händlerin Eva Kranz."
    assert claims(text) == [(ClaimKind.DIRECT, "Wir sind sehr zufrieden mit dem Jahr", "Eva Kranz")]
    text = "Der Markt war voll. „Wir sind sehr zufrieden mit dem Jahr“, zitiert die Zeitung."
    assert claims(text) == [(ClaimKind.DIRECT, "Wir sind sehr zufrieden mit dem Jahr", "die Zeitung")]


def test_a_fronted_word_before_a_mute_cue_leaves_the_reported_mood_to_the_person_after_it() -> None:
    text = ("Die Bilanz wurde gestern vorgelegt. Enttäuscht äußerte sich die Ärztin Lena Vogt über die Zahlen. "
            "Es fehle vor allem an Personal in den Kliniken.")
    assert claims(text)[-1] == (ClaimKind.INDIRECT, "Es fehle vor allem an Personal in den Kliniken", "Lena Vogt")
