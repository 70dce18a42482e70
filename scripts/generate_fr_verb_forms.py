#!/usr/bin/env python
# Dev-time dependency only (NOT a runtime or pyproject dependency):
#     verbecc  (pip install verbecc; written against verbecc 2.0.3, French conjugation tables)
"""Generate the French speech-verb and partial-cue forms shipped as JSON.

Writes, next to the French language data:

* ``quotecheck/lang/fr/verb_forms.json``        {inflected form: lemma} for ``SPEECH_VERBS``
* ``quotecheck/lang/fr/partial_cue_forms.json`` {inflected form: lemma} for ``PARTIAL_CUES``

Run it from the repository root whenever a lemma list below changes::

    .venv/bin/pip install verbecc          # once, development only
    .venv/bin/python scripts/generate_fr_verb_forms.py
    .venv/bin/python scripts/generate_fr_verb_forms.py --check   # exit 1 if the JSON is stale

The runtime never imports verbecc: ``quotecheck.lang.fr`` only reads the JSON files.

Policy
------
* Forms per speech-verb lemma: infinitive; past participle m.s/f.s/m.pl/f.pl; present
  participle; present 1sg/3sg/3pl; imparfait 3sg/3pl; passé simple 1sg/3sg/3pl; futur 3sg/3pl;
  conditionnel 3sg/3pl. (1sg forms serve fiction: "dis-je", "répondis-je".)
* Reflexive lemmas are written ``s'écrier`` / ``se féliciter``; their forms are the bare forms
  ("écria", "félicité"): the engine consumes the "se"/"s'" token itself (REFLEXIVE_PRONOUNS).
* A form shared by two lemmas keeps the FIRST lemma in list order; the list therefore starts
  with the most frequent news verbs. Collisions are printed when the script runs.
* Lemmas whose every form is already owned by an earlier lemma are not listed (their forms
  resolve to that lemma): "se dire" → dire, "se déclarer" → déclarer, "féliciter" →
  se féliciter, "interroger" → s'interroger, "se demander" → demander, "se confier" → confier,
  "s'expliquer" → expliquer, "se rappeler" → rappeler, "se justifier" / "se défendre" keep the
  reflexive lemma because the bare verbs are rarely speech verbs.
* Spelling variants (ALIASES) are conjugated on their own but mapped to the main lemma:
  "twitter" → tweeter, "assener" → asséner.
* 1990 reformed spelling: every generated form with "î" (reconnaît, enchaîne) also gets its
  variant without the circumflex (reconnait, enchaine).
* Verbs missing from verbecc's dictionary (MODEL_VERBS) are conjugated like a regular model verb
  by stem substitution, never through verbecc's statistical guesser.
* EXCLUDED_FORMS lists forms that are far more often an ordinary French noun, adjective or
  function word than a speech verb, and would create false cues; see the comments there.
* Left out on purpose: verbs whose cue reading is rare next to their other meanings
  (avancer → "avance", presser → "presse", attaquer → "attaque", trouver, convenir →
  "il convient", se montrer → "montre", s'adresser → "adresse", sommer → "sommes",
  communiquer → "un communiqué", modérer → "les modérés", se désoler → "désolé") and multiword
  lemmas whose main verb is not a speech verb ("mettre en garde", "faire savoir"). Every listed
  lemma keeps its past participle and present 3sg (tests/lang/test_fr_data.py checks it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "quotecheck" / "lang" / "fr"
VERB_FORMS = OUT_DIR / "verb_forms.json"
PARTIAL_CUE_FORMS = OUT_DIR / "partial_cue_forms.json"

# --------------------------------------------------------------------------------------------
# Speech / communication lemmas, most frequent in news prose first (first lemma wins a form).
# --------------------------------------------------------------------------------------------
SPEECH_LEMMAS: tuple[str, ...] = (
    # the everyday attribution verbs of news copy
    "dire", "affirmer", "déclarer", "ajouter", "souligner", "expliquer", "indiquer", "annoncer",
    "estimer", "assurer", "préciser", "noter", "continuer", "poursuivre", "insister", "rappeler",
    "confier", "lancer", "marteler", "reconnaître", "avertir", "prévenir", "dénoncer", "réagir",
    "répondre", "s'interroger", "ironiser", "plaider", "regretter", "se féliciter", "tweeter",
    "écrire", "répliquer", "reprendre", "s'écrier", "murmurer", "crier", "demander",
    "questionner", "observer", "remarquer", "conclure", "admettre", "avouer", "promettre",
    "juger", "considérer", "penser", "croire", "raconter", "relater", "témoigner", "commenter",
    "résumer", "détailler", "confirmer", "démentir", "nier", "contester", "critiquer", "accuser",
    "fustiger", "déplorer", "s'inquiéter", "se réjouir", "s'indigner", "s'étonner", "exhorter",
    "appeler", "inviter", "exiger", "réclamer", "menacer", "jurer", "soutenir", "argumenter",
    "arguer", "objecter", "rétorquer", "s'exclamer", "soupirer", "balbutier", "bredouiller",
    "grommeler", "chuchoter", "hurler", "articuler", "interrompre", "glisser", "lâcher",
    "asséner", "claironner", "proclamer", "signaler", "mentionner", "évoquer", "suggérer",
    "proposer", "recommander", "conseiller", "informer", "révéler", "divulguer", "publier",
    "poster", "expliciter", "clarifier", "nuancer", "tempérer", "relativiser", "minimiser",
    "concéder", "s'alarmer", "alerter", "s'emporter", "se défendre", "se justifier",
    "s'insurger", "protester", "répéter", "renchérir", "enchaîner", "abonder", "approuver",
    "saluer", "remercier", "condamner", "qualifier", "prédire", "pronostiquer", "anticiper",
    "espérer", "souhaiter", "ordonner", "commander", "supplier", "implorer", "prier",
    "s'excuser", "certifier", "garantir", "attester", "exposer", "développer", "décrire",
    # more news verbs
    "relever", "constater", "souffler", "confesser", "réaffirmer", "réitérer", "redire",
    "maintenir", "prétendre", "alléguer", "invoquer", "réfuter", "récuser", "rejeter",
    "balayer", "riposter", "surenchérir", "acquiescer", "applaudir", "préconiser", "prôner",
    "revendiquer", "enjoindre", "interpeller", "s'enquérir", "rassurer", "s'engager",
    "trancher", "analyser", "rectifier", "corriger", "compléter", "temporiser",
    "retracer", "narrer", "se souvenir", "dévoiler", "notifier", "énoncer",
    "décréter", "craindre", "redouter", "se plaindre", "se lamenter",
    "s'exprimer", "contredire", "infirmer", "rapporter", "s'offusquer", "s'agacer",
    "s'énerver", "s'étrangler", "tacler", "cingler", "tonner", "fulminer", "pester",
    "vitupérer", "étriller", "épingler", "pourfendre", "stigmatiser", "vilipender", "railler",
    "se moquer", "persifler", "tancer", "se targuer", "se vanter", "s'enthousiasmer",
    "s'émouvoir", "scander", "clamer", "plaisanter", "démontrer",
    # dialogue verbs of fiction
    "s'esclaffer", "ricaner", "rire", "sourire", "s'amuser", "se récrier", "gémir", "sangloter",
    "bégayer", "bafouiller", "marmonner", "maugréer", "bougonner", "ronchonner", "grogner",
    "râler", "susurrer", "s'impatienter",
)

#: Spelling variants, conjugated separately and mapped to the main lemma.
ALIASES: dict[str, str] = {
    "twitter": "tweeter",
    "assener": "asséner",
}

#: Verbs absent from verbecc's dictionary → a regular verb conjugated the same way.
MODEL_VERBS: dict[str, str] = {
    "tweeter": "aimer",
    "twitter": "aimer",
    "tacler": "aimer",
}

#: Forms that would make false cues: common nouns/adjectives/other words first, verbs second.
EXCLUDED_FORMS: frozenset[str] = frozenset({
    "twitter",      # the network's name, lower-cased ("sur Twitter")
    "conseiller",   # the role noun "un conseiller" is far more frequent than the infinitive
    "commandant",   # role noun / military rank
    "plaignant",    # "le plaignant": a party in court reports
    "protestant",   # the religion
    "rire", "sourire", "souvenir",  # infinitives mostly used as nouns ("un sourire")
    "ris", "souris", "rie", "ries", "sourie", "souries",  # "souris" (mouse); rire/sourire have an
                    # invariable participle, the conjugator's agreed forms are not French
    "reprise", "reprises",  # "la reprise" (recovery), "à plusieurs reprises"
    "pensée", "pensées",    # "une pensée"
    # present participles that are everyday adjectives
    "confiant", "rassurant", "inquiétant", "étonnant", "alarmant", "réjouissant", "désolant",
    "amusant", "émouvant", "énervant", "agaçant", "tranchant", "criant", "insistant",
    "suppliant", "menaçant", "engageant", "marquant", "reconnaissant", "concluant", "croyant",
    "exigeant", "glissant", "abondant", "prétendant", "souriant", "soufflant", "cinglant",
    "enthousiasmant", "stigmatisant",
    "maintenant",   # the adverb "now"
    "relevant",     # "relevant de" (falling under)
    "soutiens",     # "ses soutiens" (supporters), the 1sg is rare in narration
    # agreed participles that are everyday nouns or adjectives
    "plainte", "plaintes", "crainte", "craintes",  # "porter plainte", "la crainte"
    "crue", "crues",            # "la crue" (flood)
    "garantie", "garanties",    # "une garantie"
    "anticipée", "anticipées",  # "élections anticipées"
    "prétendue", "prétendus", "prétendues",      # "le prétendu complot" (so-called)
    "interpellés", "interpellées",  # "trois personnes ont été interpellées" (arrested)
    "jurés",        # "les jurés" (jurors)
})

#: (mood, tense, person, number) slots kept for speech verbs; person/number None = any.
SPEECH_SLOTS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("infinitif", "infinitif-présent", None, None),
    ("participe", "participe-passé", None, None),
    ("participe", "participe-présent", None, None),
    ("indicatif", "présent", "1", "s"),
    ("indicatif", "présent", "3", "s"),
    ("indicatif", "présent", "3", "p"),
    ("indicatif", "imparfait", "3", "s"),
    ("indicatif", "imparfait", "3", "p"),
    ("indicatif", "passé-simple", "1", "s"),
    ("indicatif", "passé-simple", "3", "s"),
    ("indicatif", "passé-simple", "3", "p"),
    ("indicatif", "futur-simple", "3", "s"),
    ("indicatif", "futur-simple", "3", "p"),
    ("conditionnel", "présent", "3", "s"),
    ("conditionnel", "présent", "3", "p"),
)

# --------------------------------------------------------------------------------------------
# Partial cues: words that, next to a quoted fragment, make the fragment someone's words
# ("des accusations qualifiées d'« absurdes »", "il y voit « un prétexte »").
# --------------------------------------------------------------------------------------------
PARTIAL_CUE_LEMMAS: tuple[str, ...] = (
    "qualifier", "voir", "évoquer", "parler", "dénoncer", "décrire", "juger", "estimer",
    "appeler", "promettre", "saluer", "fustiger", "déplorer", "regretter", "se dire",
    "traiter", "taxer", "réclamer", "vanter",
)

PARTIAL_SLOTS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("infinitif", "infinitif-présent", None, None),
    ("participe", "participe-passé", None, None),
    ("participe", "participe-présent", None, None),
    ("indicatif", "présent", "3", "s"),
    ("indicatif", "présent", "3", "p"),
    ("indicatif", "imparfait", "3", "s"),
    ("indicatif", "imparfait", "3", "p"),
)

#: Per-lemma slot overrides: "voir" only in finite forms ("vu", "vue" are a preposition and a
#: noun); "se dire" only as the participle of "il s'est dit « choqué »" / "elle se dit « prête »".
PARTIAL_SLOT_OVERRIDES: dict[str, tuple[tuple[str, str, str | None, str | None], ...]] = {
    "voir": (
        ("indicatif", "présent", "3", "s"),
        ("indicatif", "présent", "3", "p"),
        ("indicatif", "imparfait", "3", "s"),
        ("indicatif", "imparfait", "3", "p"),
    ),
    "se dire": (("participe", "participe-passé", None, None),),
}

PARTIAL_EXCLUDED_FORMS: frozenset[str] = frozenset({
    "traité", "traités",  # "un traité" (treaty)
    "traite",             # "la traite" (trafficking; bank draft)
    "traitant",           # "médecin traitant"
    "taxe",               # "une taxe" (tax)
})


# --------------------------------------------------------------------------------------------
# Conjugation
# --------------------------------------------------------------------------------------------
def bare_infinitive(lemma: str) -> str:
    """"s'écrier" → "écrier", "se féliciter" → "féliciter"."""
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix):]
    return lemma


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


@contextlib.contextmanager
def _quiet_in(directory: str) -> Iterator[None]:
    """verbecc logs to stdout and to ./verbecc.log: keep both out of the repository."""
    cwd = os.getcwd()
    os.chdir(directory)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            yield
    finally:
        os.chdir(cwd)


class Conjugator:
    def __init__(self, workdir: str) -> None:
        self._workdir = workdir
        with _quiet_in(workdir):
            from verbecc import CompleteConjugator, LangCodeISO639_1  # dev-time only

            self._conj = CompleteConjugator(LangCodeISO639_1("fr"))
            logging.getLogger("verbecc").setLevel(logging.WARNING)
        self._cache: dict[str, dict[str, Any]] = {}

    def moods(self, infinitive: str) -> dict[str, Any]:
        if infinitive in self._cache:
            return self._cache[infinitive]
        model = MODEL_VERBS.get(infinitive)
        with _quiet_in(self._workdir):
            data = self._conj.conjugate(model or infinitive, conjugate_pronouns=False).get_data()
        if not model and data["verb"]["predicted"]:
            raise SystemExit(f"verbecc does not know {infinitive!r}: add it to MODEL_VERBS")
        moods = data["moods"]
        if model:
            moods = _restem(moods, model[:-2], infinitive[:-2])
        self._cache[infinitive] = moods
        return moods


def _restem(moods: Any, old: str, new: str) -> Any:
    """Conjugate like a model verb: replace its stem at the start of every form."""
    if isinstance(moods, dict):
        return {k: (_restem(v, old, new) if k != "c" else [new + f[len(old):] if f.startswith(old) else f for f in v])
                for k, v in moods.items()}
    if isinstance(moods, list):
        return [_restem(v, old, new) for v in moods]
    return moods


def forms_for(conj: Conjugator, infinitive: str, slots: Iterable[tuple[str, str, str | None, str | None]]) -> list[str]:
    moods = conj.moods(infinitive)
    out: list[str] = []
    for mood, tense, person, number in slots:
        for entry in moods.get(mood, {}).get(tense, []):
            if person is not None and _value(entry.get("p")) != person:
                continue
            if number is not None and _value(entry.get("n")) != number:
                continue
            for form in entry["c"]:
                form = form.strip().lower()
                if form and form not in out:
                    out.append(form)
    # 1990 reformed spelling drops the circumflex on i: reconnaît → reconnait
    for form in list(out):
        if "î" in form and form.replace("î", "i") not in out:
            out.append(form.replace("î", "i"))
    return out


def build(lemmas: Iterable[str], slots: Any, excluded: frozenset[str], overrides: dict | None = None,
          aliases: dict[str, str] | None = None) -> tuple[dict[str, str], list[str], list[str]]:
    with tempfile.TemporaryDirectory() as workdir:
        conj = Conjugator(workdir)
        table: dict[str, str] = {}
        collisions: list[str] = []
        entries = [(lemma, lemma) for lemma in lemmas] + [(variant, main) for variant, main in (aliases or {}).items()]
        for source, lemma in entries:
            lemma_slots = (overrides or {}).get(source, slots)
            for form in forms_for(conj, bare_infinitive(source), lemma_slots):
                if form in excluded or " " in form or "'" in form or "’" in form:
                    continue
                if form in table:
                    if table[form] != lemma:
                        collisions.append(f"{form}: {table[form]} (kept) / {lemma}")
                    continue
                table[form] = lemma
        names = [lemma for _, lemma in entries]
        empty = sorted({n for n in names if n not in table.values()})
    return dict(sorted(table.items())), collisions, empty


def render(table: dict[str, str]) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the JSON files are out of date")
    args = parser.parse_args(argv)

    duplicates = sorted({l for l in SPEECH_LEMMAS if SPEECH_LEMMAS.count(l) > 1})
    if duplicates:
        raise SystemExit(f"duplicate lemmas: {duplicates}")

    speech, speech_collisions, speech_empty = build(SPEECH_LEMMAS, SPEECH_SLOTS, EXCLUDED_FORMS, aliases=ALIASES)
    partial, _, partial_empty = build(PARTIAL_CUE_LEMMAS, PARTIAL_SLOTS, PARTIAL_EXCLUDED_FORMS,
                                      overrides=PARTIAL_SLOT_OVERRIDES)
    if speech_empty or partial_empty:
        raise SystemExit(f"lemmas with no form of their own: {speech_empty + partial_empty}")

    stale = []
    for path, table in ((VERB_FORMS, speech), (PARTIAL_CUE_FORMS, partial)):
        text = render(table)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    for line in speech_collisions:
        print("shared form,", line, file=sys.stderr)
    print(f"speech verbs: {len(set(speech.values()))} lemmas, {len(speech)} forms; "
          f"partial cues: {len(set(partial.values()))} lemmas, {len(partial)} forms", file=sys.stderr)
    if stale:
        print("out of date:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
