"""English: plural groups named by a bare noun phrase before their cue, a second cue with a
subject of its own inside a content clause, and names written in the possessive."""

from __future__ import annotations

import quotecheck
from quotecheck.api import Extractor


def claims(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.text, c.kind.value, c.speaker.name if c.speaker else None)
            for c in quotecheck.extract_claims(text, language="en")]


def test_a_bare_plural_noun_phrase_before_say_speaks_for_the_pronoun_clause_after_it() -> None:
    text = ("The council met on Monday. But local farmers who opposed the plan say they believe "
            "the dam should be moved upstream.")
    found = [c for c in claims(text) if c[1] == "indirect"]
    assert found == [("they believe the dam should be moved upstream", "indirect", "local farmers")]


def test_a_possessive_qualifier_stays_in_the_group_that_speaks() -> None:
    text = ("The mill shut in March. Since the winter, Kerr's union organisers say they believe "
            "the strike will end soon.")
    found = [c for c in claims(text) if c[1] == "indirect"]
    assert found == [("they believe the strike will end soon", "indirect", "Kerr's union organisers")]


def test_no_bare_group_before_a_participle_or_over_a_verb_of_its_own() -> None:
    text = ("The council met on Monday. Ann Kerr avoids naming rivals who lost their seats in May. "
            "The 125,000 members could include voters who said the vote would be close.")
    speakers = {c[2] for c in claims(text)}
    assert "Kerr avoids" not in speakers and "000 members" not in speakers
    assert not any(s and "could" in s for s in speakers)


def test_a_coordinator_then_a_subject_and_its_cue_ends_the_first_content_clause() -> None:
    text = ("Ann Kerr backed the plan in May. Rubens Alder argued that the bridge was too old, "
            "but Kerr said that the stakes were too high for the town.")
    found = claims(text)
    assert ("the bridge was too old", "indirect", "Rubens Alder") in found
    assert ("the stakes were too high for the town", "indirect", "Ann Kerr") in found


def test_a_name_in_the_possessive_is_the_same_person_as_the_name_alone() -> None:
    ctx = Extractor("en").context("The board heard Nora Quill’s testimony. Quill said the mill had closed.")
    quill = [e for e in ctx.entities if "Quill" in e.name]
    assert len(quill) == 1 and quill[0].name == "Nora Quill"
    assert [m.text for m in quill[0].mentions] == ["Nora Quill’s", "Quill"]


def test_two_names_ending_in_a_generational_suffix_are_not_one_person() -> None:
    ctx = Extractor("en").context("Adm. Tom B. Kerr Jr. spoke first. Gen. Paul Hale Jr. spoke next. Kerr said the fleet was ready.")
    held = sorted(sorted(m.text for m in e.mentions) for e in ctx.entities)
    assert held == [["Adm. Tom B. Kerr Jr.", "Kerr"], ["Gen. Paul Hale Jr."]]


def test_a_bare_plural_subject_also_speaks_before_that() -> None:
    text = "The council met on Monday. Local farmers who lost land said that the dam should be moved upstream."
    found = [c for c in claims(text) if c[1] == "indirect"]
    assert found == [("the dam should be moved upstream", "indirect", "Local farmers")]


def test_bare_plural_subjects_are_a_property_of_the_language() -> None:
    from quotecheck import lang
    assert lang.load("en").bare_plural_subjects and not lang.load("fr").bare_plural_subjects


def test_a_surname_that_is_also_a_demonym_names_the_person_named_in_full_before() -> None:
    text = ("Ann Welsh, the owner of the mill, spoke first. Tom Hale answered her at length. "
            "“It is too early to tell,” said Welsh.")
    ctx = Extractor("en").context(text)
    welsh = [e for e in ctx.entities if e.name == "Ann Welsh"]
    assert len(welsh) == 1 and "Welsh" in [m.text for m in welsh[0].mentions]
    assert ("It is too early to tell", "direct", "Ann Welsh") in claims(text)


def test_a_lone_capitalised_word_before_a_cue_does_not_end_the_content_clause() -> None:
    # "Frost" shows no person (no first name, no title): it may be a noun, the clause goes on
    text = "Tom Hale argued that the bridge was too old for the trucks and Frost warned the drivers every winter."
    assert claims(text)[0][0].startswith("the bridge was too old for the trucks and Frost")
