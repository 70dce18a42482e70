"""``quotecheck extract`` outputs: CSV, --fields, a table that fits the terminal, the progress line."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.output import FIELDS, layout_table

FR = "« Nous partirons demain », a déclaré Jeanne Martin."
LONG = "« " + "Nous partirons demain matin avant le lever du jour et sans attendre personne " * 2 + "», a déclaré Jeanne Martin."


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def no_columns(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)


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
    err = Tty()
    out = io.StringIO()
    assert main(["extract", "--progress", "always", str(records)], stdout=out, stderr=err) == 0
    assert "quotecheck" in err.getvalue() and "B/s" in err.getvalue()  # tqdm's bar (here, it is installed)
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
