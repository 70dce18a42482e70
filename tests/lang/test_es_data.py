"""Integrity of the Spanish lexicons (quotecheck/lang/es/).

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -ar/-er/-ir morphology written again here, irregular and stem-changing verbs
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
from quotecheck.lang import es

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "quotecheck" / "lang" / "es"
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


SPEC = _module("generate_verb_forms_es")
EXCLUDED = frozenset(SPEC.EXCLUDED_FORMS)
LEMMAS = sorted(set(es.SPEECH_VERBS.values()))

# --------------------------------------------------------------------------- expected forms
IRREGULAR_PARTICIPLES = {
    "decir": "dicho", "predecir": "predicho", "escribir": "escrito", "describir": "descrito",
    "proponer": "propuesto", "prever": "previsto",
}
#: present 3sg of the stem-changing and irregular verbs (e→ie, o→ue, e→i, accents, -uir)
IRREGULAR_PRESENT = {
    "decir": "dice", "predecir": "predice", "advertir": "advierte", "recordar": "recuerda",
    "sostener": "sostiene", "mantener": "mantiene", "manifestar": "manifiesta", "negar": "niega",
    "pedir": "pide", "pensar": "piensa", "confesar": "confiesa", "contar": "cuenta",
    "defender": "defiende", "sugerir": "sugiere", "recomendar": "recomienda",
    "repetir": "repite", "desmentir": "desmiente", "concluir": "concluye", "prever": "prevé",
    "proseguir": "prosigue", "continuar": "continúa", "asentir": "asiente",
}


def _bare(lemma: str) -> str:
    return lemma[:-2] if lemma.endswith("se") and lemma[-4:-2] in ("ar", "er", "ir") else lemma


def participle(lemma: str) -> str:
    verb = _bare(lemma)
    if verb in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[verb]
    stem, ending = verb[:-2], verb[-2:]
    if ending == "ar":
        return stem + "ado"
    return stem + ("ído" if stem[-1] in "aeo" else "ido")  # creer → creído


def present_3sg(lemma: str) -> str:
    verb = _bare(lemma)
    if verb in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[verb]
    return verb[:-2] + ("a" if verb.endswith("ar") else "e")


def _present(form: str, lemma: str) -> bool:
    return es.SPEECH_VERBS.get(form) == lemma or form in EXCLUDED


# --------------------------------------------------------------------------- tests
def test_load_returns_the_package_data():
    data = lang.load("es")
    assert isinstance(data, LanguageData)
    assert data.code == "es" and "es" in lang.supported_languages()
    assert data.speech_verbs == es.SPEECH_VERBS


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
        assert hasattr(es, name), name
    data = lang.load("es")
    for name in es.__all__:
        assert name.lower() in fields, name
        assert getattr(data, name.lower()) == type(getattr(data, name.lower()))(getattr(es, name))


def test_quote_conventions():
    assert es.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'))
    assert es.DIALOGUE_DASHES[0] == "—"


def test_enough_speech_verb_lemmas():
    assert len(LEMMAS) >= 80
    assert set(LEMMAS) == set(SPEC.LEMMAS)


def test_verb_forms_json_is_sorted_and_is_what_the_package_loads():
    table = json.loads((DATA_DIR / "verb_forms.json").read_text(encoding="utf-8"))
    assert list(table) == sorted(table)
    assert table == es.SPEECH_VERBS


def test_keys_are_single_lower_case_tokens():
    for form, lemma in es.SPEECH_VERBS.items():
        assert form == form.lower() and form.isalpha(), form
        assert lemma == lemma.lower() and lemma.isalpha(), lemma


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    assert _present(participle(lemma), lemma), f"{lemma}: participle {participle(lemma)!r}"
    assert _present(present_3sg(lemma), lemma), f"{lemma}: 3sg {present_3sg(lemma)!r}"
    # the four agreements of the participle ("dicho", "dicha", "dichos", "dichas")
    stem = participle(lemma)[:-1]
    for ending in ("a", "os", "as"):
        assert _present(stem + ending, lemma), f"{lemma}: {stem + ending!r}"


def test_every_lemma_has_its_preterite():
    for lemma in LEMMAS:
        forms = {f for f, l in es.SPEECH_VERBS.items() if l == lemma}
        assert any(f.endswith(("ó", "o")) and not f.endswith(("do", "to", "cho")) for f in forms) \
            or any(f.endswith(("ieron", "aron", "jeron", "yeron")) for f in forms), lemma


def test_excluded_forms_are_documented_and_absent():
    for form, reason in SPEC.EXCLUDED_FORMS.items():
        assert reason.strip(), form
        assert form not in es.SPEECH_VERBS, form


@pytest.mark.parametrize("form, lemma", [
    ("dijo", "decir"), ("dijeron", "decir"), ("dice", "decir"), ("dicho", "decir"),
    ("decía", "decir"), ("diciendo", "decir"), ("afirmó", "afirmar"), ("afirmaron", "afirmar"),
    ("afirmado", "afirmar"), ("señaló", "señalar"), ("añadió", "añadir"), ("aseguró", "asegurar"),
    ("advirtió", "advertir"), ("explicó", "explicar"), ("reconoció", "reconocer"),
    ("sostuvo", "sostener"), ("pidió", "pedir"), ("tuiteó", "tuitear"), ("quejó", "quejarse"),
    ("prevé", "prever"), ("previó", "prever"), ("concluido", "concluir"),
    ("manifestado", "manifestar"), ("pregunta", None), ("denuncia", None), ("dicha", None),
    ("comunicado", None), ("previo", None),
])
def test_spot_checks(form, lemma):
    assert es.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    for form, plural in (("ha", False), ("han", True), ("había", False), ("habían", True),
                         ("hubo", False)):
        assert es.AUXILIARIES[form] is plural
    assert es.COMPLEMENTIZERS == ("que",)
    assert es.INVERTED_SUBJECTS == {}
    assert es.PRONOUNS == {"él": ("m", False), "ella": ("f", False), "ellos": ("m", True),
                           "ellas": ("f", True)}


def test_genders_and_numbers_have_the_contract_shapes():
    for table in (es.TITLES, es.ROLE_NOUNS, es.DEMONYMS):
        assert all(gender in GENDERS for gender in table.values())
    for table in (es.PRONOUNS, es.DETERMINERS, es.STRESSED_PRONOUNS):
        for gender, plural in table.values():
            assert gender in GENDERS and isinstance(plural, bool)
    assert all(isinstance(v, bool) for v in es.AUXILIARIES.values())


def test_lexicon_sizes():
    assert len(es.STOP_WORDS) >= 100
    assert len(es.ROLE_NOUNS) >= 80
    assert len(es.DEMONYMS) >= 80
    assert len(es.NON_NAMES) >= 100
    assert len(es.CUE_ADVERBS) >= 30
    assert len(es.ORGANIZATION_NOUNS) >= 20


def test_spelling_conventions():
    # roles and demonyms lower case, as Spanish writes them; non-names capitalised
    for role in es.ROLE_NOUNS:
        assert role == role.lower(), role
    for demonym in es.DEMONYMS:
        assert demonym == demonym.lower(), demonym
    assert all(w[0].isupper() for w in es.NON_NAMES)
    assert all(w == w.lower() for w in es.CUE_ADVERBS | es.STOP_WORDS)
    assert all(m == m.lower() for m in es.SOURCE_MARKERS)
    assert all(p == p.lower() for p in es.NAME_PARTICLES)


def test_roles_demonyms_and_titles():
    assert es.ROLE_NOUNS["presidente"] == "m" and es.ROLE_NOUNS["presidenta"] == "f"
    assert es.ROLE_NOUNS["portavoz"] is None and es.ROLE_NOUNS["ministra"] == "f"
    assert es.DEMONYMS["noruego"] == "m" and es.DEMONYMS["francesa"] == "f"
    assert es.DEMONYMS["estadounidense"] is None
    assert es.TITLES["Sra."] == "f" and es.TITLES["don"] == "m" and es.TITLES["doña"] == "f"


def test_partial_cues_and_source_markers():
    for form in ("calificó", "calificada", "tildó", "describió"):
        assert form in es.PARTIAL_CUES
    for marker in ("según", "de acuerdo con", "a juicio de", "para"):
        assert marker in es.SOURCE_MARKERS
    assert es.NAMED_SOURCE_MARKERS == {"para"}


def test_conjugation_library_is_not_imported_at_run_time():
    code = (
        "import sys, quotecheck.lang as L; L.load('es'); "
        "bad = [m for m in ('verbecc', 'mlconjug3', 'mlconjug', 'sklearn') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
