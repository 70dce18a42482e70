"""``quotecheck extract`` on record files (JSON lines, JSON arrays, CSV) and other encodings."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import jsonl

from quotecheck.cli import main

pytestmark = pytest.mark.usefixtures("no_columns")

FR = "« Nous partirons demain », a déclaré Jeanne Martin."
EN = '"The bridge will reopen in May," said Tom Baker.'


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_a_jsonl_file_is_read_as_records_not_as_prose(tmp_path, capsys):
    path = write_jsonl(tmp_path / "articles.jsonl", [{"id": "a-1", "text": FR}, {"id": 7, "text": EN}])
    assert main(["extract", str(path)]) == 0
    out, err = capsys.readouterr()
    rows = jsonl(out)
    assert err == ""
    assert [(r["id"], r["source"], r["speaker"]["name"]) for r in rows] == [
        ("a-1", str(path), "Jeanne Martin"), (7, str(path), "Tom Baker")]
    assert rows[0]["start"] == FR.index("Nous")  # offsets into the record's text, not the file's
    assert not any(r["text"] in ("id", "text") for r in rows)


def test_a_bad_jsonl_line_is_reported_counted_and_the_rest_go_on(tmp_path, capsys):
    path = write_jsonl(tmp_path / "a.ndjson", [
        {"id": "ok-1", "text": FR},
        '{"id": "broken", "text": ',
        {"id": "no-text", "body": FR},
        {"id": "num", "text": 12},
        "",
        {"id": "ok-2", "text": EN},
    ])
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["ok-1", "ok-2"]
    assert err.splitlines() == [
        f"quotecheck: {path}:2: invalid JSON: Expecting value (column 26)",
        f"quotecheck: {path}:3: no 'text' key (keys: 'id', 'body')",
        f"quotecheck: {path}:4: 'text' is not a string: the number 12",
        "quotecheck: 3 of 5 records could not be read or analysed (the others were)",
    ]


def test_keys_are_chosen_and_a_record_without_id_gets_its_line(tmp_path, capsys):
    path = write_jsonl(tmp_path / "a.jsonl", [{"uid": "x", "body": FR, "lang": "fr"}, {"body": EN}])
    assert main(["extract", "--text-key", "body", "--id-key", "uid", "--language-key", "lang", str(path)]) == 0
    rows = jsonl(capsys.readouterr().out)
    assert [(r["id"], r["language"]) for r in rows] == [("x", "fr"), (2, "en")]


def test_a_per_record_language_wins_and_a_bad_one_is_a_bad_record(tmp_path, capsys):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": 1, "text": FR, "lang": "fr"}, {"id": 2, "text": FR, "lang": "xx"},
                                              {"id": 3, "text": FR, "lang": ["fr"]}, {"id": 4, "text": EN, "lang": ""}])
    assert main(["extract", "--language", "en", "--language-key", "lang", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [(r["id"], r["language"]) for r in jsonl(out)] == [(1, "fr"), (4, "en")]
    lines = err.splitlines()
    assert lines[0].startswith(f"quotecheck: {path}:2: bad language: unsupported language 'xx'")
    assert lines[1] == f"quotecheck: {path}:3: 'lang' is not a language code: an array"


def test_a_json_array_is_read_element_by_element(tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"id": "a", "text": FR}, 5, {"id": "b", "text": EN}], indent=1), encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["a", "b"]
    assert err.splitlines()[0] == f"quotecheck: {path}:6: not a JSON object: the number 5"


def test_a_broken_json_array_keeps_the_records_before_the_break(tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text('[{"id": "a", "text": "%s"},\n {"id": "b", "text": }]' % FR, encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["a"]
    assert err.strip() == f"quotecheck: {path}: line 2: invalid JSON: Expecting value; the rest of the array cannot be read"


def test_a_json_object_file_is_refused_not_read_as_prose(tmp_path, capsys):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "a", "text": FR}), encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "not a JSON array" in err


def test_a_csv_file_is_read_by_its_header(tmp_path, capsys):
    path = tmp_path / "a.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text"])
        writer.writerow(["r1", "Un titre", FR + "\nLa suite."])  # a text over two lines
        writer.writerow(["r2"])
        writer.writerow(["r3", "Title", EN])
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["r1", "r3"]
    assert err.splitlines()[0] == f"quotecheck: {path}:4: no 'text' value: the row has 1 of 3 columns"


def test_a_csv_without_the_text_column_is_an_input_error(tmp_path, capsys):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"quotecheck: {path}: the CSV header has no 'text' column (columns: id, body)"


def test_input_format_reads_stdin_as_records_and_any_name_as_text(tmp_path, monkeypatch, capsys):
    data = json.dumps({"id": "s", "text": FR}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "--input-format", "jsonl", "-"]) == 0
    [row] = jsonl(capsys.readouterr().out)
    assert row["id"] == "s" and row["source"] == "<stdin>"
    prose = tmp_path / "notes.jsonl"
    prose.write_text(FR, encoding="utf-8")
    assert main(["extract", "--input-format", "text", str(prose)]) == 0
    [row] = jsonl(capsys.readouterr().out)
    assert "id" not in row and row["speaker"]["name"] == "Jeanne Martin"


def test_a_directory_of_records_with_include(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    write_jsonl(tmp_path / "d" / "b.jsonl", [{"id": "b", "text": FR}])
    write_jsonl(tmp_path / "d" / "a.jsonl", [{"id": "a", "text": EN}])
    (tmp_path / "d" / "c.txt").write_text(FR, encoding="utf-8")
    assert main(["extract", "--include", "*.jsonl", str(tmp_path / "d")]) == 0
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == ["a", "b"]
    assert main(["extract", "--input-format", "jsonl", str(tmp_path / "d")]) == 0  # its extensions by default
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == ["a", "b"]


def test_records_go_through_the_jobs_pool_with_the_same_output(tmp_path, capsys):
    rows = [{"id": i, "text": (FR, EN, "Rien ici.")[i % 3]} for i in range(40)]
    rows.insert(9, "not json")
    path = write_jsonl(tmp_path / "many.jsonl", rows)
    assert main(["extract", str(path)]) == 1
    serial = capsys.readouterr()
    assert main(["extract", "--jobs", "2", str(path)]) == 1
    parallel = capsys.readouterr()
    assert parallel == serial
    assert len(jsonl(serial.out)) == 27 and f"{path}:10: invalid JSON" in serial.err


def test_records_are_read_lazily(tmp_path, monkeypatch):
    """The first record's claims are written before the last record is read."""
    from quotecheck import records

    events = []
    real = records._record
    monkeypatch.setattr(records, "_record", lambda *a: (events.append("read"), real(*a))[1])
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "text": FR} for i in range(5)])

    class Recorder(io.StringIO):
        def write(self, s):
            if "Jeanne Martin" in s:
                events.append("claims")
            return super().write(s)

    assert main(["extract", str(path)], stdout=Recorder()) == 0
    assert events[:4] == ["read", "claims", "read", "claims"]


def test_a_large_record_file_is_still_read_as_records(tmp_path, capsys):
    # larger than the window bound, which a text file would be read in windows of
    rows = [{"id": i, "text": FR + " " + "Rien. " * 2000} for i in range(30)]
    path = write_jsonl(tmp_path / "big.jsonl", rows)
    assert path.stat().st_size > 200_000
    assert main(["extract", "--language", "fr", str(path)]) == 0
    out = jsonl(capsys.readouterr().out)
    assert [r["id"] for r in out] == list(range(30))


def test_encoding_for_text_and_records(tmp_path, capsys):
    text = tmp_path / "latin1.txt"
    text.write_bytes(FR.encode("latin-1"))
    assert main(["extract", str(text)]) == 1
    assert "not valid UTF-8 (byte 0xab at offset 0)" in capsys.readouterr().err
    assert main(["extract", "--encoding", "latin-1", str(text)]) == 0
    [row] = jsonl(capsys.readouterr().out)
    assert row["speaker"]["name"] == "Jeanne Martin" and row["cue"]["text"] == "a déclaré"
    rec = tmp_path / "a.csv"
    rec.write_bytes(("id,text\nx,\"" + FR.replace('"', '""') + "\"\n").encode("cp1252"))
    assert main(["extract", "--encoding", "cp1252", str(rec)]) == 0
    assert jsonl(capsys.readouterr().out)[0]["id"] == "x"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc \x81")
    assert main(["extract", "--encoding", "cp1252", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == f"quotecheck: {bad}: not valid cp1252 (byte 0x81 at offset 4)"
    assert main(["extract", "--encoding", "klingon", str(bad)]) == 2
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_encoding_of_a_large_file_read_in_windows(tmp_path, capsys):
    path = tmp_path / "big.txt"
    body = "\n\n".join([FR] + ["Un paragraphe sans citation, écrit pour remplir."] * 6000)
    path.write_bytes(body.encode("latin-1") + b"\n\n\x81")
    assert path.stat().st_size > 200_000
    assert main(["extract", "--encoding", "cp1252", str(path)]) == 1
    out, err = capsys.readouterr()
    assert jsonl(out)[0]["speaker"]["name"] == "Jeanne Martin"
    assert err.strip() == f"quotecheck: {path}: not valid cp1252 (byte 0x81 at offset {len(body) + 2})"
