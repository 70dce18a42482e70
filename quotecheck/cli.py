"""The ``quotecheck`` command: extract claims from files, score against gold files, verify quotes
against their source, group the same quote across articles (``dedupe``), list languages.

Exit codes (also in ``docs/usage.md``): 0 success; 1 some input (a file, a directory with no
matching file, a record of a record file, a quote given to ``verify``) could not be read or
analysed (the others were processed), or ``evaluate`` met a document the extractor raised on or a ``--min`` threshold
that was not met; 2 usage
errors (bad option, unknown language, unreadable or malformed gold file, unreadable ``verify
--source``); 3 the output could not
be written (standard output closed, disk full); 141 the reader of the output went away (broken
pipe, as for a command killed by SIGPIPE): the run stops quietly; 130 interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import io
import itertools
import os
import shutil
import sys
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Sequence, TextIO, cast

from . import __version__

if TYPE_CHECKING:
    from .records import Keys, Record

__all__ = ["main"]

PROG = "quotecheck"
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `yes | head`


class _UsageError(Exception):
    """Raised for an invalid command line after parsing; printed, exit code 2."""


class _OutputError(Exception):
    """The output could not be written (not a broken pipe); printed, exit code 3."""


class _Output:
    """The command's output stream: a write that fails says so as an ``_OutputError`` (a broken
    pipe stays a ``BrokenPipeError``), so that no other OSError is mistaken for it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self._do(self.stream.write, text)  # type: ignore[no-any-return]

    def flush(self) -> None:
        self._do(self.stream.flush)

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return bool(getattr(self.stream, "isatty", lambda: False)())

    @staticmethod
    def _do(action: Callable[..., Any], *args: Any) -> Any:
        try:
            return action(*args)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise _OutputError(e.strerror or str(e)) from None
        except UnicodeEncodeError as e:
            raise _OutputError(f"the output encoding {e.encoding} cannot write {e.object[e.start:e.end]!r}; "
                               "set PYTHONIOENCODING=utf-8") from None


# --------------------------------------------------------------------------------------------
# extract


def _error(message: str, err: TextIO) -> None:
    print(f"{PROG}: {message}", file=err)


class _Doc(NamedTuple):
    """One document for the workers: a text file, a record, or what could not be read."""

    source: str  #: the input file as shown (the ``source`` field)
    where: str  #: for messages: the file, or ``file:line`` for a record
    rid: str | int | None  #: the record's id (None for a text file)
    text: str | None  #: None when ``problem`` says why there is none
    language: str | None
    problem: str = ""
    url: str | None = None  #: the record's article URL and date (for --format claimreview)
    date: str | None = None


class _Done(NamedTuple):
    where: str
    rendered: Any
    problem: str
    record: bool  #: a record (counted apart from files)
    claims: int
    new: bool = True  #: the first result of a document (the later windows of a large file are not)


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    from . import Extractor, UnsupportedLanguage
    from .inputs import InputError, Meter, display_name, expand, is_large_file, read_windows
    from .output import CSV_FIELDS, TABLE_FIELDS, check_fields, csv_header, layout_table, render
    from .parallel import map_ordered
    from .progress import make_progress
    from .records import Keys, format_of
    from .windows import WINDOW_CHARS

    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    if args.fields and args.format == "claimreview":
        raise _UsageError("--fields: not with --format claimreview (its objects have a fixed shape)")
    try:
        fields = check_fields(args.fields) if args.fields else None
    except ValueError as e:
        raise _UsageError(str(e)) from None
    try:
        extractor = Extractor(args.language, min_confidence=args.min_confidence, hints=not args.no_hints,
                              require_hints=args.require_hints)
    except (UnsupportedLanguage, ValueError) as e:
        raise _UsageError(str(e)) from None
    bound = getattr(extractor, "window_chars", WINDOW_CHARS)  # a test's stand-in may have none
    reviews = args.format == "claimreview"  # only then are a record's URL and date read
    keys = Keys(text=args.text_key, id=args.id_key, language=args.language_key,
                url=args.url_key if reviews else None, date=args.date_key if reviews else None)
    includes = args.include or _default_includes(args.input_format)
    inputs = [(name, problem, format_of(name, args.input_format)) for name, problem in expand(args.files, includes)]
    any_records = any(fmt != "text" for _, _, fmt in inputs)
    meter = Meter()
    large = [not problem and fmt == "text" and is_large_file(name, bound) for name, problem, fmt in inputs]
    progress = make_progress(err, args.progress, worth=len(inputs) > 1 or any_records or any(large),
                             total=_total_bytes(name for name, problem, _ in inputs if not problem))

    if args.format == "table":  # a source column when there are several inputs, an id column for records
        fields = fields or [f for f in TABLE_FIELDS if (f != "source" or len(inputs) > 1) and (f != "id" or any_records)]
    elif args.format == "csv":
        fields = fields or [f for f in CSV_FIELDS if f != "id" or any_records]
    columns = fields or []  # csv and table: never empty
    def documents(run: Iterable[tuple[str, str, str]]) -> Iterator[_Doc]:
        return _documents(run, stdin, args.encoding, meter, keys, reviews)

    def windowed(name: str) -> Iterator[_Done]:
        """A text file larger than a window, read and extracted window by window here: its claims
        are written window by window and the file is never whole in memory."""
        source = display_name(name)
        first = True
        try:
            # read twice: the first window alone decides the language, whose quote marks then
            # decide where the windows end (never inside a quotation)
            def open_windows(quiet: Any) -> Iterator[Any]:
                return read_windows(name, bound, args.encoding, meter if quiet is not None else None, quiet=quiet)

            for part in extractor.analyze_file(open_windows):
                yield _Done(source, render(part.claims, source, None, args.format, fields), "", False, len(part.claims),
                            new=first)
                first = False
        except InputError as e:
            yield _Done(source, None, str(e), False, 0)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
            yield _Done(source, None, f"extraction failed: {type(e).__name__}: {e}", False, 0)

    jobs = args.jobs or (os.cpu_count() or 1)

    def results() -> Iterator[_Done]:
        # runs of ordinary inputs go through the process pool; a large text file between them is
        # read window by window in this process, so the output keeps the order of the inputs
        for is_large, run in itertools.groupby(zip(large, inputs), key=lambda pair: pair[0]):
            names = [item for _, item in run]
            if is_large:
                for name, _, _ in names:
                    yield from windowed(name)
            else:
                yield from map_ordered(
                    _extract_document, documents(names), processes=jobs, initializer=_same,
                    state=(extractor, args.format, fields), size=lambda doc: len(doc.text or ""),
                )

    failed_files = failed_records = records = docs = claims = 0
    writer = _JsonArrayWriter(out) if args.format == "json" else None
    collected: list[list[str]] = []
    if args.format == "csv":
        out.write(csv_header(columns))
    try:
        # each document's claims are written as soon as they and the ones before them are done
        for done in results():
            records += done.record
            docs += done.new
            claims += done.claims
            if done.problem:
                progress.write(f"{PROG}: {done.where}: {done.problem}")
                failed_records += done.record
                failed_files += not done.record
            elif args.format in ("jsonl", "csv", "claimreview"):
                out.write(done.rendered)
                out.flush()
            elif writer is not None:
                writer.write(done.rendered)
            else:
                collected.extend(done.rendered)
            progress.update(meter.read, docs, claims)
    finally:
        progress.close()
    if failed_records:
        _error(f"{failed_records} of {records} records could not be read or analysed (the others were)", err)
    if writer is not None:
        writer.close()
    elif args.format == "table":
        if collected:
            out.write("\n".join(layout_table(collected, columns, _table_width(out))) + "\n")
        else:
            out.write("(no claims)\n")
    return EXIT_INPUT if failed_files or failed_records else EXIT_OK


def _documents(run: Iterable[tuple[str, str, str]], stdin: Any, encoding: str, meter: Any, keys: Keys,
               reviews: bool = False) -> Iterator[_Doc]:
    """Every document of the inputs in ``run`` (name, problem, format), read lazily in order: a
    record file's records one by one, each with its file and line. With ``reviews``, a record's
    URL and date are checked for a ClaimReview."""
    from .inputs import InputError, display_name, open_binary, read_text
    from .output import STDIN_SOURCE
    from .records import Record, read_records

    for name, problem, fmt in run:
        source = STDIN_SOURCE if name == "-" else display_name(name)
        if problem:
            yield _Doc(source, source, None, None, None, problem)
        elif fmt == "text":
            try:
                yield _Doc(source, source, None, read_text(name, stdin, encoding, meter), None)
            except InputError as e:
                yield _Doc(source, source, None, None, None, str(e))
        else:
            try:
                with open_binary(name, stdin, meter) as handle:
                    for record in read_records(handle, fmt, keys, encoding):
                        where = f"{source}:{record.line}"
                        if isinstance(record, Record):
                            problem = _appearance_problem(record, keys) if reviews else ""
                            yield _Doc(source, where, record.id, None if problem else record.text,
                                       record.language, problem, record.url, record.date)
                        else:
                            yield _Doc(source, where, record.line, None, None, record.why)
            except InputError as e:
                yield _Doc(source, source, None, None, None, str(e))


def _table_width(out: Any) -> int:
    """``COLUMNS``, else the width of the terminal the table goes to; no limit into a file or a pipe
    (the columns keep their own caps)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if out.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return 1 << 30


def _default_includes(input_format: str | None) -> list[str]:
    """What a directory gives without ``--include``: the extensions of the forced format, else text files."""
    from .records import EXTENSIONS

    if input_format in (None, "text"):
        return ["*.txt"]
    return [f"*{ext}" for ext, fmt in EXTENSIONS.items() if fmt == input_format]


def _total_bytes(names: Iterable[str]) -> int | None:
    """The bytes of all the inputs, or None when one has no known size (standard input, a FIFO)."""
    import stat

    total = 0
    for name in names:
        try:
            info = os.stat(name) if name != "-" else None
        except OSError:
            continue  # it will be reported, and reads nothing
        if info is None or not stat.S_ISREG(info.st_mode):
            return None
        total += info.st_size
    return total


def _appearance_problem(record: Record, keys: Keys) -> str:
    """Why a record's URL or date cannot go into a ClaimReview, or "" (checked before extracting,
    so that a record with no claims is told too)."""
    from .claimreview import appearance, iso_date

    try:
        appearance(record.url)
    except ValueError as e:
        return f"bad {keys.url!r}: {e}"
    try:
        iso_date(record.date)
    except ValueError as e:
        return f"bad {keys.date!r}: {e}"
    return ""


def _same(state: Any) -> Any:
    return state


def _extract_document(state: tuple[Any, str, Any], doc: _Doc) -> _Done:
    """The document's rendered claims, or why there are none: in a worker with --jobs. The output
    is rendered here (JSON lines, pretty records, CSV rows or table cells), off the main process."""
    from . import UnsupportedLanguage
    from .output import render

    extractor, fmt, fields = state
    record = doc.rid is not None
    if doc.text is None:
        return _Done(doc.where, None, doc.problem, record, 0)
    try:
        claims = extractor.extract(doc.text, doc.language) if doc.language else extractor.extract(doc.text)
    except UnsupportedLanguage as e:
        return _Done(doc.where, None, f"bad language: {e}", record, 0)
    except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
        return _Done(doc.where, None, f"extraction failed: {type(e).__name__}: {e}", record, 0)
    rendered = render(claims, doc.source, doc.rid, fmt, fields, url=doc.url, date=doc.date)
    return _Done(doc.where, rendered, "", record, len(claims))


class _JsonArrayWriter:
    """One JSON array written element by element, laid out as ``json.dumps(items, indent=2)``."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, pretty_items: list[str]) -> None:
        for item in pretty_items:
            self.out.write(("[\n  " if self.count == 0 else ",\n  ") + item.replace("\n", "\n  "))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")


def _cmd_evaluate(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    from .evaluate import GoldFormatError, evaluate, load_gold, parse_minimums

    try:
        minimums = parse_minimums(args.min)
    except ValueError as e:
        raise _UsageError(str(e)) from None
    docs = []
    for path in args.gold:
        try:
            docs.extend(load_gold(path))
        except GoldFormatError as e:
            raise _UsageError(f"invalid gold file: {e}") from None
        except UnicodeDecodeError as e:
            raise _UsageError(f"{path}: not valid UTF-8 (offset {e.start})") from None
        except OSError as e:
            raise _UsageError(f"{path}: {e.strerror or e}") from None
    metrics = evaluate(docs, lang_hint=args.lang_hint, show=args.show, report=err)
    lines = metrics.as_lines(minimums)
    out.write("\n".join(lines) + "\n")
    return 0 if lines[-1].startswith("OK") else 1


def _cmd_verify(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    """One verdict row per quote of CLAIMS against the --source text."""
    import json

    from . import UnsupportedLanguage
    from .api import InvalidText
    from .inputs import InputError, display_name, open_binary, read_text
    from .output import layout_table
    from .verification import InvalidQuote, verify
    from .verification.rows import TABLE_FIELDS, Quote, format_of, read_quotes, row, table_cells

    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    if args.source == "-" and args.claims == "-":
        raise _UsageError("--source and CLAIMS cannot both be standard input")
    if args.language is not None:
        from .lang import load

        try:
            load(args.language)
        except UnsupportedLanguage as e:
            raise _UsageError(str(e)) from None
    try:
        source = read_text(args.source, stdin, args.encoding)
    except InputError as e:
        raise _UsageError(f"--source {display_name(args.source)}: {e}") from None
    name = "<stdin>" if args.claims == "-" else display_name(args.claims)
    failed = total = 0
    rows: list[list[str]] = []
    try:
        with open_binary(args.claims, stdin) as handle:
            for quote in read_quotes(handle, format_of(args.claims, args.input_format), args.encoding):
                total += 1
                if not isinstance(quote, Quote):
                    _error(f"{name}:{quote.line}: {quote.why}", err)
                    failed += 1
                    continue
                try:
                    verification = verify(quote.text, source, language=args.language or quote.language)
                except (InvalidQuote, InvalidText, UnsupportedLanguage) as e:
                    _error(f"{name}:{quote.line}: {e}", err)
                    failed += 1
                    continue
                data = row(quote, verification)
                if args.format == "table":
                    rows.append(table_cells(data))
                else:
                    out.write(json.dumps(data, ensure_ascii=False) + "\n")
    except InputError as e:
        _error(f"{name}: {e}", err)
        return EXIT_INPUT
    if args.format == "table":
        out.write("\n".join(layout_table(rows, TABLE_FIELDS, _table_width(out))) + "\n" if rows else "(no quotes)\n")
    if failed:
        _error(f"{failed} of {total} quotes could not be read or verified (the others were)", err)
    return EXIT_INPUT if failed else EXIT_OK


def _cmd_dedupe(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    """One JSON line per cluster of the same quote across the inputs' documents."""
    import json

    from . import Extractor, UnsupportedLanguage
    from .claims import ClaimKind
    from .clustering import QuoteIndex
    from .clustering.rows import ClaimRow, looks_like_claims, read_claims
    from .inputs import InputError, Meter, display_name, expand, open_binary
    from .records import Keys, format_of

    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise _UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    kinds = None if args.indirect else frozenset({ClaimKind.DIRECT, ClaimKind.PARTIAL})
    try:
        extractor = Extractor(args.language, kinds=kinds, hints=False)
        index = QuoteIndex(args.language, kinds=kinds, threshold=args.threshold, extractor=extractor)
    except (UnsupportedLanguage, ValueError) as e:
        raise _UsageError(str(e)) from None
    keys = Keys(text=args.text_key, id=args.id_key, language=args.language_key, date=args.date_key)
    meter = Meter()
    failed = 0

    def report(where: str, why: str) -> None:
        nonlocal failed
        failed += 1
        _error(f"{where}: {why}", err)

    includes = args.include or _default_includes(None if args.input_format == "claims" else args.input_format)
    for name, problem in expand(args.files, includes):
        fmt = "jsonl" if args.input_format == "claims" else format_of(name, args.input_format)
        source = "<stdin>" if name == "-" else display_name(name)
        if not problem and fmt == "jsonl":
            try:
                with open_binary(name, stdin, meter) as handle:
                    head: list[bytes] = []  # the blank lines before the first one, kept for line numbers
                    first = next(handle, b"")
                    while first and not first.strip():
                        head.append(first)
                        first = next(handle, b"")
                    lines = itertools.chain(head, [first], handle)
                    if args.input_format == "claims" or looks_like_claims(first):
                        for row in read_claims(lines, args.encoding, args.date_key):
                            if isinstance(row, ClaimRow):
                                index.add_claims(row.document, [row.claim], row.date)
                            else:
                                report(f"{source}:{row.line}", row.why)
                        continue
            except InputError as e:
                report(source, str(e))
                continue
        for doc in _documents([(name, problem, fmt)], stdin, args.encoding, meter, keys):
            if doc.text is None:
                report(doc.where, doc.problem)
                continue
            try:
                index.add(doc.source if doc.rid is None else doc.rid, doc.text, doc.date, doc.language)
            except UnsupportedLanguage as e:
                report(doc.where, f"bad language: {e}")
            except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
                report(doc.where, f"extraction failed: {type(e).__name__}: {e}")
    for found in index.clusters(args.min_size):
        out.write(json.dumps(found.to_dict(), ensure_ascii=False) + "\n")
    if failed:
        _error(f"{failed} inputs, records or claim rows could not be read or analysed (the others were)", err)
    return EXIT_INPUT if failed else EXIT_OK


def _cmd_languages(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    from . import supported_languages

    for code in supported_languages():
        out.write(code + "\n")
    return 0


# --------------------------------------------------------------------------------------------
# argument parsing


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not within [0, 1]")
    return number


def _hint_kinds(value: str) -> frozenset[Any]:
    from .hints import hint_kinds

    try:
        return hint_kinds(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an integer") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Who said what: quotations and reported speech in news text, attributed.",
        epilog="Exit codes: 0 ok; 1 an input (file or record) failed, or evaluate met an extractor error or "
        "a --min threshold not met; 2 usage error; "
        "3 the output could not be written; 141 broken pipe (the reader went away); 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="print the claims of text files and record files",
        description="Print the quotations and reported statements of each input: a text file (read "
        "whole, offsets are character indices into its decoded text), a record file (JSON lines, a "
        "JSON array or CSV: one article per record, offsets into the record's text), a directory "
        "(the files under it that match --include), or - for standard input.",
    )
    ex.add_argument("files", nargs="+", metavar="INPUT", help="file, directory, or - for standard input")
    ex.add_argument(
        "--format", choices=("jsonl", "json", "csv", "table", "claimreview"), default="jsonl",
        help="jsonl: one claim per line (default); json: one array; csv: a header, then one row per claim; "
        "table: for reading, as wide as the terminal (COLUMNS); claimreview: one schema.org ClaimReview "
        "(JSON-LD) per line, for a fact-checker to rate",
    )
    ex.add_argument(
        "--fields", metavar="A,B,...",
        help="the keys (json, jsonl) or columns (csv, table) to print, in this order: any claim key "
        "(text, start, end, kind, speaker, cue, language, confidence, evidence, quote_marks, paragraph, "
        "sentence, hints), source or id",
    )
    ex.add_argument("--language", metavar="CODE", help="ISO 639-1 code; default: detect per document")
    ex.add_argument(
        "--min-confidence", type=_confidence, default=0.0, metavar="X",
        help="drop claims whose confidence is below X (0..1)",
    )
    ex.add_argument(
        "--require-hints", type=_hint_kinds, metavar="KIND,...",
        help="keep only the claims with a hint of at least one of these kinds: number, percentage, "
        "money, date, duration, comparison, entity, hedge, commitment (plurals too: numbers,money)",
    )
    ex.add_argument("--no-hints", action="store_true",
                    help="leave the check-worthiness hints out (a little faster)")
    ex.add_argument(
        "--jobs", "-j", type=_non_negative, default=1, metavar="N",
        help="extract in N processes (0: one per core); the output is the same, in the same order",
    )
    rec = ex.add_argument_group("record files")
    rec.add_argument(
        "--input-format", choices=("text", "jsonl", "json", "csv"),
        help="how to read every input; default: by extension (.jsonl and .ndjson: jsonl, .json: json, "
        ".csv: csv, anything else: text)",
    )
    rec.add_argument("--text-key", default="text", metavar="KEY", help="the record's text (default: text)")
    rec.add_argument("--id-key", default="id", metavar="KEY",
                     help="the record's id, printed as id (default: id; without one, the record's line)")
    rec.add_argument("--language-key", metavar="KEY", help="the record's language code, when it has one")
    rec.add_argument("--url-key", default="url", metavar="KEY",
                     help="with --format claimreview: the record's article URL, when it has one (default: url)")
    rec.add_argument("--date-key", default="date", metavar="KEY",
                     help="with --format claimreview: the record's ISO 8601 date, when it has one (default: date)")
    ins = ex.add_argument_group("reading")
    ins.add_argument(
        "--include", action="append", metavar="GLOB",
        help="in a directory, read the files matching GLOB (repeatable; default: *.txt, or the "
        "extensions of --input-format); a record extension matched is read as records",
    )
    ins.add_argument("--encoding", default="utf-8", metavar="NAME",
                     help="the inputs' encoding (default: utf-8); decoding is strict")
    ins.add_argument(
        "--progress", choices=("auto", "always", "never"), default="auto",
        help="a progress line on stderr; auto (default): when stderr is a terminal and there are "
        "several inputs, records, or a large file",
    )
    ex.set_defaults(run=_cmd_extract)

    ev = sub.add_parser(
        "evaluate",
        help="score the extractor against gold JSONL files",
        description="Score extraction against gold JSONL files; prints one metric per line, then "
        "a summary line.",
    )
    ev.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    ev.add_argument("--lang-hint", action="store_true", help="pass each document's gold language")
    ev.add_argument(
        "--min", action="append", default=[], metavar="KEY=VALUE",
        help="fail (exit 1) when metric KEY is below VALUE; repeatable (e.g. quoted.f1=0.6)",
    )
    ev.add_argument(
        "--show", type=_non_negative, default=0, metavar="N",
        help="print up to N misses and wrong speakers on stderr",
    )
    ev.set_defaults(run=_cmd_evaluate)

    vf = sub.add_parser(
        "verify",
        help="check quotes against their source: exact, elided, altered or not found",
        description="Verify each quote of CLAIMS (JSON lines as extract writes them, or plain lines, one "
        "quote a line; - for standard input) against the --source text; prints one verdict per quote.",
    )
    vf.add_argument("claims", metavar="CLAIMS", help="a .jsonl file of claims, a file of quotes one a line, or -")
    vf.add_argument("--source", required=True, metavar="FILE", help="the text the quotes should come from")
    vf.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                    help="jsonl: one verdict per line (default); table: for reading")
    vf.add_argument("--input-format", choices=("jsonl", "lines"),
                    help="how to read CLAIMS; default: jsonl for .jsonl and .ndjson, else lines")
    vf.add_argument("--language", metavar="CODE",
                    help="the language of the negation words; default: each claim's, else the source's")
    vf.add_argument("--encoding", default="utf-8", metavar="NAME", help="the inputs' encoding (default: utf-8)")
    vf.set_defaults(run=_cmd_verify)

    dd = sub.add_parser(
        "dedupe",
        help="group the same quote across articles: one JSON line per cluster",
        description="Cluster the quotations of the inputs by statement (the same quote re-typeset, cut "
        "short or elided in other articles): text files, record files (one article per record, as for "
        "extract), or claims as extract writes them (JSON lines; recognised by their keys). Prints one "
        "JSON line per cluster, the largest first.",
    )
    dd.add_argument("files", nargs="+", metavar="INPUT", help="file, directory, or - for standard input")
    dd.add_argument("--language", metavar="CODE", help="ISO 639-1 code; default: detect per document")
    dd.add_argument("--min-size", type=_non_negative, default=1, metavar="N",
                    help="print only the clusters of at least N appearances (default: 1, every claim)")
    dd.add_argument("--threshold", type=_confidence, default=0.9, metavar="X",
                    help="the share of shingles two versions have in common to be one statement (default: 0.9)")
    dd.add_argument("--indirect", action="store_true",
                    help="cluster reported speech too (default: direct and partial quotations only)")
    dd.add_argument("--input-format", choices=("text", "jsonl", "json", "csv", "claims"),
                    help="how to read every input; default: by extension, a .jsonl of claims read as claims")
    dd.add_argument("--text-key", default="text", metavar="KEY", help="a record's text (default: text)")
    dd.add_argument("--id-key", default="id", metavar="KEY",
                    help="a record's id, the document of its appearances (default: id; else its line)")
    dd.add_argument("--language-key", metavar="KEY", help="a record's language code, when it has one")
    dd.add_argument("--date-key", default="date", metavar="KEY",
                    help="a record's (or a claim row's) date, given with each appearance (default: date)")
    dd.add_argument("--include", action="append", metavar="GLOB",
                    help="in a directory, read the files matching GLOB (repeatable; default: *.txt, or the "
                    "extensions of --input-format)")
    dd.add_argument("--encoding", default="utf-8", metavar="NAME", help="the inputs' encoding (default: utf-8)")
    dd.set_defaults(run=_cmd_dedupe)

    lg = sub.add_parser("languages", help="list the supported language codes")
    lg.set_defaults(run=_cmd_languages)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: Any = None,
) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit code."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if err is None:  # `2>&-`: Python has no sys.stderr; messages are lost, exit codes still say it
        err = io.StringIO()
    inp = stdin if stdin is not None else sys.stdin
    if out is None:  # `>&-`: Python has no sys.stdout
        _error("standard output is closed: nothing can be written", err)
        return EXIT_OUTPUT
    # the commands write and flush, and read fileno and isatty: all that _Output has of a TextIO
    out = cast(TextIO, _Output(out))
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version (0) and usage errors (2)
        return e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_USAGE)
    run: Callable[[argparse.Namespace, TextIO, TextIO, Any], int] = args.run
    try:
        code = run(args, out, err, inp)
        out.flush()  # here, not at exit: a broken pipe or a full disk must change the exit code
        return code
    except _UsageError as e:
        _error(str(e), err)
        return EXIT_USAGE
    except BrokenPipeError:  # `quotecheck extract ... | head`: stop quietly
        _silence_stdout(out)
        return EXIT_BROKEN_PIPE
    except _OutputError as e:
        _silence_stdout(out)
        _error(f"cannot write the output: {e}", err)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _silence_stdout(out: TextIO) -> None:
    """Point the output's file descriptor at /dev/null, so that the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):  # not a real file
        pass
