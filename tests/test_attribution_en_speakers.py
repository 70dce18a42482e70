"""English speaker classes: who the generators propose (not which one the fitted weights choose)
and which mentions and entities the text gives, on texts written for each pattern."""

from __future__ import annotations

from quotecheck import attribution
from quotecheck.api import Extractor
from quotecheck.claims import MentionKind


def proposals(text: str) -> list[tuple[str, dict[str, str | None]]]:
    ctx = Extractor("en").context(text)
    trace: list[dict] = []
    attribution.attribute(ctx, trace=trace)
    return [(text[t["start"]:t["end"]], {c["rule"]: c["speaker"] for c in t["candidates"]}) for t in trace]


def candidates_for(text: str, start_of_claim: str) -> dict[str, str | None]:
    for claim, found in proposals(text):
        if claim.startswith(start_of_claim):
            return found
    raise AssertionError(f"no claim starts with {start_of_claim!r}")


def names(text: str) -> set[str]:
    return {e.name for e in Extractor("en").context(text).entities}


def mentions(text: str) -> dict[str, MentionKind]:
    return {m.text: m.kind for m in Extractor("en").context(text).mentions}


def test_a_headline_in_title_case_runs_no_common_word_into_a_name() -> None:
    text = ("Vander Wins State Primary Over Rivals\n\n"
            "Ruth Vander won the primary on Tuesday. She wins often, and her rivals concede defeat.")
    found = names(text)
    assert "Ruth Vander" in found
    assert not any("Wins" in n for n in found)


def test_a_name_closed_by_an_institution_noun_is_the_institution() -> None:
    text = ("Ruth Vander founded Vander University in 1998. \"We teach everyone,\" Vander said. "
            "Vander University declined to comment.")
    kinds = mentions(text)
    assert kinds["Vander University"] is MentionKind.ORGANIZATION
    assert candidates_for(text, "We teach")["cue-after"] == "Ruth Vander"


def test_the_subject_after_a_fronted_complement_is_no_apposition_of_it() -> None:
    text = ("The debate took place at the University of Leeds.\n\n"
            "On Thursday, at the University of Leeds, Marlow opened with a call for unity. "
            "\"We will win,\" Marlow said.")
    assert "Marlow" in names(text)
    assert mentions(text)["Marlow"] is MentionKind.NAME  # "Marlow opened" is no name


def test_a_qualified_name_after_an_inverted_cue_heads_its_noun_phrase() -> None:
    text = ("\"The bridge will open in May,\" said Marlow ally Peter Quist.\n\n"
            "\"This is simple,\" said Marlow campaign manager Ivy Sand in a statement.\n\n"
            "\"I was hoping for someone else,\" said Air Force Capt. Tomas Rell.")
    assert candidates_for(text, "The bridge")["cue-after"] == "Peter Quist"
    assert candidates_for(text, "This is")["cue-after"] == "Ivy Sand"
    assert candidates_for(text, "I was hoping")["cue-after"] == "Tomas Rell"


def test_a_qualified_name_after_the_closing_mark_speaks_and_goes_on() -> None:
    text = ("Investors are nervous. \"I think there is a risk,\" Harbor Capital portfolio manager "
            "Nora Bell said at a recent event in Leeds. \"It is like braking with no fuel.\"")
    assert candidates_for(text, "I think")["cue-after"] == "Nora Bell"
    assert candidates_for(text, "It is like")["continuation"] == "Nora Bell"


def test_an_apposition_with_abbreviations_or_several_commas_reaches_its_cue() -> None:
    text = ("\"We do not believe troops are the answer,\" Benjamin J. Rhode, Mr. Quist's deputy adviser, "
            "said Sunday.\n\n"
            "\"The buses were late again,\" Harry Bonde, 41, of Tacoma, Wash., who was waiting, said later.")
    assert candidates_for(text, "We do not")["cue-after"] == "Benjamin J. Rhode"
    assert candidates_for(text, "The buses")["cue-after"] == "Harry Bonde"


def test_an_irish_surname_is_one_name() -> None:
    text = "\"The ferry runs twice a day,\" said O'Malley, who runs the harbour office."
    assert candidates_for(text, "The ferry")["cue-after"] == "O'Malley"


def test_a_name_qualifying_a_plural_role_is_a_group() -> None:
    text = "Though she leads in polls, Liberal strategists concede that a loss could pull others down."
    kinds = mentions(text)
    assert kinds["Liberal strategists"] is MentionKind.ROLE
    found = candidates_for(text, "a loss")
    assert "Liberal strategists" in found.values()


def test_the_name_opening_a_sentence_speaks_past_its_apposition() -> None:
    text = ("Mike Duhane, a Liberal strategist, said the budget vote showed how tired the members were.\n\n"
            "Zeke Emmer, an oncologist who advised Quist on the reform, said the new clinic had cut waiting times.")
    assert "Mike Duhane" in candidates_for(text, "the budget vote").values()
    assert "Zeke Emmer" in candidates_for(text, "the new clinic").values()


def test_a_gerund_after_a_comma_speaks_for_the_sentence_subject() -> None:
    text = ("On Thursday, Warner appeared with Rachel Madow and endorsed Quist, saying, "
            "\"I think a fighter in the lead is what we need.\"")
    found = candidates_for(text, "I think a fighter")
    assert "Warner" in found.values()
    assert "Quist" not in found.values()


def test_a_possessive_before_an_organisation_noun_is_the_organisation() -> None:
    text = "Quist's campaign said the claims were false and would be answered in court."
    assert mentions(text)["Quist's campaign"] is MentionKind.ORGANIZATION
    assert "Quist's campaign" in candidates_for(text, "the claims").values()


def test_main_voice_is_not_proposed_right_after_a_cued_claim() -> None:
    text = ("Ruth Vander spoke first. Vander said little. Vander left early.\n\n"
            "\"It is not a strategy,\" Quist said. \"Nobody on my staff wrote that memo.\"")
    found = candidates_for(text, "Nobody on my")
    assert found.get("continuation") == "Quist"
    assert "main-voice" not in found


def test_a_headline_speech_verb_and_a_capitalised_role_end_a_name() -> None:
    text = ("Quist Says Museum Shows Progress\n\n"
            "Museum officials praised the plan. \"We are proud,\" said Quist Communications Director "
            "Jennifer Palmer. Quist spoke later.")
    found = names(text)
    assert "Jennifer Palmer" in found
    assert not any("Says" in n or "Director Jennifer" in n for n in found)


def test_a_region_after_its_town_is_part_of_the_place_complement() -> None:
    text = ("Ann Kerr runs the city. Kerr, speaking at a fair in Dover, Delaware, warned that "
            "the bridge would close in May.")
    found = candidates_for(text, "the bridge")
    assert "Ann Kerr" in found.values()
    assert "Delaware" not in found.values()


def test_a_transcript_label_in_capitals_names_the_turn_speaker() -> None:
    text = ('Mayor Ann Kerr spoke to a radio host on Sunday about the bridge.\n\n'
            '"BO LIND: Good morning, Mayor. Will the bridge close this winter?\n\n'
            '"KERR: It will close for two weeks in March, and then the new deck opens.\n\n'
            '"Q: And the cost?')
    assert candidates_for(text, "BO LIND").get("speaker-label") == "BO LIND"
    assert candidates_for(text, "KERR").get("speaker-label") == "Ann Kerr"
    assert "speaker-label" not in candidates_for(text, "Q:")
    kerr = candidates_for(text, "KERR")
    assert "continuation" not in kerr and "main-voice" not in kerr


def test_the_name_closing_a_qualified_phrase_after_the_cue_speaks() -> None:
    for text in ('"The dam held up well," said Senate ranking Liberal Tarquin Vellacott (L-Ore.).',
                 '"The dam held up well," said former Oregon Gov. and party Chairman Tarquin Vellacott.'):
        found = candidates_for(text, "The dam held")
        assert found.get("cue-after", "").endswith("Tarquin Vellacott"), found


def test_the_subject_between_the_closing_mark_and_told_speaks_not_the_addressee() -> None:
    texts = ('Ann Kerr runs the port. “The repairs came too late for us,” harbor economist Ann Kerr told '
             'Radio Vale in May.',
             'Ann Kerr runs the port. “The repairs came too late for us,” Kerr, 58, told the agency on Monday.',
             "Ann Kerr runs the port. ''The repairs came too late for us,'' Ms. Kerr told Radio Vale last year.")
    for text in texts:
        found = candidates_for(text, "The repairs came")
        assert found.get("sentence-cue") == "Ann Kerr", (text, found)


def test_a_name_after_an_organisation_noun_stops_before_its_verb() -> None:
    found = mentions("Early in his campaign, Kerr attacked Lowe on taxes. It was the group Kerr addressed in May.")
    assert "Kerr" in found and "Lowe" in found
    assert not any(" " in name and name.startswith("Kerr") for name in found)


def test_an_organisation_noun_does_not_take_its_verb_into_the_mention() -> None:
    found = mentions("The campaign distributed a leaflet on Monday. Even so, the party meets next week.")
    assert "The campaign" in found and "the party" in found
    assert mentions("Ann Kerr heard it on the police scanner that night.").get("the police") is None


def test_a_lone_surname_joins_the_person_before_a_name_that_only_opens_with_it() -> None:
    ctx = Extractor("en").context("Ann Kerr owns a hotel. Kerr Harbor Grand opened in May. "
                                  "Kerr said the rooms were full.")
    lone = next(m for m in ctx.mentions if m.text == "Kerr")
    assert ctx.entity_of[lone.start].name == "Ann Kerr"


def test_a_town_the_lexicon_does_not_know_goes_with_its_region() -> None:
    found = candidates_for("Ann Kerr of Brenton, Delaware says she thinks the bridge will open.", "she thinks")
    assert "Ann Kerr" in found.values() and "Brenton" not in found.values()


def test_a_surname_named_in_full_before_opens_its_apposition() -> None:
    text = ("Dana Karimi leads a charity. Karimi, executive director of the Riverside Food Bank, said "
            "she hopes the town remembers the flood.")
    assert "Dana Karimi" in candidates_for(text, "she hopes").values()


def test_a_name_qualifying_the_noun_before_the_cue_is_no_speaker() -> None:
    # "the Kerr campaign", "Lowe aides": the phrase the name qualifies speaks, not the name
    text = ("Ann Kerr and Bo Lowe held rallies on Saturday. The Kerr campaign on Monday argued that "
            "turnout would be high. Lowe aides privately conceded that the night went badly.")
    assert "The Kerr campaign" in candidates_for(text, "turnout").values()
    assert "Lowe aides" in candidates_for(text, "the night").values()
    assert "Bo Lowe" not in candidates_for(text, "the night").values()


def test_a_name_qualifying_a_role_speaks_through_it_in_a_second_verb() -> None:
    text = ("Ann Kerr toured the plant. A Kerr campaign official later withdrew the remark, saying "
            "that the figures were wrong. Kerr flatly denied that she had met the donors.")
    assert "A Kerr campaign official" in candidates_for(text, "the figures").values()
    assert "Ann Kerr" in candidates_for(text, "she had met").values()


def test_the_mention_after_tell_is_whom_the_speaker_told() -> None:
    text = ("Ann Kerr runs a bakery on the square. \u201cWe open at six every day,\u201d a neighbour, "
            "Ann Kerr told Radio Vale. \u201cIt is always busy.\u201d")
    found = candidates_for(text, "We open")
    assert found.get("sentence-cue", found.get("cue-after")) == "Ann Kerr"
    assert "Radio Vale" not in found.values()


def test_a_participle_opening_a_sentence_is_no_name() -> None:
    text = ("The river rose overnight. Worried by the damage, Mayor Ann Kerr said that she would visit. "
            "Pressing the council, Bo Lowe, a farmer, argued that the dykes were too low.")
    found = mentions(text)
    assert "Worried" not in found and "Pressing" not in found
    assert "Ann Kerr" in candidates_for(text, "she would").values()
    assert "Worried" not in candidates_for(text, "she would").values()


def test_an_abbreviated_month_in_a_dateline_is_no_name() -> None:
    assert "Nov" not in mentions("Nov 3 - Ann Kerr said on Tuesday that the plan was finished.")


def test_a_name_and_a_common_noun_conjunct_speak_together() -> None:
    text = "Ann Kerr spoke first. Kerr and other party leaders have said that the vote will be close."
    assert "Kerr and other party leaders" in candidates_for(text, "the vote").values()


def test_a_name_run_into_a_headline_s_words_does_not_name_the_entity() -> None:
    text = ("Ann Vander Rallies Salem Crowds\n\n"
            "Vander spoke at the fair on Sunday. \u201cWe will build the bridge,\u201d Vander said.")
    assert candidates_for(text, "We will")["cue-after"] == "Vander"


def test_a_quotation_after_an_unnamed_speakers_claim_continues_that_speaker_in_its_paragraph() -> None:
    # the statement is no entity: the discourse went on with the mayor, named two paragraphs before
    text = ('The town published its budget plan on Tuesday, and Ellen Brooks, the mayor, backed it.\n\n'
            '"We cannot afford a bridge," Brooks said.\n\n'
            'Tom Reyes, a council member, objected at once. "Spending on roads must fall by a tenth," '
            'the statement said. "No department will be spared."\n\n'
            '"Our parks will stay open all summer."\n')
    assert candidates_for(text, "No department")["continuation"] == "the statement"
    assert candidates_for(text, "Our parks").get("continuation") != "the statement"  # not past its paragraph


def test_a_described_subject_that_is_no_mention_after_the_closing_mark_is_the_cue_after_speaker() -> None:
    text = ('The town published its budget plan on Tuesday.\n\n'
            '"Spending on roads must fall by a tenth," the draft statement said. "No department will be spared."\n\n'
            '"Our parks will stay open," the draft statement said that the council would decide.\n')
    assert candidates_for(text, "Spending")["cue-after"] == "the draft statement"
    assert "cue-after" not in candidates_for(text, "Our parks")  # the cue reports a content of its own
