"""What ``quotecheck extract`` prints: claims as JSON lines, one JSON array, CSV, a table, or
schema.org ClaimReview objects (JSON lines of JSON-LD, :mod:`quotecheck.claimreview`).

A row is ``claim.to_dict()`` plus ``source`` (the input file) and, for a record, ``id``;
``fields`` keeps some of its keys, in the order given. JSON keeps the values as they are; CSV and
the table flatten the nested ones (a speaker is its name, a cue its words, the evidence its rule
names joined by ``+``, the hints their kinds in the table and ``kind:text`` items in CSV). Rows are rendered where the claims are extracted (in the workers with
``--jobs``); the table is laid out at the end, to fit the terminal's width. A ClaimReview names
its article by the record's URL and id, or by the input file.
"""

from __future__ import annotations

import io
import json
import unicodedata
from typing import Any, Iterable, Sequence

import attrs

from .claims import Claim

__all__ = ["FIELDS", "TABLE_FIELDS", "CSV_FIELDS", "STDIN_SOURCE", "check_fields", "csv_header", "layout_table",
           "render"]

_orjson: Any
try:  # optional speed-up for large corpora (the "fast" extra)
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None

#: every key a row may have: the claim's fields (its ``to_dict()`` keys), then what the command adds
FIELDS = (*(a.name for a in attrs.fields(Claim)), "source", "id")
TABLE_FIELDS = ("source", "id", "speaker", "kind", "confidence", "text", "hints", "evidence")
CSV_FIELDS = ("source", "id", "text", "start", "end", "kind", "speaker", "cue", "language", "confidence",
              "evidence", "paragraph", "sentence", "hints")
_LABELS = {"confidence": "conf", "text": "quote"}
#: the widest a table column is made, whatever the terminal
_MAX_WIDTH = {"text": 60, "speaker": 30, "cue": 30, "hints": 32}
#: how a narrow terminal shrinks the columns: each step cuts one column down to a width (never
#: below its header), in this order, until the lines fit; a long path goes first, a name last
_SHRINK = (("source", 24), ("text", 20), ("evidence", 10), ("hints", 12), ("source", 12), ("cue", 12), ("id", 8),
           ("speaker", 14), ("text", 12), ("source", 8), ("evidence", 4), ("hints", 6), ("speaker", 8), ("text", 4))
NO_SPEAKER = "—"
#: the ``source`` of what standard input gives (no file names it)
STDIN_SOURCE = "<stdin>"
_GAP = 2


def check_fields(spec: str) -> list[str]:
    """``"text,speaker"`` as a list of keys; ValueError naming an unknown or repeated one."""
    names = [name.strip() for name in spec.split(",")]
    for name in names:
        if name not in FIELDS:
            raise ValueError(f"--fields: unknown field {name!r}; known: {', '.join(FIELDS)}")
    repeated = {n for n in names if names.count(n) > 1}
    if repeated:
        raise ValueError(f"--fields: {', '.join(sorted(repeated))} given twice")
    return names


def render(claims: Iterable[Any], source: str, rid: str | int | None, fmt: str, fields: Sequence[str] | None,
           *, url: str | None = None, date: str | None = None) -> Any:
    """One document's rows: a str (jsonl, csv, claimreview), a list of pretty JSON str (json), or
    a list of table rows (lists of cells). ``url`` and ``date`` (a record's) go into ClaimReviews."""
    if fmt == "claimreview":
        identifier = rid if rid is not None else (None if source == STDIN_SOURCE else source)
        return "".join(_dumps_line(claim.to_claim_review(url, date, identifier=identifier)) + "\n" for claim in claims)
    rows = []
    for claim in claims:
        row = claim.to_dict()
        row["source"] = source
        if rid is not None:
            row["id"] = rid
        if fields is not None:
            row = {key: row.get(key) for key in fields}
        rows.append(row)
    if fmt == "jsonl":
        return "".join(_dumps_line(r) + "\n" for r in rows)
    if fmt == "json":
        return [_dumps_pretty(r) for r in rows]
    keys = list(fields) if fields is not None else list(CSV_FIELDS if fmt == "csv" else TABLE_FIELDS)
    if fmt == "csv":
        import csv  # here: `import quotecheck` stays light

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerows([_cell(key, r.get(key), csv=True) for key in keys] for r in rows)
        return buffer.getvalue()
    return [[_cell(key, r.get(key)) for key in keys] for r in rows]


def csv_header(fields: Sequence[str]) -> str:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def _cell(key: str, value: Any, csv: bool = False) -> str:
    """A value as one flat cell: names for speakers, words for cues, rule names for evidence."""
    if value is None:
        return NO_SPEAKER if key == "speaker" and not csv else ""
    if key == "speaker":
        value = value["name"]
    elif key == "cue":
        value = value["text"]
    elif key == "evidence":
        return "+".join(e["rule"] for e in value) or ("" if csv else "-")
    elif key == "hints":
        if csv:  # every hint, flat: "number:3,5 %; date:12 mars 2024"
            return "; ".join(f"{h['kind']}:{' '.join(h['text'].split())}" for h in value)
        kinds = dict.fromkeys(h["kind"] for h in value)  # each kind once, in text order
        return ",".join(kinds) or "-"
    elif key == "quote_marks":
        return " ".join(value)
    elif key == "confidence" and not csv:
        return f"{value:.2f}"
    text = str(value)
    return text if csv else " ".join(text.split())


def layout_table(rows: list[list[str]], fields: Sequence[str], width: int) -> list[str]:
    """The header and the rows, each column as wide as its widest cell (within ``_MAX_WIDTH``),
    the flexible columns shrunk (``_SHRINK``) until a line fits ``width`` columns of terminal."""
    header = [_LABELS.get(key, key) for key in fields]
    widths = [min(max(_width(line[i]) for line in [header, *rows]), _MAX_WIDTH.get(key, 1 << 30))
              for i, key in enumerate(fields)]
    excess = sum(widths) + _GAP * (len(widths) - 1) - width
    for key, least in _SHRINK:
        if excess <= 0:
            break
        for i, name in enumerate(fields):
            floor = max(least, min(_width(header[i]), 6))
            if name == key and widths[i] > floor:
                take = min(excess, widths[i] - floor)
                widths[i] -= take
                excess -= take
    lines = []
    for line in [header, *rows]:
        cells = [_fit(cell, w, from_left=key == "source") for cell, w, key in zip(line, widths, fields)]
        lines.append((" " * _GAP).join(cells).rstrip())
    return lines


def _width(text: str) -> int:
    """Terminal columns of ``text``: combining marks take none, wide (CJK) characters two."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int, from_left: bool = False) -> str:
    """``text`` cut to ``width`` columns with an ellipsis (its end kept when ``from_left``), padded."""
    used = _width(text)
    if used > width:
        chars = list(reversed(text)) if from_left else list(text)
        kept, used = [], 1
        for c in chars:
            w = _width(c)
            if used + w > width:
                break
            kept.append(c)
            used += w
        cut = "".join(kept)
        text = "…" + cut[::-1].lstrip() if from_left else cut.rstrip() + "…"
        used = _width(text)
    return text + " " * max(0, width - used)


def _dumps_line(obj: Any) -> str:
    if _orjson is not None:
        line: str = _orjson.dumps(obj).decode("utf-8")
        return line
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _dumps_pretty(obj: Any) -> str:
    if _orjson is not None:
        pretty: str = _orjson.dumps(obj, option=_orjson.OPT_INDENT_2).decode("utf-8")
        return pretty
    return json.dumps(obj, ensure_ascii=False, indent=2)
