"""The JSON Schemas shipped with the package: a serialised :class:`~quotecheck.Claim`, the
schema.org ClaimReview that :meth:`~quotecheck.Claim.to_claim_review` writes, a verification, and
a cluster of the same quote across articles.

>>> load_claim_schema()["title"], load_verification_schema()["title"], load_cluster_schema()["title"]
('quotecheck Claim', 'quotecheck Verification', 'quotecheck QuoteCluster')
>>> load_claim_review_schema()["properties"]["@type"]
{'const': 'ClaimReview'}
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["CLAIM_REVIEW_SCHEMA_FILE", "CLUSTER_SCHEMA_FILE", "SCHEMA_FILE", "VERIFICATION_SCHEMA_FILE", "claim_schema_text",
           "load_claim_review_schema", "load_claim_schema", "load_cluster_schema", "load_verification_schema"]

SCHEMA_FILE = "claim.schema.json"
CLAIM_REVIEW_SCHEMA_FILE = "claimreview.schema.json"
VERIFICATION_SCHEMA_FILE = "verification.schema.json"
CLUSTER_SCHEMA_FILE = "cluster.schema.json"


def claim_schema_text() -> str:
    """The schema file's text (JSON Schema draft 2020-12)."""
    return _text(SCHEMA_FILE)


def _text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def _cached(name: str) -> str:
    return _text(name)


def load_claim_schema() -> dict[str, Any]:
    """The schema of ``Claim.to_dict()`` as a fresh dict (safe to modify).

    Validate with the ``jsonschema`` package (the ``test`` extra), for example::

        jsonschema.Draft202012Validator(load_claim_schema()).validate(claim.to_dict())
    """
    return json.loads(_cached(SCHEMA_FILE))  # type: ignore[no-any-return]


def load_claim_review_schema() -> dict[str, Any]:
    """The schema of ``Claim.to_claim_review()`` (draft 2020-12) as a fresh dict: the draft
    quotecheck writes, and the same object completed by a fact-checker."""
    return json.loads(_cached(CLAIM_REVIEW_SCHEMA_FILE))  # type: ignore[no-any-return]


def load_verification_schema() -> dict[str, Any]:
    """The schema of ``Verification.to_dict()`` (and of a ``quotecheck verify`` row) as a fresh dict."""
    return json.loads(_cached(VERIFICATION_SCHEMA_FILE))  # type: ignore[no-any-return]


def load_cluster_schema() -> dict[str, Any]:
    """The schema of ``QuoteCluster.to_dict()`` (and of a ``quotecheck dedupe`` line) as a fresh dict."""
    return json.loads(_cached(CLUSTER_SCHEMA_FILE))  # type: ignore[no-any-return]
