"""The public contract: inputs, errors, options, languages, lightness of the import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import quotecheck
from quotecheck import ClaimKind, UnsupportedLanguage


def test_non_string_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        quotecheck.extract_claims(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quotecheck.detect_language(None)  # type: ignore[arg-type]


def test_forced_unknown_language_lists_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguage) as err:
        quotecheck.extract_claims("« Oui », dit-il.", language="xx")
    assert isinstance(err.value, ValueError)
    for code in ("fr", "en", "de"):
        assert code in str(err.value)
    with pytest.raises(UnsupportedLanguage):
        quotecheck.Extractor(language="zz")


def test_supported_languages() -> None:
    assert set(quotecheck.supported_languages()) >= {"fr", "en", "de", "es", "it", "pt"}


def test_detected_language_without_data_still_segments() -> None:
    text = "Rais wa chama alisema: «Tutashinda uchaguzi huu bila shaka yoyote», mbele ya wanachama wake wengi."
    analysis = quotecheck.Extractor().analyze(text)
    assert analysis.language == "und"
    assert [c.text for c in analysis.claims] == ["Tutashinda uchaguzi huu bila shaka yoyote"]
    assert analysis.claims[0].speaker is None


def test_language_hint_wins() -> None:
    claims = quotecheck.extract_claims("« Oui », a dit Paul Roux.", language="FR")
    assert claims and claims[0].language == "fr"


def test_empty_and_blank_texts() -> None:
    assert quotecheck.extract_claims("") == []
    assert quotecheck.extract_claims("   \n\n ") == []


def test_kinds_and_min_confidence_options() -> None:
    text = "« Nous partirons », a déclaré Jeanne Martin. Paul Roux a affirmé que tout était prêt. « Vite. »"
    only_indirect = quotecheck.extract_claims(text, language="fr", kinds=["indirect"])
    assert {c.kind for c in only_indirect} == {ClaimKind.INDIRECT}
    confident = quotecheck.extract_claims(text, language="fr", min_confidence=0.9)
    assert all(c.confidence >= 0.9 for c in confident)
    assert len(confident) < len(quotecheck.extract_claims(text, language="fr"))
    with pytest.raises(ValueError):
        quotecheck.Extractor(min_confidence=2)
    with pytest.raises(ValueError):
        quotecheck.Extractor(kinds=["hearsay"])


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="rules"):
        quotecheck.Extractor(backend="nope")


def test_claims_are_sorted_and_round_trip() -> None:
    text = "Paul Roux a affirmé que tout était prêt. « Nous partirons », a déclaré Jeanne Martin."
    claims = quotecheck.Extractor(language="fr").extract(text)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for claim in claims:
        assert quotecheck.Claim.from_dict(claim.to_dict()) == claim
        assert claim.evidence and claim.evidence[0].rule == "segment"


def test_extract_many_is_lazy_and_ordered() -> None:
    ex = quotecheck.Extractor(language="fr")
    results = ex.extract_many(iter(["« Un », dit Paul.", "Rien ici.", "« Deux », dit Anne."]))
    assert [len(r) for r in results] == [1, 0, 1]


def test_import_is_light() -> None:
    code = "import sys, quotecheck; print(sorted(m for m in ('torch', 'stanza', 'langdetect', 'gender_guesser') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_short_french_line_is_french_and_spaced_guillemets_open_anywhere() -> None:
    text = "« Oui », a dit Paul Roux.\n"
    assert quotecheck.detect_language(text) == "fr"
    (claim,) = quotecheck.extract_claims(text)
    assert (claim.text, claim.speaker.name) == ("Oui", "Paul Roux")
    generic = quotecheck.Extractor().analyze("Rais wa chama alisema: « Tutashinda uchaguzi huu bila shaka yoyote », mbele yao.")
    assert [c.text for c in generic.claims] == ["Tutashinda uchaguzi huu bila shaka yoyote"]


def test_an_unsupported_language_is_reported_and_its_quotes_kept() -> None:
    text = "\"We gaan de controles versterken\", zei de minister dinsdag in het parlement van het land."
    analysis = quotecheck.Extractor().analyze(text)
    assert (analysis.language, analysis.detected_language) == ("und", "nl")
    assert [(c.text, c.speaker) for c in analysis.claims] == [("We gaan de controles versterken", None)]
    assert quotecheck.Extractor(language="fr").analyze(text).detected_language is None
