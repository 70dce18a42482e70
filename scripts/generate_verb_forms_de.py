#!/usr/bin/env python
"""German speech verbs: the inputs of ``quotecheck/lang/de/verb_forms.json``.

Run ``.venv/bin/python scripts/generate_verb_forms.py de`` (or this file) after editing a list.
No library is needed: weak verbs are inflected by rule, strong and mixed verbs from a table of
principal parts (3sg present, 3sg Präteritum, Partizip II), which is data, not typed form by form.

Forms per lemma: infinitive (= 3pl present and Konjunktiv I 3pl), 3sg present, Präteritum 3sg and
3pl, Partizip II, Konjunktiv I 3sg (reported speech: "er sei", "er sage", "er habe gesagt"), and
the present participle ("sagend").

Separable verbs are written with a bar, "mit|teilen". In a main clause the particle goes to the
clause end ("teilte … mit"), in a subordinate clause it stays joined ("…, dass er mitteilte").
Both are generated:

* joined forms (primary): "mitteilen", "mitzuteilen", "mitteilt", "mitteilte", "mitteilten",
  "mitgeteilt", "mitteile", "mitteilend";
* the separated finite forms (secondary, see scripts/generate_verb_forms.py): "teilt",
  "teilte", "teilten", mapped to the separable lemma ("teilte" → "mitteilen"). They never
  override a simple verb's own form ("rief … auf" keeps "rief" → "rufen") and are dropped when
  two separable lemmas share them. The engine sees the stem only; the particle at the clause end
  is not checked.

Participle rules: "ge-" is added unless the verb starts with an inseparable prefix (be-, emp-,
ent-, er-, ge-, miss-, ver-, zer-, wider-, wieder-, unter-, über-, hinter-) or ends in -ieren;
for a separable verb it comes after the particle ("mitgeteilt"). Weak stems ending in -d/-t, or
in -m/-n after another consonant than l/r/h/m/n, take the linking "e" ("antwortet", "entgegnet").
"""

from __future__ import annotations

from typing import Iterator

CODE = "de"

#: Most frequent news verbs first: a form shared by two lemmas goes to the earlier one.
LEMMAS = (
    "sagen", "erklären", "betonen", "mit|teilen", "berichten", "erzählen", "meinen",
    "behaupten", "fordern", "kritisieren", "warnen", "an|kündigen", "bestätigen",
    "dementieren", "bestreiten", "antworten", "fragen", "schreiben", "twittern", "tweeten",
    "posten", "hinzu|fügen", "ergänzen", "unterstreichen", "versichern", "äußern", "sprechen",
    "verkünden", "bekräftigen", "ein|räumen", "zu|geben", "erläutern", "dar|legen",
    "vor|werfen", "loben", "begrüßen", "beklagen", "bedauern", "mahnen", "appellieren",
    "verlangen", "rufen", "schreien", "flüstern", "murmeln", "entgegnen", "erwidern",
    "widersprechen", "bemerken", "fest|stellen", "hervor|heben", "verweisen", "hin|weisen",
    "hoffen", "glauben", "vermuten", "schätzen", "melden", "informieren", "bekannt|geben",
    "beteuern", "versprechen", "drohen", "empfehlen", "raten", "vor|schlagen", "an|merken",
    "aus|führen", "präzisieren", "klar|stellen", "kommentieren", "beschreiben", "schildern",
    "zu|sichern", "beschuldigen", "verurteilen", "an|prangern", "monieren", "rügen",
    "bemängeln", "beanstanden", "danken", "auf|fordern", "auf|rufen", "bitten", "prophezeien",
    "prognostizieren", "befürchten", "denken", "erinnern", "wiederholen", "fort|fahren",
    "bilanzieren", "resümieren", "folgern", "urteilen", "kontern", "reagieren", "zitieren",
    "argumentieren", "protestieren", "spekulieren", "zu|stimmen", "ab|lehnen", "an|deuten",
    "ein|wenden", "an|geben", "ermahnen", "klagen", "scherzen", "seufzen", "brüllen",
    "verraten", "garantieren", "leugnen", "ein|werfen",
    # news verbs of reporting, assuming and demanding that open a "dass" or Konjunktiv clause:
    # "vermeldete, dass", "Die Studie besagt, dass", "wie aus Kreisen verlautete", "begründete
    # den Schritt damit, dass", "plädierte dafür, dass", "fürchtet, dass", "stritt ab, …"
    "vermelden", "erwähnen", "besagen", "verlauten", "bezweifeln", "begründen", "signalisieren",
    "zu|sagen", "aus|sagen", "ab|streiten", "verdeutlichen", "bekunden",
    "fürchten", "plädieren", "drängen", "mutmaßen",
)

#: Principal parts of strong and mixed verbs: {infinitive: (3sg present, Präteritum 3sg,
#: Partizip II)}. Prefixed verbs are derived: "widersprechen" from "sprechen", "vor|werfen" from
#: "werfen"; a prefixed verb listed here ("empfehlen") is taken as it is.
STRONG = {
    "sprechen": ("spricht", "sprach", "gesprochen"),
    "schreiben": ("schreibt", "schrieb", "geschrieben"),
    "streiten": ("streitet", "stritt", "gestritten"),
    "streichen": ("streicht", "strich", "gestrichen"),
    "geben": ("gibt", "gab", "gegeben"),
    "werfen": ("wirft", "warf", "geworfen"),
    "rufen": ("ruft", "rief", "gerufen"),
    "schreien": ("schreit", "schrie", "geschrien"),
    "heben": ("hebt", "hob", "gehoben"),
    "weisen": ("weist", "wies", "gewiesen"),
    "empfehlen": ("empfiehlt", "empfahl", "empfohlen"),
    "raten": ("rät", "riet", "geraten"),
    "schlagen": ("schlägt", "schlug", "geschlagen"),
    "bitten": ("bittet", "bat", "gebeten"),
    "denken": ("denkt", "dachte", "gedacht"),
    "fahren": ("fährt", "fuhr", "gefahren"),
    "wenden": ("wendet", "wandte", "gewandt"),
}

INSEPARABLE_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "wieder",
                        "unter", "über", "hinter")

#: Forms that are far more often something else than a speech cue in German news text.
EXCLUDED_FORMS = {
    # separated stems of separable verbs whose simple verb is everywhere
    "gibt": "'es gibt' (there is); zugeben/angeben/bekanntgeben keep their joined forms",
    "gab": "'es gab' (there was)",
    "gaben": "'gaben' (gave)",
    "legt": "'legen' (to lay); darlegen keeps its joined forms",
    "legte": "'legte … vor/fest/ab' …",
    "legten": "'legten' (laid)",
    "stellt": "'stellen' (to put), 'stellt sich'; feststellen/klarstellen keep joined forms",
    "stellte": "'stellte … vor/dar/ein' …",
    "stellten": "'stellten' (put)",
    "führt": "'führen' (to lead); ausführen keeps its joined forms",
    "führte": "'führte' (led)",
    "führten": "'führten' (led)",
    "fährt": "'fahren' (to drive); fortfahren keeps its joined forms",
    "fuhr": "'fuhr' (drove)",
    "fuhren": "'fuhren' (drove)",
    "stimmt": "'das stimmt' (that is true); zustimmen keeps its joined forms",
    "stimmte": "'stimmte für/gegen' (voted)",
    "stimmten": "'stimmten' (voted)",
    "wendet": "'wendet sich an' (turns to); einwenden keeps its joined forms",
    "wandte": "'wandte sich' (turned)",
    "wandten": "'wandten sich' (turned)",
    "wirft": "'werfen' (to throw) and 'wirft Fragen auf'; vorwerfen keeps joined forms",
    "warf": "'warf' (threw); collides with ein|werfen anyway",
    "warfen": "'warfen' (threw)",
    "sichert": "'sichert' (secures); zusichern keeps its joined forms",
    "sicherte": "'sicherte' (secured)",
    "sicherten": "'sicherten' (secured)",
    # inflected forms that are also frequent nouns or function words (lower-cased)
    "frage": "noun 'Frage' (question)",
    "fragen": "noun 'Fragen' (questions)",
    "antworten": "noun 'Antworten' (answers)",
    "meine": "possessive 'meine' (my), frequent in quotations",
    "meinen": "possessive 'meinen' (my)",
    "glaube": "noun 'Glaube' (faith)",
    "bitte": "'bitte' (please)",
    "danke": "'danke' (thank you)",
    "rate": "noun 'Rate' (rate, instalment)",
    "schätze": "noun 'Schätze' (treasures)",
    "urteile": "noun 'Urteile' (verdicts)",
    "geraten": "participle of 'geraten' (got into: 'in die Kritik geraten')",
    "klage": "noun 'Klage' (lawsuit)",
    "klagen": "noun 'Klagen' (lawsuits)",
    "aussage": "noun 'Aussage' (statement); aussagen keeps its other forms",
    "aussagen": "noun 'Aussagen' (statements), as in 'nach Aussagen von …'",
    "zusage": "noun 'Zusage' (promise)",
    "zusagen": "noun 'Zusagen' (promises)",
    # Präteritum forms that are far more often attributive adjectives after an article
    "besagte": "adjective 'der besagte Bericht' (the said report)",
    "besagten": "adjective 'die besagten Dokumente'",
    "erwähnte": "adjective 'die bereits erwähnte Videobotschaft'",
    "erwähnten": "adjective 'den erwähnten Fällen'",
}


def _split(lemma: str) -> tuple[str, str]:
    """("mit|teilen") → ("mit", "teilen"); a verb without a bar has no particle."""
    if "|" in lemma:
        particle, verb = lemma.split("|")
        return particle, verb
    return "", lemma


def _stem(infinitive: str) -> str:
    if infinitive.endswith(("eln", "ern")):
        return infinitive[:-1]
    if infinitive.endswith("en"):
        return infinitive[:-2]
    return infinitive[:-1]  # "tun"-like verbs are not in the list


def _needs_linking_e(stem: str) -> bool:
    if stem.endswith(("d", "t")):
        return True
    return stem.endswith(("m", "n")) and len(stem) > 1 and stem[-2] not in "aeiouäöüylrhmn"


def _no_ge(verb: str) -> bool:
    return verb.endswith("ieren") or any(
        verb.startswith(p) and len(verb) > len(p) + 3 for p in INSEPARABLE_PREFIXES)


def _strong_parts(verb: str) -> tuple[str, str, str] | None:
    if verb in STRONG:
        return STRONG[verb]
    for prefix in INSEPARABLE_PREFIXES:
        base = verb[len(prefix):]
        if verb.startswith(prefix) and base in STRONG:
            present, past, participle = STRONG[base]
            if participle.startswith("ge"):
                participle = participle[2:]
            return prefix + present, prefix + past, prefix + participle
    return None


def principal_parts(verb: str) -> dict[str, str]:
    """The forms of a verb without particle: infinitive, 3sg, past, past3pl, participle,
    subjunctive (Konjunktiv I 3sg), present participle."""
    stem = _stem(verb)
    strong = _strong_parts(verb)
    if strong is not None:
        present, past, participle = strong
    else:
        e = "e" if _needs_linking_e(stem) else ""
        present = stem + e + "t"
        past = stem + e + "te"
        participle = (stem + e + "t") if _no_ge(verb) else "ge" + stem + e + "t"
    return {
        "infinitive": verb,
        "3sg": present,
        "past": past,
        "past3pl": past + ("n" if past.endswith("e") else "en"),
        "participle": participle,
        "subjunctive": (verb[:-1] if verb.endswith(("eln", "ern")) else stem) + "e",
        "present_participle": verb + "d",
    }


def lemma_name(lemma: str) -> str:
    """The lemma as written in the JSON: "mit|teilen" → "mitteilen"."""
    return lemma.replace("|", "")


def paradigm(lemma: str) -> Iterator[tuple[str, bool]]:
    particle, verb = _split(lemma)
    parts = principal_parts(verb)
    if not particle:
        for form in parts.values():
            yield form, True
        return
    yield particle + verb, True
    yield particle + "zu" + verb, True
    for slot in ("3sg", "past", "past3pl", "participle", "subjunctive", "present_participle"):
        yield particle + parts[slot], True
    for slot in ("3sg", "past", "past3pl"):  # "teilte … mit"
        yield parts[slot], False


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_verb_forms import main

    raise SystemExit(main([CODE, *sys.argv[1:]]))
