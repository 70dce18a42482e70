"""``quotecheck extract`` outputs: CSV, --fields, a table that fits the terminal, the progress line."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from cli_helpers import jsonl

from quotecheck.cli import main
from quotecheck.output import FIELDS, layout_table

pytestmark = pytest.mark.usefixtures("no_columns")

FR = "« Nous partirons demain », a déclaré Jeanne Martin."
LONG = "« " + "Nous partirons demain matin avant le lever du jour et sans attendre personne " * 2 + "», a déclaré Jeanne Martin."


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": FR}, ensure_ascii=False) + "\n" for i in range(3)),
                    encoding="utf-8")
    return path


def test_csv_has_a_header_and_one_row_per_claim(records, capsys):
    assert main(["extract", "--format", "csv", str(records)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["source", "id", "text", "start", "end", "kind", "speaker", "cue", "language",
                             "confidence", "evidence", "paragraph", "sentence", "hints"]
    assert [r["id"] for r in rows] == ["r0", "r1", "r2"]
    assert rows[0]["speaker"] == "Jeanne Martin" and rows[0]["cue"] == "a déclaré"
    assert FR[int(rows[0]["start"]):int(rows[0]["end"])] == rows[0]["text"]
    assert rows[0]["evidence"].startswith("segment+")


def test_csv_of_text_files_has_no_id_column_and_quotes_what_needs_it(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text('« Oui, et\nnon », a déclaré Jeanne Martin.', encoding="utf-8")
    assert main(["extract", "--format", "csv", "--fields", "text,speaker", str(path)]) == 0
    out = capsys.readouterr().out
    assert list(csv.reader(io.StringIO(out))) == [["text", "speaker"], ["Oui, et\nnon", "Jeanne Martin"]]


def test_fields_choose_the_keys_in_order(records, capsys):
    assert main(["extract", "--fields", "id,speaker,text", str(records)]) == 0
    rows = jsonl(capsys.readouterr().out)
    assert list(rows[0]) == ["id", "speaker", "text"]
    assert rows[0]["speaker"]["name"] == "Jeanne Martin"  # JSON keeps the nested value
    assert main(["extract", "--format", "json", "--fields", "kind", str(records)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"kind": "direct"}] * 3


def test_unknown_or_repeated_fields_are_a_usage_error(records, capsys):
    assert main(["extract", "--fields", "text,speeker", str(records)]) == 2
    err = capsys.readouterr().err
    assert "--fields: unknown field 'speeker'" in err and "speaker" in err
    assert main(["extract", "--fields", "text,text", str(records)]) == 2
    assert "text given twice" in capsys.readouterr().err


def test_fields_are_the_claim_keys_and_what_the_command_adds():
    from quotecheck import Claim

    claim = Claim.from_span("« Oui »", 2, 5, "direct")
    assert list(FIELDS) == [*claim.to_dict(), "source", "id"]


@pytest.mark.parametrize("columns", [72, 80, 100])
def test_the_table_fits_columns(tmp_path, monkeypatch, capsys, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    paths = []
    for i in range(2):
        path = tmp_path / ("a-rather-long-directory-name" * 2) / f"article-{i}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(LONG, encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", "--format", "table", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split()  # a narrow terminal may cut the last header ("eviden…")
    expected = ["source", "speaker", "kind", "conf", "quote", "hints", "evidence"]
    assert len(header) == len(expected)
    assert all(name == cell or cell.endswith("…") and name.startswith(cell[:-1]) for cell, name in zip(header, expected))
    assert len(lines) == 3
    assert max(len(line) for line in lines) <= columns
    assert all("Jeanne Martin" in line and "direct" in line and "…" in line for line in lines[1:])
    assert lines[1].split()[0].startswith("…") and lines[1].split()[0].endswith("-0.txt")  # a path keeps its end


def test_the_table_with_fields_and_ids(records, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["extract", "--format", "table", str(records)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "speaker", "kind", "conf", "quote", "hints", "evidence"]
    assert lines[1].split()[:3] == ["r0", "Jeanne", "Martin"]
    assert main(["extract", "--format", "table", "--fields", "cue,start", str(records)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["cue", "start"] and lines[1].split() == ["a", "déclaré", "2"]


def test_layout_counts_terminal_columns_not_code_points():
    decomposed = "Jose\u0301 Lo\u0301pez"  # combining accents take no column
    lines = layout_table([[decomposed, "x"]], ["speaker", "kind"], 80)
    assert lines[1] == "José López  x".replace("é", "e\u0301").replace("ó", "o\u0301")
    header, row = layout_table([["a" * 50, "b" * 50]], ["speaker", "text"], 40)
    assert len(row) == 40 and row.count("…") == 2
    assert header.index("quote") == row.index("b")  # aligned


# ---------------------------------------------------------------------------------------------
# progress


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_no_progress_when_stderr_is_not_a_terminal(records, capsys):
    assert main(["extract", str(records)]) == 0
    assert capsys.readouterr().err == ""


def test_progress_is_shown_on_a_terminal_and_can_be_forced(records, monkeypatch):
    pytest.importorskip("tqdm", reason="tqdm draws the bar: the 'progress' extra")
    err = Tty()
    out = io.StringIO()
    assert main(["extract", "--progress", "always", str(records)], stdout=out, stderr=err) == 0
    assert "quotecheck" in err.getvalue() and "B/s" in err.getvalue()  # tqdm's bar
    assert len(jsonl(out.getvalue())) == 3  # nothing of it on stdout
    err = io.StringIO()
    assert main(["extract", "--progress", "never", str(records)], stderr=err) == 0
    assert err.getvalue() == ""


def test_the_built_in_progress_line_without_tqdm(records, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm fails
    err = Tty()
    broken = records.parent / "broken.jsonl"
    broken.write_text('{"text": \n' + records.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["extract", "--progress", "always", str(broken)], stdout=io.StringIO(), stderr=err) == 1
    shown = err.getvalue()
    assert "\r" in shown and " docs, " in shown and "claims" in shown
    # the message is on a line of its own, the progress line cleared before it
    messages = [line for line in shown.replace("\r", "\n").splitlines() if line.strip().startswith("quotecheck: /")]
    assert messages == [f"quotecheck: {broken}:1: invalid JSON: Expecting value (column 10)"]
    assert shown.endswith("(the others were)\n")


def test_auto_progress_waits_for_a_terminal_and_a_run_worth_it(records, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setattr("quotecheck.progress.DELAY_S", 0.0)
    err = Tty()
    assert main(["extract", str(records)], stdout=io.StringIO(), stderr=err) == 0  # a record file: worth it
    assert "docs" in err.getvalue()
    one = tmp_path / "one.txt"
    one.write_text(FR, encoding="utf-8")
    err = Tty()
    assert main(["extract", str(one)], stdout=io.StringIO(), stderr=err) == 0  # one short file: not
    assert err.getvalue() == ""


# ---------------------------------------------------------------------------------------------
# --format claimreview


def claim_review_errors(review: dict) -> list[str]:
    import jsonschema

    from quotecheck.schema import load_claim_review_schema

    return [e.message for e in jsonschema.Draft202012Validator(load_claim_review_schema()).iter_errors(review)]


def test_claimreview_of_records_names_the_article_by_url_id_and_date(tmp_path, capsys):
    path = tmp_path / "articles.jsonl"
    rows = [{"id": "r1", "url": "https://news.example/r1", "date": "2026-03-14", "text": FR},
            {"id": 2, "text": FR, "url": None, "date": ""},  # null and empty: not given
            {"id": "r3", "text": "Rien ici.", "date": "2026-03-15"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["extract", "--format", "claimreview", str(path)]) == 0
    reviews = jsonl(capsys.readouterr().out)
    assert len(reviews) == 2 and all(claim_review_errors(r) == [] for r in reviews)
    first, second = (r["itemReviewed"] for r in reviews)
    assert reviews[0]["claimReviewed"] == "Nous partirons demain"
    assert first["appearance"] == {"@type": "CreativeWork", "url": "https://news.example/r1", "identifier": "r1",
                                   "datePublished": "2026-03-14"}
    assert first["datePublished"] == "2026-03-14"
    assert first["author"] == {"@type": "Person", "name": "Jeanne Martin"}
    assert second["appearance"] == {"@type": "CreativeWork", "identifier": "2"} and "datePublished" not in second


def test_claimreview_keys_of_a_csv_and_a_text_file(tmp_path, capsys):
    table = tmp_path / "articles.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["ref", "link", "published", "text"],
                                      ["k1", "https://news.example/k1", "2026-03-14T08:00:00+01:00", FR]])
    text = tmp_path / "article.txt"
    text.write_text(FR, encoding="utf-8")
    assert main(["extract", "--format", "claimreview", "--id-key", "ref", "--url-key", "link",
                 "--date-key", "published", str(table), str(text)]) == 0
    by_csv, by_text = (r["itemReviewed"] for r in jsonl(capsys.readouterr().out))
    assert by_csv["appearance"] == {"@type": "CreativeWork", "url": "https://news.example/k1", "identifier": "k1",
                                    "datePublished": "2026-03-14T08:00:00+01:00"}
    assert by_text["appearance"] == {"@type": "CreativeWork", "identifier": str(text)}  # the file names it


def test_claimreview_of_standard_input_names_no_article(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FR.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "--format", "claimreview", "-"]) == 0
    [review] = jsonl(capsys.readouterr().out)
    assert claim_review_errors(review) == [] and "appearance" not in review["itemReviewed"]


def test_a_record_whose_url_or_date_cannot_be_written_is_reported_and_the_rest_go_on(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "bad-date", "date": "14/03/2026", "text": FR},
            {"id": "bad-url", "url": "news.example/x", "text": FR},
            {"id": "number", "date": 20260314, "text": FR},
            {"id": "ok", "date": "2026-03-14", "text": FR}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["extract", "--format", "claimreview", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [r["itemReviewed"]["appearance"]["identifier"] for r in jsonl(out)] == ["ok"]
    assert err.splitlines() == [
        f"quotecheck: {path}:1: bad 'date': '14/03/2026' is not an ISO 8601 date "
        "(YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm])",
        f"quotecheck: {path}:2: bad 'url': 'news.example/x' is not an absolute URL (scheme://host/...)",
        f"quotecheck: {path}:3: 'date' is not a string: the number 20260314",
        "quotecheck: 3 of 4 records could not be read or analysed (the others were)",
    ]
    # the other formats do not read these keys: the same records are fine there
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    assert len(jsonl(capsys.readouterr().out)) == 4


def test_claimreview_takes_no_fields_and_is_the_same_with_jobs(records, capsys):
    assert main(["extract", "--format", "claimreview", "--fields", "text", str(records)]) == 2
    assert "--fields: not with --format claimreview" in capsys.readouterr().err
    assert main(["extract", "--format", "claimreview", str(records), str(records)]) == 0
    serial = capsys.readouterr().out
    assert main(["extract", "--format", "claimreview", "--jobs", "2", str(records), str(records)]) == 0
    assert capsys.readouterr().out == serial and len(jsonl(serial)) == 6
