"""German partial quotations after a word of qualifying ("nannte den Plan „…“", "bezeichnete ihn
als „…“"): whose words the fragment is when the clause's subject is not the nearest mention — the
agent of a passive, the subject a conjunction opens, the subject after the verb of a verb-second
clause with a fronted phrase or with a fronted phrase and its relative clause.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims


def _speaker_of(text: str, fragment: str) -> str | None:
    return next(speaker for _, quoted, speaker in claims(text) if quoted == fragment)


def test_the_agent_of_a_passive_speaks() -> None:
    text = "Die Brücke ist alt. Die Zuschauer wurden von der Polizei als „friedlich“ bezeichnet."
    assert _speaker_of(text, "friedlich") == "der Polizei"


def test_the_nearest_agent_preposition_names_the_agent() -> None:
    text = "Das Wetter bleibt trocken. Das Risiko von Bränden wird vom Landesamt Nord als „sehr hoch“ eingestuft."
    assert _speaker_of(text, "sehr hoch") == "Landesamt Nord"


def test_the_subject_after_a_conjunction_speaks_not_the_object() -> None:
    text = "Die Liga kritisierte den Bericht, weil die Regierung das Land zuvor als „sicher“ bezeichnet hatte."
    assert _speaker_of(text, "sicher") == "die Regierung"


def test_after_a_fronted_phrase_the_subject_follows_the_verb() -> None:
    text = ("Die Sitzung war lang. Auf der Plattform Kurzpost zeigte sich die Ministerin Eva Roth besorgt und "
            "verurteilte den Plan als „gefährlich“.")
    assert _speaker_of(text, "gefährlich") == "Eva Roth"


def test_after_a_fronted_phrase_and_its_relative_clause_the_subject_follows_the_verb() -> None:
    text = ("Die Sitzung war lang. Die Pläne, die der Rat gestern vorlegte, nannte die Ministerin Eva Roth "
            "„gefährlich“.")
    assert _speaker_of(text, "gefährlich") == "Eva Roth"
    text = ("Die Sitzung war lang. In einem Brief, der am Montag erschien, beschrieb der Verband Nord die "
            "Lage als „ernst“.")
    assert _speaker_of(text, "ernst") == "der Verband Nord"


def test_the_subject_opening_a_clause_after_a_comma_speaks_in_it() -> None:
    text = ("Das Spiel war hart. Karl Vogt nannte die Sperre „überzogen“, Trainer Jan Brandt "
            "bezeichnete die Strafen als „übertrieben“.")
    assert _speaker_of(text, "übertrieben") == "Jan Brandt"


def test_a_name_in_the_genitive_before_its_noun_is_not_the_nearest_speaker() -> None:
    text = ("Der Streit geht weiter. In ihrer Rede befand die Ministerin Lena Roth den Plan als gut und nannte "
            "Brenners Auftrag „mutig und klar“.")
    assert [c[2] for c in claims(text)] == ["Lena Roth"]
