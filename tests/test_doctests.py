"""The examples in the docstrings, the README and the docs pages (usage, quick start, ClaimReview,
hints, verification, clustering) run and print what they show."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["quotecheck", "quotecheck.api", "quotecheck.detect", "quotecheck.lang", "quotecheck.evaluate",
           "quotecheck.claimreview", "quotecheck.schema", "quotecheck.hints", "quotecheck.typography",
           "quotecheck.verification", "quotecheck.verification.verifier", "quotecheck.clustering",
           "quotecheck.clustering.index", "quotecheck.clustering.shingles"]


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("page", ["README.md", "docs/usage.md", "docs/quickstart.md", "docs/claimreview.md",
                                  "docs/hints.md", "docs/verify.md", "docs/cluster.md"])
def test_page_examples(page: str) -> None:
    result = doctest.testfile(str(ROOT / page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
