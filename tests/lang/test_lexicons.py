"""Integrity checks that are the same for every language package (quotecheck/lang/<code>/).

Each test runs once per language (ids such as ``[fr]`` or ``[de-ROLE_NOUNS]``). What differs from
one language to another is written in the tables below (minimum sizes, the spelling of each
lexicon, how a verb form may be written); what only one language has stays in
tests/lang/test_<code>_data.py.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lexicon_checks import CODES, GENDERS, ROOT, data_dir, generator_spec, lemmas, listed_lemmas
from lexicon_checks import package, script
from quotecheck import lang
from quotecheck.lang import LanguageData

# --------------------------------------------------------------------------- per-language tables
#: the constants every language package of the project defines
REQUIRED = (
    "CODE", "QUOTE_PAIRS", "DIALOGUE_DASHES", "STOP_WORDS", "SPEECH_VERBS", "AUXILIARIES",
    "INVERTED_SUBJECTS", "CUE_ADVERBS", "SOURCE_MARKERS", "PARTIAL_CUES", "COMPLEMENTIZERS",
    "PRONOUNS", "TITLES", "ROLE_NOUNS", "DEMONYMS", "ORGANIZATION_NOUNS", "DETERMINERS",
    "NAME_PARTICLES", "NON_NAMES",
    # check-worthiness hints (lang/<code>/hints.py)
    "DECIMAL_MARK", "NUMBER_WORDS", "NUMBER_SCALES", "CURRENCIES", "PERCENT_WORDS", "MONTHS",
    "YEAR_PREPOSITIONS", "NUMERIC_DATE_ORDER", "DURATION_UNITS", "COMPARISON_MARKERS", "HEDGE_MARKERS",
    "COMMITMENT_MARKERS",
)

#: minimum sizes; "lemmas" counts the distinct lemmas of SPEECH_VERBS
_SIZES = {"lemmas": 80, "STOP_WORDS": 100, "ROLE_NOUNS": 80, "DEMONYMS": 80, "NON_NAMES": 100,
          "CUE_ADVERBS": 30, "ORGANIZATION_NOUNS": 20}
MIN_SIZES = {code: _SIZES for code in ("de", "en", "es", "it", "pt")}
MIN_SIZES["fr"] = {"lemmas": 170, "STOP_WORDS": 100, "ROLE_NOUNS": 120, "DEMONYMS": 200,
                   "NON_NAMES": 150, "CUE_ADVERBS": 60}


def lower(word: str) -> bool:
    return word == word.lower()


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def lower_or_acronym(word: str) -> bool:
    return word == word.lower() or word.isupper()


#: how each lexicon is spelt: the same everywhere, then per language
_SPELLING = {"NON_NAMES": capitalised, "STOP_WORDS": lower, "CUE_ADVERBS": lower,
             "SOURCE_MARKERS": lower, "NAME_PARTICLES": lower}
_ROMANCE = {"ROLE_NOUNS": lower, "DEMONYMS": lower}  # as Spanish, Italian, Portuguese write them
SPELLING = {
    "de": {"ROLE_NOUNS": capitalised, "DEMONYMS": capitalised, "ORGANIZATION_NOUNS": capitalised},
    "en": {"ROLE_NOUNS": lower_or_acronym, "DEMONYMS": capitalised},
    "es": _ROMANCE, "fr": {"DEMONYMS": capitalised}, "it": _ROMANCE, "pt": _ROMANCE,
}

#: a verb form is one alphabetic word, save for this enclitic ("queixou-se")
ENCLITICS = {"pt": "-se"}
#: languages whose lemmas may be several words ("point out", "se féliciter", "s'écrier")
MULTIWORD_LEMMAS = {"en", "fr"}

#: {word: gender}
GENDER_TABLES = ("TITLES", "ROLE_NOUNS", "DEMONYMS")
#: {word: (gender, plural)}
AGREEMENT_TABLES = ("PRONOUNS", "DETERMINERS", "STRESSED_PRONOUNS", "INVERTED_SUBJECTS")

#: verb_forms.json is re-generated from rules alone (es, it and pt need verbecc, fr its own script)
REGENERATED = ("de", "en")
#: generators whose EXCLUDED_FORMS give a reason for each form (French's is a plain set)
DOCUMENTED_EXCLUSIONS = ("de", "en", "es", "it", "pt")
#: the longest the import of a package may take, in seconds
IMPORT_SECONDS = {"fr": 1.0}


def _single_token(word: str, enclitic: str | None) -> bool:
    if enclitic and word.endswith(enclitic):
        word = word[: -len(enclitic)]
    return word.isalpha()


# --------------------------------------------------------------------------- loading and wiring
def test_every_supported_language_is_checked():
    assert CODES == lang.supported_languages()


@pytest.mark.parametrize("code", CODES)
def test_load_returns_the_package_data(code):
    data = lang.load(code)
    assert isinstance(data, LanguageData)
    assert data.code == code and code in lang.supported_languages()
    assert data.speech_verbs == package(code).SPEECH_VERBS


@pytest.mark.parametrize("code", CODES)
def test_every_contract_constant_is_defined_and_wired(code):
    module = package(code)
    fields = {a.name for a in LanguageData.__attrs_attrs__}  # type: ignore[attr-defined]
    provided = lang.constants(module)  # the package's own and its feature submodules' (hints, negations)
    for name in REQUIRED:
        assert name in provided, name
    assert set(module.__all__) <= provided.keys()
    data = lang.load(code)
    for name, value in provided.items():
        if name.startswith("_"):
            continue
        # no misspelt constant: each one is a LanguageData field and reaches it unchanged
        assert name.lower() in fields, name
        field = getattr(data, name.lower())
        assert field == type(field)(value)


@pytest.mark.parametrize("code", CODES)
def test_load_needs_no_conjugation_library(code):
    run = (
        "import sys, time\n"
        "t = time.process_time()\n"  # CPU time: a loaded machine does not make it flaky
        f"import quotecheck.lang.{code}\n"
        "elapsed = time.process_time() - t\n"
        "from quotecheck.lang import load\n"
        f"load({code!r})\n"
        "bad = [m for m in sys.modules if m.startswith(('verbecc', 'mlconjug', 'sklearn'))]\n"
        "assert not bad, bad\n"
        "print(elapsed)\n"
    )
    result = subprocess.run([sys.executable, "-c", run], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    if code in IMPORT_SECONDS:
        assert float(result.stdout.strip()) < IMPORT_SECONDS[code]


# --------------------------------------------------------------------------- speech verbs
@pytest.mark.parametrize("code", CODES)
def test_speech_verb_lemmas_are_the_generator_list(code):
    assert set(lemmas(code)) == listed_lemmas(code)


@pytest.mark.parametrize("code", CODES)
def test_verb_forms_json_is_sorted_and_is_what_the_package_loads(code):
    table = json.loads((data_dir(code) / "verb_forms.json").read_text(encoding="utf-8"))
    assert list(table) == sorted(table)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in table.items())
    assert table == package(code).SPEECH_VERBS


@pytest.mark.parametrize("code", REGENERATED)
def test_verb_forms_json_is_up_to_date_with_the_generator(code):
    generator = script("generate_verb_forms")
    table = generator.build(code, log=lambda *args: None)
    shipped = (data_dir(code) / "verb_forms.json").read_text(encoding="utf-8")
    assert generator.render(table) == shipped


@pytest.mark.parametrize("code", CODES)
def test_speech_verb_keys_are_single_lower_case_tokens(code):
    enclitic = ENCLITICS.get(code)
    for form, lemma in package(code).SPEECH_VERBS.items():
        assert form == form.lower() and _single_token(form, enclitic), form
        assert lemma and lemma == lemma.lower(), lemma
        if code not in MULTIWORD_LEMMAS:
            assert _single_token(lemma, enclitic), lemma


@pytest.mark.parametrize("code", CODES)
def test_excluded_forms_are_absent(code):
    excluded = generator_spec(code).EXCLUDED_FORMS
    assert not set(excluded) & package(code).SPEECH_VERBS.keys()


@pytest.mark.parametrize("code", DOCUMENTED_EXCLUSIONS)
def test_excluded_forms_are_documented(code):
    for form, reason in generator_spec(code).EXCLUDED_FORMS.items():
        assert reason.strip(), form


# --------------------------------------------------------------------------- lexicons
@pytest.mark.parametrize("code, name, minimum",
                         [(c, n, m) for c in CODES for n, m in MIN_SIZES[c].items()])
def test_lexicon_sizes(code, name, minimum):
    size = len(lemmas(code)) if name == "lemmas" else len(getattr(package(code), name))
    assert size >= minimum


@pytest.mark.parametrize("code, name, rule", [
    pytest.param(c, n, r, id=f"{c}-{n}-{r.__name__}")
    for c in CODES for n, r in {**_SPELLING, **SPELLING[c]}.items()
])
def test_spelling_conventions(code, name, rule):
    assert [word for word in getattr(package(code), name) if not rule(word)] == []


@pytest.mark.parametrize("code, name", [(c, n) for c in CODES for n in GENDER_TABLES])
def test_gender_values(code, name):
    table = getattr(package(code), name)
    assert table
    for key, gender in table.items():
        assert gender in GENDERS, key
        assert key == key.strip() and key, key


@pytest.mark.parametrize("code, name", [(c, n) for c in CODES for n in AGREEMENT_TABLES])
def test_agreement_values(code, name):
    for key, (gender, plural) in getattr(package(code), name, {}).items():
        assert gender in GENDERS, key
        assert isinstance(plural, bool), key


@pytest.mark.parametrize("code", CODES)
def test_auxiliaries_say_singular_or_plural(code):
    assert all(isinstance(plural, bool) for plural in package(code).AUXILIARIES.values())


@pytest.mark.parametrize("code", CODES)
def test_first_name_genders_only_override_the_shared_table(code: str) -> None:
    """FIRST_NAME_GENDERS (generated by scripts/generate_first_names.py) lists lower-case single
    names, each with the gender the shared table of many countries does not give it."""
    from quotecheck.gender import first_name_gender, first_name_gender_in

    local = lang.load(code).first_name_genders
    for name, letter in local.items():
        assert name.isalpha() and name == name.lower() and letter in ("m", "f"), name
        assert first_name_gender(name.capitalize()) != letter, name
        assert first_name_gender_in(name.capitalize(), local) == letter, name
