#!/usr/bin/env python
# Dev-time dependency only: verbecc (see scripts/generate_verb_forms.py).
"""Portuguese speech verbs: the inputs of ``quotecheck/lang/pt/verb_forms.json``.

Run ``.venv/bin/python scripts/generate_verb_forms.py pt`` (or this file) after editing a list.

Forms per lemma (conjugated by verbecc): infinitive; gerund; past participle m.sg with its
f.sg/m.pl/f.pl agreement ("dito", "dita", "ditos", "ditas"); present 3sg/3pl; imperfect 3sg/3pl;
preterite 3sg/3pl ("disse", "disseram"); and the simple pluperfect 3sg ("dissera"), still common
in written European and Brazilian news. The compound tenses ("tem dito", "tinha dito") are found
by the engine from an auxiliary (lang/pt/cues.py) and the participle.

Pronominal lemmas are written "queixar-se"; their forms are the bare forms ("queixou"): the
engine consumes a proclitic "se" (REFLEXIVE_PRONOUNS); an enclitic ("queixou-se") is one
hyphenated token the tokenizer may keep whole, so those are generated too.
"""

from __future__ import annotations

from typing import Iterator

CODE = "pt"

#: Most frequent news verbs first: a form shared by two lemmas goes to the earlier one.
LEMMAS = (
    "dizer", "afirmar", "declarar", "acrescentar", "explicar", "sublinhar", "destacar",
    "salientar", "ressaltar", "frisar", "enfatizar", "assinalar", "indicar", "apontar",
    "observar", "comentar", "mencionar", "referir", "anunciar", "assegurar", "garantir",
    "advertir", "alertar", "avisar", "reconhecer", "admitir", "confessar", "conceder",
    "responder", "retrucar", "replicar", "rebater", "perguntar", "questionar", "indagar",
    "escrever", "publicar", "tuitar", "criticar", "denunciar", "condenar", "acusar", "elogiar",
    "saudar", "agradecer", "lamentar", "reclamar", "queixar-se", "protestar", "insistir",
    "lembrar", "recordar", "reiterar", "repetir", "sustentar", "defender", "argumentar",
    "alegar", "manifestar", "expressar", "confirmar", "ratificar", "negar", "desmentir",
    "rejeitar", "prometer", "jurar", "pedir", "solicitar", "exigir", "cobrar", "apelar", "exortar",
    "propor", "sugerir", "recomendar", "aconselhar", "considerar", "avaliar", "estimar",
    "calcular", "prever", "opinar", "acreditar", "crer", "pensar", "achar", "julgar", "revelar",
    "contar", "relatar", "narrar", "descrever", "detalhar", "esclarecer", "concluir",
    "continuar", "prosseguir", "completar", "emendar", "gritar", "sussurrar", "murmurar",
    "exclamar", "desabafar", "disparar", "ironizar", "brincar", "informar", "comunicar",
    "notar", "constatar", "pontuar", "reforçar", "vaticinar",
)

#: Conjugated as another infinitive: pronominal lemmas take their bare verb.
CONJUGATE_AS = {"queixar-se": "queixar"}

#: Verbs missing from verbecc's dictionary → a regular verb of the same class, stem replaced.
MODEL_VERBS = {"tuitar": "falar", "queixar": "deixar"}

#: verbecc mistakes, fixed form by form: {lemma: {verbecc's form: correct form, or None to drop}}.
#: verbecc gives some verbs only their short participle, an adjective or noun today ("concluso",
#: "defeso"/"defesa" = defence, "expresso"), where compound tenses use the long one ("tem
#: concluído", "tinha defendido"); and it spells "crêem"/"prevêem" as before the 1990 Agreement.
CORRECTIONS: dict[str, dict[str, str | None]] = {
    "concluir": {"concluso": "concluído"},
    "defender": {"defeso": "defendido"},
    "expressar": {"expresso": "expressado"},
    "crer": {"crêem": "creem"},
    "prever": {"prevêem": "preveem"},
}

#: Forms that are far more often an ordinary noun or adjective than a cue verb.
EXCLUDED_FORMS = {
    "nota": "noun 'note, grade' (em nota, a nota); 'notou' stays",
    "conta": "noun 'account, bill' and 'dar conta'; 'contou', 'contam' stay",
    "pergunta": "noun 'question' (a pergunta); 'perguntou' stays",
    "proposta": "noun 'proposal'",
    "propostas": "noun 'proposals'",
    "queixa": "noun 'complaint' (apresentou queixa)",
    "alerta": "noun/adjective 'alert' (em alerta)",
    "cobra": "noun 'snake'; 'cobrou' stays",
    "completa": "adjective 'complete' (a lista completa)",
    "emenda": "noun 'amendment' (a emenda constitucional)",
    "comunicado": "noun 'press release' (em comunicado), a source, not a verb",
    "dita": "adjective in 'a dita reforma' (the so-called)",
    "previsto": "adjective 'scheduled' (como previsto)",
    "prevista": "adjective 'scheduled'",
    "previstos": "adjective 'scheduled'",
    "previstas": "adjective 'scheduled'",
    "julgado": "noun 'ruling' (o julgado)",
    "estimado": "adjective 'dear, esteemed'",
    "cria": "imperfect of crer, but nearly always 'creates' (criar)",
    "criam": "imperfect of crer, but nearly always 'create' (criar)",
}


def conjugation_slots(moods: dict, fixes: dict[str, str | None]) -> Iterator[tuple[str, str]]:
    """(form, slot) pairs; slot is "participle" for the four participle agreements."""
    from generate_verb_forms import cells, corrected  # dev-time helpers, imported lazily

    def get(*slot: str) -> list[str]:
        return corrected(cells(moods, *slot), fixes)

    for form in get("gerúndio", "gerúndio"):
        yield form, "gerund"
    for participle in get("particípio", "particípio"):
        yield participle, "participle"
        if participle.endswith("o"):
            stem = participle[:-1]
            for ending in ("a", "os", "as"):
                yield stem + ending, "participle"
    for tense in ("presente", "pretérito-imperfeito", "pretérito-perfeito"):
        for number in ("s", "p"):
            for form in get("indicativo", tense, "3", number):
                yield form, "finite"
    for form in get("indicativo", "pretérito-mais-que-perfeito", "3", "s"):
        yield form, "finite"


_CONJUGATOR = None


def paradigm(lemma: str) -> Iterator[tuple[str, bool]]:
    global _CONJUGATOR
    if _CONJUGATOR is None:
        from generate_verb_forms import Conjugator  # dev-time helper, imported lazily

        _CONJUGATOR = Conjugator(CODE, MODEL_VERBS)
    base = CONJUGATE_AS.get(lemma, lemma)
    forms = list(conjugation_slots(_CONJUGATOR.moods(base), CORRECTIONS.get(lemma, {})))
    yield lemma, True
    for form, _slot in forms:
        yield form, True
    if base != lemma:  # enclisis on finite forms and the gerund: "queixou-se", "queixando-se"
        clitic = lemma[len(base):]
        for form, slot in forms:
            if slot != "participle":
                yield form + clitic, True


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_verb_forms import main

    raise SystemExit(main([CODE, *sys.argv[1:]]))
