"""The decision model: shipped weights load, name only features the code computes, and give
probabilities; the generator registry is the closed set of rules the evidence cites."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import quotecheck
from quotecheck.attribution import load_model, quote_generators, rules
from quotecheck.attribution.features import feature_names
from quotecheck.attribution.model import PRIOR, Model
from quotecheck.lang import supported_languages

WEIGHTS = resources.files("quotecheck.attribution").joinpath("weights")


@pytest.mark.parametrize("code", sorted(supported_languages()))
def test_every_language_has_weights_naming_known_features(code: str) -> None:
    data = json.loads(WEIGHTS.joinpath(f"{code}.json").read_text(encoding="utf-8"))
    unknown = set(data["weights"]) - feature_names()
    assert not unknown, f"weights name features the code does not compute: {sorted(unknown)}"
    model = load_model(code)
    assert not model.prior and model.language == code
    a, _ = model.calibration
    assert a > 0, "a higher score must mean a likelier claim"


def test_shared_weights_are_the_fallback_of_an_unknown_code() -> None:
    assert load_model("xx").language == "_shared"


def test_weights_of_another_format_are_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        Model.from_dict({"format": 99, "language": "fr", "bias": 0, "weights": {}, "calibration": [1, 0]})


def test_prior_model_decides_by_sieve_order_at_one_half() -> None:
    assert PRIOR.prior and PRIOR.calibrated(3.0) == 0.5


def test_calibrated_is_a_monotone_probability() -> None:
    model = load_model("fr")
    values = [model.calibrated(z) for z in (-50.0, -2.0, 0.0, 2.0, 50.0)]
    assert all(0.0 <= v <= 1.0 for v in values) and values == sorted(values)


def test_generators_are_registered_once_with_a_docstring_and_a_distinct_priority() -> None:
    generators = quote_generators()
    assert len({g.priority for g in generators}) == len(generators)
    assert all(g.doc for g in generators)
    assert {g.name for g in generators} <= rules()


TEXTS = [
    ("« Le pont restera fermé », a annoncé le maire, Paul Girard. « Nous attendons les experts. »", "fr"),
    ("Selon la préfecture, la route rouvrira lundi. Paul Girard a déclaré que les travaux avanceraient.", "fr"),
    ('"We will not raise taxes," said Mary Cole. She added that the budget was balanced.', "en"),
    ("„Wir bleiben“, sagte Anna Berg. Die Lage sei ernst.", "de"),
]


@pytest.mark.parametrize("text, code", TEXTS)
def test_evidence_cites_registered_rules_and_the_deciding_features(text: str, code: str) -> None:
    found = quotecheck.extract_claims(text, language=code)
    assert found
    for claim in found:
        assert claim.evidence[1].rule in rules()
        decision = [e for e in claim.evidence if e.rule == "decision"]
        assert decision and all(part.split()[0] in feature_names() for part in decision[0].detail.split(", "))
        assert 0.0 <= claim.confidence <= 1.0


def test_a_named_speaker_after_a_cue_is_likelier_than_nobody() -> None:
    text = "« Le pont restera fermé », a annoncé Paul Girard.\n\n« Rien ne presse. »"
    named, later = quotecheck.extract_claims(text, language="fr")
    assert named.speaker is not None and named.confidence > 0.6
    assert later.cue is None and later.confidence < named.confidence


def test_the_weights_ship_inside_the_package(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A user's checkout has no ../shared: the fitted decision loads from the package alone."""
    import subprocess
    import sys

    code = (
        "import quotecheck\n"
        "from quotecheck.attribution import load_model\n"
        "assert not load_model('fr').prior\n"
        "[c] = quotecheck.extract_claims('« Nous partirons demain », a déclaré Jeanne Martin.', language='fr')\n"
        "print(c.speaker.name, c.confidence != 0.5)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["Jeanne", "Martin", "True"]
