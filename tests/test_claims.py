"""Invariants of the result types in quotecheck.claims."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.claims import (
    Claim,
    ClaimKind,
    Cue,
    Evidence,
    Mention,
    MentionKind,
    Speaker,
    SpeakerKind,
)

SOURCE = "« Nous partirons demain », a déclaré Jeanne Martin."
QUOTE = "Nous partirons demain"
NAME = "Jeanne Martin"
CUE = "a déclaré"


def full_claim() -> Claim:
    s, n, c = SOURCE.index(QUOTE), SOURCE.index(NAME), SOURCE.index(CUE)
    return Claim.from_span(
        SOURCE, s, s + len(QUOTE), "direct",
        speaker=Speaker(
            NAME, mention=Mention(NAME, n, n + len(NAME), "name"), kind="person",
            descriptions=["ministre"], gender="f",
        ),
        cue=Cue(CUE, "déclarer", c, c + len(CUE)),
        language="fr", confidence=0.9,
        evidence=[Evidence("quote-marks", "« »"), Evidence("cue-after", CUE)],
        quote_marks=["«", "»"], paragraph=0, sentence=0,
    )


# ---------------------------------------------------------------------------------------------
# immutability


@pytest.mark.parametrize(
    ("obj", "attribute", "value"),
    [
        (Claim("a", 0, 1, "direct"), "text", "b"),
        (Claim("a", 0, 1, "direct"), "start", 1),
        (Speaker("X"), "name", "Y"),
        (Mention("X", 0, 1), "kind", MentionKind.ROLE),
        (Cue("dit", "dire", 0, 3), "lemma", "x"),
        (Evidence("r"), "detail", "x"),
    ],
)
def test_types_are_frozen(obj, attribute, value):
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, attribute, value)


def test_collections_are_tuples_so_claims_are_hashable():
    c = full_claim()
    assert isinstance(c.evidence, tuple) and isinstance(c.quote_marks, tuple)
    assert isinstance(c.speaker.descriptions, tuple)
    assert hash(c) == hash(full_claim()) and c == full_claim()
    assert len({c, full_claim()}) == 1


# ---------------------------------------------------------------------------------------------
# validators


@pytest.mark.parametrize(
    "make",
    [
        lambda: Claim("a", -1, 1, "direct"),
        lambda: Claim("a", 5, 4, "direct"),
        lambda: Claim("a", 0, 1, "direct", confidence=1.01),
        lambda: Claim("a", 0, 1, "direct", confidence=-0.1),
        lambda: Claim("a", 0, 1, "quote"),  # unknown kind
        lambda: Mention("X", -2, 1),
        lambda: Mention("X", 3, 2),
        lambda: Mention("X", 0, 1, kind="nickname"),
        lambda: Cue("dit", "dire", -1, 3),
        lambda: Cue("dit", "dire", 4, 3),
        lambda: Speaker("X", kind="robot"),
    ],
)
def test_invalid_values_raise_value_error(make):
    with pytest.raises(ValueError):
        make()


def test_boundary_values_are_accepted():
    assert Claim("", 0, 0, "indirect", confidence=0.0).confidence == 0.0
    assert Claim("a", 3, 4, "partial", confidence=1.0).end == 4
    assert Mention("", 7, 7).start == 7


def test_kinds_are_converted_from_strings():
    c = Claim("a", 0, 1, "partial", speaker=Speaker("X", kind="organization"))
    assert c.kind is ClaimKind.PARTIAL
    assert c.speaker.kind is SpeakerKind.ORGANIZATION
    assert Mention("il", 0, 2, "pronoun").kind is MentionKind.PRONOUN


# ---------------------------------------------------------------------------------------------
# from_span


def test_from_span_takes_the_text_from_the_source():
    c = full_claim()
    assert c.text == QUOTE == SOURCE[c.start : c.end]
    assert c.speaker.mention.text == SOURCE[c.speaker.mention.start : c.speaker.mention.end]
    assert c.cue.text == SOURCE[c.cue.start : c.cue.end]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, len(SOURCE) + 1), (len(SOURCE) + 1, len(SOURCE) + 2)])
def test_from_span_rejects_spans_outside_the_source(start, end):
    with pytest.raises(ValueError, match="outside"):
        Claim.from_span(SOURCE, start, end, "direct")


@given(st.text(max_size=40), st.data())
def test_from_span_invariant_holds_for_any_span(source, data):
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    c = Claim.from_span(source, start, end, data.draw(st.sampled_from(list(ClaimKind))))
    assert c.text == source[c.start : c.end]
    assert c.end - c.start == len(c.text)


# ---------------------------------------------------------------------------------------------
# serialisation


def test_enums_serialise_as_their_string_values():
    d = full_claim().to_dict()
    assert d["kind"] == "direct" and type(d["kind"]) is str
    assert d["speaker"]["kind"] == "person" and type(d["speaker"]["kind"]) is str
    assert d["speaker"]["mention"]["kind"] == "name" and type(d["speaker"]["mention"]["kind"]) is str
    assert str(ClaimKind.INDIRECT) == "indirect" and str(SpeakerKind.UNKNOWN) == "unknown"
    assert str(MentionKind.ROLE) == "role"


def test_to_dict_uses_only_json_types():
    d = full_claim().to_dict()
    assert d["evidence"] == [{"rule": "quote-marks", "detail": "« »"}, {"rule": "cue-after", "detail": CUE}]
    assert d["quote_marks"] == ["«", "»"]
    assert d["speaker"]["descriptions"] == ["ministre"]
    assert d["cue"] == {"text": CUE, "lemma": "déclarer", "start": 27, "end": 36}
    # json.dumps without a default= hook would fail on tuples-of-attrs or enums-as-objects
    assert json.loads(json.dumps(d)) == d


@pytest.mark.parametrize(
    "claim",
    [
        full_claim(),
        Claim("a", 0, 1, "indirect"),
        Claim("x", 2, 3, "partial", speaker=Speaker("la police", kind="organization", plural=True)),
    ],
)
def test_json_round_trip(claim):
    back = Claim.from_dict(json.loads(json.dumps(claim.to_dict(), ensure_ascii=False)))
    assert back == claim
    assert type(back.evidence) is tuple and type(back.quote_marks) is tuple
    assert back.kind is claim.kind


def _value_errors(exc: BaseException) -> list[BaseException]:
    """The ValueErrors in ``exc`` itself or, for cattrs' grouped errors, among its sub-exceptions."""
    if isinstance(exc, ValueError):
        return [exc]
    return [e for sub in getattr(exc, "exceptions", ()) for e in _value_errors(sub)]


@pytest.mark.parametrize(
    ("change", "message"),
    [({"confidence": 2.0}, "confidence"), ({"kind": "rumour"}, "rumour"), ({"start": -4}, "start")],
)
def test_from_dict_applies_the_constructor_validators(change, message):
    d = {**full_claim().to_dict(), **change}
    with pytest.raises(Exception) as info:  # cattrs groups the validators' ValueErrors
        Claim.from_dict(d)
    found = _value_errors(info.value)
    assert found and message in str(found[0])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": "0"}, "start"),
        ({"end": 27.0}, "end"),
        ({"start": True}, "start"),
        ({"paragraph": 1.7}, "paragraph"),
        ({"confidence": "0.5"}, "confidence"),
        ({"confidence": True}, "confidence"),
        ({"text": 5}, "text"),
        ({"language": None}, "language"),
        ({"quote_marks": "«»"}, "quote_marks"),
        ({"evidence": "segment"}, "evidence"),
        ({"speaker": {"name": "X", "plural": "yes"}}, "plural"),
        ({"speaker": {"name": "X", "gender": 1}}, "gender"),
        ({"cue": {"text": "dit", "lemma": "dire", "start": "1", "end": 4}}, "start"),
    ],
)
def test_from_dict_coerces_nothing(change, field):
    d = {**full_claim().to_dict(), **change}
    with pytest.raises(ValueError, match="not a serialized Claim") as info:
        Claim.from_dict(d)
    assert field in str(info.value)


def test_from_dict_accepts_an_int_confidence_and_refuses_a_non_dict():
    d = {**full_claim().to_dict(), "confidence": 1}
    assert Claim.from_dict(d).confidence == 1.0
    with pytest.raises(ValueError, match="not a serialized Claim"):
        Claim.from_dict(["text"])  # type: ignore[arg-type]


@pytest.mark.parametrize("make", [
    lambda: Claim("a\ud83d\ude00", 0, 3, "direct"),
    lambda: Cue("\udce9", "dire", 0, 1),
    lambda: Mention("X\ud800", 0, 2),
])
def test_a_text_with_lone_surrogates_is_refused(make):
    # json.dumps writes "\\ud83d\\ude00" and json.loads reads it back as one character: offsets would break
    with pytest.raises(ValueError, match="surrogate"):
        make()
