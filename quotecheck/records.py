"""Record files: articles as JSON lines, one JSON array or CSV rows, read one record at a time.

Each record gives a text (``text_key``), an id (``id_key``) and, when asked, a language
(``language_key``), the article's URL and its date (``url_key``, ``date_key``: strings, for the
ClaimReview output). A record that cannot be used (a line that is not JSON, no text, a text that
is not a string) is yielded as a :class:`BadRecord` saying where and why, and reading goes on
with the next one: one bad line costs no neighbour. What makes the rest of the file unreadable
(a JSON array broken in the middle, a CSV header without the text column, bytes that are not in
the encoding of a CSV or JSON file) raises :class:`~quotecheck.inputs.InputError` after the
records before it were yielded.

Records are parsed lazily: a file of any length is held in memory a record (a JSON array: a
read-ahead buffer) at a time. Without an id key in a record, its id is the number of the line
where the record starts, so that every claim can be traced back to its record.
"""

from __future__ import annotations

import codecs
import io
import json
import os
from typing import IO, Any, Iterator

from attrs import frozen

from .inputs import InputError

__all__ = ["EXTENSIONS", "RECORD_FORMATS", "BadRecord", "Keys", "Record", "format_of", "read_records"]

#: the record formats, and the file extensions read as each of them by default
RECORD_FORMATS = ("jsonl", "json", "csv")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}
_CHUNK_CHARS = 1 << 16
_CSV_FIELD_LIMIT = 2**31 - 1  # csv's default (128 KiB) is below a long article


@frozen
class Keys:
    """Where a record keeps its text, its id and, optionally, its language, URL and date (None:
    not read)."""

    text: str = "text"
    id: str = "id"
    language: str | None = None
    url: str | None = None
    date: str | None = None


@frozen
class Record:
    line: int  #: the line of the file where the record starts (1-based)
    id: str | int
    text: str
    language: str | None  #: None: detect (no language key, or an empty or null value)
    url: str | None = None  #: as written (checked where it is used); None: no key, or empty or null
    date: str | None = None  #: as written, same


@frozen
class BadRecord:
    line: int
    why: str


def format_of(name: str, forced: str | None) -> str:
    """``forced``, else the record format of ``name``'s extension, else ``"text"`` (prose)."""
    if forced:
        return forced
    if name == "-":
        return "text"
    return EXTENSIONS.get(os.path.splitext(name)[1].lower(), "text")


def read_records(handle: IO[bytes], fmt: str, keys: Keys, encoding: str = "utf-8") -> Iterator[Record | BadRecord]:
    """The records of binary stream ``handle`` in format ``fmt`` (one of :data:`RECORD_FORMATS`)."""
    if fmt == "jsonl":
        return _jsonl(handle, keys, encoding)
    if fmt == "json":
        return _json_array(_text_stream(handle, encoding), keys, _decoding_error(encoding))
    if fmt == "csv":
        return _csv(_text_stream(handle, encoding), keys, _decoding_error(encoding))
    raise ValueError(f"not a record format: {fmt!r}")


def _record(data: Any, line: int, keys: Keys) -> Record | BadRecord:
    """A record from one JSON value or CSV row (a dict), or what is wrong with it."""
    if not isinstance(data, dict):
        return BadRecord(line, f"not a JSON object: {_json_type(data)}")
    if keys.text not in data:
        return BadRecord(line, f"no {keys.text!r} key" + _known(data))
    text = data[keys.text]
    if not isinstance(text, str):
        return BadRecord(line, f"{keys.text!r} is not a string: {_json_type(text)}")
    rid = data.get(keys.id)
    if rid is None or rid == "":
        rid = line
    elif isinstance(rid, bool) or not isinstance(rid, (str, int)):
        return BadRecord(line, f"{keys.id!r} is not a string or an integer: {_json_type(rid)}")
    language = data.get(keys.language) if keys.language else None
    if language == "":
        language = None
    if language is not None and not isinstance(language, str):
        return BadRecord(line, f"{keys.language!r} is not a language code: {_json_type(language)}")
    optional = []
    for key in (keys.url, keys.date):
        value = data.get(key) if key else None
        if value is not None and not isinstance(value, str):
            return BadRecord(line, f"{key!r} is not a string: {_json_type(value)}")
        optional.append(value or None)
    return Record(line, rid, text, language, *optional)


def _known(data: dict[str, Any]) -> str:
    names = list(data)
    shown = ", ".join(repr(n) for n in names[:8]) + (", …" if len(names) > 8 else "")
    return f" (keys: {shown})" if names else " (an empty object)"


def _json_type(value: Any) -> str:
    """What a JSON value is, with a glimpse of it: ``an array``, ``the number 1.5``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    names: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
    return names.get(type(value), type(value).__name__)


def _decoding_error(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return "not valid UTF-8" if name == "utf-8" else f"not valid {encoding}"


def _text_stream(handle: IO[bytes], encoding: str) -> io.TextIOWrapper:
    # utf-8-sig: a byte order mark (Excel writes one) is not part of the first key
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    return io.TextIOWrapper(handle, encoding=codec, errors="strict", newline="")


def _jsonl(handle: IO[bytes], keys: Keys, encoding: str) -> Iterator[Record | BadRecord]:
    """One JSON value per line; blank lines skipped; each line decoded on its own, so that a line
    in another encoding is one bad record, not the end of the file."""
    if "\n".encode(encoding) != b"\n":
        raise InputError(f"JSON lines cannot be read as {encoding}: use an encoding where a line ends with byte 0x0a")
    bad_bytes = _decoding_error(encoding)
    for number, raw in enumerate(handle, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as e:
            yield BadRecord(number, f"{bad_bytes} (byte 0x{raw[e.start]:02x} at column {e.start + 1})")
            continue
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            yield BadRecord(number, f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        yield _record(data, number, keys)


def _json_array(stream: io.TextIOWrapper, keys: Keys, bad_bytes: str) -> Iterator[Record | BadRecord]:
    """The elements of one JSON array, decoded one at a time from a read-ahead buffer."""
    decoder = json.JSONDecoder()
    buffer = ""
    pos = 0  # in buffer
    line = 1  # the line of buffer[pos]
    eof = False

    def fill() -> bool:
        nonlocal buffer, pos, eof
        if eof:
            return False
        try:
            chunk = stream.read(_CHUNK_CHARS)
        except UnicodeDecodeError as e:
            raise InputError(f"{bad_bytes} (byte 0x{e.object[e.start]:02x}); see --encoding") from None
        eof = not chunk
        buffer = buffer[pos:] + chunk
        pos = 0
        return not eof

    def skip_space() -> str:
        """The next character that is not white space ("" at the end), at ``pos``."""
        nonlocal pos, line
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n":
                line += buffer[pos] == "\n"
                pos += 1
            if pos < len(buffer) or not fill():
                return buffer[pos] if pos < len(buffer) else ""

    first = skip_space()
    if first != "[":
        raise InputError(f"line {line}: not a JSON array (a JSON file holds one array of records; "
                         "use .jsonl for one record per line)" if first else "empty file: no JSON array")
    pos += 1
    expect_item = True
    count = 0
    while True:
        char = skip_space()
        if char == "]" and (not expect_item or not count):
            return  # "[]", or the end after a record ("[1, ]" goes on to an error below)
        if not expect_item:
            if not char:
                raise InputError(f"line {line}: invalid JSON: the array is not closed")
            if char != ",":
                raise InputError(f"line {line}: invalid JSON: expected ',' or ']' between records")
            pos += 1
            expect_item = True
            continue
        if not char or char == "]":
            raise InputError(f"line {line}: invalid JSON: " + ("a ',' before ']'" if char else "the array is not closed"))
        while True:
            try:
                data, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as e:
                if not eof and fill():
                    continue  # the value goes on in the next chunk
                raise InputError(f"line {line + buffer.count(chr(10), pos, e.pos)}: invalid JSON: {e.msg}; "
                                 "the rest of the array cannot be read") from None
            if end == len(buffer) and not eof and fill():
                continue  # a number cut by the chunk's end: read on and parse it again
            break
        yield _record(data, line, keys)
        line += buffer.count("\n", pos, end)
        pos = end
        expect_item = False
        count += 1


def _csv(stream: io.TextIOWrapper, keys: Keys, bad_bytes: str) -> Iterator[Record | BadRecord]:
    """A header row naming the columns, then one record per row (blank rows skipped)."""
    import csv  # here: `import quotecheck` stays light

    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(stream, strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("empty file: no CSV header")
        if keys.text not in header:
            raise InputError(f"the CSV header has no {keys.text!r} column (columns: {', '.join(header)})")
        previous = reader.line_num
        while True:
            try:
                row = next(reader, None)
            except csv.Error as e:
                yield BadRecord(previous + 1, f"invalid CSV: {e}")
                previous = reader.line_num
                continue
            if row is None:
                return
            start, previous = previous + 1, reader.line_num
            if not row:
                continue
            if len(row) < len(header) and keys.text not in header[: len(row)]:
                yield BadRecord(start, f"no {keys.text!r} value: the row has {len(row)} of {len(header)} columns")
                continue
            yield _record(dict(zip(header, row)), start, keys)
    except UnicodeDecodeError as e:
        raise InputError(f"{bad_bytes} (byte 0x{e.object[e.start]:02x}); see --encoding") from None
