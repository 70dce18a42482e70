"""quotecheck over a Spark RDD with ``mapPartitions`` (the ``[spark]`` extra).

>>> from pyspark.sql import SparkSession                                     # doctest: +SKIP
>>> from quotecheck.integrations import spark as qs                          # doctest: +SKIP
>>> sc = SparkSession.builder.master("local[2]").getOrCreate().sparkContext  # doctest: +SKIP
>>> rows = qs.extract_rdd(sc.textFile("articles/*.jsonl"))                   # doctest: +SKIP
>>> rows.map(json.dumps).saveAsTextFile("claims/")                           # doctest: +SKIP

Each partition runs :func:`~quotecheck.integrations.partitions.claims_of_records` (one
``Extractor`` per partition, built on the executor); quotecheck must be installed where the
executors run (``pip install quotecheck`` on each node, or ``--py-files`` with a wheel).
"""

from __future__ import annotations

import functools
from typing import Any

from ..backends import BackendUnavailable
from .partitions import claim_rows, claims_of_records

__all__ = ["extract_rdd", "claims_rdd"]


def _require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise BackendUnavailable("pyspark is not installed: pip install 'quotecheck[spark]'") from exc


def extract_rdd(rdd: Any, **options: Any) -> Any:
    """An RDD of one result row per record of ``rdd`` (JSON lines or dicts), partition by partition.

    ``options`` are :func:`claims_of_records`'s: ``text_field``, ``id_field``, ``language`` and
    :class:`~quotecheck.Extractor`'s keyword options.
    """
    _require_pyspark()
    return rdd.mapPartitions(functools.partial(claims_of_records, **options), preservesPartitioning=True)


def claims_rdd(rows: Any) -> Any:
    """One row per claim (the claim's dict plus its document's ``id``) from result rows."""
    return rows.mapPartitions(claim_rows)
