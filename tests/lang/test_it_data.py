"""Integrity of the Italian lexicons (quotecheck/lang/it/).

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -are/-ere/-ire morphology written again here, irregular and -isc- verbs
restated), so a wrong or stale verb_forms.json fails here without verbecc being installed.
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
from quotecheck.lang import it

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "quotecheck" / "lang" / "it"
SCRIPTS = ROOT / "scripts"
GENDERS = {"m", "f", None}


def _module(name: str):
    """A script under scripts/ as a module (its conjugation library is imported only when run)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


SPEC = _module("generate_verb_forms_it")
EXCLUDED = frozenset(SPEC.EXCLUDED_FORMS)
LEMMAS = sorted(set(it.SPEECH_VERBS.values()))

# --------------------------------------------------------------------------- expected forms
IRREGULAR_PARTICIPLES = {
    "dire": "detto", "aggiungere": "aggiunto", "ammettere": "ammesso", "promettere": "promesso",
    "rispondere": "risposto", "chiedere": "chiesto", "scrivere": "scritto",
    "descrivere": "descritto", "esprimere": "espresso", "proporre": "proposto",
    "pretendere": "preteso", "concedere": "concesso", "respingere": "respinto",
    "concludere": "concluso", "prevedere": "previsto", "riconoscere": "riconosciuto",
    "esigere": "esatto", "insistere": "insistito",
}
#: present 3sg of the irregular verbs
IRREGULAR_PRESENT = {
    "dire": "dice", "proporre": "propone", "sostenere": "sostiene", "ritenere": "ritiene",
}
#: -ire verbs conjugated with -isc- ("ribadisce"); "applaudire" has both
ISC = {"ribadire", "ammonire", "suggerire", "garantire", "smentire", "chiarire", "riferire",
       "applaudire"}


def participle(lemma: str) -> str:
    if lemma in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lemma]
    stem, ending = lemma[:-3], lemma[-3:]
    return stem + {"are": "ato", "ere": "uto", "ire": "ito"}[ending]


def present_3sg(lemma: str) -> str:
    if lemma in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[lemma]
    stem, ending = lemma[:-3], lemma[-3:]
    if ending == "are":
        return stem + "a"
    return stem + ("isce" if lemma in ISC else "e")


def _present(form: str, lemma: str) -> bool:
    return it.SPEECH_VERBS.get(form) == lemma or form in EXCLUDED


# --------------------------------------------------------------------------- tests
def test_load_returns_the_package_data():
    data = lang.load("it")
    assert isinstance(data, LanguageData)
    assert data.code == "it" and "it" in lang.supported_languages()
    assert data.speech_verbs == it.SPEECH_VERBS


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
        assert hasattr(it, name), name
    data = lang.load("it")
    for name in it.__all__:
        assert name.lower() in fields, name
        assert getattr(data, name.lower()) == type(getattr(data, name.lower()))(getattr(it, name))


def test_quote_conventions():
    assert it.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"))
    assert it.DIALOGUE_DASHES[0] == "—"


def test_enough_speech_verb_lemmas():
    assert len(LEMMAS) >= 80
    assert set(LEMMAS) == set(SPEC.LEMMAS)


def test_verb_forms_json_is_sorted_and_is_what_the_package_loads():
    table = json.loads((DATA_DIR / "verb_forms.json").read_text(encoding="utf-8"))
    assert list(table) == sorted(table)
    assert table == it.SPEECH_VERBS


def test_keys_are_single_lower_case_tokens():
    for form, lemma in it.SPEECH_VERBS.items():
        assert form == form.lower() and form.isalpha(), form
        assert lemma == lemma.lower() and lemma.isalpha(), lemma


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    assert _present(participle(lemma), lemma), f"{lemma}: participle {participle(lemma)!r}"
    assert _present(present_3sg(lemma), lemma), f"{lemma}: 3sg {present_3sg(lemma)!r}"
    # the four agreements of the participle ("detto", "detta", "detti", "dette")
    stem = participle(lemma)[:-1]
    for ending in ("a", "i", "e"):
        assert _present(stem + ending, lemma), f"{lemma}: {stem + ending!r}"


def test_every_lemma_has_its_passato_remoto():
    for lemma in LEMMAS:
        forms = {f for f, l in it.SPEECH_VERBS.items() if l == lemma}
        assert any(f.endswith(("rono", "ero")) for f in forms), lemma


def test_excluded_forms_are_documented_and_absent():
    for form, reason in SPEC.EXCLUDED_FORMS.items():
        assert reason.strip(), form
        assert form not in it.SPEECH_VERBS, form


@pytest.mark.parametrize("form, lemma", [
    ("detto", "dire"), ("detta", "dire"), ("disse", "dire"), ("dissero", "dire"),
    ("dice", "dire"), ("diceva", "dire"), ("dichiarato", "dichiarare"), ("dichiarò", "dichiarare"),
    ("affermato", "affermare"), ("aggiunto", "aggiungere"), ("aggiunse", "aggiungere"),
    ("spiegato", "spiegare"), ("sottolineato", "sottolineare"), ("ribadito", "ribadire"),
    ("ribadisce", "ribadire"), ("risposto", "rispondere"), ("rispose", "rispondere"),
    ("chiesto", "chiedere"), ("concesso", "concedere"), ("twittato", "twittare"),
    ("replica", "replicare"), ("risposta", None), ("proposta", None), ("nota", None),
    ("previsto", None), ("pubblica", None), ("risposo", None), ("concedso", None),
])
def test_spot_checks(form, lemma):
    assert it.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    for form, plural in (("ha", False), ("hanno", True), ("aveva", False), ("avevano", True),
                         ("è", False), ("sono", True), ("era", False), ("erano", True)):
        assert it.AUXILIARIES[form] is plural
    assert it.COMPLEMENTIZERS == ("che",)
    assert it.INVERTED_SUBJECTS == {}
    for pronoun in ("lui", "lei", "egli", "ella", "loro", "esso", "essa"):
        assert pronoun in it.PRONOUNS
    assert it.PRONOUNS["lei"] == ("f", False) and it.PRONOUNS["loro"] == (None, True)


def test_genders_and_numbers_have_the_contract_shapes():
    for table in (it.TITLES, it.ROLE_NOUNS, it.DEMONYMS):
        assert all(gender in GENDERS for gender in table.values())
    for table in (it.PRONOUNS, it.DETERMINERS, it.STRESSED_PRONOUNS):
        for gender, plural in table.values():
            assert gender in GENDERS and isinstance(plural, bool)
    assert all(isinstance(v, bool) for v in it.AUXILIARIES.values())


def test_lexicon_sizes():
    assert len(it.STOP_WORDS) >= 100
    assert len(it.ROLE_NOUNS) >= 80
    assert len(it.DEMONYMS) >= 80
    assert len(it.NON_NAMES) >= 100
    assert len(it.CUE_ADVERBS) >= 30
    assert len(it.ORGANIZATION_NOUNS) >= 20


def test_spelling_conventions():
    # roles and demonyms lower case, as Spanish writes them; non-names capitalised
    for role in it.ROLE_NOUNS:
        assert role == role.lower(), role
    for demonym in it.DEMONYMS:
        assert demonym == demonym.lower(), demonym
    assert all(w[0].isupper() for w in it.NON_NAMES)
    assert all(w == w.lower() for w in it.CUE_ADVERBS | it.STOP_WORDS)
    assert all(m == m.lower() for m in it.SOURCE_MARKERS)
    assert all(p == p.lower() for p in it.NAME_PARTICLES)


def test_roles_demonyms_and_titles():
    assert it.ROLE_NOUNS["ministro"] == "m" and it.ROLE_NOUNS["ministra"] == "f"
    assert it.ROLE_NOUNS["presidente"] is None and it.ROLE_NOUNS["portavoce"] is None
    assert it.DEMONYMS["russo"] == "m" and it.DEMONYMS["russa"] == "f"
    assert it.DEMONYMS["francese"] is None
    assert it.TITLES["Sig.ra"] == "f" and it.TITLES["Dott."] == "m" and it.TITLES["on."] is None


def test_partial_cues_and_source_markers():
    for form in ("definito", "definita", "definì", "parlato"):
        assert form in it.PARTIAL_CUES
    for marker in ("secondo", "a detta di", "per"):
        assert marker in it.SOURCE_MARKERS
    assert it.NAMED_SOURCE_MARKERS == {"per"}
    assert it.CUE_PHRASES["sapere"][0] == "fare sapere" and "fatto" in it.CUE_PHRASES["sapere"][1]


def test_conjugation_library_is_not_imported_at_run_time():
    code = (
        "import sys, quotecheck.lang as L; L.load('it'); "
        "bad = [m for m in ('verbecc', 'mlconjug3', 'mlconjug', 'sklearn') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
