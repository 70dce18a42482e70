"""Claim.to_claim_review: schema.org ClaimReview drafts in JSON-LD, checked against the shipped
JSON Schema and against the schema.org vocabulary of the types they use."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from quotecheck import Claim, Cue, Mention, Speaker, extract_claims
from quotecheck.claimreview import CONTEXT, claim_review, iso_date, job_title
from quotecheck.schema import load_claim_review_schema

SCHEMA = load_claim_review_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# An excerpt of the schema.org vocabulary (https://schema.org, version 29): for each type used,
# the properties of it or of its supertypes that a ClaimReview may carry, and their ranges (a
# tuple of types, or the data type of a literal). ClaimReview < Review < CreativeWork < Thing;
# Claim < CreativeWork; Rating, Person and Organization < Thing.
_TEXT, _URL, _DATE, _NUMBER_OR_TEXT = "Text", "URL", "Date", "Number|Text"
_AUTHORS = ("Person", "Organization")
VOCABULARY: dict[str, dict[str, Any]] = {
    "ClaimReview": {"claimReviewed": _TEXT, "itemReviewed": ("Claim",), "reviewRating": ("Rating",),
                    "url": _URL, "author": _AUTHORS, "datePublished": _DATE},
    "Claim": {"author": _AUTHORS, "appearance": ("CreativeWork",), "datePublished": _DATE, "inLanguage": _TEXT},
    "CreativeWork": {"url": _URL, "identifier": _TEXT, "datePublished": _DATE},
    "Person": {"name": _TEXT, "jobTitle": _TEXT, "url": _URL},
    "Organization": {"name": _TEXT, "url": _URL},
    "Rating": {"alternateName": _TEXT, "ratingValue": _NUMBER_OR_TEXT, "bestRating": _NUMBER_OR_TEXT,
               "worstRating": _NUMBER_OR_TEXT, "ratingExplanation": _TEXT, "image": _URL},
}


def vocabulary_errors(node: Any, expected: tuple[str, ...] = ("ClaimReview",), path: str = "$") -> list[str]:
    """What in a JSON-LD node is not schema.org: an @type outside the property's range, a property
    its type does not have, a literal of the wrong data type."""
    if not isinstance(node, dict):
        return [f"{path}: a {type(node).__name__}, not a node"]
    kind = node.get("@type")
    if kind not in expected:
        return [f"{path}: @type {kind!r}, expected one of {expected}"]
    problems = []
    if path == "$" and node.get("@context") != CONTEXT:
        problems.append(f"$: @context {node.get('@context')!r}")
    for key, value in node.items():
        if key in ("@type", "@context"):
            continue
        where = f"{path}.{key}"
        if key not in VOCABULARY[kind]:
            problems.append(f"{where}: schema.org {kind} has no property {key!r}")
            continue
        range_ = VOCABULARY[kind][key]
        if isinstance(range_, tuple):
            problems.extend(vocabulary_errors(value, range_, where))
        elif range_ == _NUMBER_OR_TEXT:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                problems.append(f"{where}: not a Number or a Text")
        elif not isinstance(value, str):
            problems.append(f"{where}: not a {range_}")
        elif range_ == _DATE and iso_date_or_none(value) is None:
            problems.append(f"{where}: not ISO 8601")
        elif range_ == _URL and "://" not in value:
            problems.append(f"{where}: not an absolute URL")
    return problems


def iso_date_or_none(text: str) -> str | None:
    try:
        return iso_date(text)
    except ValueError:
        return None


def check(review: dict[str, Any]) -> None:
    """Valid against the JSON Schema and the vocabulary, and plain JSON."""
    assert [e.message for e in VALIDATOR.iter_errors(review)] == []
    assert vocabulary_errors(review) == []
    assert json.loads(json.dumps(review, ensure_ascii=False)) == review


SOURCE = "« Nous rouvrirons le pont en mai », a déclaré Lucie Caron, la présidente du syndicat."
QUOTE = "Nous rouvrirons le pont en mai"


def person(descriptions: tuple[str, ...] = ("la présidente du syndicat",), kind: str = "person") -> Claim:
    n = SOURCE.index("Lucie")
    speaker = Speaker("Lucie Caron", mention=Mention("Lucie Caron", n, n + 11), kind=kind,
                      descriptions=descriptions, gender="f")
    cue_at = SOURCE.index("a déclaré")
    return Claim.from_span(SOURCE, 2, 2 + len(QUOTE), "direct", speaker=speaker, language="fr",
                           cue=Cue("a déclaré", "déclarer", cue_at, cue_at + 9), quote_marks=("«", "»"))


# ---------------------------------------------------------------------------------------------
# the schema, and the vocabulary it allows


def test_the_schema_is_draft_2020_12_and_allows_only_schema_org_types_and_properties():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["@context"] == {"const": CONTEXT}
    nodes = {"ClaimReview": SCHEMA, **{name: SCHEMA["$defs"][name] for name in VOCABULARY if name != "ClaimReview"}}
    for name, node in nodes.items():
        assert node["properties"]["@type"] == {"const": name}
        assert set(node["properties"]) - {"@type", "@context"} <= set(VOCABULARY[name]), name
        assert node["additionalProperties"] is False


def test_a_completed_review_validates():
    review = person().to_claim_review("https://news.example/pont", "2026-03-14")
    review.update(url="https://checks.example/pont", datePublished="2026-03-16T08:00:00+01:00",
                  author={"@type": "Organization", "name": "Checks", "url": "https://checks.example"})
    review["reviewRating"].update(alternateName="Mostly true", ratingValue=4, bestRating=5, worstRating=1)
    check(review)


#: (where, new value or None to delete it, whether the vocabulary walk sees it too: it checks
#: types, properties and literals, not what the JSON Schema requires)
_BROKEN = [
    ("@type", "Review", True),
    ("@context", "http://schema.org/", True),
    ("claimReviewed", None, False),
    ("reviewRating", None, False),
    ("itemReviewed.@type", "CreativeWork", True),
    ("itemReviewed.author", {"@type": "Thing", "name": "Lucie Caron"}, True),
    ("itemReviewed.author", {"@type": "Person"}, False),
    ("itemReviewed.author.jobTitle", "", False),
    ("itemReviewed.author.descriptions", ["la présidente du syndicat"], True),
    ("itemReviewed.datePublished", "14/03/2026", True),
    ("itemReviewed.appearance", {"@type": "CreativeWork", "datePublished": "2026-03-14"}, False),
    ("itemReviewed.appearance.url", "news.example/pont", True),
    ("itemReviewed.appearance.identifier", 7, True),
    ("reviewRating.@type", "AggregateRating", True),
    ("reviewRating.ratingCount", 3, True),
    ("offsets", [2, 32], True),
]


@pytest.mark.parametrize(("path", "value", "vocabulary_too"), _BROKEN)
def test_the_schema_and_the_vocabulary_reject(path, value, vocabulary_too):
    review = person().to_claim_review("https://news.example/pont", "2026-03-14", identifier="a-1")
    check(review)
    *parents, last = path.split(".")
    node = review
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value
    assert list(VALIDATOR.iter_errors(review)), f"the schema takes {path}={value!r}"
    assert bool(vocabulary_errors(review)) is vocabulary_too


# ---------------------------------------------------------------------------------------------
# the mapping


def test_a_person_with_a_role_and_an_article():
    review = person().to_claim_review("https://news.example/pont", datetime.date(2026, 3, 14), identifier=7)
    check(review)
    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": QUOTE,
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Lucie Caron", "jobTitle": "présidente du syndicat"},
            "appearance": {"@type": "CreativeWork", "url": "https://news.example/pont", "identifier": "7",
                           "datePublished": "2026-03-14"},
            "datePublished": "2026-03-14",
            "inLanguage": "fr",
        },
        "reviewRating": {"@type": "Rating"},
    }
    assert review == claim_review(person(), "https://news.example/pont", "2026-03-14", identifier=7)


@pytest.mark.parametrize(("descriptions", "title"), [
    (("le Sarthois", "l'ancien maire de Vouvray"), "ancien maire de Vouvray"),  # a demonym is no job
    (("la Norvégienne",), None),
    (("ministre", "la ministre des Sports"), "ministre des Sports"),  # the fuller form of the same role
    (("la présidente du syndicat", "la ministre"), "présidente du syndicat"),  # the first role given
    (("les porte-parole",), "porte-parole"),
    ((), None),
])
def test_the_job_title_is_a_role_of_the_language_never_a_demonym(descriptions, title):
    assert job_title(descriptions, "fr") == title
    author = person(descriptions).to_claim_review()["itemReviewed"]["author"]
    assert author.get("jobTitle") == title


def test_a_group_of_people_has_no_job_title():
    claim = Claim("Nous ferons grève", 2, 19, "direct", language="fr",
                  speaker=Speaker("les infirmières", kind="person", descriptions=("les infirmières",), plural=True))
    review = claim.to_claim_review()
    check(review)
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "les infirmières"}
    assert job_title(("les infirmières",), "fr") == "infirmières"


def test_no_job_title_without_language_data():
    assert job_title(("la présidente du syndicat",), "und") is None
    assert job_title(("la présidente du syndicat",), "xx") is None
    assert job_title(("the company spokeswoman",), "en") == "company spokeswoman"


def test_an_organization_has_a_name_and_no_job_title():
    claim = Claim("Les travaux commencent lundi", 2, 30, "direct", language="fr",
                  speaker=Speaker("la mairie", kind="organization", descriptions=("la présidente du syndicat",)))
    review = claim.to_claim_review()
    check(review)
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "la mairie"}


@pytest.mark.parametrize("speaker", [None, Speaker("Caron", kind="unknown")])
def test_nobody_or_a_speaker_of_unknown_kind_is_no_author(speaker):
    claim = Claim("Nous verrons", 2, 14, "direct", speaker=speaker)
    review = claim.to_claim_review()
    check(review)
    assert review["itemReviewed"] == {"@type": "Claim"}  # no author, no appearance, language "und"


def test_the_article_is_a_url_an_identifier_or_both():
    assert "appearance" not in person().to_claim_review(date="2026-03-14")["itemReviewed"]
    assert person().to_claim_review(identifier="a-1")["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "identifier": "a-1"}
    assert person().to_claim_review("https://news.example/p?x=1#k")["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "url": "https://news.example/p?x=1#k"}
    assert "appearance" not in person().to_claim_review(identifier="")["itemReviewed"]


@pytest.mark.parametrize(("given", "written"), [
    ("2026-03-14", "2026-03-14"),
    ("2024-02-29", "2024-02-29"),
    ("2026-03-14T09:30", "2026-03-14T09:30"),
    ("2026-03-14T09:30:05.250+01:00", "2026-03-14T09:30:05.250+01:00"),
    ("2026-03-14T23:59:59Z", "2026-03-14T23:59:59Z"),
    (datetime.date(2026, 3, 14), "2026-03-14"),
    (datetime.datetime(2026, 3, 14, 9, 30), "2026-03-14T09:30:00"),
    (datetime.datetime(2026, 3, 14, 9, 30, tzinfo=datetime.timezone.utc), "2026-03-14T09:30:00+00:00"),
])
def test_iso_dates_are_written_as_given(given, written):
    review = person().to_claim_review(identifier="a", date=given)
    check(review)
    assert review["itemReviewed"]["datePublished"] == written
    assert review["itemReviewed"]["appearance"]["datePublished"] == written


@pytest.mark.parametrize("bad", ["14/03/2026", "2026-02-29", "2026-13-01", "2026-3-14", "20260314", "",
                                 "2026-03-14 09:30", "2026-03-14T24:00", "2026-03-14T09:60",
                                 "2026-03-14T09:30+25:00", " 2026-03-14", "2026-03-14T09:30:05.+01:00"])
def test_a_date_that_is_not_iso_8601_is_a_value_error(bad):
    with pytest.raises(ValueError, match="is not an ISO 8601 date"):
        person().to_claim_review(date=bad)


def test_a_datetime_whose_offset_has_seconds_is_no_schema_org_datetime():
    odd = datetime.timezone(datetime.timedelta(hours=5, minutes=30, seconds=15))
    with pytest.raises(ValueError, match="is not an ISO 8601 date"):
        person().to_claim_review(date=datetime.datetime(2026, 3, 14, 9, 30, tzinfo=odd))


@pytest.mark.parametrize("bad", [20260314, True, 2026.0, ["2026-03-14"]])
def test_a_date_of_the_wrong_type_is_a_type_error(bad):
    with pytest.raises(TypeError, match="date: expected"):
        person().to_claim_review(date=bad)


@pytest.mark.parametrize("bad", ["news.example/pont", "/pont", "", "https://", "https://news example/pont",
                                 "mailto:desk@news.example", "http://[::1/pont"])
def test_a_url_that_is_not_absolute_is_a_value_error(bad):
    with pytest.raises(ValueError, match="is not an absolute URL"):
        person().to_claim_review(bad)


def test_wrong_types_for_url_and_identifier_are_type_errors():
    with pytest.raises(TypeError, match="url: expected a str"):
        person().to_claim_review(b"https://news.example")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="identifier: expected a str or an int"):
        person().to_claim_review(identifier=True)


# ---------------------------------------------------------------------------------------------
# with the engine, in every language


ARTICLES = [
    ("fr", "Le Danois Erik Holm, directeur de l'usine, a affirmé que les salaires augmenteraient. "
           "« Nous embaucherons cent personnes », a ajouté le Danois. "
           "« Les travaux commencent lundi », a annoncé la mairie."),
    ("en", '"The plant will stay open," said Ruth Klein, the company spokeswoman.'),
    ("de", "„Wir bauen die Brücke neu“, sagte der Bürgermeister Jan Vogel."),
    ("es", "«Abriremos el puente en mayo», dijo la alcaldesa Lucía Ferrer."),
    ("it", "«Apriremo il ponte a maggio», ha detto il sindaco Marco Gallo."),
    ("pt", "«Vamos abrir a ponte em maio», disse a presidente da câmara, Ana Lopes."),
]


@pytest.mark.parametrize(("language", "text"), ARTICLES)
def test_every_exported_claim_is_valid(language, text):
    claims = extract_claims(text, language=language)
    assert claims, "the engine found nothing"
    for claim in claims:
        for args in [{}, {"url": "https://news.example/a", "date": "2026-03-14"}, {"identifier": 12}]:
            review = claim.to_claim_review(**args)
            check(review)
            assert review["claimReviewed"] == claim.text == text[claim.start:claim.end]
            assert review["itemReviewed"]["inLanguage"] == language


def test_the_engine_gives_a_role_as_job_title_and_leaves_the_demonym_out():
    text = ARTICLES[0][1]
    authors = [c.to_claim_review()["itemReviewed"]["author"] for c in extract_claims(text, language="fr")]
    assert authors[:2] == [{"@type": "Person", "name": "Erik Holm", "jobTitle": "directeur de l'usine"}] * 2
    assert authors[2] == {"@type": "Organization", "name": "la mairie"}


def test_import_quotecheck_does_not_load_the_claimreview_module():
    code = "import sys, quotecheck; print('quotecheck.claimreview' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
