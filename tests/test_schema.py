"""The shipped JSON Schema describes exactly what Claim.to_dict() produces."""

from __future__ import annotations

import copy
import json

import attrs
import jsonschema
import pytest

from quotecheck import extract_claims
from quotecheck.claims import Claim, ClaimKind, Cue, Evidence, Hint, HintKind, Mention, MentionKind, Speaker, SpeakerKind
from quotecheck.schema import claim_schema_text, load_claim_schema

SCHEMA = load_claim_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

SOURCE = "« Nous partirons demain », a déclaré Jeanne Martin."


def errors(instance) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(instance)]


def bare() -> Claim:
    return Claim.from_span(SOURCE, 2, 23, "direct")


def full() -> Claim:
    n = SOURCE.index("Jeanne")
    return Claim.from_span(
        SOURCE, 2, 23, ClaimKind.DIRECT,
        speaker=Speaker("Jeanne Martin", mention=Mention("Jeanne Martin", n, n + 13), kind="person", gender="f"),
        cue=Cue("a déclaré", "déclarer", 27, 36),
        language="fr", confidence=0.75, evidence=[Evidence("quote-marks"), Evidence("cue-after", "a déclaré")],
        quote_marks=("«", "»"), paragraph=0, sentence=0,
        hints=[Hint("commitment", "Nous partirons", 2, 16), Hint("date", "demain", 17, 23)],
    )


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert json.loads(claim_schema_text()) == SCHEMA


def test_loader_returns_a_fresh_copy():
    load_claim_schema()["required"].clear()
    assert "text" in load_claim_schema()["required"]


@pytest.mark.parametrize(
    "claim",
    [
        bare(),
        full(),
        Claim("", 0, 0, "indirect", speaker=Speaker("la police", kind="organization", plural=True)),
        Claim("x", 1, 2, "partial", speaker=Speaker("il", mention=Mention("il", 5, 7, "pronoun"), gender="m")),
    ],
)
def test_hand_built_claims_validate_and_round_trip(claim):
    d = claim.to_dict()
    assert errors(d) == []
    assert errors(json.loads(json.dumps(d))) == []
    assert Claim.from_dict(d) == claim


def test_cli_records_with_source_validate():
    assert errors({**full().to_dict(), "source": "article.txt"}) == []
    assert errors({**full().to_dict(), "source": "articles.jsonl", "id": "a-1"}) == []
    assert errors({**full().to_dict(), "source": "articles.jsonl", "id": 12}) == []
    assert errors({**full().to_dict(), "id": 1.5}) != []


# keep the schema in step with the attrs types: a new field must be added to both


@pytest.mark.parametrize(
    ("cls", "where"),
    [(Claim, None), (Speaker, "speaker"), (Mention, "mention"), (Cue, "cue"), (Evidence, "evidence"), (Hint, "hint")],
)
def test_schema_keys_are_the_attrs_fields(cls, where):
    node = SCHEMA if where is None else SCHEMA["$defs"][where]
    names = [a.name for a in attrs.fields(cls)]
    assert sorted(node["required"]) == sorted(names)
    assert set(node["properties"]) - set(names) <= {"source", "id"}


def test_schema_enums_are_the_python_enums():
    assert SCHEMA["properties"]["kind"]["enum"] == [k.value for k in ClaimKind]
    assert SCHEMA["$defs"]["speaker"]["properties"]["kind"]["enum"] == [k.value for k in SpeakerKind]
    assert SCHEMA["$defs"]["mention"]["properties"]["kind"]["enum"] == [k.value for k in MentionKind]
    assert SCHEMA["$defs"]["hint"]["properties"]["kind"]["enum"] == [k.value for k in HintKind]


def _set(d: dict, path: str, value) -> dict:
    d = copy.deepcopy(d)
    *parents, last = path.split(".")
    node = d
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value
    return d


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("kind", "quote"),
        ("kind", None),
        ("start", -1),
        ("end", 3.5),
        ("start", "2"),
        ("confidence", 1.5),
        ("confidence", -0.01),
        ("text", KeyError),
        ("speaker", KeyError),
        ("evidence", KeyError),
        ("language", "French"),
        ("quote_marks", ["«"]),
        ("quote_marks", ["«", "»", "»"]),
        ("quote_marks", ["«", 1]),
        ("evidence", [{"detail": "no rule"}]),
        ("evidence", [{"rule": "r", "detail": "d", "extra": 1}]),
        ("speaker.kind", "robot"),
        ("speaker.name", ""),
        ("speaker.gender", "x"),
        ("speaker.plural", "no"),
        ("speaker.mention.kind", "nickname"),
        ("speaker.mention.start", -3),
        ("cue.lemma", KeyError),
        ("paragraph", -1),
        ("hints", KeyError),
        ("hints.0.kind", "rumour"),
        ("hints.0.start", -1),
        ("hints.1.value", 3),
        ("hints.0.text", ""),
        ("hints.0.value", KeyError),
        ("unexpected", 1),
    ],
)
def test_invalid_dicts_are_rejected(path, value):
    good = full().to_dict()
    assert errors(good) == []
    assert errors(_set(good, path, value)), f"{path}={value!r} should be invalid"


# with the real engine


def test_engine_output_validates_against_the_schema():
    text = (
        "« Nous partirons demain avec 3 000 euros », a déclaré Jeanne Martin, la présidente de l'association.\n\n"
        "Selon la préfecture, la route restera fermée jusqu'à lundi. "
        "« Il faut être patient », a-t-elle ajouté."
    )
    claims = extract_claims(text, language="fr")
    assert claims, "the engine found nothing"
    for c in claims:
        d = c.to_dict()
        assert errors(d) == [], (d, errors(d))
        assert text[c.start : c.end] == c.text
        assert Claim.from_dict(json.loads(json.dumps(d, ensure_ascii=False))) == c
    first = claims[0]
    assert (first.text, first.kind.value) == ("Nous partirons demain avec 3 000 euros", "direct")
    assert [(h.kind.value, h.value) for h in first.hints] == [("commitment", None), ("money", "3000 EUR")]
    assert first.speaker is not None and first.speaker.name == "Jeanne Martin"
