"""German reported speech with no speech verb: the reported mood after an adverb that is also a
source marker ("So sei …"), after a sentence a named person opens, after a main clause that
names its own speaker; and a content clause that ends where a role and its holder's name take
their own cue.

Every sentence here is written for the test."""

from __future__ import annotations

from quotecheck.claims import ClaimKind

from de_helpers import german_claims


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(t, s) for kind, t, s in german_claims(text) if kind is ClaimKind.INDIRECT]


def test_an_adverb_opening_the_sentence_is_no_source_marker() -> None:
    # "so" marks a source only before a name ("…, so der Minister"); "So sei …" goes on in the
    # reported mood with the speaker before
    text = ("Die Ministerin Carla Weidner sagte, die Lage an der Grenze sei angespannt. "
            "So seien in der Nacht mehrere Busse zurückgewiesen worden.")
    assert ("So seien in der Nacht mehrere Busse zurückgewiesen worden", "Carla Weidner") in _indirect(text)


def test_the_main_clause_before_the_reported_mood_names_the_speaker() -> None:
    # the mood comes only after the complementizer: the sentence's own subject says it
    text = ("Der Bürgermeister Paul Sendler sagte, die Brücke werde im Mai eröffnet. "
            "Die Architektin Vera Holm ist der Ansicht, dass der Termin nicht zu halten sei.")
    assert _indirect(text)[-1][1] == "Vera Holm"


def test_the_mood_itself_in_the_main_clause_keeps_the_last_speaker() -> None:
    # "Die Polizei habe …": the subject of a clause in the reported mood is what is told about
    text = ("Der Anwalt Jonas Berger sagte, sein Mandant sei unschuldig. "
            "Die Polizei habe die Beweise, die sie gesammelt habe, falsch gedeutet.")
    assert _indirect(text)[-1][1] == "Jonas Berger"


def test_the_reported_mood_after_a_sentence_a_named_person_opens() -> None:
    # no speech verb before, and no claim near: the person who opens the sentence before speaks
    text = ("Am Montag wurde im Rathaus über den Haushalt beraten. "
            "Der Kämmerer Lukas Brenner legte dem Rat einen neuen Entwurf vor. "
            "Die Rücklagen seien nur noch bis zum Herbst ausreichend.")
    assert _indirect(text) == [("Die Rücklagen seien nur noch bis zum Herbst ausreichend", "Lukas Brenner")]


def test_the_reported_mood_after_a_paragraph_break_is_no_ones() -> None:
    text = ("Der Kämmerer Lukas Brenner legte dem Rat einen neuen Entwurf vor.\n\n"
            "Die Rücklagen seien nur noch bis zum Herbst ausreichend.")
    assert _indirect(text) == []


def test_a_common_noun_opening_the_sentence_before_names_no_speaker() -> None:
    # "Der Verkauf …" is no speaker: the sentence in the reported mood after it is nobody's claim
    text = ("Am Montag wurde im Rathaus über den Haushalt beraten. "
            "Der Verkauf der Wohnungen wurde dort ebenfalls erörtert. "
            "Die Erlöse seien für den Schuldendienst bestimmt.")
    assert _indirect(text) == []


def test_a_role_and_its_holders_name_take_their_own_cue() -> None:
    # "…, aber Sprecher Tom Lerch erklärte, …": the first content ends before the coordinator
    text = "Die Ministerin Ada Kern sagte, die Fähre fahre wieder, aber Sprecher Tom Lerch erklärte, der Hafen bleibe geschlossen."
    claims = _indirect(text)
    assert ("die Fähre fahre wieder", "Ada Kern") in claims
    assert ("der Hafen bleibe geschlossen", "Tom Lerch") in claims


def test_a_closing_marker_names_its_source_after_the_content() -> None:
    # "…, heißt es in <source>": the content is before, the whole phrase after is the source
    text = "Die Brücke bleibe bis zum Sommer gesperrt, heißt es in einer Mitteilung der Stadtwerke."
    assert _indirect(text) == [("Die Brücke bleibe bis zum Sommer gesperrt", "einer Mitteilung der Stadtwerke")]


def test_a_closing_marker_takes_the_person_named_in_its_phrase() -> None:
    text = "Die Lage am Deich sei ernst, hieß es vom Sprecher der Feuerwehr, Jan Roth."
    assert _indirect(text) == [("Die Lage am Deich sei ernst", "Jan Roth")]


def test_a_relative_clause_after_a_closing_source_is_no_content() -> None:
    text = "Die Kosten seien deutlich gestiegen, heißt es in der Studie, die am Montag erschien."
    assert [t for t, _ in _indirect(text)] == ["Die Kosten seien deutlich gestiegen"]


def test_the_bare_impersonal_report_names_no_source() -> None:
    # "…, hieß es." names nobody: no claim of a source marker
    text = "Die Lage am Deich sei ernst, hieß es am Abend."
    assert all(s is None or "Abend" not in s for _, s in _indirect(text))


def test_an_inner_source_phrase_ends_before_the_article_of_the_object() -> None:
    # "ist nach Angaben der X ein …": the clause goes on after the source with an article
    text = "Der Ausfall ist nach Angaben der Netzbetreiber eine Folge des Sturms vom Wochenende."
    claims = _indirect(text)
    assert [t for t, _ in claims] == ["Der Ausfall ist", "eine Folge des Sturms vom Wochenende"]
    assert all("Folge" not in (s or "") for _, s in claims)


def test_an_inner_source_phrase_ends_before_a_counted_noun() -> None:
    # "wurden laut X 40 Häuser …": a number with its noun opens the rest of the clause
    text = "Im Landkreis wurden laut Feuerwehrangaben 40 Häuser vom Hochwasser beschädigt."
    assert _indirect(text) == [("Im Landkreis wurden", "Feuerwehrangaben"),
                               ("40 Häuser vom Hochwasser beschädigt", "Feuerwehrangaben")]


def test_a_number_inside_a_source_name_stays_in_it() -> None:
    text = "Die Wahl ist nach dem Dekret Nr. 72 ungültig gewesen."
    assert all("72" not in t for t, _ in _indirect(text))
