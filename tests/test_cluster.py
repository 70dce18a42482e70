"""Quote clustering: partial quotes join their full quote, near-misses stay apart, typography is
not a difference, streaming equals batch, speakers merge by name, the index stays bounded, the
``dedupe`` command and its schema."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
from quotecheck import Claim, Speaker
from quotecheck.cli import main
from quotecheck.clustering import InvalidDocument, QuoteIndex, cluster
from quotecheck.clustering.fingerprints import FingerprintIndex, winnow
from quotecheck.clustering.shingles import shingles, words
from quotecheck.clustering.speakers import merge_speakers
from quotecheck.schema import load_cluster_schema

VALIDATOR = jsonschema.Draft202012Validator(load_cluster_schema())

FULL = "Nous allons rouvrir la piscine municipale avant la fin de l’année, et nous tiendrons parole"
PART = "rouvrir la piscine municipale avant la fin de l’année"
# a near-miss: the same topic, a few words changed
MISS = "Nous allons fermer la piscine municipale dès la fin de l’été, et nous tiendrons parole"
OTHER = "Les travaux du tramway commenceront au printemps sur la rive gauche du fleuve"


def claim(text: str, speaker: str | None = "Lise Caron", kind: str = "direct") -> Claim:
    return Claim(text, 0, len(text), kind, speaker=Speaker(speaker, kind="person") if speaker else None)


def groups(index: QuoteIndex) -> set[frozenset[tuple[object, str]]]:
    """The partition of the appearances, each named by (document, text)."""
    return {frozenset((a.document, a.text) for a in c.appearances) for c in index.clusters()}


def index_of(items: list[tuple[str, str]], **options: object) -> QuoteIndex:
    index = QuoteIndex(**options)  # type: ignore[arg-type]
    for doc, text in items:
        index.add_claims(doc, [claim(text)])
    return index


def check(index: QuoteIndex) -> None:
    for found in index.clusters():
        errors = [e.message for e in VALIDATOR.iter_errors(found.to_dict())]
        assert not errors, errors


# --------------------------------------------------------------------------- what joins, what does not
def test_a_partial_quote_joins_its_full_quote() -> None:
    index = index_of([("a", FULL), ("b", PART), ("c", OTHER)])
    assert groups(index) == {frozenset({("a", FULL), ("b", PART)}), frozenset({("c", OTHER)})}
    assert index.clusters()[0].text == FULL  # the longest version is the canonical text
    check(index)


def test_a_partial_quote_added_first_joins_the_full_quote_added_later() -> None:
    assert groups(index_of([("b", PART), ("a", FULL)])) == {frozenset({("a", FULL), ("b", PART)})}


def test_a_near_miss_stays_apart() -> None:
    index = index_of([("a", FULL), ("b", MISS), ("c", FULL)])
    assert groups(index) == {frozenset({("a", FULL), ("c", FULL)}), frozenset({("b", MISS)})}


def test_a_statement_with_another_opening_is_not_a_partial_quote_of_it() -> None:
    # all its shingles but one are in the longer quote: not enough to be a fragment of it
    changed = "Pourquoi " + FULL.split(" ", 2)[2]
    assert len(groups(index_of([("a", FULL), ("b", changed)]))) == 2
    # one word changed at the edge of a long quote, the lengths equal: one statement, altered
    # (quotecheck.verify says how)
    assert len(groups(index_of([("a", FULL), ("b", "Vous " + FULL.split(" ", 1)[1])]))) == 1


def test_a_fragment_two_statements_share_does_not_merge_them() -> None:
    one = "Nous allons rouvrir la piscine municipale avant la fin de l’année pour les familles du quartier"
    two = "Nous allons rouvrir la piscine municipale avant la fin de l’année malgré l’avis des experts"
    fragment = "Nous allons rouvrir la piscine municipale avant la fin"
    index = index_of([("a", one), ("b", two), ("c", fragment)])
    found = groups(index)
    assert len(found) == 2  # the fragment joined one of them
    assert not any({("a", one), ("b", two)} <= g for g in found)


@pytest.mark.parametrize("retyped", [
    "« Nous allons rouvrir la piscine municipale avant la fin de l'année – et nous tiendrons parole »",
    "“nous allons rouvrir la\u00a0piscine municipale avant la fin de l’année\u202f; et nous tiendrons parole…”",
    "NOUS ALLONS ROUVRIR LA PISCINE MUNICIPALE AVANT LA FIN DE L’ANNÉE, ET NOUS TIENDRONS PAROLE",
    "Nous allons rouvrir la piscine municipale avant la fin de l’anne\u0301e, et nous tiendrons parole",  # NFD
])
def test_retyped_quotes_join(retyped: str) -> None:
    index = index_of([("a", FULL), ("b", retyped)])
    assert len(index.clusters()) == 1 and index.versions == 1


def test_digit_groups_and_elisions_are_typography() -> None:
    base = "Le projet coûtera 2 500 000 euros à la commune et sera achevé en 2027 selon le calendrier"
    variants = ["Le projet coûtera 2\u00a0500\u00a0000 euros à la commune et sera achevé en 2027 selon le calendrier",
                "Le projet coûtera 2.500.000 euros à la commune et sera achevé en 2027 selon le calendrier",
                "Le projet coûtera 2 500 000 euros à la commune (…) en 2027 selon le calendrier"]
    index = index_of([("a", base)] + [(f"v{i}", v) for i, v in enumerate(variants)])
    assert len(index.clusters()) == 1


def test_short_quotes_join_only_the_same_words_of_the_same_speaker() -> None:
    index = QuoteIndex()
    index.add_claims("a", [claim("C’est inacceptable", "Lise Caron")])
    index.add_claims("b", [claim("c'est inacceptable !", "Lise Caron")])
    index.add_claims("c", [claim("C’est inacceptable", "Marc Henry")])
    index.add_claims("d", [claim(FULL)])
    assert sorted(c.size for c in index.clusters()) == [1, 1, 2]


def test_indirect_speech_is_left_out_by_default() -> None:
    index = QuoteIndex()
    assert index.add_claims("a", [claim(FULL, kind="indirect"), claim(PART, kind="partial")]) == [claim(PART, kind="partial")]
    assert len(QuoteIndex(kinds=None).add_claims("a", [claim(FULL, kind="indirect")])) == 1


# --------------------------------------------------------------------------- streaming, order
def test_streaming_add_equals_batch() -> None:
    docs = [("un", f"« {FULL} », a déclaré Lise Caron."), ("deux", f"Lise Caron a promis de « {PART} »."),
            ("trois", f"« {MISS} », a dit Marc Henry."), ("quatre", f"« {OTHER} », a annoncé Ana Roy.")]
    batch = cluster(docs, language="fr")
    index = QuoteIndex("fr")
    for doc, text in docs:
        index.add(doc, text)
    assert index.clusters() == batch
    assert [sorted(a.document for a in c.appearances) for c in batch] == [["deux", "un"], ["trois"], ["quatre"]]


def test_the_partition_does_not_depend_on_the_order_of_adding() -> None:
    items = [("a", FULL), ("b", PART), ("c", MISS), ("d", OTHER), ("e", FULL.upper()),
             ("f", "la piscine municipale avant la fin de l’année, et nous tiendrons"), ("g", MISS[:50])]
    expected = groups(index_of(items))
    rng = random.Random(3)
    for _ in range(5):
        rng.shuffle(items)
        assert groups(index_of(items)) == expected


# --------------------------------------------------------------------------- speakers
def test_speakers_merge_by_canonical_name() -> None:
    merged = merge_speakers([claim(FULL, "Lise Caron"), claim(FULL, "LISE CARON"), claim(FULL, "Caron"),
                             claim(FULL, "Lise Cáron"), claim(FULL, "Marc Henry"), claim(FULL, None)])
    assert [(s.name, s.appearances) for s in merged] == [("Lise Caron", 4), ("Marc Henry", 1)]
    assert set(merged[0].variants) == {"Lise Caron", "LISE CARON", "Caron", "Lise Cáron"}


def test_a_surname_two_speakers_share_is_not_merged_into_either() -> None:
    merged = merge_speakers([claim(FULL, "Lise Caron"), claim(FULL, "Paul Caron"), claim(FULL, "Caron")])
    assert sorted(s.name for s in merged) == ["Caron", "Lise Caron", "Paul Caron"]


# --------------------------------------------------------------------------- documents
def test_documents_as_pairs_triples_dicts_and_records() -> None:
    text = f"« {FULL} », a déclaré Lise Caron."
    found = cluster([("a", text), ("b", text, "2026-03-01"), {"text": text, "date": "2026-03-02"},
                     {"id": "d", "text": text, "language": "fr"}], language="fr")
    assert len(found) == 1
    assert [(a.document, a.date) for a in found[0].appearances] == [
        ("a", None), ("b", "2026-03-01"), (3, "2026-03-02"), ("d", None)]
    assert found[0].documents == ("a", "b", 3, "d")


@pytest.mark.parametrize("bad", [("a",), ("a", 3), (1.5, "text"), {"id": "x"}, {"text": 3}, 42, ("a", "t", 7)])
def test_a_bad_document_says_which_and_why(bad: object) -> None:
    with pytest.raises(InvalidDocument, match="document 2"):
        cluster([("ok", "Rien à signaler."), bad])


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(ValueError):
        QuoteIndex(threshold=0)
    with pytest.raises(TypeError):
        QuoteIndex().add_claims(1.5, [claim(FULL)])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        QuoteIndex().add_claims("a", ["not a claim"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        QuoteIndex().add("a", None)  # type: ignore[arg-type]


def test_the_lazy_exports() -> None:
    assert quotecheck.cluster is cluster and quotecheck.QuoteIndex is QuoteIndex
    assert "QuoteCluster" in dir(quotecheck)


# --------------------------------------------------------------------------- the index
@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("abcdefghijklmnop"), min_size=6, max_size=40), st.data())
def test_a_shared_run_of_six_words_shares_a_fingerprint(vocab: list[str], data: st.DataObject) -> None:
    long = [f"w{c}{i % 7}" for i, c in enumerate(vocab)]
    size = data.draw(st.integers(6, len(long)))
    start = data.draw(st.integers(0, len(long) - size))
    run = long[start:start + size]
    assert winnow(shingles([run])) & winnow(shingles([long]))


def test_common_fingerprints_are_dropped_and_postings_stay_capped() -> None:
    index = FingerprintIndex(max_postings=4)
    for item in range(10):
        index.add(item, [1, 100 + item])
    assert index.stopped == 1 and index.candidates([1]) == set()
    assert index.candidates([105]) == {5}
    with pytest.raises(ValueError):
        FingerprintIndex(0)


def test_a_common_opening_does_not_make_every_quote_a_candidate() -> None:
    # 300 statements that share their first words: the shared fingerprints are dropped, and
    # every statement still finds its own copy
    index = QuoteIndex(max_postings=16)
    for i in range(300):
        text = f"Nous allons rouvrir la piscine municipale et le gymnase numéro {i} du quartier {i * 7}"
        index.add_claims(f"a{i}", [claim(text)])
        index.add_claims(f"b{i}", [claim(text.upper())])
    assert index._fingerprints.stopped > 0
    assert sorted({c.size for c in index.clusters()}) == [2] and len(index.clusters()) == 300


def test_words_and_shingles() -> None:
    assert words("« L’été (…) c’est fini »") == [["l'été"], ["c'est", "fini"]]
    assert shingles([["l'été"], ["c'est", "fini"]]) == []  # two short segments: no run of what was said
    assert len(shingles([["a", "b"]])) == 1


# --------------------------------------------------------------------------- the command
def test_dedupe_reads_texts_records_and_claims(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"« {FULL} », a déclaré Lise Caron.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Lise Caron a promis de « {PART} ».\n", encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": f"« {OTHER} », a annoncé Ana Roy.", "date": "2026-04-01"})
                       + "\n{broken\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["dedupe", "--language", "fr", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(records)],
                stdout=out, stderr=err) == 1
    assert "r.jsonl:2" in err.getvalue()
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    for row in rows:
        VALIDATOR.validate(row)
    assert [r["size"] for r in rows] == [2, 1]
    assert rows[0]["text"] == FULL and rows[0]["speakers"][0]["name"] == "Lise Caron"
    assert rows[1]["appearances"][0]["document"] == "r1" and rows[1]["appearances"][0]["date"] == "2026-04-01"

    claims = io.StringIO()
    assert main(["extract", "--language", "fr", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], stdout=claims) == 0
    (tmp_path / "claims.jsonl").write_text("\n" + claims.getvalue(), encoding="utf-8")
    out = io.StringIO()
    assert main(["dedupe", "--min-size", "2", str(tmp_path / "claims.jsonl")], stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 1 and rows[0]["size"] == 2 and rows[0]["documents"] == 2
    VALIDATOR.validate(rows[0])


def test_dedupe_reports_a_bad_claim_row_and_goes_on(tmp_path: Path) -> None:
    good = dict(claim(FULL).to_dict(), source="x.txt")
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([json.dumps(good), json.dumps({**good, "start": "0"}), json.dumps({**good, "source": None}),
                               json.dumps(dict(good, source="y.txt"))]) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["dedupe", str(path)], stdout=out, stderr=err) == 1
    assert "claims.jsonl:2" in err.getvalue() and "claims.jsonl:3" in err.getvalue()
    assert [json.loads(line)["documents"] for line in out.getvalue().splitlines()] == [2]


def test_dedupe_usage_errors() -> None:
    err = io.StringIO()
    assert main(["dedupe", "--language", "xx", "-"], stdout=io.StringIO(), stderr=err, stdin=io.BytesIO(b"")) == 2
    assert main(["dedupe", "--encoding", "nope", "-"], stdout=io.StringIO(), stderr=err) == 2
