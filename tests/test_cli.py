"""The ``quotecheck`` command, in process (main(argv) → exit code) and once as ``python -m``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import COMMAND, cli_env, jsonl, run_cli

import quotecheck
from quotecheck.cli import main

pytestmark = pytest.mark.usefixtures("no_columns")

SENTENCE = "« Nous partirons demain », a déclaré Jeanne Martin."
QUOTE = "Nous partirons demain"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le maire a dit : «Non».".encode("latin-1"))  # « is byte 0xab at offset 17
    return path


def assert_jeanne(record: dict, source: str) -> None:
    assert record["text"] == QUOTE
    assert record["kind"] == "direct"
    assert record["speaker"]["name"] == "Jeanne Martin"
    assert record["source"] == source


# ---------------------------------------------------------------------------------------------
# extract


def test_extract_prints_one_json_line_per_claim(article, capsys):
    assert main(["extract", str(article)]) == 0
    out, err = capsys.readouterr()
    records = jsonl(out)
    assert len(records) == 1 and err == ""
    assert_jeanne(records[0], str(article))
    text = article.read_text(encoding="utf-8")
    assert text[records[0]["start"] : records[0]["end"]] == QUOTE
    assert "«" in out  # not escaped as \\u00ab


def test_extract_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "-"]) == 0
    records = jsonl(capsys.readouterr().out)
    assert len(records) == 1
    assert_jeanne(records[0], "<stdin>")


def test_a_non_utf8_file_is_reported_and_the_others_still_processed(latin1, article, capsys):
    assert main(["extract", str(latin1), str(article)]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"quotecheck: {latin1}: not valid UTF-8 (byte 0xab at offset 17)"
    records = jsonl(out)
    assert len(records) == 1
    assert_jeanne(records[0], str(article))


def test_a_missing_file_is_reported(tmp_path, article, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing), str(article)]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"quotecheck: {missing}: No such file or directory"
    assert len(jsonl(out)) == 1


def test_format_json_is_one_array(article, capsys):
    assert main(["extract", "--format", "json", str(article), str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert_jeanne(data[0], str(article))


def test_format_table_has_a_header_and_a_row_per_claim(article, capsys):
    assert main(["extract", "--format", "table", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["speaker", "kind", "conf", "quote", "hints", "evidence"]
    assert len(lines) == 2
    assert lines[1].startswith("Jeanne Martin") and "direct" in lines[1] and QUOTE in lines[1]


def test_format_table_shortens_long_quotes(tmp_path, capsys):
    long = "Nous partirons demain matin " * 5
    path = tmp_path / "long.txt"
    path.write_text(f"« {long.strip()} », a déclaré Jeanne Martin.", encoding="utf-8")
    assert main(["extract", "--format", "table", str(path)]) == 0
    row = capsys.readouterr().out.splitlines()[1]
    assert "…" in row and long.strip() not in row


def test_options_reach_the_extractor(article, monkeypatch, capsys):
    seen = {}

    class FakeExtractor:
        def __init__(self, language=None, *, min_confidence=0.0, **kwargs):
            seen.update(language=language, min_confidence=min_confidence)

        def extract(self, text, language=None):
            return [quotecheck.Claim.from_span(text, 2, 23, "direct", confidence=0.8)]

    monkeypatch.setattr(quotecheck, "Extractor", FakeExtractor)
    assert main(["extract", "--min-confidence", "0.6", "--language", "fr", str(article)]) == 0
    assert seen == {"language": "fr", "min_confidence": 0.6}
    [record] = jsonl(capsys.readouterr().out)
    assert record["speaker"] is None and record["confidence"] == 0.8 and record["text"] == QUOTE


def test_min_confidence_out_of_range_is_a_usage_error(article, capsys):
    assert main(["extract", "--min-confidence", "1.5", str(article)]) == 2
    assert "not within [0, 1]" in capsys.readouterr().err


def test_an_extraction_crash_is_reported_per_file(article, tmp_path, monkeypatch, capsys):
    other = tmp_path / "other.txt"
    other.write_text("boom", encoding="utf-8")

    class Flaky:
        def __init__(self, *args, **kwargs):
            pass

        def extract(self, text, language=None):
            if text == "boom":
                raise RuntimeError("engine bug")
            return [quotecheck.Claim.from_span(text, 2, 23, "direct")]

    monkeypatch.setattr(quotecheck, "Extractor", Flaky)
    assert main(["extract", str(other), str(article)]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"quotecheck: {other}: extraction failed: RuntimeError: engine bug"
    assert len(jsonl(out)) == 1


def test_table_without_speaker_and_several_files(article, monkeypatch, capsys):
    class NoSpeaker:
        def __init__(self, *args, **kwargs):
            pass

        def extract(self, text, language=None):
            return [quotecheck.Claim.from_span(text, 2, 23, "direct", evidence=[quotecheck.Evidence("a"),
                                                                                quotecheck.Evidence("b")])]

    monkeypatch.setattr(quotecheck, "Extractor", NoSpeaker)
    assert main(["extract", "--format", "table", str(article), str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "speaker", "kind", "conf", "quote", "hints", "evidence"]
    assert len(lines) == 3
    assert lines[1].split()[:5] == [str(article), "—", "direct", "1.00", "Nous"]
    assert lines[1].endswith("a+b")


def test_forced_language(article, capsys):
    assert main(["extract", "--language", "fr", str(article)]) == 0
    records = jsonl(capsys.readouterr().out)
    assert [r["language"] for r in records] == ["fr"]


def test_unknown_language_exits_2_and_lists_the_supported_ones(article, capsys):
    assert main(["extract", "--language", "xx", str(article)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "unsupported language 'xx'" in err
    for code in quotecheck.supported_languages():
        assert code in err


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert main(["extract", "--format", "xml", "a.txt"]) == 2
    assert main(["frobnicate"]) == 2
    assert "usage:" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# languages, version


def test_languages_lists_the_supported_codes(capsys):
    assert main(["languages"]) == 0
    codes = capsys.readouterr().out.split()
    assert codes == list(quotecheck.supported_languages())
    assert "fr" in codes


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"quotecheck {quotecheck.__version__}"


# ---------------------------------------------------------------------------------------------
# evaluate


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    start = SENTENCE.index(QUOTE)
    doc = {
        "id": "t-1", "lang": "fr", "source": "test", "text": SENTENCE,
        "quotes": [{"text": QUOTE, "start": start, "end": start + len(QUOTE), "kind": "direct",
                    "speaker": "Jeanne Martin", "cue": "a déclaré"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_prints_the_metrics_and_the_summary(gold, capsys):
    assert main(["evaluate", "--lang-hint", str(gold)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "quoted.f1: 1.000" in lines
    assert "quoted.gold: 1" in lines and "docs: 1" in lines
    assert lines[-1].startswith("OK |  quoted.f1=1.000")


def test_evaluate_min_threshold(gold, capsys):
    assert main(["evaluate", str(gold), "--min", "quoted.f1=0.5"]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(gold), "--min", "quoted.f1=1.01", "--min", "errors=0"]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("FAIL quoted.f1=1.000<1.01 | ")


def test_evaluate_fails_and_names_the_document_when_the_extractor_raises(gold, monkeypatch, capsys):
    def crash(text, language=None, **options):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(quotecheck, "extract_claims", crash)
    assert main(["evaluate", str(gold)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[-1].startswith("FAIL errors=1>0 | ")
    assert "document 't-1' raised" in err and "engine bug" in err


def test_evaluate_bad_min_and_bad_gold_exit_2(gold, tmp_path, capsys):
    assert main(["evaluate", str(gold), "--min", "quoted.f2=0.5"]) == 2
    assert "unknown metric 'quoted.f2'" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    doc = json.loads(gold.read_text(encoding="utf-8"))
    doc["quotes"][0]["start"] += 1
    bad.write_text("\n" + json.dumps(doc) + "\n", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"quotecheck: invalid gold file: {bad}:2: quote 0:")
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == 2
    assert "No such file" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# as a separate process


def test_python_dash_m_quotecheck(article, latin1):
    proc = run_cli(["extract", str(latin1), "-"], input=SENTENCE.encode("utf-8"), timeout=120)
    assert proc.returncode == 1, proc.stderr.decode()
    records = jsonl(proc.stdout.decode("utf-8"))
    assert len(records) == 1
    assert_jeanne(records[0], "<stdin>")
    assert proc.stderr.decode("utf-8").strip() == f"quotecheck: {latin1}: not valid UTF-8 (byte 0xab at offset 17)"


# ---------------------------------------------------------------------------------------------
# inputs that are not plain files, names that are not UTF-8, outputs that go away


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_no_writer_is_reported_at_once_and_the_others_still_processed(tmp_path, article):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = run_cli(["extract", str(fifo), str(article)])  # a blocking open would wait for ever (timeout)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == f"quotecheck: {fifo}: a FIFO with no writer: nothing to read " \
                                           "(start the writer first, or use - and a pipe)"
    assert_jeanne(jsonl(proc.stdout.decode())[0], str(article))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_with_a_writer_is_read(tmp_path, capsys):
    import threading
    import time

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)  # a writer that is there before the reader
    os.write(writer, SENTENCE.encode("utf-8"))
    closer = threading.Thread(target=lambda: (time.sleep(1.0), os.close(writer)))
    closer.start()
    try:
        assert main(["extract", str(fifo)]) == 0
    finally:
        closer.join()
    assert_jeanne(jsonl(capsys.readouterr().out)[0], str(fifo))


def test_a_directory_is_read_recursively_in_sorted_order(tmp_path, capsys):
    top = tmp_path / "corpus"
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "a.txt", "notes.md", ".hidden.txt", ".git/x.txt"]:
        path = top / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SENTENCE, encoding="utf-8")
    assert main(["extract", str(top)]) == 0
    sources = [os.path.relpath(r["source"], top) for r in jsonl(capsys.readouterr().out)]
    assert sources == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt"]  # no .md, no hidden file
    assert main(["extract", "--include", "*.md", "--include", "b/*.txt", str(top / "a"), str(top)]) == 0
    sources = [os.path.relpath(r["source"], top) for r in jsonl(capsys.readouterr().out)]
    assert sources == ["a/b/c.txt", "notes.md"]


def test_a_directory_with_no_matching_file_is_an_input_error(tmp_path, article, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["extract", str(empty), str(article)]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"quotecheck: {empty}: a directory with no file matching *.txt (see --include)"
    assert len(jsonl(out)) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_later_files_stillrun_cli(tmp_path, article, fmt):
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    proc = run_cli(["extract", "--format", fmt, odd, os.fsencode(article)])
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8")  # strict: no invalid bytes were written
    shown = os.fsdecode(tmp_path) + "/caf\\xe9.txt"
    if fmt == "table":
        assert out.count("Jeanne Martin") == 2 and "caf\\xe9.txt" in out
        return
    records = jsonl(out) if fmt == "jsonl" else json.loads(out)
    assert [r["source"] for r in records] == [shown, str(article)]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_a_closed_pipe_ends_quietly_with_exit_code_141(article, fmt):
    proc = subprocess.Popen([*COMMAND, "extract", "--format", fmt, str(article)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
    proc.stdout.close()  # the reader goes away before anything is written
    assert proc.wait(timeout=60) == 141
    assert proc.stderr.read() == b""
    proc.stderr.close()


def test_a_pipe_closed_midway_never_exits_0(tmp_path):
    files = []
    for i in range(60):  # more than a pipe buffer of output
        path = tmp_path / f"a{i}.txt"
        path.write_text((SENTENCE + " ") * 20, encoding="utf-8")
        files.append(str(path))
    for fmt in ("jsonl", "json"):
        proc = subprocess.Popen([*COMMAND, "extract", "--format", fmt, "--language", "fr", *files],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
        assert len(proc.stdout.read(100)) == 100
        proc.stdout.close()
        assert proc.wait(timeout=120) == 141
        assert proc.stderr.read() == b""
        proc.stderr.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
def test_closed_stdout_and_stdin_are_said_plainly(article):
    proc = run_cli(["extract", str(article)], preexec_fn=lambda: os.close(1))
    assert proc.returncode == 3
    assert proc.stderr.decode().strip() == "quotecheck: standard output is closed: nothing can be written"
    proc = run_cli(["extract", "-", str(article)], stdin=None, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == "quotecheck: <stdin>: standard input is closed"
    assert_jeanne(jsonl(proc.stdout.decode())[0], str(article))


def test_a_full_disk_is_exit_code_3_with_a_message(article):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        proc = run_cli(["extract", "--format", "json", str(article)], stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 3
    assert proc.stderr.decode().strip() == "quotecheck: cannot write the output: No space left on device"


# ---------------------------------------------------------------------------------------------
# streaming and --jobs


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_each_document_is_written_before_the_next_is_read(tmp_path, article, monkeypatch, fmt):
    from quotecheck import inputs

    events = []
    real = inputs.read_text
    monkeypatch.setattr(inputs, "read_text", lambda *args: (events.append("read"), real(*args))[1])

    class Recorder(io.StringIO):
        def write(self, s):
            if "Jeanne Martin" in s:
                events.append("claims")
            return super().write(s)

    out = Recorder()
    assert main(["extract", "--format", fmt, str(article), str(article)], stdout=out) == 0
    assert events[:3] == ["read", "claims", "read"]
    records = jsonl(out.getvalue()) if fmt == "jsonl" else json.loads(out.getvalue())
    assert len(records) == 2


def test_format_json_with_no_claims_is_an_empty_array(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("Rien ici.", encoding="utf-8")
    assert main(["extract", "--format", "json", str(empty)]) == 0
    assert capsys.readouterr().out == "[]\n"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_jobs_2_prints_the_same_as_one_process(tmp_path, latin1, fmt, capsys):
    sentences = [SENTENCE, "Paul Roux a affirmé que tout était prêt.", "Rien ici.",
                 '"We will not raise taxes," the mayor said on Monday.']
    files = []
    for i in range(12):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(" ".join(sentences[i % len(sentences):] + [f"Numéro {i}."]), encoding="utf-8")
        files.append(str(path))
    files.insert(5, str(latin1))
    assert main(["extract", "--format", fmt, *files]) == 1
    serial = capsys.readouterr()
    assert main(["extract", "--format", fmt, "--jobs", "2", *files]) == 1
    parallel = capsys.readouterr()
    assert parallel.out == serial.out and parallel.err == serial.err
    assert serial.out.count("Jeanne Martin") >= 3


def test_jobs_must_be_a_non_negative_integer(article, capsys):
    assert main(["extract", "--jobs", "-1", str(article)]) == 2
    assert "negative" in capsys.readouterr().err


def test_an_output_encoding_that_cannot_write_the_claims_is_exit_code_3(article):
    proc = run_cli(["extract", str(article)], env=cli_env(PYTHONIOENCODING="ascii"))  # "a déclaré"
    assert proc.returncode == 3
    assert proc.stderr.decode().startswith("quotecheck: cannot write the output: the output encoding ascii cannot write")
    assert "PYTHONIOENCODING=utf-8" in proc.stderr.decode()
