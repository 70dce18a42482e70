"""What ``quotecheck verify`` reads and prints: quotes in, one verdict row per quote out.

The quotes come as JSON lines (what ``quotecheck extract`` writes: a claim's ``text``, its
``language``, and ``id``/``source`` when the command added them) or as plain lines, one quote a
line. A row is ``Verification.to_dict()`` plus ``line``, ``id`` and ``quote`` (see
``quotecheck/verification.schema.json``).
"""

from __future__ import annotations

from typing import IO, Any, Iterator

from attrs import frozen

from ..records import BadRecord, Keys, read_records
from .types import Verification

__all__ = ["QUOTE_FORMATS", "TABLE_FIELDS", "Quote", "format_of", "read_quotes", "row", "table_cells"]

QUOTE_FORMATS = ("jsonl", "lines")
TABLE_FIELDS = ("line", "verdict", "similarity", "span", "text", "changes")
_KEYS = Keys(text="text", id="id", language="language")


@frozen
class Quote:
    line: int
    id: str | int
    text: str
    language: str | None


def format_of(name: str, forced: str | None) -> str:
    """``jsonl`` for a .jsonl or .ndjson file, else ``lines``, unless ``forced``."""
    if forced:
        return forced
    return "jsonl" if name.lower().endswith((".jsonl", ".ndjson")) else "lines"


def read_quotes(handle: IO[bytes], fmt: str, encoding: str) -> Iterator[Quote | BadRecord]:
    """The quotes of a claims file, one at a time; what cannot be read is a :class:`BadRecord`."""
    if fmt == "jsonl":
        for record in read_records(handle, "jsonl", _KEYS, encoding):
            if isinstance(record, BadRecord):
                yield record
            else:
                yield Quote(record.line, record.id, record.text, record.language)
        return
    for number, raw in enumerate(handle, 1):
        try:
            text = raw.decode(encoding).rstrip("\r\n")
        except UnicodeDecodeError as e:
            yield BadRecord(number, f"not valid {encoding} (byte 0x{raw[e.start]:02x} at column {e.start + 1})")
            continue
        if text.strip():
            yield Quote(number, number, text, None)


def row(quote: Quote, verification: Verification) -> dict[str, Any]:
    return {"line": quote.line, "id": quote.id, "quote": quote.text, **verification.to_dict()}


def _change(change: dict[str, Any]) -> str:
    quote, source = " ".join(change["quote_words"]), " ".join(change["source_words"])
    text = {"substitution": f"{source}→{quote}", "insertion": f"+{quote}", "deletion": f"-{source}"}[change["kind"]]
    return text + (f" (negation {change['negation']})" if change["negation"] else "")


def table_cells(data: dict[str, Any]) -> list[str]:
    """One table line: the line, the verdict, the similarity, the span, the quote, the changes."""
    span = "" if data["start"] is None else f"{data['start']}:{data['end']}"
    return [str(data["line"]), data["verdict"], f"{data['similarity']:.2f}", span, data["quote"],
            "; ".join(_change(c) for c in data["changes"])]
