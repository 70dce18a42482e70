"""The metric definitions of quotecheck.evaluate, on hand-made gold documents and fake extractors.

Every expected number below was computed by hand from the definitions in evaluate.py's docstring
(overlap ≥ 0.5, greedy matching, groups, lenient/strict speakers, the pronoun rule).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.claims import Claim, Speaker
from quotecheck.evaluate import (
    GoldDoc,
    GoldFormatError,
    Metrics,
    evaluate,
    is_pronoun,
    load_gold,
    match,
    overlap,
    parse_minimums,
    speaker_ok,
    speaker_strict,
)

TEXT = "x" * 400  # spans only matter by their offsets here


def q(start: int, end: int, kind: str = "direct", speaker: str | None = None, text: str = TEXT) -> dict:
    return {"text": text[start:end], "start": start, "end": end, "kind": kind, "speaker": speaker, "cue": None}


def doc(quotes: list[dict], id: str = "d", lang: str = "fr", text: str = TEXT) -> dict:
    return {"id": id, "lang": lang, "source": "test", "text": text, "quotes": quotes}


def claim(start: int, end: int, kind: str = "direct", speaker: str | None = None) -> Claim:
    return Claim.from_span(TEXT, start, end, kind, speaker=Speaker(speaker) if speaker else None)


def fixed(*claims: Any):
    """A fake extractor that returns the same predictions for any text."""

    def extract(text: str, language: str | None = None) -> list:
        return list(claims)

    return extract


def run(docs: list[dict], extractor, **kwargs) -> Metrics:
    kwargs.setdefault("language_detector", None)
    return evaluate(docs, extractor, **kwargs)


# ---------------------------------------------------------------------------------------------
# overlap and matching


def test_overlap_is_intersection_over_union():
    assert overlap((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 10), (2, 4)) == pytest.approx(0.2)
    assert overlap((0, 10), (10, 20)) == 0.0  # touching spans share nothing
    assert overlap((0, 10), (30, 40)) == 0.0
    assert overlap((5, 5), (5, 5)) == 0.0  # empty spans never match


@pytest.mark.parametrize(("pred_end", "matched"), [(5, True), (4, False)])
def test_overlap_threshold_is_one_half_inclusive(pred_end, matched):
    m = run([doc([q(0, 10)])], fixed(claim(0, pred_end)))
    assert m.all.tp == (1 if matched else 0)
    assert m.all.precision == (1.0 if matched else 0.0)
    assert m.all.recall == (1.0 if matched else 0.0)


def test_matching_is_greedy_by_largest_overlap_not_optimal():
    # gold A=(0,100), B=(30,120); pred P=(0,90) overlaps A 0.9 and B 0.5; Q=(0,55) overlaps A 0.55.
    # A–P is taken first (0.9); Q could only go to A and P to B, both already used: 1 match,
    # although a maximum matching (A–Q, B–P) would have 2.
    assert match([(0, 100), (30, 120)], [(0, 90), (0, 55)]) == [(0, 0)]
    m = run([doc([q(0, 100), q(30, 120)])], fixed(claim(0, 90), claim(0, 55)))
    assert (m.all.tp, m.all.predicted, m.all.gold) == (1, 2, 2)
    assert m.all.precision == 0.5 and m.all.recall == 0.5 and m.all.f1 == 0.5


def test_matching_is_one_to_one():
    # two predictions on the same gold quote: one true positive, one false positive
    m = run([doc([q(0, 10)])], fixed(claim(0, 10), claim(1, 10)))
    assert (m.all.tp, m.all.predicted, m.all.gold) == (1, 2, 1)
    assert m.all.f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_ties_go_to_the_later_gold_quote():
    # the reference scorer sorts (overlap, gold index, prediction index) in reverse
    assert match([(0, 10), (0, 10)], [(0, 10)]) == [(1, 0)]
    d = doc([q(0, 10, speaker="Anne Durand"), q(0, 10, speaker="Paul Roy")])
    m = run([d], fixed(claim(0, 10, speaker="Paul Roy")))
    assert m.attribution_total == 1 and m.attribution_accuracy == 1.0


# ---------------------------------------------------------------------------------------------
# groups


def test_groups_match_within_their_kinds_and_all_ignores_kinds():
    gold = doc([q(0, 20, "direct"), q(40, 60, "partial"), q(100, 150, "indirect")])
    preds = fixed(
        claim(0, 20, "direct"),  # right
        claim(40, 60, "indirect"),  # right span, wrong kind
        claim(100, 150, "indirect"),  # right
        claim(200, 220, "direct"),  # spurious
    )
    m = run([gold], preds)
    # quoted: gold {direct, partial}, preds {2 direct}: 1 match
    assert (m.quoted.tp, m.quoted.predicted, m.quoted.gold) == (1, 2, 2)
    assert m.quoted.precision == 0.5 and m.quoted.recall == 0.5 and m.quoted.f1 == 0.5
    # indirect: gold {indirect}, preds {2 indirect}: 1 match
    assert (m.indirect.tp, m.indirect.predicted, m.indirect.gold) == (1, 2, 1)
    assert m.indirect.f1 == pytest.approx(2 / 3)
    # all: 3 matches out of 4 predictions and 3 gold
    assert (m.all.tp, m.all.predicted, m.all.gold) == (3, 4, 3)
    assert m.all.precision == 0.75 and m.all.recall == 1.0
    assert m.all.f1 == pytest.approx(6 / 7)


def test_counts_add_up_over_documents():
    docs = [doc([q(0, 10)], id="a"), doc([q(0, 10), q(50, 60)], id="b")]
    m = run(docs, fixed(claim(0, 10)))
    assert (m.all.tp, m.all.predicted, m.all.gold) == (2, 2, 3)
    assert m.docs == 2 and m.chars == 2 * len(TEXT)


def test_no_prediction_and_no_gold_give_zero_not_an_error():
    m = run([doc([])], fixed())
    assert m.all.precision == m.all.recall == m.all.f1 == 0.0
    assert m.attribution_accuracy == 0.0 and m.end2end_f1 == 0.0


# ---------------------------------------------------------------------------------------------
# speakers


def test_speaker_leniency_rules():
    assert speaker_ok("Jens Stoltenberg", "Jens Stoltenberg")
    assert speaker_ok("M. Stoltenberg", "Jens Stoltenberg")  # same last token
    assert speaker_ok("le secrétaire général Jens Stoltenberg", "Jens Stoltenberg")  # gold ⊂ pred
    assert speaker_ok("JENS STOLTENBERG", "jens stoltenberg")  # case
    assert speaker_ok("Luis Moran", "Luis Morán")  # accents
    assert not speaker_ok("Jens", "Jens Stoltenberg")  # a first name alone is not enough
    assert not speaker_ok("Erna Solberg", "Jens Stoltenberg")
    assert not speaker_ok(None, "Jens Stoltenberg")
    assert not speaker_ok("Jens Stoltenberg", None)
    assert not speaker_ok("M.", "Mme")  # nothing left once titles are removed


def test_speaker_strict_ignores_only_titles_articles_case_and_accents():
    assert speaker_strict("Mme Élisabeth Borne", "elisabeth borne")
    assert speaker_strict("le ministère de la Défense", "Ministère Défense")
    assert not speaker_strict("M. Stoltenberg", "Jens Stoltenberg")
    assert not speaker_strict(None, None)


def test_is_pronoun():
    for p in ("il", "Elle", "ILS", "-elle", "he", "Er", "él", "ella", "who"):
        assert is_pronoun(p), p
    for name in ("Jens Stoltenberg", "le Norvégien", "", None, "il a dit"):
        assert not is_pronoun(name), name


def test_attribution_accuracy_strict_and_end2end_with_the_pronoun_rule():
    gold = doc(
        [
            q(0, 10, speaker="Jens Stoltenberg"),  # 1 pred "M. Stoltenberg": lenient yes, strict no
            q(20, 30, speaker="il"),  # 2 pronoun, pred has a speaker: end2end yes, not attribution
            q(40, 50, speaker="Elle"),  # 3 pronoun, pred has none: end2end no
            q(60, 70, speaker=None),  # 4 null, pred none: end2end yes, not attribution
            q(80, 90, speaker=None),  # 5 null, pred "Paul": end2end no
            q(100, 110, speaker="Jeanne Martin"),  # 6 pred "jeanne MARTIN": strict yes
            q(120, 130, speaker="le ministère de la Défense"),  # 7 pred "ministère de la défense"
            q(140, 150, speaker="Jean Dupont"),  # 8 pred "Jean": wrong
            q(160, 170, speaker="Marie Curie"),  # 9 pred none: wrong
        ]
    )
    preds = fixed(
        claim(0, 10, speaker="M. Stoltenberg"),
        claim(20, 30, speaker="Anyone"),
        claim(40, 50),
        claim(60, 70),
        claim(80, 90, speaker="Paul"),
        claim(100, 110, speaker="jeanne MARTIN"),
        claim(120, 130, speaker="ministère de la défense"),
        claim(140, 150, speaker="Jean"),
        claim(160, 170),
    )
    m = run([gold], preds)
    assert m.attribution_total == 5  # quotes 1, 6, 7, 8, 9
    assert m.attribution_correct == 3 and m.attribution_accuracy == pytest.approx(0.6)
    assert m.attribution_correct_strict == 2 and m.attribution_strict == pytest.approx(0.4)
    assert m.end2end_tp == 5  # quotes 1, 2, 4, 6, 7
    assert m.end2end_f1 == pytest.approx(5 / 9)
    assert m.all.f1 == 1.0  # spans are all right


def test_unmatched_quotes_count_for_nothing_in_attribution():
    m = run([doc([q(0, 10, speaker="Anne Roy"), q(50, 60, speaker="Anne Roy")])],
            fixed(claim(0, 10, speaker="Anne Roy")))
    assert m.attribution_total == 1 and m.attribution_accuracy == 1.0
    # end to end: 1 correct out of 1 prediction and 2 gold
    assert m.end2end_f1 == pytest.approx(2 / 3)


def test_speaker_may_be_a_plain_string_on_duck_typed_predictions():
    class Pred:
        def __init__(self, start, end, kind, speaker):
            self.start, self.end, self.kind, self.speaker = start, end, kind, speaker

    m = run([doc([q(0, 10, speaker="Anne Roy")])], fixed(Pred(0, 10, "DIRECT", "Anne Roy")))
    assert m.quoted.tp == 1 and m.attribution_accuracy == 1.0


# ---------------------------------------------------------------------------------------------
# errors, language, options


def test_extractor_errors_are_counted_and_the_document_scores_nothing():
    calls = []

    def flaky(text, language=None):
        calls.append(text)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return [claim(0, 10)]

    import io

    report = io.StringIO()
    m = run([doc([q(0, 10)], id="a"), doc([q(0, 10)], id="b")], flaky, report=report)
    assert m.errors == 1 and m.docs == 2
    assert (m.all.tp, m.all.predicted, m.all.gold) == (1, 1, 2)
    assert "boom" in report.getvalue() and "'a'" in report.getvalue()
    assert m.failures({}) == ["errors=1>0"]
    assert m.summary().startswith("FAIL errors=1>0 | ")


def test_language_accuracy_uses_the_detector_and_prefix_match():
    answers = iter(["fr", "DE", "fr-CA"])

    def detector(text):
        return next(answers)

    docs = [doc([], id="1", lang="fr"), doc([], id="2", lang="fr"), doc([], id="3", lang="fr")]
    m = evaluate(docs, fixed(), language_detector=detector)
    assert (m.language_correct, m.language_total) == (2, 3)
    assert m.language_accuracy == pytest.approx(2 / 3)


def test_a_failing_detector_counts_as_wrong():
    def detector(text):
        raise ValueError("no idea")

    m = evaluate([doc([])], fixed(), language_detector=detector)
    assert (m.language_correct, m.language_total) == (0, 1)


def test_lang_hint_passes_the_gold_language():
    seen = []

    def extract(text, language=None):
        seen.append(language)
        return []

    run([doc([], lang="de")], extract, lang_hint=True)
    run([doc([], lang="de")], extract)
    assert seen == ["de", None]


def test_an_extractor_object_is_used_through_its_extract_method():
    class Ex:
        def extract(self, text, language=None):
            return [claim(0, 10)]

    assert run([doc([q(0, 10)])], Ex()).all.tp == 1
    with pytest.raises(TypeError):
        run([doc([])], 42)


def test_show_reports_misses_and_wrong_speakers_up_to_n():
    import io

    report = io.StringIO()
    gold = doc([q(0, 10, speaker="Anne Roy"), q(50, 60), q(100, 110)], id="doc-7")
    run([gold], fixed(claim(0, 10, speaker="Paul Durand")), show=2, report=report)
    lines = report.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("  wrong speaker doc-7: gold='Anne Roy' pred='Paul Durand'")
    assert lines[1].startswith("  missed doc-7 [direct]:")


# ---------------------------------------------------------------------------------------------
# printing


def test_as_lines_has_the_reference_order_format_and_summary():
    gold = doc([q(0, 20, "direct", "Anne Roy"), q(40, 60, "partial"), q(100, 150, "indirect")])
    m = run([gold], fixed(claim(0, 20, speaker="Anne Roy"), claim(40, 60, "indirect")))
    lines = m.as_lines()
    keys = [line.split(":")[0] for line in lines[:-1]]
    assert keys == [
        "quoted.precision", "quoted.recall", "quoted.f1", "quoted.gold",
        "indirect.precision", "indirect.recall", "indirect.f1", "indirect.gold",
        "all.precision", "all.recall", "all.f1", "all.gold",
        "attribution.accuracy", "attribution.strict", "end2end.f1", "language.accuracy",
        "errors", "docs", "chars_per_s",
    ]
    assert lines[:4] == ["quoted.precision: 1.000", "quoted.recall: 0.500", "quoted.f1: 0.667", "quoted.gold: 2"]
    assert lines[4:8] == ["indirect.precision: 0.000", "indirect.recall: 0.000", "indirect.f1: 0.000",
                          "indirect.gold: 1"]
    assert lines[8:12] == ["all.precision: 1.000", "all.recall: 0.667", "all.f1: 0.800", "all.gold: 3"]
    assert lines[12:18] == ["attribution.accuracy: 1.000", "attribution.strict: 1.000", "end2end.f1: 0.800",
                            "language.accuracy: 0.000", "errors: 0", "docs: 1"]
    assert lines[-1] == "OK |  quoted.f1=0.667 indirect.f1=0.000 attribution=1.000 end2end.f1=0.800 errors=0"


def test_summary_lists_the_failed_minimums():
    m = run([doc([q(0, 10)])], fixed(claim(0, 4)))
    assert m.summary([("quoted.recall", "0.5"), ("errors", "0")]) == (
        "FAIL quoted.recall=0.000<0.5 |  quoted.f1=0.000 indirect.f1=0.000 attribution=0.000 "
        "end2end.f1=0.000 errors=0"
    )
    assert m.summary({"quoted.gold": 1}).startswith("OK | ")
    with pytest.raises(KeyError):
        m.failures({"no.such.metric": 0.1})


def test_parse_minimums():
    assert parse_minimums(["quoted.f1=0.5", "errors=0"]) == [("quoted.f1", "0.5"), ("errors", "0")]
    for bad in ("quoted.f1", "quoted.f1=high", "nonsense=0.1"):
        with pytest.raises(ValueError):
            parse_minimums([bad])


# ---------------------------------------------------------------------------------------------
# gold files


GOOD_TEXT = "« Bonjour », a dit Anne Roy."
GOOD = doc([q(2, 9, "direct", "Anne Roy", text=GOOD_TEXT)], id="g1", text=GOOD_TEXT)


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
                    + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_and_checks_documents(tmp_path):
    path = write_jsonl(tmp_path / "g.jsonl", [GOOD, "", {**GOOD, "id": "g2", "quotes": []}])
    docs = load_gold(path)
    assert [d.id for d in docs] == ["g1", "g2"]
    assert isinstance(docs[0], GoldDoc)
    assert docs[0].quotes[0].text == "Bonjour" and docs[0].quotes[0].speaker == "Anne Roy"
    # a path, a list of paths and documents all work
    assert evaluate(path, fixed(), language_detector=None).docs == 2
    assert evaluate([path, path], fixed(), language_detector=None).docs == 4
    assert evaluate([GOOD], fixed(), language_detector=None).quoted.gold == 1


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ({**GOOD, "quotes": [{**GOOD["quotes"][0], "start": 3}]}, "text[3:9]"),
        ({**GOOD, "quotes": [{**GOOD["quotes"][0], "end": 500}]}, "outside a text of length"),
        ({**GOOD, "quotes": [{**GOOD["quotes"][0], "kind": "quote"}]}, "kind must be one of"),
        ({k: v for k, v in GOOD.items() if k != "text"}, "missing key 'text'"),
        ({**GOOD, "quotes": [{**GOOD["quotes"][0], "start": "2"}]}, "must be integers"),
        ("{not json", "invalid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (GOOD, "duplicate id 'g1' (first on line 1)"),
    ],
)
def test_load_gold_names_file_and_line_of_a_defect(tmp_path, bad_line, message):
    path = write_jsonl(tmp_path / "bad.jsonl", [GOOD, "", bad_line])
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{path}:3")
    assert message in str(info.value)


def test_documents_given_as_dicts_are_checked_too():
    with pytest.raises(GoldFormatError, match="text\\[3:9\\]"):
        evaluate([{**GOOD, "quotes": [{**GOOD["quotes"][0], "start": 3}]}], fixed(), language_detector=None)


# ---------------------------------------------------------------------------------------------
# with the real engine


def test_the_default_extractor_scores_a_simple_french_quote():
    text = "« Nous partirons demain », a déclaré Jeanne Martin."
    start = text.index("Nous")
    gold = doc([q(start, start + len("Nous partirons demain"), "direct", "Jeanne Martin", text=text)],
               text=text)
    m = evaluate([gold], lang_hint=True)
    assert m.errors == 0
    assert m.quoted.f1 == 1.0 and m.attribution_accuracy == 1.0 and m.attribution_strict == 1.0
    assert m.language_total == 1
