"""What :func:`~quotecheck.cluster` accepts as documents: ``(id, text)`` or ``(id, text, date)``
pairs, dicts read like the records of a record file (:mod:`quotecheck.records`: ``text``, ``id``,
and optional ``language`` and ``date`` keys; no id: the document's position, from 1), or objects
with ``id`` and ``text`` attributes (a :class:`~quotecheck.records.Record`)."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from ..records import BadRecord, Keys, _record
from .types import InvalidDocument

__all__ = ["Document", "document"]

_KEYS = Keys(text="text", id="id", language="language", date="date")


@frozen
class Document:
    id: str | int
    text: str
    date: str | None = None
    language: str | None = None


def document(item: Any, position: int) -> Document:
    """``item`` as a :class:`Document`; :class:`InvalidDocument` saying why it is not one."""
    if isinstance(item, dict):
        record = _record(item, position, _KEYS)
        if isinstance(record, BadRecord):
            raise InvalidDocument(f"document {position}: {record.why}")
        return Document(record.id, record.text, record.date, record.language)
    if isinstance(item, tuple) and len(item) in (2, 3):
        rid, text, date = (*item, None) if len(item) == 2 else item
    elif hasattr(item, "text") and hasattr(item, "id"):
        rid, text, date = item.id, item.text, getattr(item, "date", None)
    else:
        raise InvalidDocument(f"document {position}: expected an (id, text) pair, a dict or a record, "
                              f"got {type(item).__name__}")
    if not isinstance(text, str):
        raise InvalidDocument(f"document {position}: the text is not a str: {type(text).__name__}")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise InvalidDocument(f"document {position}: the id is not a str or an int: {type(rid).__name__}")
    if date is not None and not isinstance(date, str):
        raise InvalidDocument(f"document {position}: the date is not a str: {type(date).__name__}")
    return Document(rid, text, date or None, getattr(item, "language", None))
