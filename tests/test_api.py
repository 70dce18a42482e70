"""The public contract: inputs, errors, options, languages, lightness of the import."""

from __future__ import annotations

import json
import re
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


# modules a first extraction does not need: serialisation (cattrs), and importlib.resources with
# tempfile, shutil and zipfile behind it (package data is read through pkgutil, quotecheck/packaged.py)
_NOT_FOR_EXTRACTION = ("cattrs", "importlib.resources", "tempfile", "zipfile", "quotecheck.cli", "quotecheck.output")


def test_a_first_extraction_in_every_language_stays_light() -> None:
    code = ("import sys, quotecheck\n"
            "for code in quotecheck.supported_languages():\n"
            "    quotecheck.extract_claims('« Oui, le 3 mars, 5 % de plus », a dit Paul Roux.', language=code)\n"
            f"print(sorted(m for m in {_NOT_FOR_EXTRACTION!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_language_data_converters_are_python_functions() -> None:
    """attrs parses a builtin converter's text signature per field: milliseconds of the import."""
    import types

    import attrs

    from quotecheck.lang import LanguageData

    converters = [a.converter for a in attrs.fields(LanguageData) if a.converter is not None]
    assert converters and all(isinstance(c, types.FunctionType) for c in converters)


def test_a_short_french_line_is_french_and_spaced_guillemets_open_anywhere() -> None:
    text = "« Oui », a dit Paul Roux.\n"
    assert quotecheck.detect_language(text) == "fr"
    (claim,) = quotecheck.extract_claims(text)
    assert (claim.text, claim.speaker.name) == ("Oui", "Paul Roux")
    generic = quotecheck.Extractor().analyze("Rais wa chama alisema: « Tutashinda uchaguzi huu bila shaka yoyote », mbele yao.")
    assert [c.text for c in generic.claims] == ["Tutashinda uchaguzi huu bila shaka yoyote"]


# ---------------------------------------------------------------------------------------------
# offsets never computed on text whose length changed ("İ" lower-cases to two characters)


@pytest.mark.parametrize(
    "text",
    [
        "ACCORDİNG TO John Smith, the bridge will be closed next week.",
        "The bridge will be closed next week, ACCORDİNG TO John Smith.",
        "\"We will leave İzmir tomorrow\", according to John Smith.",
        "In İzmir, according to John Smith, \"we will leave tomorrow\".",
        "The bridge in İzmir will be closed next week, according to John Smith.",
    ],
)
def test_a_capital_whose_lower_case_is_longer_keeps_the_source_and_its_offsets(text: str) -> None:
    plain = text.replace("İ", "I")
    expected = [(c.start, c.end, c.speaker and c.speaker.name, c.cue and (c.cue.start, c.cue.end))
                for c in quotecheck.extract_claims(plain, language="en")]
    assert any(name == "John Smith" for _, _, name, _ in expected)
    claims = quotecheck.extract_claims(text, language="en")
    assert [(c.start, c.end, c.speaker and c.speaker.name, c.cue and (c.cue.start, c.cue.end)) for c in claims] == expected
    for c in claims:
        assert text[c.cue.start:c.cue.end] == c.cue.text and c.cue.lemma == "according to"


# ---------------------------------------------------------------------------------------------
# arguments: typed errors, short messages, the same answer from every entry point


def test_a_huge_unknown_language_code_is_not_echoed_in_full() -> None:
    with pytest.raises(UnsupportedLanguage) as err:
        quotecheck.extract_claims("« Oui », dit-il.", language="x" * 10**6)
    assert len(str(err.value)) < 200 and "fr" in str(err.value)


def test_an_empty_language_is_refused_by_every_entry_point() -> None:
    with pytest.raises(UnsupportedLanguage):
        quotecheck.extract_claims("« Oui », dit-il.", language="")
    with pytest.raises(UnsupportedLanguage):
        quotecheck.Extractor(language="")
    with pytest.raises(UnsupportedLanguage):
        quotecheck.Extractor().extract("« Oui », dit-il.", language="")
    with pytest.raises(UnsupportedLanguage):
        quotecheck.Extractor().analyze("« Oui », dit-il.", language="  ")


@pytest.mark.parametrize("language", [["fr"], 3, b"fr"])
def test_a_language_that_is_not_a_str_is_a_type_error(language: object) -> None:
    for call in (lambda: quotecheck.extract_claims("« Oui », dit-il.", language=language),
                 lambda: quotecheck.Extractor().extract("« Oui », dit-il.", language=language)):
        with pytest.raises(TypeError, match=r"language must be a str or None, got " + type(language).__name__):
            call()


@pytest.mark.parametrize("value", ["0.5", None, True, [0.5]])
def test_min_confidence_must_be_a_number(value: object) -> None:
    with pytest.raises(TypeError, match=r"min_confidence must be a number"):
        quotecheck.Extractor(min_confidence=value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"min_confidence must be a number"):
        quotecheck.extract_claims("« Oui », dit-il.", min_confidence=value)


def test_min_confidence_nan_is_refused() -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        quotecheck.Extractor(min_confidence=float("nan"))
    assert quotecheck.Extractor(min_confidence=1).min_confidence == 1.0


def test_kinds_may_be_one_kind() -> None:
    text = "« Nous partirons », a déclaré Jeanne Martin. Paul Roux a affirmé que tout était prêt."
    for one in ("direct", ClaimKind.DIRECT, ["direct"], {ClaimKind.DIRECT}):
        claims = quotecheck.extract_claims(text, language="fr", kinds=one)
        assert [c.kind for c in claims] == [ClaimKind.DIRECT], one
    assert quotecheck.Extractor(kinds="indirect").kinds == {ClaimKind.INDIRECT}


@pytest.mark.parametrize("kinds, error, message", [
    ("d", ValueError, r"unknown claim kind 'd'; kinds: direct, indirect, partial"),
    (["direct", "hearsay"], ValueError, r"unknown claim kind 'hearsay'"),
    (3, TypeError, r"kinds must be a kind or a collection of kinds, got int"),
    (b"direct", TypeError, r"got bytes"),
    ([1], TypeError, r"a kind must be a str or a ClaimKind, got int"),
])
def test_bad_kinds_say_what_is_valid(kinds: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        quotecheck.Extractor(kinds=kinds)  # type: ignore[arg-type]


@pytest.mark.parametrize("texts", ["« Un », dit Paul.", b"bytes", bytearray(b"x")])
def test_extract_many_refuses_one_text(texts: object) -> None:
    ex = quotecheck.Extractor(language="fr")
    for processes in (1, 2):
        with pytest.raises(TypeError, match=r"texts must be an iterable of str, got one"):
            ex.extract_many(texts, processes=processes)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# lone surrogates: not Unicode text, refused with a typed error (JSON would change their length)


@pytest.mark.parametrize("bad", ["\ud83d\ude00", "\udce9", "\ud800"])
def test_a_text_holding_lone_surrogates_is_refused_with_its_offset(bad: str) -> None:
    text = f"« Nous partirons {bad} demain », a déclaré Jeanne Martin."
    with pytest.raises(quotecheck.InvalidText, match=r"surrogate U\+D[89A-F][0-9A-F]{2} at offset 17") as err:
        quotecheck.extract_claims(text, language="fr")
    assert isinstance(err.value, ValueError)
    with pytest.raises(quotecheck.InvalidText):
        quotecheck.Extractor().analyze(text)


def test_the_suggested_repair_keeps_one_character_for_one_and_round_trips() -> None:
    raw = "« Nous partirons \ud83d\ude00 demain », a déclaré Jeanne Martin."
    repaired = re.sub("[\ud800-\udfff]", "\ufffd", raw)  # what the error message suggests
    assert len(repaired) == len(raw)
    (claim,) = quotecheck.extract_claims(repaired, language="fr")
    assert claim.text == "Nous partirons \ufffd\ufffd demain"
    for ensure_ascii in (True, False):
        back = quotecheck.Claim.from_dict(json.loads(json.dumps(claim.to_dict(), ensure_ascii=ensure_ascii)))
        assert back == claim and repaired[back.start:back.end] == back.text


# ---------------------------------------------------------------------------------------------
# extract_many over several processes: the serial answer, in the same order

PARALLEL_TEXTS = [
    "« Nous partirons demain », a déclaré Jeanne Martin.",
    "Rien à signaler ce matin sur le marché.",
    "Paul Roux a affirmé que tout était prêt. « Vite », a-t-il ajouté.",
    '"We will not raise taxes," the mayor said on Monday.',
    "",
    "Selon la préfecture, la route restera fermée jusqu'à jeudi.",
]


def test_extract_many_in_two_processes_equals_serial(monkeypatch) -> None:
    from quotecheck import parallel

    monkeypatch.setattr(parallel, "CHUNK_DOCS", 4)  # several chunks, and more than the in-flight bound
    texts = [t + f" Article {i}." if t else t for i in range(8) for t in PARALLEL_TEXTS]
    ex = quotecheck.Extractor()
    serial = list(ex.extract_many(texts))
    assert sum(map(len, serial)) >= 3 * 8
    assert list(ex.extract_many(iter(texts), processes=2)) == serial


def test_extract_many_in_processes_reads_ahead_a_bounded_number_of_texts() -> None:
    import itertools

    read = itertools.count()

    def endless():
        for i in read:
            yield PARALLEL_TEXTS[i % len(PARALLEL_TEXTS)]

    results = quotecheck.Extractor(language="fr").extract_many(endless(), processes=2)
    first = list(itertools.islice(results, 3))
    results.close()
    assert [len(r) for r in first] == [1, 0, 2]
    from quotecheck.parallel import CHUNK_DOCS, IN_FLIGHT_PER_PROCESS

    assert next(read) <= 2 * IN_FLIGHT_PER_PROCESS * CHUNK_DOCS + CHUNK_DOCS + 1


def test_extract_many_processes_errors() -> None:
    ex = quotecheck.Extractor(language="fr")
    with pytest.raises(ValueError, match="processes"):
        ex.extract_many([], processes=0)
    with pytest.raises(TypeError, match="processes"):
        ex.extract_many([], processes="2")  # type: ignore[arg-type]
    results = ex.extract_many(["« Un », dit Paul.", b"bytes", "« Deux », dit Anne."], processes=2)  # type: ignore[list-item]
    assert len(next(results)) == 1
    with pytest.raises(TypeError, match="text must be a str"):
        next(results)


def test_an_unsupported_language_is_reported_and_its_quotes_kept() -> None:
    text = "\"We gaan de controles versterken\", zei de minister dinsdag in het parlement van het land."
    analysis = quotecheck.Extractor().analyze(text)
    assert (analysis.language, analysis.detected_language) == ("und", "nl")
    assert [(c.text, c.speaker) for c in analysis.claims] == [("We gaan de controles versterken", None)]
    assert quotecheck.Extractor(language="fr").analyze(text).detected_language is None


# ---------------------------------------------------------------------------------------------
# language codes: BCP-47 tags and POSIX locales name their primary language

@pytest.mark.parametrize("code, language", [
    ("fr-FR", "fr"), ("pt_BR", "pt"), ("pt-BR", "pt"), ("FR", "fr"), ("fr_FR.UTF-8", "fr"),
    ("de-CH", "de"), ("de_DE@euro", "de"), (" en-gb ", "en"), ("es-419", "es"), ("it-Latn-IT", "it"),
])
def test_regional_and_locale_codes_name_their_language(code: str, language: str) -> None:
    text = "« Nous partirons demain », a déclaré Jeanne Martin."
    assert quotecheck.Extractor(language=code).analyze(text).language == language
    assert quotecheck.Extractor().analyze(text, language=code).language == language
    assert all(c.language == language for c in quotecheck.extract_claims(text, language=code))


@pytest.mark.parametrize("code", ["nl-NL", "fr FR", "fr-", "-fr", "fr_FR.", "und", "C", "f"])
def test_unknown_or_malformed_codes_still_raise_a_short_error(code: str) -> None:
    with pytest.raises(UnsupportedLanguage) as err:
        quotecheck.Extractor(language=code)
    assert repr(code) in str(err.value) and len(str(err.value)) < 120


def test_extract_claims_takes_the_options_of_extractor() -> None:
    import inspect

    def options(function: object) -> list[tuple[str, object, object]]:
        params = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
        return [(p.name, p.kind, p.default) for p in params if p.name not in ("self", "text")]

    assert options(quotecheck.extract_claims) == options(quotecheck.Extractor.__init__)
    assert "options" not in inspect.signature(quotecheck.extract_claims).parameters
