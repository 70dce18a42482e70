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


def test_a_warm_start_reaches_the_same_weights(fit) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(5)
    x = np.hstack([rng.normal(size=(400, 6)), np.ones((400, 1))])
    y = (rng.random(400) < 1 / (1 + np.exp(-x[:, 0] + 0.5 * x[:, 1]))).astype(float)
    cold = fit.fit_logistic(x, y, 1.0)
    warm = fit.fit_logistic(x, y, 1.0, start=fit.fit_logistic(x[:300], y[:300], 1.0))
    assert np.allclose(cold, warm, atol=1e-7)


def test_summary_is_mean_sd_and_range(fit) -> None:  # type: ignore[no-untyped-def]
    mean, sd, low, high = fit.summary([0.90, 0.92, 0.94])
    assert (round(mean, 6), round(sd, 6), low, high) == (0.92, 0.02, 0.90, 0.94)
    assert fit.summary([0.5]) == (0.5, 0.0, 0.5, 0.5)


def test_spread_runs_ten_assignments_on_one_set_of_decisions(fit, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    items = [("doc-a", "fr", []), ("doc-b", "es", [])]
    full, calls = object(), []

    def cross_validate(its, corpus_of, folds, salt="", start=None):  # type: ignore[no-untyped-def]
        assert its is items and start is full
        calls.append((folds, salt))
        return {"k": len(calls)}

    monkeypatch.setattr(fit, "fit", lambda its, corpus_of, start=None: full)
    monkeypatch.setattr(fit, "cross_validate", cross_validate)
    monkeypatch.setattr(fit, "fit_drops", lambda cv, docs, language_of: {})
    monkeypatch.setattr(fit, "pooled_news_figures", lambda cv, drop: {
        "right@0.8": 0.90 + 0.01 * (cv["k"] % 2), "ece": 0.03, "kept@0.8": 200.0 + cv["k"], "claims": 420.0})
    out = io.StringIO()
    figures = fit.spread(items, {"doc-a": "news/fr", "doc-b": "news/es"}, [], out=out)
    assert calls == list(fit.ASSIGNMENTS) and len(set(calls)) == 10
    assert figures["kept@0.8"] == [201.0 + k for k in range(10)]
    text = out.getvalue()
    assert "right@0.8: 0.905 ± 0.005 [0.900, 0.910], under 0.92 on 10 of 10" in text
    assert "kept@0.8: 205.500 ±" in text and text.count("--fold-salt") == 10
