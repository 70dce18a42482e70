"""The ``quotecheck`` command: extract claims from files, score against gold files, list languages.

Exit codes (also in ``docs/usage.md``): 0 success; 1 some input file could not be read or
analysed (the others were processed) or an ``evaluate --min`` threshold was not met; 2 usage
errors (bad option, unknown language, unreadable or malformed gold file); 3 the output could not
be written (standard output closed, disk full); 141 the reader of the output went away (broken
pipe, as for a command killed by SIGPIPE): the run stops quietly; 130 interrupted.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import sys
from typing import Any, Callable, Iterator, Sequence, TextIO

from . import __version__

__all__ = ["main"]

PROG = "quotecheck"
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `yes | head`
QUOTE_WIDTH = 60
SPEAKER_WIDTH = 30
NO_SPEAKER = "—"

try:  # optional speed-up for large corpora (the "fast" extra)
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None


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
# output


def _dumps_line(obj: Any) -> str:
    if _orjson is not None:
        return _orjson.dumps(obj).decode("utf-8")  # type: ignore[no-any-return]
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _dumps_pretty(obj: Any) -> str:
    if _orjson is not None:
        return _orjson.dumps(obj, option=_orjson.OPT_INDENT_2).decode("utf-8")  # type: ignore[no-any-return]
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _table(records: list[dict[str, Any]], with_source: bool) -> list[str]:
    header = (["source"] if with_source else []) + ["speaker", "kind", "conf", "quote", "evidence"]
    rows = []
    for r in records:
        speaker = r["speaker"]["name"] if r.get("speaker") else NO_SPEAKER
        row = [
            _shorten(speaker, SPEAKER_WIDTH),
            r["kind"],
            f"{r['confidence']:.2f}",
            _shorten(r["text"], QUOTE_WIDTH),
            "+".join(e["rule"] for e in r.get("evidence", ())) or "-",
        ]
        rows.append(([r["source"]] if with_source else []) + row)
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header))]
    lines = []
    for line in [header, *rows]:
        cells = [cell.ljust(w) for cell, w in zip(line, widths)]
        lines.append("  ".join(cells).rstrip())
    return lines


# --------------------------------------------------------------------------------------------
# reading inputs


def _error(message: str, err: TextIO) -> None:
    print(f"{PROG}: {message}", file=err)


# --------------------------------------------------------------------------------------------
# subcommands


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    from . import Extractor, UnsupportedLanguage
    from .inputs import InputError, display_name, is_large_file, read_text, read_windows
    from .parallel import map_ordered
    from .windows import WINDOW_CHARS

    try:
        extractor = Extractor(args.language, min_confidence=args.min_confidence)
    except UnsupportedLanguage as e:
        raise _UsageError(str(e)) from None
    bound = getattr(extractor, "window_chars", WINDOW_CHARS)  # a test's stand-in may have none

    def documents(names: Iterator[str]) -> Iterator[tuple[str, str | None, str]]:
        """(source, text, "") or (source, None, why it could not be read), read lazily in order."""
        for name in names:
            source = "<stdin>" if name == "-" else display_name(name)
            try:
                yield source, read_text(name, stdin), ""
            except InputError as e:
                yield source, None, str(e)

    def windowed(name: str) -> Iterator[tuple[str, Any, str]]:
        """A file larger than a window, read and extracted window by window here: its claims are
        written window by window and the file is never whole in memory."""
        source = display_name(name)
        try:
            for part in extractor.analyze_windows(read_windows(name, bound)):
                yield source, _render(part.claims, source, args.format), ""
        except InputError as e:
            yield source, None, str(e)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
            yield source, None, f"extraction failed: {type(e).__name__}: {e}"

    failed = False
    writer = _JsonArrayWriter(out) if args.format == "json" else None
    collected: list[dict[str, Any]] = []
    jobs = args.jobs or (os.cpu_count() or 1)

    def results() -> Iterator[tuple[str, Any, str]]:
        # runs of ordinary files go through the process pool; a large file between them is read
        # window by window in this process, so the output keeps the order of the inputs
        for large, names in itertools.groupby(args.files, key=lambda name: is_large_file(name, bound)):
            if large:
                for name in names:
                    yield from windowed(name)
            else:
                yield from map_ordered(
                    _extract_document, documents(names), processes=jobs, initializer=_same,
                    state=(extractor, args.format), size=lambda doc: len(doc[1] or ""),
                )

    # each document's claims are written as soon as they and the ones before them are done
    for source, rendered, problem in results():
        if problem:
            _error(f"{source}: {problem}", err)
            failed = True
        elif args.format == "jsonl":
            out.write(rendered)
            out.flush()
        elif writer is not None:
            writer.write(rendered)
        else:
            collected.extend(rendered)
    if writer is not None:
        writer.close()
    elif args.format == "table":
        with_source = len(args.files) > 1
        if collected:
            out.write("\n".join(_table(collected, with_source)) + "\n")
        else:
            out.write("(no claims)\n")
    return EXIT_INPUT if failed else EXIT_OK


def _same(state: Any) -> Any:
    return state


def _extract_document(state: tuple[Any, str], doc: tuple[str, str | None, str]) -> tuple[str, Any, str]:
    """(source, the document's output, "") or (source, None, the error): in a worker with --jobs.
    The output is rendered here (JSON lines, pretty records, or table records), off the main process."""
    extractor, fmt = state
    source, text, problem = doc
    if text is None:
        return source, None, problem
    try:
        claims = extractor.extract(text)
    except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
        return source, None, f"extraction failed: {type(e).__name__}: {e}"
    return source, _render(claims, source, fmt), ""


def _render(claims: Any, source: str, fmt: str) -> Any:
    """JSON lines (one str), pretty JSON items (a list of str) or table records, with ``source``."""
    records = []
    for claim in claims:
        record = claim.to_dict()
        record["source"] = source
        records.append(record)
    if fmt == "jsonl":
        return "".join(_dumps_line(r) + "\n" for r in records)
    if fmt == "json":
        return [_dumps_pretty(r) for r in records]
    return records


def _window_bound(extractor: Any) -> int:
    from .windows import WINDOW_CHARS

    return getattr(extractor, "window_chars", WINDOW_CHARS)  # type: ignore[no-any-return]


def _file_runs(names: list[str], bound: int) -> Iterator[tuple[bool, list[str]]]:
    """The files in order, in runs: (False, files read whole) and (True, [one regular file of more
    than ``bound`` bytes]), which is read window by window so that it never sits whole in memory."""
    run: list[str] = []
    for name in names:
        try:
            large = name != "-" and os.path.getsize(name) > bound and os.path.isfile(name)
        except (OSError, ValueError):
            large = False  # read_text says why
        if large:
            if run:
                yield False, run
                run = []
            yield True, [name]
        else:
            run.append(name)
    if run:
        yield False, run


def _stream_document(extractor: Any, name: str, fmt: str, bound: int) -> Iterator[tuple[str, Any, str]]:
    """(source, output, "") for each paragraph window of a large file (quotecheck.windows), or
    (source, None, why) when it cannot be read or extracted; claims in document offsets."""
    from .inputs import display_name
    from .windows import file_windows

    source = display_name(name)
    try:
        with open(name, "rb") as handle:
            for part in extractor.analyze_windows(file_windows(handle, bound)):
                yield _render(source, list(part.claims), fmt)
    except OSError as e:
        yield source, None, e.strerror or str(e)
    except ValueError as e:  # invalid UTF-8 (with its byte offset), or the engine
        yield source, None, str(e) if str(e).startswith("not valid UTF-8") else f"extraction failed: {type(e).__name__}: {e}"
    except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
        yield source, None, f"extraction failed: {type(e).__name__}: {e}"


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
        epilog="Exit codes: 0 ok; 1 an input file failed or a --min threshold was not met; 2 usage error; "
        "3 the output could not be written; 141 broken pipe (the reader went away); 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="print the claims of text files",
        description="Print the quotations and reported statements of each UTF-8 text file. "
        "Offsets are character indices into the file's decoded text.",
    )
    ex.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for standard input")
    ex.add_argument(
        "--format", choices=("jsonl", "json", "table"), default="jsonl",
        help="jsonl: one claim per line (default); json: one array; table: for reading",
    )
    ex.add_argument("--language", metavar="CODE", help="ISO 639-1 code; default: detect per file")
    ex.add_argument(
        "--min-confidence", type=_confidence, default=0.0, metavar="X",
        help="drop claims whose confidence is below X (0..1)",
    )
    ex.add_argument(
        "--jobs", "-j", type=_non_negative, default=1, metavar="N",
        help="extract in N processes (0: one per core); the output is the same, in the same order",
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
    out = _Output(out)  # type: ignore[assignment]
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
