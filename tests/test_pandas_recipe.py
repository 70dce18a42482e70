"""docs/pandas.md: the recipe on the page runs and prints what it shows, and what the notes under
it say holds (the ``pandas`` extra)."""

from __future__ import annotations

import doctest
import io
import json
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install 'quotecheck[pandas]')")

from quotecheck import Claim, Extractor  # noqa: E402

PAGE = Path(__file__).resolve().parent.parent / "docs" / "pandas.md"
TEXTS = [
    "« Le budget sera voté en juin », a déclaré Paul Lemoine.",
    "Il a dit : « Attendons la fin du mois. »",  # nobody named: "il" has no antecedent
    "",
    "Le ministre a affirmé que les prix baisseraient.",
]


def recipe(articles, processes: int = 1):  # the page's recipe, as a function
    extractor = Extractor(language="fr")
    return [
        {"article_id": article_id, **claim.to_dict()}
        for article_id, claims in zip(articles["id"], extractor.extract_many(articles["text"], processes=processes))
        for claim in claims
    ]


@pytest.fixture
def articles():
    return pd.DataFrame({"id": [f"a{i}" for i in range(len(TEXTS))], "text": TEXTS})


def test_the_page_runs_and_prints_what_it_shows():
    result = doctest.testfile(str(PAGE), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted >= 6


def test_a_claim_without_a_speaker_has_nan_speaker_columns_and_lists_stay_lists(articles):
    claims = pd.json_normalize(recipe(articles))
    assert list(claims["article_id"]) == ["a0", "a1", "a3"]  # the empty text gives no row
    nobody = claims[claims["article_id"] == "a1"].iloc[0]
    assert pd.isna(nobody["speaker.name"]) and pd.isna(nobody["speaker"])
    assert claims.loc[0, "speaker.name"] == "Paul Lemoine"
    assert isinstance(claims.loc[0, "evidence"], list) and claims.loc[0, "quote_marks"] == ["«", "»"]


def test_rows_give_the_claims_back_with_offsets_into_their_article(articles):
    texts = dict(zip(articles["id"], articles["text"]))
    for row in recipe(articles):
        article_id = row.pop("article_id")
        claim = Claim.from_dict(row)
        assert texts[article_id][claim.start:claim.end] == claim.text


def test_two_processes_give_the_same_rows(articles):
    assert recipe(articles, processes=2) == recipe(articles)


def test_a_missing_text_is_a_type_error_until_filled(articles):
    articles.loc[2, "text"] = None
    with pytest.raises(TypeError, match="must be a str"):
        recipe(articles)
    articles["text"] = articles["text"].fillna("")
    assert len(recipe(articles)) == 3


def test_the_index_can_stand_for_the_id_column(articles):
    indexed = articles.set_index("id")
    rows = [{"article_id": i, **c.to_dict()}
            for i, cs in zip(indexed.index, Extractor(language="fr").extract_many(indexed["text"])) for c in cs]
    assert [r["article_id"] for r in rows] == ["a0", "a1", "a3"]


def test_a_jsonl_corpus_read_in_chunks_gives_the_rows_of_the_whole(articles):
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in articles.to_dict("records"))
    chunked = [row for chunk in pd.read_json(io.StringIO(lines), lines=True, chunksize=2) for row in recipe(chunk)]
    assert chunked == recipe(articles)
