"""quotecheck over a ``dask.bag`` of JSONL partitions (the ``[dask]`` extra).

>>> from quotecheck.integrations import dask_bag                        # doctest: +SKIP
>>> rows = dask_bag.extract_bag(dask_bag.read_jsonl("articles/*.jsonl"))  # doctest: +SKIP
>>> rows.map(lambda r: len(r.get("claims", []))).sum().compute()          # doctest: +SKIP

Each partition runs :func:`~quotecheck.integrations.partitions.claims_of_records` (one
``Extractor`` per partition); the rows are described there.
"""

from __future__ import annotations

import functools
from typing import Any

from ..backends import BackendUnavailable
from .partitions import claim_rows, claims_of_records

__all__ = ["read_jsonl", "extract_bag", "claims_bag"]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise BackendUnavailable("dask is not installed: pip install 'quotecheck[dask]'") from exc
    return dask.bag


def read_jsonl(paths: str | list[str], blocksize: int | str | None = "16MiB") -> Any:
    """A bag of the JSON lines of ``paths`` (globs allowed), one partition per ``blocksize``."""
    return _dask_bag().read_text(paths, blocksize=blocksize)


def _partition(records: Any, **options: Any) -> list[dict[str, Any]]:
    return list(claims_of_records(records, **options))


def extract_bag(bag: Any, **options: Any) -> Any:
    """A bag of one result row per record of ``bag`` (JSON lines or dicts), in the same order.

    ``options`` are :func:`claims_of_records`'s: ``text_field``, ``id_field``, ``language`` and
    :class:`~quotecheck.Extractor`'s keyword options.
    """
    _dask_bag()
    return bag.map_partitions(functools.partial(_partition, **options))


def claims_bag(rows: Any) -> Any:
    """One row per claim (the claim's dict plus its document's ``id``) from result rows."""
    return rows.map_partitions(lambda part: list(claim_rows(part)))
