"""German: a name or a role in apposition after the subject that follows a cue ("sagte der Sprecher,
Eva Roth.") is no reported clause, though German reports a clause after a cue and a comma.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims

from quotecheck.claims import ClaimKind


def test_a_name_after_the_subjects_comma_is_no_content() -> None:
    text = "Der Verein bleibt. „Wir bleiben“, sagte der Vorsitzende des Vereins, Elmar Kunz."
    assert [kind for kind, _, _ in claims(text)] == [ClaimKind.DIRECT]


def test_a_name_between_commas_before_a_particle_is_no_content() -> None:
    text = "Der Verein bleibt in der Stadt. Dies teilte der Sprecher der Kommission, Eva Roth, mit."
    assert not [c for c in claims(text) if c[0] is ClaimKind.INDIRECT and "Roth" in c[1]]


def test_a_role_with_its_complement_after_a_name_is_no_content() -> None:
    text = "Der Verein bleibt. „Gut“, sagte Tom Berg, Parteichef der Konservativen."
    assert [kind for kind, _, _ in claims(text)] == [ClaimKind.DIRECT]


def test_a_clause_after_the_comma_stays_reported_speech() -> None:
    text = "Der Verein bleibt. Dann sagte der Minister, die Regierung plant neue Steuern."
    assert [(kind, quoted) for kind, quoted, _ in claims(text)] == [
        (ClaimKind.INDIRECT, "die Regierung plant neue Steuern")]
