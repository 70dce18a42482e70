"""scripts/fuzz.py's checks catch what they claim to catch (on a stub extractor), and its streams are
reproducible from their seed."""

from __future__ import annotations

import itertools

import pytest
from script_helpers import load_script

from quotecheck import Claim



@pytest.fixture(scope="module")
def fuzz():  # type: ignore[no-untyped-def]
    return load_script("fuzz")


class _Stub:
    def __init__(self, make):  # type: ignore[no-untyped-def]
        self.make = make

    def extract(self, text: str, language=None):  # type: ignore[no-untyped-def]
        return self.make(text)


def _checker(fuzz, make):  # type: ignore[no-untyped-def]
    checker = fuzz.Checker()
    checker.extractor = _Stub(make)
    return checker


TEXT = "« Nous partirons demain », a déclaré Jeanne Martin."


def test_the_real_extractor_passes_every_check_on_a_plain_sentence(fuzz) -> None:  # type: ignore[no-untyped-def]
    assert fuzz.Checker()(TEXT) == {}


def test_wrong_offsets_edge_spaces_disorder_and_exceptions_are_caught(fuzz) -> None:  # type: ignore[no-untyped-def]
    shifted = lambda t: [Claim(text="Nous", start=3, end=7, kind="direct")]  # noqa: E731
    assert set(_checker(fuzz, shifted)(TEXT, frozenset(["offsets"]))) == {"offsets"}
    spaced = lambda t: [Claim.from_span(t, 1, 7, "direct")]  # noqa: E731
    assert set(_checker(fuzz, spaced)(TEXT, frozenset(["edge-whitespace"]))) == {"edge-whitespace"}
    unordered = lambda t: [Claim.from_span(t, 8, 12, "direct"), Claim.from_span(t, 2, 6, "direct")]  # noqa: E731
    assert set(_checker(fuzz, unordered)(TEXT, frozenset(["order"]))) == {"order"}

    def boom(t: str) -> list:
        raise IndexError("x")

    assert set(_checker(fuzz, boom)(TEXT)) == {"exception"}


def test_state_check_compares_with_a_fresh_extractor(fuzz) -> None:  # type: ignore[no-untyped-def]
    calls = itertools.count()
    leaky = lambda t: [Claim.from_span(t, 2, 6, "direct")] if next(calls) else []  # noqa: E731
    checker = _checker(fuzz, leaky)
    checker.extractor.extract(TEXT)  # the stub now "remembers" a previous document
    assert "state" in checker(TEXT, frozenset(["state"]))


def test_minimise_keeps_the_failure_and_shrinks(fuzz) -> None:  # type: ignore[no-untyped-def]
    def edge(t: str) -> list:
        i = t.find("x ")
        return [Claim.from_span(t, i, i + 2, "direct")] if i >= 0 else []

    checker = _checker(fuzz, edge)
    small = fuzz.minimise("aaaa bbbb x cccc", "edge-whitespace", checker, budget_s=5)
    assert small == "x "


def test_streams_are_reproducible_from_the_seed(fuzz) -> None:  # type: ignore[no-untyped-def]
    first = list(itertools.islice(fuzz.documents(3), 30))
    assert first == list(itertools.islice(fuzz.documents(3), 30))
    assert first != list(itertools.islice(fuzz.documents(4), 30))
    assert any(m in "".join(first) for m in "«»“”„")
