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


# --- QUOTECHECK_REQUIRE_EXTRAS=1 (CI): a skipped test fails the run ----------------------------
# The optional integrations (stanza, dask, spark) skip with a reason when their extra is missing;
# CI installs every extra, so a skip there means a broken install step, not a missing package.

_SKIPPED: list[str] = []


def _require_extras() -> bool:
    return os.environ.get("QUOTECHECK_REQUIRE_EXTRAS", "") not in ("", "0")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append(f"{report.nodeid}: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr}")


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.skipped:
        _SKIPPED.append(f"{report.nodeid}: skipped at collection")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _require_extras() and _SKIPPED and exitstatus == 0:
        print("\nQUOTECHECK_REQUIRE_EXTRAS=1 and these tests were skipped:\n  " + "\n  ".join(_SKIPPED))
        session.exitstatus = 1
