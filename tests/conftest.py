"""Shared helpers: the project's own annotated fixtures (never ../shared)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_fixture(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def fr_news() -> list[dict]:
    return load_fixture("fr_news.gold.jsonl")


@pytest.fixture(scope="session")
def conventions() -> list[dict]:
    return load_fixture("conventions.gold.jsonl")


# CI explores the same examples on every run (a red run is reproducible); locally hypothesis
# keeps drawing new ones. scripts/fuzz.py is where inputs are explored at length.
if os.environ.get("CI"):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.load_profile("ci")
