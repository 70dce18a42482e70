"""Portuguese-only checks of quotecheck/lang/pt/; the checks every language shares are in
test_lexicons.py.

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -ar/-er/-ir morphology written again here, irregular verbs
restated), so a wrong or stale verb_forms.json fails here without verbecc being installed.
"""

from __future__ import annotations

import pytest

from lexicon_checks import forms_of, lemmas, unattested
from quotecheck.lang import pt

LEMMAS = lemmas("pt")

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


# --------------------------------------------------------------------------- tests
def test_quote_conventions():
    assert pt.QUOTE_PAIRS == (("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"))
    assert pt.DIALOGUE_DASHES[0] == "—"


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    # the participle, the 3sg present and the participle's agreements ("dita", "ditos", "ditas")
    stem = participle(lemma)[:-1]
    forms = [participle(lemma), present_3sg(lemma), *(stem + ending for ending in ("a", "os", "as"))]
    assert unattested("pt", lemma, forms) == []


def test_every_lemma_has_its_preterite():
    for lemma in LEMMAS:
        forms = forms_of("pt", lemma)
        assert any(f.endswith(("ou", "eu", "iu", "disse", "pôs", "viu", "creu")) for f in forms), lemma


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
