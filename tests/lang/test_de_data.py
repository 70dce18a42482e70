"""Integrity of the German lexicons (quotecheck/lang/de/).

The verb checks re-derive each lemma's 3sg present and Partizip II on their own (weak rules
written again here, strong principal parts restated), so a wrong or stale verb_forms.json fails
here; the generator needs no library for German and is re-run.
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
from quotecheck.lang import de

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "quotecheck" / "lang" / "de"
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


SPEC = _module("generate_verb_forms_de")
EXCLUDED = frozenset(SPEC.EXCLUDED_FORMS)
#: lemmas as the script lists them, with the particle of separable verbs marked: "mit|teilen"
LISTED = {entry.replace("|", ""): entry for entry in SPEC.LEMMAS}
LEMMAS = sorted(set(de.SPEECH_VERBS.values()))

# --------------------------------------------------------------------------- expected forms
#: (3sg present, Partizip II) of the strong and mixed simple verbs among the lemmas' bases
STRONG = {
    "sprechen": ("spricht", "gesprochen"), "schreiben": ("schreibt", "geschrieben"),
    "streiten": ("streitet", "gestritten"), "streichen": ("streicht", "gestrichen"),
    "geben": ("gibt", "gegeben"), "werfen": ("wirft", "geworfen"), "rufen": ("ruft", "gerufen"),
    "schreien": ("schreit", "geschrien"), "heben": ("hebt", "gehoben"),
    "weisen": ("weist", "gewiesen"), "raten": ("rät", "geraten"),
    "schlagen": ("schlägt", "geschlagen"), "bitten": ("bittet", "gebeten"),
    "denken": ("denkt", "gedacht"), "fahren": ("fährt", "gefahren"),
    "wenden": ("wendet", "gewandt"),
}
#: prefixed verbs with their own entry (not derived from a simple verb)
PREFIXED = {"empfehlen": ("empfiehlt", "empfohlen")}
UNSTRESSED = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "wieder", "unter")


def _weak(verb: str) -> tuple[str, str]:
    stem = verb[:-1] if verb.endswith(("eln", "ern")) else verb[:-2]
    linking = stem.endswith(("d", "t")) or (stem[-1] in "mn" and stem[-2] not in "aeiouäöülrhmn")
    present = stem + ("et" if linking else "t")
    no_ge = verb.endswith("ieren") or verb.startswith(UNSTRESSED)
    return present, present if no_ge else "ge" + present


def expected(listed: str) -> tuple[str, str]:
    """(3sg present, Partizip II) of a lemma as the script lists it; joined for separable verbs."""
    particle, _, verb = listed.rpartition("|")
    if verb in PREFIXED:
        present, participle = PREFIXED[verb]
    elif verb in STRONG:
        present, participle = STRONG[verb]
    else:
        prefix = next((p for p in UNSTRESSED if verb.startswith(p) and verb[len(p):] in STRONG), None)
        if prefix is not None:
            present, participle = STRONG[verb[len(prefix):]]
            present, participle = prefix + present, prefix + participle[2:]
        else:
            present, participle = _weak(verb)
    return particle + present, particle + participle


def _present(form: str, lemma: str) -> bool:
    return de.SPEECH_VERBS.get(form) == lemma or form in EXCLUDED


# --------------------------------------------------------------------------- tests
def test_load_returns_the_package_data():
    data = lang.load("de")
    assert isinstance(data, LanguageData)
    assert data.code == "de" and "de" in lang.supported_languages()
    assert data.speech_verbs == de.SPEECH_VERBS


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
        assert hasattr(de, name), name
    data = lang.load("de")
    for name in de.__all__:
        assert name.lower() in fields, name
        assert getattr(data, name.lower()) == type(getattr(data, name.lower()))(getattr(de, name))


def test_quote_conventions():
    assert de.QUOTE_PAIRS == (("„", "“"), ("»", "«"), ("‚", "‘"), ("«", "»"), ("“", "”"), ('"', '"'))
    assert set(de.DIALOGUE_DASHES) <= {"—", "–", "―"}


def test_enough_speech_verb_lemmas():
    assert len(LEMMAS) >= 80
    assert set(LEMMAS) == set(LISTED)


def test_verb_forms_json_is_sorted_and_is_what_the_package_loads():
    table = json.loads((DATA_DIR / "verb_forms.json").read_text(encoding="utf-8"))
    assert list(table) == sorted(table)
    assert table == de.SPEECH_VERBS


def test_verb_forms_json_is_up_to_date_with_the_generator():
    generator = _module("generate_verb_forms")
    table = generator.build("de", log=lambda *args: None)
    assert generator.render(table) == (DATA_DIR / "verb_forms.json").read_text(encoding="utf-8")


def test_keys_are_single_lower_case_tokens():
    for form, lemma in de.SPEECH_VERBS.items():
        assert form == form.lower() and form.isalpha(), form
        assert lemma == lemma.lower() and lemma.isalpha(), lemma


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_its_participle_and_3sg_present(lemma):
    present, participle = expected(LISTED[lemma])
    assert _present(present, lemma), f"{lemma}: 3sg {present!r}"
    assert _present(participle, lemma), f"{lemma}: Partizip II {participle!r}"
    assert de.SPEECH_VERBS.get(lemma) == lemma or lemma in EXCLUDED


def test_excluded_forms_are_documented_and_absent():
    for form, reason in SPEC.EXCLUDED_FORMS.items():
        assert reason.strip(), form
        assert form not in de.SPEECH_VERBS, form


@pytest.mark.parametrize("form, lemma", [
    ("sagte", "sagen"), ("sagt", "sagen"), ("gesagt", "sagen"), ("sage", "sagen"),
    ("sagten", "sagen"), ("betonte", "betonen"), ("erklärte", "erklären"), ("erklärt", "erklären"),
    ("teilte", "mitteilen"), ("teilt", "mitteilen"), ("mitgeteilt", "mitteilen"),
    ("mitteilte", "mitteilen"), ("fügte", "hinzufügen"), ("hinzugefügt", "hinzufügen"),
    ("sprach", "sprechen"), ("widersprach", "widersprechen"), ("antwortete", "antworten"),
    ("geantwortet", "antworten"), ("kritisierte", "kritisieren"), ("kritisiert", "kritisieren"),
    ("twitterte", "twittern"), ("räumte", "einräumen"), ("eingeräumt", "einräumen"),
    ("zugegeben", "zugeben"), ("rief", "rufen"), ("entgegnete", "entgegnen"),
    ("wies", "hinweisen"), ("bestritt", "bestreiten"), ("empfahl", "empfehlen"),
    ("gibt", None), ("gab", None), ("frage", None), ("meine", None), ("bitte", None),
])
def test_spot_checks(form, lemma):
    assert de.SPEECH_VERBS.get(form) == lemma


def test_auxiliaries_complementizers_and_pronouns():
    for form in ("hat", "hatte", "habe", "ist", "war", "sei"):
        assert de.AUXILIARIES[form] is False
    for form in ("haben", "hatten", "sind", "waren"):
        assert de.AUXILIARIES[form] is True
    assert de.COMPLEMENTIZERS == ("dass", "daß", "ob")
    assert de.INVERTED_SUBJECTS == {}
    assert de.PRONOUNS == {"er": ("m", False), "sie": ("f", False)}


def test_genders_and_numbers_have_the_contract_shapes():
    for table in (de.TITLES, de.ROLE_NOUNS, de.DEMONYMS):
        assert all(gender in GENDERS for gender in table.values())
    for table in (de.PRONOUNS, de.DETERMINERS, de.STRESSED_PRONOUNS):
        for gender, plural in table.values():
            assert gender in GENDERS and isinstance(plural, bool)
    assert all(isinstance(v, bool) for v in de.AUXILIARIES.values())


def test_lexicon_sizes():
    assert len(de.STOP_WORDS) >= 100
    assert len(de.ROLE_NOUNS) >= 80
    assert len(de.DEMONYMS) >= 80
    assert len(de.NON_NAMES) >= 100
    assert len(de.CUE_ADVERBS) >= 30
    assert len(de.ORGANIZATION_NOUNS) >= 20


def test_spelling_conventions():
    # German nouns are capitalised: roles, demonyms, organisations; non-names too
    assert all(role[0].isupper() for role in de.ROLE_NOUNS)
    assert all(d[0].isupper() for d in de.DEMONYMS)
    assert all(o[0].isupper() for o in de.ORGANIZATION_NOUNS)
    assert all(w[0].isupper() for w in de.NON_NAMES)
    assert all(w == w.lower() for w in de.CUE_ADVERBS | de.STOP_WORDS)
    assert all(m == m.lower() for m in de.SOURCE_MARKERS)
    assert all(p == p.lower() for p in de.NAME_PARTICLES)


def test_roles_and_demonyms_pair_their_genders():
    for masculine, feminine in (("Bundeskanzler", "Bundeskanzlerin"), ("Sprecher", "Sprecherin"),
                                ("Anwalt", "Anwältin"), ("Minister", "Ministerin")):
        assert de.ROLE_NOUNS[masculine] == "m" and de.ROLE_NOUNS[feminine] == "f"
    assert de.ROLE_NOUNS["Vorsitzende"] is None and de.ROLE_NOUNS["Vorsitzender"] == "m"
    for masculine, feminine in (("Norweger", "Norwegerin"), ("Franzose", "Französin"),
                                ("Russe", "Russin")):
        assert de.DEMONYMS[masculine] == "m" and de.DEMONYMS[feminine] == "f"
    assert de.TITLES["Herr"] == "m" and de.TITLES["Frau"] == "f" and de.TITLES["Dr."] is None


def test_partial_cues_and_source_markers():
    for form in ("nannte", "bezeichnete", "sprach", "als"):
        assert form in de.PARTIAL_CUES
    for marker in ("laut", "zufolge", "nach angaben", "so"):
        assert marker in de.SOURCE_MARKERS
    # "so" and "zufolge" are taken only before a name or role
    assert {"so", "zufolge"} <= de.NAMED_SOURCE_MARKERS <= set(de.SOURCE_MARKERS)


def test_conjugation_library_is_not_imported_at_run_time():
    code = (
        "import sys, quotecheck.lang as L; L.load('de'); "
        "bad = [m for m in ('verbecc', 'mlconjug3', 'mlconjug', 'sklearn') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
