"""One partition of documents in, one result row per document out: the function that Dask's
``map_partitions`` and Spark's ``mapPartitions`` run on each worker.

A record is a dict (or a JSON line holding one) with the text under ``text_field`` and an optional
identifier under ``id_field``. Each yields exactly one row, in input order::

    {"id": ..., "language": "fr", "skipped_marks": 0, "claims": [Claim.to_dict(), ...]}
    {"id": ..., "error": "record 3: no string under 'text'"}      # malformed: counted, not fatal

Rows are plain JSON-ready dicts so that any framework can ship them between processes;
``Claim.from_dict`` turns a row's claims back into claims. One :class:`~quotecheck.Extractor` is
built per partition, not per document.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from ..api import Extractor

__all__ = ["claims_of_records", "claim_rows"]


def claims_of_records(
    records: Iterable[dict[str, Any] | str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    language: str | None = None,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """One result row per record of the partition (see the module's docstring)."""
    extractor = Extractor(language, **options)
    for n, record in enumerate(records):
        yield _row(extractor, record, n, text_field, id_field)


def claim_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Flatten result rows into one row per claim, each with its document's ``id``."""
    for row in rows:
        for claim in row.get("claims", ()):
            yield dict(claim, id=row.get("id"))


def _row(extractor: Extractor, record: dict[str, Any] | str, n: int, text_field: str, id_field: str) -> dict[str, Any]:
    if isinstance(record, str):
        if not record.strip():
            return {"id": None, "error": f"record {n}: empty line"}
        try:
            record = json.loads(record)
        except json.JSONDecodeError as exc:
            return {"id": None, "error": f"record {n}: not JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(record, dict):
        return {"id": None, "error": f"record {n}: a JSON object was expected, got {type(record).__name__}"}
    doc_id = record.get(id_field)
    text = record.get(text_field)
    if not isinstance(text, str):
        return {"id": doc_id, "error": f"record {n}: no string under {text_field!r}"}
    try:
        analysis = extractor.analyze(text, record.get("language") if isinstance(record.get("language"), str) else None)
    except ValueError as exc:  # an unknown language code in the record: that record only
        return {"id": doc_id, "error": f"record {n}: {exc}"[:500]}
    return {
        "id": doc_id,
        "language": analysis.language,
        "skipped_marks": analysis.skipped_marks,
        "claims": [c.to_dict() for c in analysis.claims],
    }
