#!/usr/bin/env python
# Dev-time dependency only: verbecc (see scripts/generate_verb_forms.py).
"""Spanish speech verbs: the inputs of ``quotecheck/lang/es/verb_forms.json``.

Run ``.venv/bin/python scripts/generate_verb_forms.py es`` (or this file) after editing a list.

Forms per lemma (conjugated by verbecc): infinitive; gerund; past participle m.sg with its
f.sg/m.pl/f.pl agreement ("dicho", "dicha", "dichos", "dichas"); present 3sg/3pl; imperfect
3sg/3pl; preterite 3sg/3pl ("dijo", "dijeron"). The compound past ("ha dicho") is found by the
engine from an auxiliary (lang/es/cues.py) and the participle.

Pronominal lemmas are written "quejarse"; their forms are the bare forms ("quejó"), the engine
consumes the "se" in front (REFLEXIVE_PRONOUNS).
"""

from __future__ import annotations

from typing import Iterator

CODE = "es"

#: Most frequent news verbs first: a form shared by two lemmas goes to the earlier one.
LEMMAS = (
    "decir", "afirmar", "declarar", "añadir", "explicar", "señalar", "indicar", "asegurar",
    "anunciar", "subrayar", "destacar", "advertir", "precisar", "reconocer", "responder",
    "preguntar", "escribir", "tuitear", "criticar", "denunciar", "insistir", "recordar",
    "agregar", "sostener", "manifestar", "expresar", "comentar", "confirmar", "negar",
    "admitir", "prometer", "pedir", "exigir", "considerar", "estimar", "opinar", "creer",
    "pensar", "apuntar", "aclarar", "detallar", "reiterar", "recalcar", "resaltar", "enfatizar",
    "matizar", "puntualizar", "observar", "mencionar", "informar", "comunicar", "revelar",
    "relatar", "narrar", "contar", "describir", "concluir", "continuar", "proseguir",
    "replicar", "contestar", "publicar", "lamentar", "quejarse", "celebrar", "agradecer",
    "elogiar", "aplaudir", "acusar", "reprochar", "condenar", "rechazar", "desmentir",
    "confesar", "aceptar", "garantizar", "jurar", "proponer", "sugerir", "recomendar",
    "aconsejar", "solicitar", "reclamar", "instar", "alertar", "avisar", "argumentar", "alegar",
    "defender", "mantener", "proclamar", "predecir", "pronosticar", "prever", "calcular",
    "valorar", "juzgar", "gritar", "exclamar", "susurrar", "murmurar", "repetir", "bromear",
    "ironizar", "cuestionar", "ratificar", "sentenciar", "espetar", "apostillar", "asentir",
    "objetar", "reafirmar", "constatar", "remarcar", "augurar", "zanjar",
)

#: Conjugated as another infinitive: pronominal lemmas take their bare verb.
CONJUGATE_AS = {"quejarse": "quejar"}

#: Verbs missing from verbecc's dictionary → a regular verb of the same class, stem replaced.
MODEL_VERBS = {"tuitear": "pasear"}

#: verbecc mistakes, fixed form by form:
#: {lemma: {verbecc's form: correct form, or None to drop}}. verbecc gives the old irregular
#: participles only ("concluso", "confeso", "expreso", "manifiesto": today
#: adjectives), and drops the accents of "prever" (like "ver" plus a stressed last syllable).
CORRECTIONS: dict[str, dict[str, str | None]] = {
    "concluir": {"concluso": "concluido"},
    "confesar": {"confeso": "confesado"},
    "expresar": {"expreso": "expresado"},
    "manifestar": {"manifiesto": "manifestado"},
    "prever": {"preve": "prevé", "preven": "prevén", "previo": "previó"},
}

#: Forms that are far more often an ordinary noun, adjective or determiner than a cue verb.
EXCLUDED_FORMS = {
    "pregunta": "noun 'question' (la pregunta); the verb cue is 'preguntó'",
    "cuenta": "noun 'account' and 'darse cuenta'; 'contó', 'cuentan' stay",
    "denuncia": "noun 'complaint' (presentó una denuncia)",
    "alerta": "noun/adjective 'alert' (en alerta)",
    "propuesta": "noun 'proposal'",
    "propuestas": "noun 'proposals'",
    "dicha": "determiner-like 'dicha ley' (the said law) and noun 'happiness'",
    "dichas": "determiner-like 'dichas medidas'",
    "dichos": "determiner-like 'dichos acuerdos' and noun 'sayings'",
    "precisa": "adjective 'precise' (la cifra precisa); 'precisó' stays",
    "comunicado": "noun 'press release' (en un comunicado), a source, not a verb",
    "juzgado": "noun 'court' (el juzgado)",
    "aceptada": "adjective in 'ampliamente aceptada'; 'aceptó' stays",
    "agradecido": "adjective 'grateful'; 'agradeció' stays",
    "calculado": "adjective 'deliberate' (un riesgo calculado)",
}


def conjugation_slots(moods: dict, fixes: dict[str, str | None]) -> Iterator[tuple[str, bool]]:
    from generate_verb_forms import cells, corrected  # dev-time helpers, imported lazily

    def get(*slot: str) -> list[str]:
        return corrected(cells(moods, *slot), fixes)

    for form in get("gerundio", "gerundio"):
        yield form, True
    for participle in get("participo", "participo"):
        yield participle, True
        if participle.endswith("o"):
            stem = participle[:-1]
            for ending in ("a", "os", "as"):
                yield stem + ending, True
    for tense in ("presente", "pretérito-imperfecto", "pretérito-perfecto-simple"):
        for number in ("s", "p"):
            for form in get("indicativo", tense, "3", number):
                yield form, True


_CONJUGATOR = None


def paradigm(lemma: str) -> Iterator[tuple[str, bool]]:
    global _CONJUGATOR
    if _CONJUGATOR is None:
        from generate_verb_forms import Conjugator  # dev-time helper, imported lazily

        _CONJUGATOR = Conjugator(CODE, MODEL_VERBS)
    base = CONJUGATE_AS.get(lemma, lemma)
    yield lemma, True
    yield from conjugation_slots(_CONJUGATOR.moods(base), CORRECTIONS.get(lemma, {}))


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_verb_forms import main

    raise SystemExit(main([CODE, *sys.argv[1:]]))
