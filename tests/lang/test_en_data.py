"""Integrity of the English lexicons (quotecheck/lang/en/).

The verb checks re-derive each lemma's 3sg present and past participle on their own (regular
rules written again here, irregular principal parts restated), so a wrong or stale
verb_forms.json fails here; the generator itself needs no library for English and is re-run.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import lang
from quotecheck.lang import LanguageData
from quotecheck.lang import en

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "quotecheck" / "lang" / "en"
SCRIPTS = ROOT / "scripts"
GENDERS = {"m", "f", None}


def _module(name: str):
    """A script under scripts/ as a module (no conjugation library is needed to import it)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


SPEC = _module("generate_verb_forms_en")
EXCLUDED = frozenset(SPEC.EXCLUDED_FORMS)
LEMMAS = sorted(set(en.SPEECH_VERBS.values()))

# --------------------------------------------------------------------------- expected forms
#: past participles that are not base + -ed
PARTICIPLES = {
    "say": {"said"}, "tell": {"told"}, "write": {"written"}, "speak": {"spoken"},
    "think": {"thought"}, "swear": {"sworn"}, "forecast": {"forecast", "forecasted"},
    "admit": {"admitted"}, "regret": {"regretted"}, "quip": {"quipped"}, "snap": {"snapped"},
    "slam": {"slammed"}, "signal": {"signalled", "signaled"},
}


def third_singular(base: str) -> str:
    if base[-1] in "sxzo" or base[-2:] in ("ch", "sh"):
        return base + "es"
    if base[-1] == "y" and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def participles(base: str) -> set[str]:
    if base in PARTICIPLES:
        return PARTICIPLES[base]
    if base.endswith("e"):
        return {base + "d"}
    if base[-1] == "y" and base[-2] not in "aeiou":
        return {base[:-1] + "ied"}
    return {base + "ed"}


def _present(form: str, lemma: str) -> bool:
    return en.SPEECH_VERBS.get(form) == lemma or form in EXCLUDED


# --------------------------------------------------------------------------- tests
def test_load_returns_the_package_data():
    data = lang.load("en")
    assert isinstance(data, LanguageData)
    assert data.code == "en" and "en" in lang.supported_languages()
    assert data.speech_verbs == en.SPEECH_VERBS
    assert data.quote_pairs[0] == ("“", "”")


#: the constants every language package of the project defines
REQUIRED = (
    "CODE", "QUOTE_PAIRS", "DIALOGUE_DASHES", "STOP_WORDS", "SPEECH_VERBS", "AUXILIARIES",
    "INVERTED_SUBJECTS", "CUE_ADVERBS", "SOURCE_MARKERS", "PARTIAL_CUES", "COMPLEMENTIZERS",
    "PRONOUNS", "TITLES", "ROLE_NOUNS", "DEMONYMS", "ORGANIZATION_NOUNS", "DETERMINERS",
    "NAME_PARTICLES", "NON_NAMES",
)


def test_every_contract_constant_is_defined_and_wired():
    fields = {a.name for a in LanguageData.__attrs_attrs__}  # type: ignore[attr-defined]
    for name in REQUIRED:
        assert hasattr(en, name), name
    data = lang.load("en")
    for name in en.__all__:
        # no misspelt constant: each one is a LanguageData field and reaches it unchanged
        assert name.lower() in fields, name
        assert getattr(data, name.lower()) == type(getattr(data, name.lower()))(getattr(en, name))


def test_quote_conventions():
    assert en.QUOTE_PAIRS == (("“", "”"), ("‘", "’"), ('"', '"'))
    assert set(en.DIALOGUE_DASHES) <= {"—", "–", "―"}


def test_enough_speech_verb_lemmas():
    assert len(LEMMAS) >= 80


def test_verb_forms_json_is_sorted_and_is_what_the_package_loads():
    text = (DATA_DIR / "verb_forms.json").read_text(encoding="utf-8")
    table = json.loads(text)
    assert list(table) == sorted(table)
    assert table == en.SPEECH_VERBS


def test_verb_forms_json_is_up_to_date_with_the_generator():
    generator = _module("generate_verb_forms")
    table = generator.build("en", log=lambda *args: None)
    assert generator.render(table) == (DATA_DIR / "verb_forms.json").read_text(encoding="utf-8")


def test_keys_are_single_lower_case_tokens():
    for form, lemma in en.SPEECH_VERBS.items():
        assert form == form.lower() and form.strip() == form and " " not in form, form
        assert lemma == lemma.lower(), lemma


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    base = lemma.split()[0]
    assert _present(third_singular(base), lemma), f"{lemma}: 3sg {third_singular(base)!r}"
    assert any(_present(p, lemma) for p in participles(base)), f"{lemma}: participle"


def test_excluded_forms_are_documented_and_absent():
    for form, reason in SPEC.EXCLUDED_FORMS.items():
        assert reason.strip(), form
        assert form not in en.SPEECH_VERBS, form


@pytest.mark.parametrize("form, lemma", [
    ("said", "say"), ("says", "say"), ("say", "say"), ("told", "tell"), ("tells", "tell"),
    ("added", "add"), ("adding", "add"), ("wrote", "write"), ("written", None),
    ("replied", "reply"), ("denies", "deny"), ("criticised", "criticize"),
    ("emphasises", "emphasize"), ("pointed", "point out"), ("stated", "state"),
    ("tweeted", "tweet"), ("quipped", "quip"), ("insisted", "insist"), ("warned", "warn"),
    ("report", None), ("states", None), ("alleged", None), ("warning", None),
])
def test_spot_checks(form, lemma):
    assert en.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    assert en.AUXILIARIES == {"has": False, "have": True, "had": False}
    assert en.COMPLEMENTIZERS == ("that",)
    assert en.INVERTED_SUBJECTS == {}
    assert en.PRONOUNS["he"] == ("m", False) and en.PRONOUNS["she"] == ("f", False)
    assert en.PRONOUNS["they"] == (None, True)


def test_genders_and_numbers_have_the_contract_shapes():
    for table in (en.TITLES, en.ROLE_NOUNS, en.DEMONYMS):
        assert all(gender in GENDERS for gender in table.values())
    for table in (en.PRONOUNS, en.DETERMINERS):
        for gender, plural in table.values():
            assert gender in GENDERS and isinstance(plural, bool)
    assert all(isinstance(v, bool) for v in en.AUXILIARIES.values())


def test_lexicon_sizes():
    assert len(en.STOP_WORDS) >= 100
    assert len(en.ROLE_NOUNS) >= 80
    assert len(en.DEMONYMS) >= 80
    assert len(en.NON_NAMES) >= 100
    assert len(en.CUE_ADVERBS) >= 30
    assert len(en.ORGANIZATION_NOUNS) >= 20


def test_spelling_conventions():
    # role nouns lower case (acronyms aside), demonyms and non-names capitalised
    for role in en.ROLE_NOUNS:
        assert role == role.lower() or role.isupper(), role
    assert all(d[0].isupper() for d in en.DEMONYMS)
    assert all(w[0].isupper() for w in en.NON_NAMES)
    assert "May" not in en.NON_NAMES  # a surname too
    assert all(w == w.lower() for w in en.CUE_ADVERBS | en.STOP_WORDS)
    assert all(m == m.lower() for m in en.SOURCE_MARKERS)
    assert all(p == p.lower() for p in en.NAME_PARTICLES)


def test_titles_and_roles():
    assert en.TITLES["Mr"] == "m" and en.TITLES["Mrs."] == "f" and en.TITLES["Dr."] is None
    assert "president" not in en.TITLES
    assert en.ROLE_NOUNS["spokeswoman"] == "f" and en.ROLE_NOUNS["prime minister"] is None


def test_partial_cues_and_source_markers():
    for form in ("called", "calling", "described", "describing", "dubbed", "termed", "labelled"):
        assert form in en.PARTIAL_CUES
    assert "according to" in en.SOURCE_MARKERS


def test_conjugation_library_is_not_imported_at_run_time():
    code = (
        "import sys, quotecheck.lang as L; L.load('en'); "
        "bad = [m for m in ('verbecc', 'mlconjug3', 'mlconjug', 'sklearn') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
