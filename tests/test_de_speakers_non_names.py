"""German speakers, common nouns taken for names: a capitalised noun after a surname or an
organisation noun, a place's genitive, the article of a name particle.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import MentionKind


def test_a_known_surname_does_not_run_on_into_the_next_noun() -> None:
    # "Kranich" was given with its first name: "Positives" is the object, not a second surname
    text = ("Peer Kranich sprach im Landtag. Vor den Prüfern hatte Kranich Positives zu berichten. "
            "Kranich sagte, die Lage sei gut.")
    names = [m.text for m in found(text) if m.kind is MentionKind.NAME]
    assert "Kranich Positives" not in names
    assert names[:2] == ["Peer Kranich", "Kranich"]


def test_an_organisation_noun_does_not_run_on_into_a_bare_plural() -> None:
    texts = [m.text for m in found("Ursache für den Ausfall waren laut Ministerium Reparaturen an der Leitung.")]
    assert "Ministerium" in texts
    assert "Ministerium Reparaturen" not in texts


def test_a_surname_with_a_second_word_stays_one_name() -> None:
    # no first name in the lexicon opens it, and "Bekele" ends like a plural: still one name
    names = [m.text for m in found("Laut Tegun Bekele sei die Lage ruhig.") if m.kind is MentionKind.NAME]
    assert names == ["Tegun Bekele"]


def test_a_place_in_the_genitive_completes_the_role_before_it() -> None:
    text = "„Wir sind froh“, sagte der ehemalige Oberrabbiner Norwegens, Tomas Berglund."
    assert "der ehemalige Oberrabbiner Norwegens" in [m.text for m in found(text)]
    assert claims(text)[0][2] == "Tomas Berglund"


def test_a_place_in_the_genitive_alone_is_a_place() -> None:
    spans = [m for m in found("Ein Sprecher der Regierung, nicht Norwegens, sagte, es sei ruhig.") if m.text == "Norwegens"]
    assert spans and spans[0].place and spans[0].kind is MentionKind.ORGANIZATION


def test_the_article_of_a_name_particle_is_no_noun_evidence() -> None:
    # "der" in "von der Leyen" is a particle: "Leyen" is no noun, the name keeps it
    text = "Die Ministerin Ilse von der Leyen sagte, es sei gut."
    assert "Ilse von der Leyen" in [m.text for m in found(text)]
    assert claims(text)[0][2] == "Ilse von der Leyen"


def test_an_abstract_noun_in_a_complement_is_no_speaker() -> None:
    # "für die Ausarbeitung", "zur Besetzung der Siedlung": what is spoken of, not who speaks
    spans = [m.text for m in found("Für die Ausarbeitung des Plans gab Oskar Lind ein Jahr an. "
                                   "Er kritisierte den Aufruf zur Besetzung der Siedlung.")]
    assert "Ausarbeitung" not in spans and "Besetzung" not in spans and "Siedlung" not in spans
    assert "Oskar Lind" in spans


def test_an_abstract_noun_in_a_complement_leaves_the_sentence_subject_to_speak() -> None:
    text = ("Jens Holm wertete den Auftritt der Gruppe, die zur Besetzung der Siedlung aufgerufen haben "
            "soll, als „Zumutung, die dem Vorstand nützte“.")
    direct = [c for c in claims(text) if c[1].startswith("Zumutung")]
    assert direct and direct[0][2] == "Jens Holm"


def test_an_organisation_noun_with_an_abstract_suffix_still_speaks() -> None:
    assert "der Regierung" in [m.text for m in found("Laut der Regierung sei die Lage ruhig.")]
    assert claims("Nach Angaben der Kommission sei die Lage ruhig.")[0][2] == "der Kommission"


def test_coordinated_bare_plurals_open_no_name() -> None:
    # "und" joins two nouns, it does not continue a name ("Reporter ohne Grenzen")
    spans = found("Im Rat gab es seit Monaten Bedenken und Sorgen, doch Karl Brenner blieb dabei.")
    assert [m.text for m in spans if m.kind is MentionKind.NAME] == ["Karl Brenner"]


def test_the_plural_of_an_organisation_noun_compound_speaks() -> None:
    # "Zeitungsberichte", "Hilfsorganisationen" end in a listed noun ("Berichte") and in the
    # plural of a speaker noun ("Bericht", "Organisation"): the speaker wins
    text = "Von „grober Täuschung“ sprechen Zeitungsberichte heute im Fall des Ministers."
    assert claims(text)[0][2] == "Zeitungsberichte"
    assert claims("Wie Hilfsorganisationen berichteten, seien viele Dörfer zerstört.")[0][2] == "Hilfsorganisationen"


def test_a_collective_noun_with_an_abstract_suffix_is_an_organisation() -> None:
    # "-leitung", "-delegation": bodies that speak, an organisation mention with its article
    assert "Die Klinikleitung" in [m.text for m in found("Die Klinikleitung teilte mit, der Patient sei stabil.")]
    assert claims("Laut der Verhandlungsdelegation sei der Text fertig.")[0][2] == "der Verhandlungsdelegation"


def test_a_listed_short_role_noun_heads_a_compound() -> None:
    # "-chef" is shorter than a compound head must be ("-mann" ends surnames), yet listed
    text = "„Der Markt wächst weiter“, sagte der Europachef des Konzerns, Jan Brandt."
    assert "der Europachef des Konzerns" in [m.text for m in found(text)]
    assert claims(text)[0][2] == "Jan Brandt"
