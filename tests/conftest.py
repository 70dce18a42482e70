"""Shared helpers: the project's own annotated fixtures (never ../shared)."""

from __future__ import annotations

import json
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
