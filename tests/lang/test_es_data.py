"""Spanish-only checks of quotecheck/lang/es/; the checks every language shares are in
test_lexicons.py.

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -ar/-er/-ir morphology written again here, irregular and stem-changing verbs
restated), so a wrong or stale verb_forms.json fails here without verbecc being installed.
"""

from __future__ import annotations

import pytest

from lexicon_checks import forms_of, lemmas, unattested
from quotecheck.lang import es

LEMMAS = lemmas("es")

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


# --------------------------------------------------------------------------- tests
def test_quote_conventions():
    assert es.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'))
    assert es.DIALOGUE_DASHES[0] == "—"


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    # the participle, the 3sg present and the participle's agreements ("dicha", "dichos", "dichas")
    stem = participle(lemma)[:-1]
    forms = [participle(lemma), present_3sg(lemma), *(stem + ending for ending in ("a", "os", "as"))]
    assert unattested("es", lemma, forms) == []


def test_every_lemma_has_its_preterite():
    for lemma in LEMMAS:
        forms = forms_of("es", lemma)
        assert any(f.endswith(("ó", "o")) and not f.endswith(("do", "to", "cho")) for f in forms) \
            or any(f.endswith(("ieron", "aron", "jeron", "yeron")) for f in forms), lemma


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
