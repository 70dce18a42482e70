"""The confidence: its features (attribution/confidence.py), and the format 2 weights that turn
the chosen candidate's score and features into a probability (model.py)."""

from __future__ import annotations

from typing import Any

import pytest

from quotecheck.api import Extractor
from quotecheck.attribution import attribute, load_model
from quotecheck.attribution.confidence import confidence_feature_names, decision_features
from quotecheck.attribution.features import feature_names
from quotecheck.attribution.model import PRIOR, Model
from quotecheck.lang import supported_languages


def _format2(knots: list[list[float]], weights: dict[str, float] | None = None) -> dict[str, Any]:
    return {"format": 2, "language": "fr", "bias": 0.0, "weights": {},
            "confidence": {"score": 1.0, "bias": 0.0, "weights": weights or {}, "knots": knots}}


def test_confidence_features_are_apart_from_the_decision() -> None:
    """The decision never weighs them: a name in both sets would mix the two models' weights."""
    assert not confidence_feature_names() & feature_names()


@pytest.mark.parametrize("code", sorted(supported_languages()))
def test_shipped_confidence_weights_name_known_features(code: str) -> None:
    model = load_model(code)
    unknown = set(model.confidence_weights) - feature_names() - confidence_feature_names()
    assert not unknown, f"confidence weights name features the code does not compute: {sorted(unknown)}"


def test_knots_interpolate_and_hold_past_the_ends() -> None:
    model = Model.from_dict(_format2([[-1.0, 0.2], [1.0, 0.6], [3.0, 0.9]]))
    assert model.calibrated(-5.0, {}) == 0.2 and model.calibrated(9.0, {}) == 0.9
    assert model.calibrated(0.0, {}) == pytest.approx(0.4)
    assert model.calibrated(2.0, {}) == pytest.approx(0.75)


def test_confidence_weights_move_the_logit() -> None:
    model = Model.from_dict(_format2([[-1.0, 0.2], [1.0, 0.6], [3.0, 0.9]], {"span-quote-mark": -2.0}))
    assert model.calibrated(1.0, {"span-quote-mark": 1.0}) == pytest.approx(0.2)
    assert model.calibrated(1.0, {"margin": 1.0}) == pytest.approx(0.6)  # no weight: no effect


def test_falling_knots_are_refused() -> None:
    with pytest.raises(ValueError, match="knots"):
        Model.from_dict(_format2([[0.0, 0.8], [1.0, 0.5]]))
    with pytest.raises(ValueError, match="knots"):
        Model.from_dict(_format2([[1.0, 0.5], [0.0, 0.8]]))


def test_format_1_weights_still_load_as_a_platt_scaling() -> None:
    model = Model.from_dict({"format": 1, "language": "fr", "bias": 0.0, "weights": {}, "calibration": [2.0, 0.0]})
    assert not model.confidence_weights and not model.knots
    assert model.calibrated(0.0) == 0.5 and model.calibrated(1.0, {"margin": 1.0}) > 0.8


def test_decision_features_margin_and_alone() -> None:
    # candidates 0 and 2 name the same speaker: the margin is over candidate 1
    v = decision_features([3.0, 1.0, 2.5], [0, 1, 0], 0)
    assert v["margin"] == pytest.approx(2.0 / 8.0) and "alone" not in v
    assert decision_features([0.5], [0], 0) == {"speakers": 0.0, "alone": 1.0}


def _traced(text: str) -> list[dict[str, Any]]:
    ctx = Extractor().context(text, "fr")
    trace: list[dict[str, Any]] = []
    attribute(ctx, model=PRIOR, trace=trace)
    return trace


def test_span_features_of_a_quotation_and_of_reported_speech() -> None:
    text = ("« Nous rouvrirons le pont lundi », a annoncé la maire, Claire Dubois. "
            "Le préfet a affirmé que le chantier serait « terminé avant l'été » selon lui.")
    trace = _traced(text)
    quote = next(d for d in trace if text[d["start"]:d["end"]].startswith("Nous rouvrirons"))
    named = next(c for c in quote["candidates"] if c["speaker"] == "Claire Dubois")
    span = named["confidence"]
    assert span["span-opens-sentence"] == 1.0 and "span-quote-mark" not in span and "no-cue" not in span
    assert "speaker-lower" not in span and span["speaker-words"] > 0
    nobody = next(c for c in quote["candidates"] if c["speaker"] is None)["confidence"]
    assert nobody["no-cue"] == 1.0 and "speaker-words" not in nobody
    reported = next(d for d in trace if d["kind"] == "indirect")
    assert "span-quote-mark" in reported["candidates"][0]["confidence"]
    assert all(set(c["confidence"]) <= confidence_feature_names() for d in trace for c in d["candidates"])
