"""Integrity of the French lexicons (quotecheck/lang/fr/).

The checks re-derive what they can independently of the conjugation library (regular -er
morphology, a table of irregular principal parts), so a wrong or stale verb_forms.json fails here
without verbecc being installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import lang
from quotecheck.lang import fr

ROOT = Path(__file__).resolve().parents[2]
FR_DIR = ROOT / "quotecheck" / "lang" / "fr"
SCRIPT = ROOT / "scripts" / "generate_fr_verb_forms.py"

GENDERS = {"m", "f", None}


def _bare(lemma: str) -> str:
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix):]
    return lemma


def _script():
    """The generator as a module (its conjugation library is only imported when it runs)."""
    spec = importlib.util.spec_from_file_location("generate_fr_verb_forms", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- speech verbs
LEMMAS = sorted(set(fr.SPEECH_VERBS.values()))

#: (past participle, present 3sg) of every lemma that is not a first-group verb
IRREGULAR = {
    "admettre": ("admis", "admet"),
    "applaudir": ("applaudi", "applaudit"),
    "avertir": ("averti", "avertit"),
    "conclure": ("conclu", "conclut"),
    "contredire": ("contredit", "contredit"),
    "craindre": ("craint", "craint"),
    "croire": ("cru", "croit"),
    "dire": ("dit", "dit"),
    "décrire": ("décrit", "décrit"),
    "démentir": ("démenti", "dément"),
    "enjoindre": ("enjoint", "enjoint"),
    "garantir": ("garanti", "garantit"),
    "gémir": ("gémi", "gémit"),
    "interrompre": ("interrompu", "interrompt"),
    "maintenir": ("maintenu", "maintient"),
    "pourfendre": ("pourfendu", "pourfend"),
    "poursuivre": ("poursuivi", "poursuit"),
    "promettre": ("promis", "promet"),
    "prédire": ("prédit", "prédit"),
    "prétendre": ("prétendu", "prétend"),
    "prévenir": ("prévenu", "prévient"),
    "reconnaître": ("reconnu", "reconnaît"),
    "redire": ("redit", "redit"),
    "renchérir": ("renchéri", "renchérit"),
    "reprendre": ("repris", "reprend"),
    "rire": ("ri", "rit"),
    "réagir": ("réagi", "réagit"),
    "répondre": ("répondu", "répond"),
    "s'enquérir": ("enquis", "enquiert"),
    "s'émouvoir": ("ému", "émeut"),
    "se défendre": ("défendu", "défend"),
    "se plaindre": ("plaint", "plaint"),
    "se réjouir": ("réjoui", "réjouit"),
    "se souvenir": ("souvenu", "souvient"),
    "sourire": ("souri", "sourit"),
    "soutenir": ("soutenu", "soutient"),
    "surenchérir": ("surenchéri", "surenchérit"),
    "écrire": ("écrit", "écrit"),
}


def _er_present_3sg(stem: str) -> set[str]:
    """Candidate 3sg presents of a first-group verb: aime, répète, lève, appelle, balaie."""
    out = {stem + "e"}
    # é/e of the last syllable becomes è: répète, lève, allègue, assène
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "ée":
            out.add(stem[:i] + "è" + stem[i + 1:] + "e")
            break
    out.add(stem + stem[-1] + "e")  # appelle, grommelle
    if stem.endswith("y"):
        out.add(stem[:-1] + "ie")  # balaie, bégaie
    return out


def test_at_least_170_lemmas() -> None:
    assert len(LEMMAS) >= 170


@pytest.mark.parametrize("lemma", LEMMAS)
def test_each_lemma_has_participle_and_present(lemma: str) -> None:
    verbs = fr.SPEECH_VERBS
    bare = _bare(lemma)
    if lemma in IRREGULAR:
        participle, present = IRREGULAR[lemma]
        assert participle in verbs, participle
        assert present in verbs, present
    else:
        assert bare.endswith("er"), f"{lemma}: add its principal parts to IRREGULAR"
        stem = bare[:-2]
        assert stem + "é" in verbs
        assert _er_present_3sg(stem) & verbs.keys(), f"no present 3sg for {lemma}"


def test_forms_are_single_lower_case_tokens() -> None:
    for form, lemma in fr.SPEECH_VERBS.items():
        assert form == form.lower() and form.strip() == form
        assert not any(ch.isspace() for ch in form), form
        assert "'" not in form and "’" not in form, form
        assert form.isalpha(), form
        assert lemma == lemma.lower() and lemma, lemma


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("affirmé", "affirmer"),
        ("ajoute", "ajouter"),
        ("dit", "dire"),
        ("reprit", "reprendre"),
        ("répondit", "répondre"),
        ("écria", "s'écrier"),
        ("interrogé", "s'interroger"),
        ("félicité", "se féliciter"),
        ("twitté", "tweeter"),
        ("tweeté", "tweeter"),
        ("écrit", "écrire"),
        ("reconnu", "reconnaître"),
        ("reconnait", "reconnaître"),  # 1990 spelling
        ("prévenu", "prévenir"),
        ("poursuit", "poursuivre"),
        ("déclarait", "déclarer"),
        ("annoncera", "annoncer"),
        ("estimeraient", "estimer"),
        ("soulignant", "souligner"),
        ("assène", "asséner"),
        ("assenait", "asséner"),
        ("appelle", "appeler"),
        ("dis", "dire"),
        ("demandai", "demander"),
        ("souvient", "se souvenir"),
        ("inquiète", "s'inquiéter"),
        ("insurgés", "s'insurger"),
    ],
)
def test_spot_checks(form: str, lemma: str) -> None:
    assert fr.SPEECH_VERBS[form] == lemma


def test_reflexive_forms_are_bare() -> None:
    assert "s'écria" not in fr.SPEECH_VERBS
    assert "s’écria" not in fr.SPEECH_VERBS


@pytest.mark.parametrize(
    "word",
    ["a", "est", "sont", "fait", "été", "maintenant", "communiqué", "plainte", "crainte", "crue",
     "twitter", "reprises", "souris", "confiant", "inquiétant", "relevant", "conseiller"],
)
def test_noisy_words_are_not_cues(word: str) -> None:
    assert word not in fr.SPEECH_VERBS


def test_json_files_are_sorted_plain_tables() -> None:
    for name in ("verb_forms.json", "partial_cue_forms.json"):
        data = json.loads((FR_DIR / name).read_text(encoding="utf-8"))
        assert list(data) == sorted(data)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())


def test_json_is_package_data() -> None:
    assert '"lang/*/*.json"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_generator_lists_match_the_shipped_tables() -> None:
    script = _script()
    assert set(fr.SPEECH_VERBS.values()) == set(script.SPEECH_LEMMAS)
    assert set(script.ALIASES.values()) <= set(script.SPEECH_LEMMAS)
    assert not script.EXCLUDED_FORMS & fr.SPEECH_VERBS.keys()
    assert set(fr.PARTIAL_CUES.values()) == set(script.PARTIAL_CUE_LEMMAS)
    assert not script.PARTIAL_EXCLUDED_FORMS & fr.PARTIAL_CUES.keys()
    assert "verbecc" not in sys.modules


# --------------------------------------------------------------------------- partial cues
@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("qualifiées", "qualifier"), ("qualifié", "qualifier"), ("qualifient", "qualifier"),
        ("qualifiant", "qualifier"), ("voit", "voir"), ("voient", "voir"), ("voyait", "voir"),
        ("évoque", "évoquer"), ("parle", "parler"), ("parlé", "parler"), ("parlait", "parler"),
        ("dénonce", "dénoncer"), ("décrit", "décrire"), ("juge", "juger"), ("estime", "estimer"),
        ("appelle", "appeler"), ("promet", "promettre"), ("salue", "saluer"),
        ("fustige", "fustiger"), ("déplore", "déplorer"), ("regrette", "regretter"),
        ("dit", "se dire"), ("dite", "se dire"), ("dits", "se dire"), ("dites", "se dire"),
    ],
)
def test_partial_cues(form: str, lemma: str) -> None:
    assert fr.PARTIAL_CUES[form] == lemma


def test_partial_cues_leave_out_nouns() -> None:
    for word in ("vu", "vue", "voir", "taxe", "traité"):
        assert word not in fr.PARTIAL_CUES


# --------------------------------------------------------------------------- closed classes
def test_quote_conventions_unchanged() -> None:
    assert fr.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ("‹", "›"), ("‘", "’"), ('"', '"'), ("„", "“"))
    assert fr.DIALOGUE_DASHES == ("—", "–", "―")


def test_auxiliaries() -> None:
    assert fr.AUXILIARIES == {
        "a": False, "ont": True, "avait": False, "avaient": True, "aura": False, "auront": True,
        "aurait": False, "auraient": True, "eut": False, "eurent": True,
        "est": False, "sont": True, "était": False, "étaient": True, "sera": False,
        "seront": True, "serait": False, "seraient": True, "fut": False, "furent": True,
    }


def test_inverted_subjects() -> None:
    inv = fr.INVERTED_SUBJECTS
    assert inv["-t-il"] == ("m", False)
    assert inv["-t-elle"] == ("f", False)
    assert inv["-ils"] == ("m", True)
    assert inv["-elles"] == ("f", True)
    assert inv["-t-on"] == (None, False)
    assert inv["\u2011t\u2011il"] == ("m", False)
    assert all(k.startswith(("-", "\u2011")) for k in inv)


def test_complementizers_and_source_markers() -> None:
    assert fr.COMPLEMENTIZERS == ("que", "qu'", "qu’")
    for marker in ("selon", "d'après", "d’après", "pour", "aux yeux de", "de l'avis de",
                   "de l’avis de", "à en croire"):
        assert marker in fr.SOURCE_MARKERS
    assert all(m == m.lower() and m == m.strip() for m in fr.SOURCE_MARKERS)


def test_cue_adverbs() -> None:
    assert len(fr.CUE_ADVERBS) >= 60
    for word in ("également", "aussi", "toutefois", "jeudi", "d'ailleurs", "d’ailleurs", "hier",
                 "aujourd'hui", "lui-même", "sèchement"):
        assert word in fr.CUE_ADVERBS
    assert all(w == w.lower() and " " not in w for w in fr.CUE_ADVERBS)
    assert not {"pas", "jamais"} & fr.CUE_ADVERBS


def _agreement_tables():
    yield "PRONOUNS", fr.PRONOUNS
    yield "DETERMINERS", fr.DETERMINERS
    yield "INVERTED_SUBJECTS", fr.INVERTED_SUBJECTS


def _gender_tables():
    yield "TITLES", fr.TITLES
    yield "ROLE_NOUNS", fr.ROLE_NOUNS
    yield "DEMONYMS", fr.DEMONYMS


@pytest.mark.parametrize(("name", "table"), list(_agreement_tables()))
def test_agreement_values(name: str, table: dict) -> None:
    for key, (gender, plural) in table.items():
        assert gender in GENDERS, (name, key)
        assert isinstance(plural, bool), (name, key)


@pytest.mark.parametrize(("name", "table"), list(_gender_tables()))
def test_gender_values(name: str, table: dict) -> None:
    assert table
    for key, gender in table.items():
        assert gender in GENDERS, (name, key)
        assert key == key.strip() and key, (name, key)


def test_pronouns() -> None:
    assert fr.PRONOUNS["il"] == ("m", False)
    assert fr.PRONOUNS["elles"] == ("f", True)
    assert fr.PRONOUNS["on"] == (None, False)
    assert fr.PRONOUNS["cette dernière"] == ("f", False)
    assert {"lui", "leur", "l'", "l’"} <= fr.OBJECT_CLITICS
    assert fr.REFLEXIVE_PRONOUNS == ("se", "s'", "s’")


def test_titles() -> None:
    assert fr.TITLES["M."] == "m"
    assert fr.TITLES["Mme"] == "f"
    assert fr.TITLES["Me"] is None
    assert fr.TITLES["Général"] is None and fr.TITLES["général"] is None
    assert fr.TITLES["Mgr"] == "m"


def test_role_nouns() -> None:
    roles = fr.ROLE_NOUNS
    assert len(roles) >= 120
    assert roles["président"] == "m" and roles["présidente"] == "f"
    assert roles["ministre"] is None and roles["porte-parole"] is None
    assert roles["première ministre"] == "f"
    assert roles["chef de l'État"] is None and roles["chef de l’État"] is None
    assert roles["directrice générale"] == "f"
    assert all(r == r.strip() and "  " not in r for r in roles)


def test_demonyms() -> None:
    dem = fr.DEMONYMS
    assert len(dem) >= 200
    expected = {
        "Norvégien": "m", "Norvégienne": "f", "Français": "m", "Française": "f",
        "Américaine": "f", "Allemande": "f", "Québécoise": "f", "Parisienne": "f",
        "Grecque": "f", "Turque": "f", "Libyenne": "f", "Bretonne": "f", "Chinoise": "f",
        "Russe": None, "Belge": None, "Suisse": None, "Suissesse": "f", "Britannique": None,
    }
    for demonym, gender in expected.items():
        assert dem[demonym] == gender, demonym
    assert all(d[:1].isupper() for d in dem)


def test_organisations_particles_non_names_stop_words() -> None:
    for org in ("ministère", "gouvernement", "Élysée", "Matignon", "Kremlin", "parquet", "Otan",
                "Quai d'Orsay", "Quai d’Orsay"):
        assert org in fr.ORGANIZATION_NOUNS
    for particle in ("de", "d'", "d’", "van", "von", "al-", "ben", "ibn", "da", "dos"):
        assert particle in fr.NAME_PARTICLES
    assert all(p == p.lower() for p in fr.NAME_PARTICLES)
    assert len(fr.NON_NAMES) >= 150
    for word in ("Le", "Selon", "Lundi", "Décembre", "Aujourd'hui", "Aujourd’hui", "Pourtant"):
        assert word in fr.NON_NAMES
    assert "Dieu" not in fr.NON_NAMES and "Madame" not in fr.NON_NAMES
    assert all(w[:1].isupper() for w in fr.NON_NAMES)
    assert 100 <= len(fr.STOP_WORDS)
    for word in ("le", "les", "des", "est", "une", "pas", "qui", "dans", "avec", "été", "très"):
        assert word in fr.STOP_WORDS
    assert all(w == w.lower() for w in fr.STOP_WORDS)


# --------------------------------------------------------------------------- loading
def test_load_reads_every_constant() -> None:
    data = lang.load("fr")
    assert data.code == "fr"
    assert data.speech_verbs["dit"] == "dire"
    assert data.partial_cues["voit"] == "voir"
    assert data.titles["Mme"] == "f"
    assert data.reflexive_pronouns == ("se", "s'", "s’")
    assert "verbecc" not in sys.modules


def test_load_is_fast_and_needs_no_conjugator() -> None:
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "import quotecheck.lang.fr\n"
        "elapsed = time.perf_counter() - t\n"
        "from quotecheck.lang import load\n"
        "load('fr')\n"
        "assert 'verbecc' not in sys.modules\n"
        "assert not any(m.startswith(('verbecc', 'mlconjug')) for m in sys.modules)\n"
        "print(elapsed)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) < 1.0
