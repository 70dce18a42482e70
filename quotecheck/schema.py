"""The JSON Schemas of a serialised :class:`~quotecheck.Claim` and of a verification, shipped with the package.

>>> load_claim_schema()["title"], load_verification_schema()["title"]
('quotecheck Claim', 'quotecheck Verification')
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "VERIFICATION_SCHEMA_FILE", "claim_schema_text", "load_claim_schema", "load_verification_schema"]

SCHEMA_FILE = "claim.schema.json"
VERIFICATION_SCHEMA_FILE = "verification.schema.json"


def claim_schema_text() -> str:
    """The schema file's text (JSON Schema draft 2020-12)."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _cached() -> str:
    return claim_schema_text()


def load_claim_schema() -> dict[str, Any]:
    """The schema of ``Claim.to_dict()`` as a fresh dict (safe to modify).

    Validate with the ``jsonschema`` package (the ``test`` extra), for example::

        jsonschema.Draft202012Validator(load_claim_schema()).validate(claim.to_dict())
    """
    return json.loads(_cached())  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def _verification_text() -> str:
    return resources.files(__package__).joinpath(VERIFICATION_SCHEMA_FILE).read_text(encoding="utf-8")


def load_verification_schema() -> dict[str, Any]:
    """The schema of ``Verification.to_dict()`` (and of a ``quotecheck verify`` row) as a fresh dict."""
    return json.loads(_verification_text())  # type: ignore[no-any-return]
