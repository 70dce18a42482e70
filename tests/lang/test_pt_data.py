"""Integrity of the Portuguese lexicons (quotecheck/lang/pt/).

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -ar/-er/-ir morphology written again here, irregular verbs
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
from quotecheck.lang import pt

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "quotecheck" / "lang" / "pt"
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


SPEC = _module("generate_verb_forms_pt")
EXCLUDED = frozenset(SPEC.EXCLUDED_FORMS)
LEMMAS = sorted(set(pt.SPEECH_VERBS.values()))

# --------------------------------------------------------------------------- expected forms
IRREGULAR_PARTICIPLES = {
    "dizer": "dito", "escrever": "escrito", "descrever": "descrito", "propor": "proposto",
    "prever": "previsto",
}
#: present 3sg of the irregular verbs and of the -ir verbs whose vowel changes
IRREGULAR_PRESENT = {
    "dizer": "diz", "prever": "prevê", "crer": "crê", "propor": "propõe", "saudar": "saúda",
    "concluir": "conclui",
}


def _bare(lemma: str) -> str:
    return lemma[:-3] if lemma.endswith("-se") else lemma


def participle(lemma: str) -> str:
    verb = _bare(lemma)
    if verb in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[verb]
    stem, ending = verb[:-2], verb[-2:]
    if ending == "ar":
        return stem + "ado"
    # a stressed i after a vowel takes the accent: concluir → concluído (not after gu/qu)
    hiatus = stem[-1] in "aeo" or (stem[-1] == "u" and stem[-2] not in "gq")
    return stem + ("ído" if hiatus else "ido")


def present_3sg(lemma: str) -> str:
    verb = _bare(lemma)
    if verb in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[verb]
    return verb[:-2] + ("a" if verb.endswith("ar") else "e")


def _present(form: str, lemma: str) -> bool:
    return pt.SPEECH_VERBS.get(form) == lemma or form in EXCLUDED


# --------------------------------------------------------------------------- tests
def test_load_returns_the_package_data():
    data = lang.load("pt")
    assert isinstance(data, LanguageData)
    assert data.code == "pt" and "pt" in lang.supported_languages()
    assert data.speech_verbs == pt.SPEECH_VERBS


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
        assert hasattr(pt, name), name
    data = lang.load("pt")
    for name in pt.__all__:
        assert name.lower() in fields, name
        assert getattr(data, name.lower()) == type(getattr(data, name.lower()))(getattr(pt, name))


def test_quote_conventions():
    assert pt.QUOTE_PAIRS == (("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"))
    assert pt.DIALOGUE_DASHES[0] == "—"


def test_enough_speech_verb_lemmas():
    assert len(LEMMAS) >= 80
    assert set(LEMMAS) == set(SPEC.LEMMAS)


def test_verb_forms_json_is_sorted_and_is_what_the_package_loads():
    table = json.loads((DATA_DIR / "verb_forms.json").read_text(encoding="utf-8"))
    assert list(table) == sorted(table)
    assert table == pt.SPEECH_VERBS


def test_keys_are_single_lower_case_tokens():
    # a pronominal verb's enclitic forms are hyphenated single tokens: "queixou-se"
    for form, lemma in pt.SPEECH_VERBS.items():
        assert form == form.lower() and form.replace("-", "").isalpha(), form
        assert form.count("-") == (1 if form.endswith("-se") else 0), form
        assert lemma == lemma.lower() and lemma.replace("-", "").isalpha(), lemma


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    assert _present(participle(lemma), lemma), f"{lemma}: participle {participle(lemma)!r}"
    assert _present(present_3sg(lemma), lemma), f"{lemma}: 3sg {present_3sg(lemma)!r}"
    # the four agreements of the participle ("dito", "dita", "ditos", "ditas")
    stem = participle(lemma)[:-1]
    for ending in ("a", "os", "as"):
        assert _present(stem + ending, lemma), f"{lemma}: {stem + ending!r}"


def test_every_lemma_has_its_preterite():
    for lemma in LEMMAS:
        forms = {f for f, l in pt.SPEECH_VERBS.items() if l == lemma}
        assert any(f.endswith(("ou", "eu", "iu", "disse", "pôs", "viu", "creu")) for f in forms), lemma


def test_excluded_forms_are_documented_and_absent():
    for form, reason in SPEC.EXCLUDED_FORMS.items():
        assert reason.strip(), form
        assert form not in pt.SPEECH_VERBS, form


@pytest.mark.parametrize("form, lemma", [
    ("disse", "dizer"), ("disseram", "dizer"), ("diz", "dizer"), ("dito", "dizer"),
    ("dizia", "dizer"), ("dissera", "dizer"), ("dizendo", "dizer"), ("afirmou", "afirmar"),
    ("afirmaram", "afirmar"), ("afirmado", "afirmar"), ("declarou", "declarar"),
    ("acrescentou", "acrescentar"), ("destacou", "destacar"), ("ressaltou", "ressaltar"),
    ("pediu", "pedir"), ("propôs", "propor"), ("tuitou", "tuitar"), ("queixou", "queixar-se"),
    ("queixou-se", "queixar-se"), ("concluído", "concluir"), ("defendido", "defender"),
    ("creem", "crer"), ("pergunta", None), ("conta", None), ("defesa", None), ("cria", None),
    ("comunicado", None), ("concluso", None),
])
def test_spot_checks(form, lemma):
    assert pt.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    for form, plural in (("tem", False), ("têm", True), ("tinha", False), ("tinham", True),
                         ("há", False)):
        assert pt.AUXILIARIES[form] is plural
    assert pt.COMPLEMENTIZERS == ("que",)
    assert pt.INVERTED_SUBJECTS == {}
    assert pt.PRONOUNS == {"ele": ("m", False), "ela": ("f", False), "eles": ("m", True),
                           "elas": ("f", True)}


def test_genders_and_numbers_have_the_contract_shapes():
    for table in (pt.TITLES, pt.ROLE_NOUNS, pt.DEMONYMS):
        assert all(gender in GENDERS for gender in table.values())
    for table in (pt.PRONOUNS, pt.DETERMINERS, pt.STRESSED_PRONOUNS):
        for gender, plural in table.values():
            assert gender in GENDERS and isinstance(plural, bool)
    assert all(isinstance(v, bool) for v in pt.AUXILIARIES.values())


def test_lexicon_sizes():
    assert len(pt.STOP_WORDS) >= 100
    assert len(pt.ROLE_NOUNS) >= 80
    assert len(pt.DEMONYMS) >= 80
    assert len(pt.NON_NAMES) >= 100
    assert len(pt.CUE_ADVERBS) >= 30
    assert len(pt.ORGANIZATION_NOUNS) >= 20


def test_spelling_conventions():
    # roles and demonyms lower case, as Spanish writes them; non-names capitalised
    for role in pt.ROLE_NOUNS:
        assert role == role.lower(), role
    for demonym in pt.DEMONYMS:
        assert demonym == demonym.lower(), demonym
    assert all(w[0].isupper() for w in pt.NON_NAMES)
    assert all(w == w.lower() for w in pt.CUE_ADVERBS | pt.STOP_WORDS)
    assert all(m == m.lower() for m in pt.SOURCE_MARKERS)
    assert all(p == p.lower() for p in pt.NAME_PARTICLES)


def test_roles_demonyms_and_titles():
    assert pt.ROLE_NOUNS["ministro"] == "m" and pt.ROLE_NOUNS["ministra"] == "f"
    assert pt.ROLE_NOUNS["presidente"] is None and pt.ROLE_NOUNS["porta-voz"] is None
    assert pt.DEMONYMS["norueguês"] == "m" and pt.DEMONYMS["francesa"] == "f"
    assert pt.DEMONYMS["belga"] is None
    assert pt.TITLES["Sra."] == "f" and pt.TITLES["dom"] == "m" and pt.TITLES["dona"] == "f"


def test_partial_cues_and_source_markers():
    for form in ("classificou", "chamou", "qualificou", "descreveu"):
        assert form in pt.PARTIAL_CUES
    for marker in ("segundo", "de acordo com", "conforme", "para"):
        assert marker in pt.SOURCE_MARKERS
    assert pt.NAMED_SOURCE_MARKERS == {"para"}


def test_conjugation_library_is_not_imported_at_run_time():
    code = (
        "import sys, quotecheck.lang as L; L.load('pt'); "
        "bad = [m for m in ('verbecc', 'mlconjug3', 'mlconjug', 'sklearn') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
