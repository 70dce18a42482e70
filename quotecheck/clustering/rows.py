"""Claims as ``quotecheck extract`` writes them (JSON lines), read back for ``quotecheck dedupe``.

A row is ``Claim.to_dict()`` plus ``source`` and, for a record, ``id``: the claim's document is
its ``id``, else its ``source``; its date, the row's ``date`` key when it has one. A file is read
as claims when its first JSON line has the keys of a claim (:func:`looks_like_claims`).
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable, Iterator

import attrs
from attrs import frozen

from ..claims import Claim
from ..records import BadRecord

__all__ = ["ClaimRow", "looks_like_claims", "read_claims"]

_CLAIM_KEYS = frozenset(a.name for a in attrs.fields(Claim))
_REQUIRED = frozenset({"text", "start", "end", "kind"})


@frozen
class ClaimRow:
    line: int
    document: str | int
    claim: Claim
    date: str | None


def looks_like_claims(first_line: bytes) -> bool:
    """True when a JSON line is a claim row (it has a claim's ``text``, ``start``, ``end`` and
    ``kind``), False for a record (an article) or anything else."""
    try:
        data = json.loads(first_line)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and _REQUIRED <= data.keys()


def read_claims(lines: Iterable[bytes], encoding: str = "utf-8", date_key: str | None = "date"
                ) -> Iterator[ClaimRow | BadRecord]:
    """The claim rows of JSON lines; a line that is not one is a :class:`BadRecord` saying why."""
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode(encoding).strip()
        except UnicodeDecodeError as e:
            yield BadRecord(number, f"not valid {encoding} (byte 0x{raw[e.start]:02x} at column {e.start + 1})")
            continue
        if not line:
            continue
        try:
            data: Any = json.loads(line)
        except ValueError as e:
            yield BadRecord(number, f"invalid JSON: {e}")
            continue
        if not isinstance(data, dict):
            yield BadRecord(number, "not a JSON object")
            continue
        document = data.get("id", data.get("source"))
        if isinstance(document, bool) or not isinstance(document, (str, int)):
            yield BadRecord(number, "no 'id' or 'source' (a string or an integer) names the claim's document")
            continue
        date = data.get(date_key) if date_key else None
        if date is not None and not isinstance(date, str):
            yield BadRecord(number, f"{date_key!r} is not a string")
            continue
        try:
            claim = Claim.from_dict({k: v for k, v in data.items() if k in _CLAIM_KEYS})
        except ValueError as e:
            yield BadRecord(number, str(e))
            continue
        yield ClaimRow(number, document, claim, date or None)
