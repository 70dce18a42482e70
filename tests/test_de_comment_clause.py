"""German reported content before its cue: a comment clause "…, wie X mitteilte." at the sentence's
end, a partial quotation inside the content, the apposition after an inverted subject.

Every sentence here is written for the test."""

from __future__ import annotations

import quotecheck


def claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind.value, text[c.start:c.end], c.speaker.name if c.speaker else None)
            for c in quotecheck.extract_claims(text, language="de")]


def test_a_comment_clause_with_wie_reports_the_clause_before_it() -> None:
    text = "Der Hafen bleibt bis Ende der Woche geschlossen, wie die Sprecherin der Behörde am Abend mitteilte."
    assert ("indirect", "Der Hafen bleibt bis Ende der Woche geschlossen", "die Sprecherin der Behörde") in claims(text)


def test_a_comparison_with_wie_and_no_speech_verb_reports_nothing() -> None:
    text = "Der Hafen blieb so lange geschlossen, wie die Arbeiter am Kai brauchten."
    assert claims(text) == []


def test_a_partial_quotation_inside_content_before_the_cue() -> None:
    text = "Die Fähre fahre ab Montag wieder „ganz nach Plan“ über den See, sagte die Sprecherin der Reederei."
    got = claims(text)
    assert ("indirect", "Die Fähre fahre ab Montag wieder „ganz nach Plan“ über den See",
            "die Sprecherin der Reederei") in got


def test_the_apposition_after_an_inverted_subject_is_no_content() -> None:
    text = "Die Arbeiten am Dach seien fast beendet, sagte Jonas Reiter, der Leiter der Baufirma."
    got = claims(text)
    assert [c[1] for c in got] == ["Die Arbeiten am Dach seien fast beendet"]
    assert got[0][2] == "Jonas Reiter"


def test_the_reported_mood_after_a_source_marker_inside_a_clause_goes_to_that_source() -> None:
    text = ("„Wir kommen gut voran“, sagte der Oberst Lukas Brandt. Die Lage im Tal sei nach Angaben "
            "der Bergwacht Oberhof weiterhin unklar. Mehrere Wege seien noch immer verschüttet.")
    got = claims(text)
    assert got[-1] == ("indirect", "Mehrere Wege seien noch immer verschüttet", "Bergwacht Oberhof")
    assert all(c[2] != "Lukas Brandt" for c in got if c[0] == "indirect")
