"""The ``quotecheck`` command: extract claims from files, score against gold files, list languages.

Exit codes: 0 success; 1 some input file could not be read (the others were processed) or an
``evaluate --min`` threshold was not met; 2 usage errors (bad option, unknown language, unreadable
or malformed gold file).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence, TextIO

from . import __version__

if TYPE_CHECKING:
    from .windows import Window

__all__ = ["main"]

PROG = "quotecheck"
QUOTE_WIDTH = 60
SPEAKER_WIDTH = 30
NO_SPEAKER = "—"

try:  # optional speed-up for large corpora (the "fast" extra)
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None


class _UsageError(Exception):
    """Raised for an invalid command line after parsing; printed, exit code 2."""


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


def _read_text(name: str, stdin: Any) -> str:
    """The text of a file (or stdin for ``-``), decoded as strict UTF-8; OSError/ValueError on failure."""
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read() if buffer is not None else stdin.read()
    else:
        with open(name, "rb") as handle:
            data = handle.read()
    if isinstance(data, str):  # a text-only stdin (tests, notebooks)
        return data
    try:
        return data.decode("utf-8")  # no newline translation: offsets index the file's characters
    except UnicodeDecodeError as e:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None


class _ReadError(Exception):
    """An input file could not be opened, read or decoded; the message says why."""


def _file_windows(name: str, stdin: Any, bound: int) -> Iterator[Window]:
    """The paragraph windows of a file (or stdin for ``-``), read a piece at a time so that a large
    file never sits whole in memory; a file under ``bound`` characters is one window, read whole
    before anything is extracted. Reading failures raise :class:`_ReadError`."""
    from .windows import file_windows, text_windows

    try:
        if name != "-":
            with open(name, "rb") as handle:
                yield from file_windows(handle, bound)
        elif getattr(stdin, "buffer", None) is None:  # a text-only stdin (tests, notebooks)
            yield from text_windows(stdin.read(), bound)
        else:
            yield from file_windows(stdin.buffer, bound)
    except OSError as e:
        raise _ReadError(e.strerror or str(e)) from None
    except ValueError as e:  # invalid UTF-8, with its byte offset
        raise _ReadError(str(e)) from None


def _window_bound(extractor: Any) -> int:
    from .windows import WINDOW_CHARS

    return getattr(extractor, "window_chars", WINDOW_CHARS)  # type: ignore[no-any-return]


def _window_claims(extractor: Any, windows: Iterator[Window]) -> Iterator[list[Any]]:
    """The claims of one file, one list per window; a file of one window is extracted whole."""
    first = next(windows, None)
    second = next(windows, None) if first is not None else None
    if first is None:
        yield extractor.extract("")
    elif second is None:
        yield extractor.extract(first.text)
    else:
        for part in extractor.analyze_windows(itertools.chain((first, second), windows)):
            yield list(part.claims)


def _error(message: str, err: TextIO) -> None:
    print(f"{PROG}: {message}", file=err)


# --------------------------------------------------------------------------------------------
# subcommands


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: Any) -> int:
    from . import Extractor, UnsupportedLanguage

    try:
        extractor = Extractor(args.language, min_confidence=args.min_confidence)
    except UnsupportedLanguage as e:
        raise _UsageError(str(e)) from None
    failed = False
    collected: list[dict[str, Any]] = []
    for name in args.files:
        source = "<stdin>" if name == "-" else name
        try:  # window by window: each window's claims are written as soon as they exist
            for claims in _window_claims(extractor, _file_windows(name, stdin, _window_bound(extractor))):
                records = []
                for claim in claims:
                    record = claim.to_dict()
                    record["source"] = source
                    records.append(record)
                if args.format == "jsonl":
                    for record in records:
                        out.write(_dumps_line(record) + "\n")
                    out.flush()
                else:
                    collected.extend(records)
        except _ReadError as e:
            _error(f"{name}: {e}", err)
            failed = True
        except BrokenPipeError:
            raise  # the reader went away: main() ends quietly
        except Exception as e:  # noqa: BLE001 - one bad document must not stop a batch
            _error(f"{name}: extraction failed: {type(e).__name__}: {e}", err)
            failed = True
    if args.format == "json":
        out.write(_dumps_pretty(collected) + "\n")
    elif args.format == "table":
        with_source = len(args.files) > 1
        if collected:
            out.write("\n".join(_table(collected, with_source)) + "\n")
        else:
            out.write("(no claims)\n")
    return 1 if failed else 0


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
        epilog="Exit codes: 0 ok; 1 an input file failed or a --min threshold was not met; 2 usage error.",
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
    inp = stdin if stdin is not None else sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version (0) and usage errors (2)
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    run: Callable[[argparse.Namespace, TextIO, TextIO, Any], int] = args.run
    try:
        return run(args, out, err, inp)
    except _UsageError as e:
        _error(str(e), err)
        return 2
    except BrokenPipeError:  # `quotecheck extract ... | head`: stop quietly
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # pragma: no cover - stdout is not a real file
        pass
