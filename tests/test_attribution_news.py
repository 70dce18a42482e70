"""Candidates for English and German news patterns: who each generator proposes (not which one
the fitted weights choose), on texts written for each pattern."""

from __future__ import annotations

from quotecheck import attribution
from quotecheck.api import Extractor


def proposals(text: str, language: str) -> list[tuple[str, dict[str, str | None]]]:
    """(claim text, {rule: speaker}) for every decision of the document, in text order."""
    ctx = Extractor(language).context(text)
    trace: list[dict] = []
    attribution.attribute(ctx, trace=trace)
    return [(text[t["start"]:t["end"]], {c["rule"]: c["speaker"] for c in t["candidates"]}) for t in trace]


def candidates_for(text: str, language: str, start_of_claim: str) -> dict[str, str | None]:
    for claim, found in proposals(text, language):
        if claim.startswith(start_of_claim):
            return found
    raise AssertionError(f"no claim starts with {start_of_claim!r}")


def test_subject_and_cue_after_a_question_mark() -> None:
    text = ("Mara Lindqvist toured the plant on Friday.\n\n"
            "\"Who pays for the repairs?\" Lindqvist asked. \"Nobody has told us.\"")
    assert candidates_for(text, "en", "Who pays")["cue-after"] == "Mara Lindqvist"


def test_subject_with_apposition_and_parenthesis_before_the_cue() -> None:
    text = ("\"The bridge will stay closed,\" Tomas Ferreira, a spokesman for the county, said on Monday. "
            "\"We see no other way,\" Sen. Ada Brill (D-Vt.) said.")
    assert candidates_for(text, "en", "The bridge")["cue-after"] == "Tomas Ferreira"
    assert candidates_for(text, "en", "We see")["cue-after"] == "Ada Brill"


def test_statement_after_the_cue_is_no_subject_then_cue() -> None:
    # "X said the plan …" reports a content of its own: the quotation before is not its claim
    text = "\"It is over.\" Ada Brill said the council would vote again next spring after the summer recess."
    assert candidates_for(text, "en", "It is over").get("cue-after") is None


def test_former_before_the_role_after_an_inverted_cue() -> None:
    text = "\"We expected more,\" said former governor Lena Okafor."
    assert candidates_for(text, "en", "We expected")["cue-after"] == "Lena Okafor"


def test_party_word_and_role_qualify_the_name() -> None:
    text = "\"Turnout will decide it,\" said Democratic strategist Paul Renner."
    assert candidates_for(text, "en", "Turnout")["cue-after"] == "Paul Renner"


def test_dash_signature_after_a_quotation() -> None:
    text = "Readers wrote to us.\n“The new schedule is a mess.” ― Ines Calder\n“I like it.” ― Omar Beck"
    assert candidates_for(text, "en", "The new schedule")["cue-after"] == "Ines Calder"
    assert candidates_for(text, "en", "I like")["cue-after"] == "Omar Beck"


def test_addressee_between_cue_and_that_is_not_the_speaker() -> None:
    text = "The night manager told Channel Nine on Sunday that the alarm had been switched off."
    found = candidates_for(text, "en", "the alarm")
    assert "Channel Nine" not in found.values()


def test_german_source_phrase_ends_with_its_noun_phrase() -> None:
    text = ("Der Sturm traf die Küste am Montag. Bei dem Unglück wurden nach Angaben der örtlichen "
            "Feuerwehr zwölf Menschen verletzt. Offiziellen Angaben zufolge wurden hundert Häuser zerstört.")
    found = dict(proposals(text, "de"))
    assert found["Bei dem Unglück wurden"]["indirect-source"] == "der örtlichen Feuerwehr"
    assert found["zwölf Menschen verletzt"]["indirect-source"] == "der örtlichen Feuerwehr"
    assert found["wurden hundert Häuser zerstört"]["indirect-source"] == "Offiziellen Angaben"


def test_abbreviated_paper_name_in_quote_marks_is_no_claim() -> None:
    text = "Wien, 3. Mai. (Telegramm des „Allg. Tagbl.“) Die „Köln. Ztg.“ meldet die Abreise des Ministers."
    claimed = [c.text for c in Extractor("de").extract(text)]
    assert "Allg. Tagbl." not in claimed and "Köln. Ztg." not in claimed


def test_names_in_the_speakers_description_do_not_stop_the_continuation() -> None:
    text = ("\"The deal is fragile,\" said Nora Quist, a fellow at an institute led by Walter Brandt. "
            "\"Nobody wants to say it aloud.\"")
    assert candidates_for(text, "en", "Nobody wants").get("continuation") == "Nora Quist"


def test_long_apposition_with_places_keeps_the_name_that_opens_the_sentence() -> None:
    text = "Polls opened early. Rhea Molton, a retired nurse from Tulsa, Oklahoma, says the line was short."
    assert candidates_for(text, "en", "the line")["indirect-bare"] == "Rhea Molton"


def test_party_in_parenthesis_is_not_the_speaker() -> None:
    text = "Gov. Owen Strand (R) said he expects a quick appeal of the ruling."
    assert candidates_for(text, "en", "he expects")["indirect-bare"] == "Owen Strand"


def test_content_subject_after_that_is_no_inverted_subject() -> None:
    text = "\"It takes time,\" Mr. Lambert said, adding that buyers had not grasped the worth of the firm."
    assert candidates_for(text, "en", "buyers had")["indirect-que"] == "Lambert"


def test_a_name_after_a_place_and_comma_does_not_run_into_its_verb() -> None:
    ctx = Extractor("en").context("Back in Fairbrook, Moreau renewed his criticism of the plan.")
    assert "Moreau" in [m.text for m in ctx.mentions]


def test_a_copula_is_no_adjective_of_the_organisation_before_it() -> None:
    ctx = Extractor("en").context("Nobody doubted that the committee was ready for the vote.")
    assert "the committee" in [m.text for m in ctx.mentions]


def test_german_objects_before_a_clause_final_participle_are_not_the_subject() -> None:
    text = ("Die Sprecherin des Vereins, Marlene Oswald, hatte den Bürgermeister Kurt Hein gestern "
            "aufgefordert, die Halle zu öffnen.")
    assert candidates_for(text, "de", "die Halle")["indirect-comma"] == "Marlene Oswald"


def test_partial_cue_takes_the_sentence_subject_not_the_object() -> None:
    text = "Die Ministerin Helga Brandt bezeichnete den Plan von Peter Ulm als „groben Fehler“."
    assert candidates_for(text, "de", "groben Fehler")["partial-cue"] == "Helga Brandt"


def test_a_person_inside_the_apposition_complement_is_not_the_subject() -> None:
    text = ("Republicans answered at once. Dag Andersen, a spokesman for Senate Whip Laura Finch, said, "
            "\"Rather than calming anyone, he attacked us.\"")
    assert candidates_for(text, "en", "Rather than")["sentence-cue"] == "Dag Andersen"
