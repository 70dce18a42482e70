"""German speakers, third round: an article after a name opens the next noun phrase, and a
noun phrase led by its article right after a word is that word's complement, never an
apposition of it.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_mentions

import quotecheck


def found(text: str) -> list[str]:
    return [m.text for m in german_mentions(text)]


def speakers(text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language="de")]


def test_an_article_after_a_surname_is_no_name_particle() -> None:
    texts = found("Am Montag erklärte Karl Brenner der Lokalpresse, er sei zufrieden.")
    assert "Karl Brenner" in texts
    assert "Karl Brenner der Lokalpresse" not in texts
    assert speakers("Am Montag erklärte Karl Brenner der Lokalpresse, er sei zufrieden.") == ["Karl Brenner"]


def test_particles_before_an_article_still_make_one_name() -> None:
    assert "Ilse von der Heide" in found("Laut Ilse von der Heide sei der Plan zu teuer.")


def test_a_name_after_a_genitive_organisation_is_not_the_organisation() -> None:
    # "der Stadtverwaltung" is the complement of "Klagen"; "Jonas Weber" is nobody's apposition
    text = ("Die Klagen der Stadtverwaltung wurden abgewiesen. Die Beauftragte der Stadtverwaltung, "
            "Jonas Weber, sagte, das Urteil sei falsch. Nach Angaben der Stadtverwaltung "
            "sei die Frist abgelaufen.")
    assert "Beauftragte der Stadtverwaltung" not in found(text)
    assert speakers(text)[-1] != "Jonas Weber"


def test_the_agent_of_a_passive_quoting_verb_is_the_source() -> None:
    text = "Paul Winter, Sprecher der Partei, wird von der Agentur Nordpress mit den Worten zitiert, er sei zuversichtlich."
    assert speakers(text) == ["der Agentur Nordpress"]


def test_a_passive_without_agent_keeps_its_subject() -> None:
    # "von" before the auxiliary belongs to the subject, not to the passive
    text = "Der Sprecher der Firma Brenner wurde gestern zitiert, er sei zuversichtlich."
    assert speakers(text) != [None]
    assert "Brenner" in (speakers(text)[0] or "") or "Sprecher" in (speakers(text)[0] or "")


def test_the_reported_mood_after_a_source_marker_continues_its_claim() -> None:
    text = ("Die Stadt plant eine neue Brücke. Laut Paul Brenner werde der Bau im Mai beginnen. "
            "Die Kosten seien bereits gedeckt. Der Rat tagt morgen.")
    found_claims = [(c.text, c.speaker.name if c.speaker else None)
                    for c in quotecheck.extract_claims(text, language="de")]
    assert ("Die Kosten seien bereits gedeckt", "Paul Brenner") in found_claims
    assert all("Rat tagt" not in t for t, _ in found_claims)
