"""Italian-only checks of quotecheck/lang/it/; the checks every language shares are in
test_lexicons.py.

The verb checks re-derive each lemma's past participle and present 3sg without the conjugation
library (regular -are/-ere/-ire morphology written again here, irregular and -isc- verbs
restated), so a wrong or stale verb_forms.json fails here without verbecc being installed.
"""

from __future__ import annotations

import pytest

from lexicon_checks import forms_of, lemmas, unattested
from quotecheck.lang import it

LEMMAS = lemmas("it")

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


# --------------------------------------------------------------------------- tests
def test_quote_conventions():
    assert it.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"))
    assert it.DIALOGUE_DASHES[0] == "—"


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    # the participle, the 3sg present and the participle's agreements ("detta", "detti", "dette")
    stem = participle(lemma)[:-1]
    forms = [participle(lemma), present_3sg(lemma), *(stem + ending for ending in ("a", "i", "e"))]
    assert unattested("it", lemma, forms) == []


def test_every_lemma_has_its_passato_remoto():
    for lemma in LEMMAS:
        forms = forms_of("it", lemma)
        assert any(f.endswith(("rono", "ero")) for f in forms), lemma


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
