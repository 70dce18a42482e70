"""The per-partition function and the Dask and Spark recipes of docs/scaling.md.

The Dask and Spark tests skip with a reason when their extra is missing; CI installs every extra
and sets QUOTECHECK_REQUIRE_EXTRAS=1, which turns any skip into a failure (conftest.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotecheck
from quotecheck.integrations.partitions import claim_rows, claims_of_records

RECORDS = [
    {"id": "a", "text": "« Nous partirons demain », a déclaré Jeanne Martin."},
    {"id": "b", "text": '"We are ready," the mayor, Paul Girard, told reporters.'},
    {"id": "c", "text": "Rien à signaler ce matin."},
    {"id": "d", "text": "« Le budget sera voté », a assuré la ministre Claire Fontaine.", "language": "fr"},
    {"id": "e", "text": "„Wir sind bereit“, sagte Anna Weber."},
    {"id": "f", "text": "« Le pont rouvrira lundi », a précisé le maire."},
]


def _expected(records: list[dict]) -> list[dict]:
    ex = quotecheck.Extractor()
    return [
        {"id": r["id"], "claims": [c.to_dict() for c in ex.extract(r["text"], r.get("language"))]}
        for r in records
    ]


def _comparable(rows: list[dict]) -> list[dict]:
    return [{"id": r["id"], "claims": r["claims"]} for r in rows]


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# --- the pure partition function ----------------------------------------------------------------


def test_rows_are_the_extractors_claims_in_order() -> None:
    rows = list(claims_of_records(RECORDS))
    assert _comparable(rows) == _expected(RECORDS)
    assert sum(len(r["claims"]) for r in rows) >= 4  # the fixture does hold claims
    assert rows[0]["language"] == "fr" and rows[0]["skipped_marks"] == 0


def test_json_lines_and_dicts_give_the_same_rows() -> None:
    lines = [json.dumps(r) for r in RECORDS]
    assert list(claims_of_records(lines)) == list(claims_of_records(RECORDS))


def test_malformed_records_give_an_error_row_and_cost_no_neighbour() -> None:
    records = [RECORDS[0], "not json", "", '["a list"]', {"id": 7, "text": 12}, {"id": 8, "text": "x", "language": "xx"}, RECORDS[1]]
    rows = list(claims_of_records(records))
    assert len(rows) == len(records)
    assert [("error" in r) for r in rows] == [False, True, True, True, True, True, False]
    assert rows[4]["id"] == 7 and "'text'" in rows[4]["error"]
    assert _comparable([rows[0], rows[-1]]) == _expected(RECORDS[:2])


def test_options_reach_the_extractor() -> None:
    rows = list(claims_of_records([{"id": 1, "body": RECORDS[0]["text"]}], text_field="body", kinds=["indirect"]))
    assert rows[0]["claims"] == []
    rows = list(claims_of_records([{"id": 1, "body": RECORDS[0]["text"]}], text_field="body"))
    assert [c["kind"] for c in rows[0]["claims"]] == ["direct"]


def test_claim_rows_flatten_with_the_document_id() -> None:
    flat = list(claim_rows(claims_of_records(RECORDS)))
    assert {c["id"] for c in flat} <= {r["id"] for r in RECORDS}
    assert all(quotecheck.Claim.from_dict({k: v for k, v in c.items() if k != "id"}) for c in flat)
    assert len(flat) == sum(len(r["claims"]) for r in _expected(RECORDS))


def test_import_quotecheck_imports_neither_framework() -> None:
    code = "import sys, quotecheck, quotecheck.integrations.dask_bag, quotecheck.integrations.spark; " \
           "print([m for m in ('dask', 'pyspark') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- Dask -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_bag():  # type: ignore[no-untyped-def]
    pytest.importorskip("dask.bag", reason="the [dask] extra is not installed (pip install 'quotecheck[dask]')")
    from quotecheck.integrations import dask_bag

    return dask_bag


def test_dask_bag_over_jsonl_partitions(dask_bag, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = [_write_jsonl(tmp_path / "part1.jsonl", RECORDS[:3]), _write_jsonl(tmp_path / "part2.jsonl", RECORDS[3:])]
    bag = dask_bag.read_jsonl(str(tmp_path / "*.jsonl"), blocksize=None)
    assert bag.npartitions == len(files)
    rows = dask_bag.extract_bag(bag).compute(scheduler="processes", num_workers=2)
    assert _comparable(rows) == _expected(RECORDS)
    claims = dask_bag.claims_bag(dask_bag.extract_bag(bag)).compute(scheduler="sync")
    assert len(claims) == sum(len(r["claims"]) for r in rows) > 0


# --- Spark ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark_context():  # type: ignore[no-untyped-def]
    pytest.importorskip("pyspark", reason="the [spark] extra is not installed (pip install 'quotecheck[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("pyspark needs a Java runtime (java on PATH or JAVA_HOME)")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("quotecheck-test")
               .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session.sparkContext
    session.stop()


def test_spark_map_partitions_on_local_2(spark_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotecheck.integrations import spark

    path = _write_jsonl(tmp_path / "articles.jsonl", RECORDS + ["not json"])
    lines = spark_context.textFile(str(path), minPartitions=2)
    assert lines.getNumPartitions() >= 2
    rows = spark.extract_rdd(lines).collect()
    assert _comparable(rows[:-1]) == _expected(RECORDS)
    assert "error" in rows[-1]
    claims = spark.claims_rdd(spark.extract_rdd(spark_context.parallelize(RECORDS, 3))).collect()
    assert len(claims) == sum(len(r["claims"]) for r in rows[:-1]) > 0
