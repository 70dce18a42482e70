"""The spaCy component on blank pipelines (no model needed): same claims as extract_claims."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

import quotecheck

spacy = pytest.importorskip("spacy", reason="spaCy is not installed (pip install 'quotecheck[spacy]')")
# importing the module registers the factory in this process even when the entry point is not installed
importlib.import_module("quotecheck.integrations.spacy")

TEXT_FR = (
    "La maire de Lorient, Anne Vidal, a présenté le budget mardi.\n\n"
    "« Nous ne toucherons pas aux impôts », a-t-elle déclaré devant le conseil.\n\n"
    "Son opposant Marc Le Goff estime que ce budget « repousse les vrais choix »."
)
TEXT_EN = '"We will open the bridge in May," the mayor, Helen Price, said on Monday.'


def _entry_point_installed() -> bool:
    return any(ep.name == "quotecheck" for ep in importlib.metadata.entry_points(group="spacy_factories"))


@pytest.fixture(scope="module")
def nlp_fr():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("fr")
    nlp.add_pipe("quotecheck")
    return nlp


def test_claims_equal_extract_claims(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_fr(TEXT_FR)
    expected = quotecheck.extract_claims(TEXT_FR, language="fr")
    assert len(expected) >= 2
    assert list(doc._.claims) == expected


def test_span_group_carries_kind_and_speaker(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_fr(TEXT_FR)
    spans = doc.spans["quotecheck"]
    assert len(spans) == len(doc._.claims)
    for span, claim in zip(spans, doc._.claims):
        assert span.label_ == claim.kind.value
        assert span._.claim is claim
        assert span._.speaker == (claim.speaker.name if claim.speaker else None)
        # "expand" alignment: the span covers the claim's characters
        assert span.start_char <= claim.start and span.end_char >= claim.end
    assert "Anne Vidal" in {s._.speaker for s in spans}


def test_pipeline_language_is_used_and_config_is_honoured() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quotecheck", config={"spans_key": "said", "min_confidence": 0.0})
    doc = nlp(TEXT_EN)
    assert [c.language for c in doc._.claims] == ["en"]
    assert [s._.speaker for s in doc.spans["said"]] == ["Helen Price"]


def test_unsupported_pipeline_language_detects_per_text() -> None:
    nlp = spacy.blank("xx")  # spaCy's multi-language pipeline: quotecheck detects each text's language
    nlp.add_pipe("quotecheck")
    assert [c.language for c in nlp(TEXT_FR)._.claims][:1] == ["fr"]


def test_bad_alignment_mode_is_a_clear_error() -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="alignment_mode"):
        nlp.add_pipe("quotecheck", config={"alignment_mode": "sideways"})


def test_pipe_and_serialisation_of_the_pipeline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("fr")
    nlp.add_pipe("quotecheck")
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    docs = list(loaded.pipe([TEXT_FR, TEXT_FR]))
    assert [list(d._.claims) for d in docs] == [quotecheck.extract_claims(TEXT_FR, language="fr")] * 2


@pytest.mark.skipif(not _entry_point_installed(), reason="the package is not installed with its entry points")
def test_factory_comes_from_the_entry_point_with_no_import_side_effect() -> None:
    """A fresh interpreter that never imports quotecheck itself still finds the factory."""
    code = (
        "import sys, spacy\n"
        "assert 'quotecheck' not in sys.modules\n"
        "nlp = spacy.blank('fr'); nlp.add_pipe('quotecheck')\n"
        "print(len(nlp('« Nous partirons demain », a déclaré Jeanne Martin.')._.claims))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_import_quotecheck_does_not_import_spacy() -> None:
    code = "import sys, quotecheck; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
