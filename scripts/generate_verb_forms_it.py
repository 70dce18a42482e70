#!/usr/bin/env python
# Dev-time dependency only: verbecc (see scripts/generate_verb_forms.py).
"""Italian speech verbs: the inputs of ``quotecheck/lang/it/verb_forms.json``.

Run ``.venv/bin/python scripts/generate_verb_forms.py it`` (or this file) after editing a list.

Forms per lemma (conjugated by verbecc): infinitive; gerund; past participle in its four
agreements ("detto", "detta", "detti", "dette"); present 3sg/3pl; imperfect 3sg/3pl; passato
remoto 3sg/3pl ("disse", "dissero"). The passato prossimo ("ha detto") is found by the engine from
an auxiliary (lang/it/cues.py) and the participle.
"""

from __future__ import annotations

from typing import Iterator

CODE = "it"

#: Most frequent news verbs first: a form shared by two lemmas goes to the earlier one.
LEMMAS = (
    "dire", "affermare", "dichiarare", "aggiungere", "spiegare", "sottolineare", "precisare",
    "osservare", "rilevare", "evidenziare", "ribadire", "annunciare", "assicurare", "avvertire",
    "ammonire", "riconoscere", "ammettere", "rispondere", "replicare", "chiedere", "domandare",
    "scrivere", "twittare", "criticare", "denunciare", "insistere", "ricordare", "sostenere",
    "manifestare", "esprimere", "commentare", "confermare", "negare", "smentire", "promettere",
    "garantire", "giurare", "proporre", "suggerire", "raccomandare", "consigliare", "esigere",
    "pretendere", "esortare", "sollecitare", "invocare", "raccontare", "narrare", "descrivere",
    "riferire", "rivelare", "svelare", "confidare", "confessare", "concedere", "accusare",
    "attaccare", "lodare", "elogiare", "applaudire", "ringraziare", "lamentare", "deplorare",
    "protestare", "condannare", "respingere", "contestare", "obiettare", "ribattere",
    "controbattere", "argomentare", "illustrare", "chiarire", "puntualizzare", "specificare",
    "indicare", "segnalare", "notare", "constatare", "concludere", "continuare", "proseguire",
    "incalzare", "esclamare", "gridare", "urlare", "sussurrare", "mormorare", "ripetere",
    "prevedere", "stimare", "valutare", "ritenere", "credere", "pensare", "considerare",
    "giudicare", "auspicare", "sperare", "avvisare", "comunicare", "informare", "annotare",
    "tuonare", "rimarcare", "scherzare", "ironizzare", "postare", "pubblicare", "annunziare",
    "minimizzare", "rassicurare", "intimare",
)

#: Verbs missing from verbecc's dictionary → a regular verb of the same class, stem replaced.
MODEL_VERBS = {"twittare": "parlare", "postare": "parlare"}

#: verbecc mistakes, fixed form by form: {lemma: {verbecc's form: correct form, or None to drop}}.
#: verbecc builds "concedere" on a broken stem ("concedso"), and gives "rispondere" spurious
#: participles ("risposo", "risposa", "risposi") next to the right ones.
CORRECTIONS: dict[str, dict[str, str | None]] = {
    "concedere": {"concedso": "concesso", "concedsa": "concessa", "concedsi": "concessi",
                  "concedse": "concesse", "concedsero": "concessero"},
    "rispondere": {"risposo": None, "risposa": None, "risposi": None},
}

#: Forms that are far more often an ordinary noun or adjective than a cue verb.
EXCLUDED_FORMS = {
    "nota": "noun 'note' (una nota, in una nota); 'ha notato', 'notò' stay",
    "domanda": "noun 'question, application' (la domanda)",
    "risposta": "noun 'answer' (la risposta); 'ha risposto' stays",
    "risposte": "noun 'answers'",
    "proposta": "noun 'proposal'",
    "proposte": "noun 'proposals'",
    "promessa": "noun 'promise'",
    "promesse": "noun 'promises'",
    "accusa": "noun 'charge, prosecution' (l'accusa)",
    "denuncia": "noun 'complaint' (una denuncia)",
    "critica": "noun/adjective 'criticism, critical' (la critica, fase critica)",
    "critiche": "noun 'criticisms'",
    "protesta": "noun 'protest'",
    "condanna": "noun 'sentence' (la condanna)",
    "conferma": "noun 'confirmation' (in attesa di conferma); 'ha confermato' stays",
    "stima": "noun 'estimate, esteem'",
    "previsto": "adjective 'scheduled' (come previsto); 'prevede', 'ha previsto' lose little",
    "prevista": "adjective 'scheduled' (la data prevista)",
    "previsti": "adjective 'scheduled'",
    "previste": "adjective 'scheduled'",
    "aggiunta": "noun 'addition' (in aggiunta)",
    "aggiunte": "noun 'additions'",
    "smentita": "noun 'denial' (una smentita)",
    "posta": "noun 'mail, stake' (la posta)",
    "pubblica": "adjective 'public' (la sanità pubblica)",
    "pubbliche": "adjective 'public' (opere pubbliche)",
    "informata": "adjective in 'persona informata', rare as a cue",
    "illustrato": "adjective 'illustrated'",
    "considerato": "conjunction 'considerato che' (given that)",
    "giurato": "noun 'juror'",
    "contestata": "adjective 'disputed' (la contestata riforma)",
    "stimato": "adjective 'esteemed' (lo stimato professore)",
    "esatto": "participle of esigere, but an adjective/interjection 'exact, right' in use",
    "esatta": "adjective 'exact' (la cifra esatta)",
    "esatti": "adjective 'exact'",
    "esatte": "adjective 'exact'",
}


def conjugation_slots(moods: dict, fixes: dict[str, str | None]) -> Iterator[tuple[str, bool]]:
    from generate_verb_forms import cells, corrected  # dev-time helpers, imported lazily

    def get(*slot: str) -> list[str]:
        return corrected(cells(moods, *slot), fixes)

    # verbecc files the gerund under "infinito/gerundio", third person
    for form in get("infinito", "gerundio", "3", "s"):
        yield form, True
    for form in get("participio", "participio-passato"):
        yield form, True
    for tense in ("presente", "imperfetto", "passato-remoto"):
        for number in ("s", "p"):
            for form in get("indicativo", tense, "3", number):
                yield form, True


_CONJUGATOR = None


def paradigm(lemma: str) -> Iterator[tuple[str, bool]]:
    global _CONJUGATOR
    if _CONJUGATOR is None:
        from generate_verb_forms import Conjugator  # dev-time helper, imported lazily

        _CONJUGATOR = Conjugator(CODE, MODEL_VERBS)
    yield lemma, True
    yield from conjugation_slots(_CONJUGATOR.moods(lemma), CORRECTIONS.get(lemma, {}))


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_verb_forms import main

    raise SystemExit(main([CODE, *sys.argv[1:]]))
