"""scripts/fit_attribution.py's folds and isotonic map (on invented rows; the script's data is
never read here): the default folds are the shipped weights' own, a salt gives another
assignment, and every step of the map holds at least ISOTONIC_ROWS rows."""

from __future__ import annotations

import hashlib

import pytest
from script_helpers import load_script

np = pytest.importorskip("numpy")


@pytest.fixture(scope="module")
def fit():  # type: ignore[no-untyped-def]
    return load_script("fit_attribution")


def test_default_folds_are_the_hash_of_the_id(fit) -> None:  # type: ignore[no-untyped-def]
    ids = [f"doc-{k}" for k in range(50)]
    assert [fit.fold_of(i, 5) for i in ids] == [int(hashlib.sha256(i.encode()).hexdigest(), 16) % 5 for i in ids]


def test_a_salt_gives_another_assignment_of_every_fold(fit) -> None:  # type: ignore[no-untyped-def]
    ids = [f"doc-{k}" for k in range(200)]
    plain, salted = [fit.fold_of(i, 5) for i in ids], [fit.fold_of(i, 5, "b") for i in ids]
    assert plain != salted and set(salted) == set(range(5))
    assert salted == [fit.fold_of(i, 5, "b") for i in ids]  # reproducible


def test_isotonic_steps_hold_enough_rows_and_rise(fit) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(3)
    z = rng.normal(size=300)
    y = (rng.random(300) < 1 / (1 + np.exp(-2 * z))).astype(float)
    knots = fit.isotonic(z, y)
    assert len(knots) <= 300 // fit.ISOTONIC_ROWS
    assert all(b[0] > a[0] and b[1] >= a[1] for a, b in zip(knots, knots[1:]))
