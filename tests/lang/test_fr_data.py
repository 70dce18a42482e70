"""French-only checks of quotecheck/lang/fr/; the checks every language shares are in
test_lexicons.py (French has its own generator, scripts/generate_fr_verb_forms.py).

The checks re-derive what they can independently of the conjugation library (regular -er
morphology, a table of irregular principal parts), so a wrong or stale verb_forms.json fails here
without verbecc being installed.
"""

from __future__ import annotations

import json
import sys

import pytest

from lexicon_checks import ROOT, data_dir, generator_spec, lemmas
from quotecheck import lang
from quotecheck.lang import fr


def _bare(lemma: str) -> str:
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix):]
    return lemma


# --------------------------------------------------------------------------- speech verbs
LEMMAS = lemmas("fr")

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


def test_partial_cue_json_is_a_sorted_plain_table() -> None:
    data = json.loads((data_dir("fr") / "partial_cue_forms.json").read_text(encoding="utf-8"))
    assert list(data) == sorted(data)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())


def test_json_is_package_data() -> None:
    assert '"lang/*/*.json"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_generator_lists_match_the_shipped_tables() -> None:
    script = generator_spec("fr")
    assert set(script.ALIASES.values()) <= set(script.SPEECH_LEMMAS)
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
    assert fr.QUOTE_PAIRS == (("«", "»"), ("“", "”"), ("‹", "›"), ("‘", "’"), ('"', '"'), ("„", "“"), ('"', "»"), ("«", '"'))
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
    assert all(m == m.strip() for m in fr.SOURCE_MARKERS)


def test_cue_adverbs() -> None:
    for word in ("également", "aussi", "toutefois", "jeudi", "d'ailleurs", "d’ailleurs", "hier",
                 "aujourd'hui", "lui-même", "sèchement"):
        assert word in fr.CUE_ADVERBS
    assert all(" " not in w for w in fr.CUE_ADVERBS)
    assert not {"pas", "jamais"} & fr.CUE_ADVERBS


def test_pronouns() -> None:
    assert fr.PRONOUNS["il"] == ("m", False)
    assert fr.PRONOUNS["elles"] == ("f", True)
    assert fr.PRONOUNS["on"] == (None, False)
    assert fr.PRONOUNS["cette dernière"] == ("f", False)
    assert {"lui", "leur", "l'", "l’"} <= fr.OBJECT_CLITICS
    assert fr.REFLEXIVE_PRONOUNS == ("se", "s'", "s’", "me", "m'", "m’")


def test_titles() -> None:
    assert fr.TITLES["M."] == "m"
    assert fr.TITLES["Mme"] == "f"
    assert fr.TITLES["Me"] is None
    assert fr.TITLES["Général"] is None and fr.TITLES["général"] is None
    assert fr.TITLES["Mgr"] == "m"


def test_role_nouns() -> None:
    roles = fr.ROLE_NOUNS
    assert roles["président"] == "m" and roles["présidente"] == "f"
    assert roles["ministre"] is None and roles["porte-parole"] is None
    assert roles["première ministre"] == "f"
    assert roles["chef de l'État"] is None and roles["chef de l’État"] is None
    assert roles["directrice générale"] == "f"
    assert all(r == r.strip() and "  " not in r for r in roles)


def test_demonyms() -> None:
    dem = fr.DEMONYMS
    expected = {
        "Norvégien": "m", "Norvégienne": "f", "Français": "m", "Française": "f",
        "Américaine": "f", "Allemande": "f", "Québécoise": "f", "Parisienne": "f",
        "Grecque": "f", "Turque": "f", "Libyenne": "f", "Bretonne": "f", "Chinoise": "f",
        "Russe": None, "Belge": None, "Suisse": None, "Suissesse": "f", "Britannique": None,
    }
    for demonym, gender in expected.items():
        assert dem[demonym] == gender, demonym


def test_organisations_particles_non_names_stop_words() -> None:
    for org in ("ministère", "gouvernement", "Élysée", "Matignon", "Kremlin", "parquet", "Otan",
                "Quai d'Orsay", "Quai d’Orsay"):
        assert org in fr.ORGANIZATION_NOUNS
    for particle in ("de", "d'", "d’", "van", "von", "al-", "ben", "ibn", "da", "dos"):
        assert particle in fr.NAME_PARTICLES
    for word in ("Le", "Selon", "Lundi", "Décembre", "Aujourd'hui", "Aujourd’hui", "Pourtant"):
        assert word in fr.NON_NAMES
    assert "Dieu" not in fr.NON_NAMES and "Madame" not in fr.NON_NAMES
    for word in ("le", "les", "des", "est", "une", "pas", "qui", "dans", "avec", "été", "très"):
        assert word in fr.STOP_WORDS


# --------------------------------------------------------------------------- loading
def test_load_reads_every_constant() -> None:
    data = lang.load("fr")
    assert data.code == "fr"
    assert data.speech_verbs["dit"] == "dire"
    assert data.partial_cues["voit"] == "voir"
    assert data.titles["Mme"] == "f"
    assert data.reflexive_pronouns == fr.REFLEXIVE_PRONOUNS
    assert "verbecc" not in sys.modules
