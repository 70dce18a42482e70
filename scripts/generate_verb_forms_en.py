#!/usr/bin/env python
"""English speech verbs: the inputs of ``quotecheck/lang/en/verb_forms.json``.

Run ``.venv/bin/python scripts/generate_verb_forms.py en`` (or this file) after editing a list.
No library is needed: English inflection is regular rules plus a table of irregular principal
parts (data, not typed form by form).

Forms per lemma: base (infinitive and 3pl present, "officials say"), 3sg present (-s/-es/-ies),
past and past participle (-ed/-d/-ied, consonant doubling, or the irregular table), present
participle (-ing). British -ise/-our spellings and British/American doubling of a final "l"
("labelled"/"labeled") are generated as variants of the same lemma.

Phrasal lemmas ("point out") are inflected on their first word; the particle is not a form.
"""

from __future__ import annotations

from typing import Iterator

CODE = "en"

#: Most frequent news verbs first: a form shared by two lemmas goes to the earlier one.
LEMMAS = (
    "say", "tell", "add", "state", "claim", "explain", "note", "insist", "warn", "announce",
    "argue", "confirm", "deny", "ask", "reply", "respond", "write", "tweet", "post",
    "acknowledge", "admit", "stress", "emphasize", "point out", "suggest", "predict", "promise",
    "vow", "urge", "call", "declare", "describe", "comment", "mention", "report", "reveal",
    "recall", "continue", "conclude", "complain", "criticize", "accuse", "praise", "welcome",
    "testify", "allege", "assert", "maintain", "contend", "concede", "agree", "disagree",
    "caution", "shout", "whisper", "murmur", "exclaim", "answer", "repeat", "observe", "remark",
    "estimate", "believe", "think", "speak", "inform", "assure", "reassure", "reiterate",
    "clarify", "indicate", "signal", "hint", "imply", "speculate", "question", "wonder",
    "lament", "regret", "apologize", "thank", "condemn", "denounce", "blame", "slam", "blast",
    "decry", "dismiss", "reject", "recount", "detail", "outline", "proclaim", "affirm",
    "reaffirm", "refute", "dispute", "challenge", "retort", "counter", "quip", "joke", "boast",
    "confess", "disclose", "demand", "request", "plead", "appeal", "propose", "recommend",
    "advise", "pledge", "swear", "threaten", "forecast", "reckon", "consider", "hail",
    "applaud", "mutter", "yell", "scream", "sigh", "snap", "protest", "object",
    "highlight", "underline", "specify", "elaborate", "inquire", "query", "brief", "remind",
)

#: Irregular principal parts {base: (past, past participle)}; alternatives split on "/".
IRREGULAR = {
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "think": ("thought", "thought"),
    "swear": ("swore", "sworn"),
    "forecast": ("forecast/forecasted", "forecast/forecasted"),
}

#: Bases whose final consonant doubles before -ed/-ing (stress on the last syllable).
DOUBLING = {"admit", "regret", "quip", "snap", "slam", "refer", "commit", "omit", "rebut"}

#: Bases ending in "l" that Britain doubles and America does not: both spellings are generated.
L_DOUBLING = {"signal", "label", "counsel", "cancel", "model"}

#: British spellings generated as variants of the American lemma.
VARIANTS = {
    "emphasize": ("emphasise",), "criticize": ("criticise",), "apologize": ("apologise",),
}

#: Forms that are far more often an ordinary noun, adjective or preposition than a cue verb.
#: Base forms double as 3pl present ("officials say"); losing a few of them costs little, since
#: the 3sg and past forms carry almost every news cue.
EXCLUDED_FORMS = {
    "state": "noun 'the state', adjective 'state media'",
    "states": "noun 'United States', 'member states'",
    "report": "noun 'a report'; 'reported', 'reports that' … are the cues",
    "reports": "noun 'according to reports', 'media reports'",
    "post": "noun, and prefix-like 'post-war'",
    "posts": "noun 'posts'",
    "note": "noun 'a note'",
    "call": "noun 'a phone call', 'the call for'",
    "calls": "noun 'calls for', 'phone calls'",
    "estimate": "noun 'an estimate'",
    "estimates": "noun 'estimates'",
    "remark": "noun 'a remark'",
    "remarks": "noun 'his remarks'",
    "comments": "noun 'his comments'",
    "welcome": "adjective/interjection 'welcome'",
    "stress": "noun 'stress'",
    "caution": "noun 'caution'",
    "point": "noun 'a point' (lemma 'point out')",
    "points": "noun 'points' (lemma 'point out')",
    "question": "noun 'a question'",
    "questions": "noun 'questions'",
    "answer": "noun 'an answer'",
    "counter": "adverb/noun 'run counter to', 'over the counter'",
    "object": "noun 'an object'",
    "objects": "noun 'objects'",
    "brief": "adjective 'brief'",
    "briefs": "noun 'briefs'",
    "signal": "noun 'a signal'",
    "signals": "noun 'signals'",
    "appeal": "noun 'an appeal'",
    "appeals": "noun 'appeals court'",
    "request": "noun 'a request'",
    "demand": "noun 'demand'",
    "demands": "noun 'demands'",
    "detail": "noun 'a detail'",
    "details": "noun 'details'",
    "outline": "noun 'an outline'",
    "outlines": "noun 'outlines'",
    "challenge": "noun 'a challenge'",
    "challenges": "noun 'challenges'",
    "pledge": "noun 'a pledge'",
    "promise": "noun 'a promise'",
    "protest": "noun 'a protest'",
    "protests": "noun 'protests'",
    "dispute": "noun 'a dispute'",
    "disputes": "noun 'disputes'",
    "blast": "noun 'a blast' (explosion)",
    "blasts": "noun 'blasts'",
    "highlight": "noun 'a highlight'",
    "highlights": "noun 'highlights'",
    "query": "noun 'a query'",
    "hint": "noun 'a hint'",
    "joke": "noun 'a joke'",
    "jokes": "noun 'jokes'",
    "sigh": "noun 'a sigh'",
    "snap": "adjective 'a snap election'",
    "forecast": "noun 'the forecast' (base and past alike)",
    "forecasts": "noun 'forecasts'",
    "tweets": "noun 'his tweets'; 'tweeted' is the cue",
    "comment": "noun 'for comment', 'no comment'",
    "blame": "noun 'the blame'",
    "thank": "'thank you' inside quotations far outnumbers the verb as a cue",
    "sworn": "adjective 'sworn in', 'sworn statement'",
    "written": "adjective 'a written statement'",
    "thanks": "noun 'thanks to'",
    "promising": "adjective 'a promising start'",
    "warning": "noun 'a warning'; 'warned', 'warns' stay",
    "briefing": "noun 'a briefing'",
    "posting": "noun 'a job posting'",
    "hail": "noun 'hail' (weather), and 'Hail Mary'",
    "alleged": "adjective 'the alleged attack'",
    "estimated": "adjective 'an estimated 1,000 people'",
    "detailed": "adjective 'a detailed plan'",
    "reckoning": "noun 'a reckoning'",
    "recount": "noun 'a vote recount'",
    "recounts": "noun 'recounts'",
    "elaborate": "adjective 'an elaborate scheme'",
    "reassuring": "adjective 'reassuring news'",
    "challenging": "adjective 'challenging times'",
    "appealing": "adjective 'an appealing offer'",
    "demanding": "adjective 'a demanding job'",
}


def _third_singular(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _doubled(base: str) -> list[str]:
    """Stems that take -ed/-ing: one, or two for British/American final-l spelling."""
    if base in DOUBLING:
        return [base + base[-1]]
    if base in L_DOUBLING:
        return [base + "l", base]
    return [base]


def _past(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "d"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base[:-1] + "ied"]
    return [stem + "ed" for stem in _doubled(base)]


def _ing(base: str) -> list[str]:
    if base.endswith("ie"):
        return [base[:-2] + "ying"]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return [base[:-1] + "ing"]
    return [stem + "ing" for stem in _doubled(base)]


def principal_parts(base: str) -> dict[str, list[str]]:
    """{slot: forms} for one base: "base", "3sg", "past", "participle", "ing"."""
    if base in IRREGULAR:
        past, participle = (parts.split("/") for parts in IRREGULAR[base])
    else:
        past = participle = _past(base)
    return {"base": [base], "3sg": [_third_singular(base)], "past": list(past),
            "participle": list(participle), "ing": _ing(base)}


def paradigm(lemma: str) -> Iterator[tuple[str, bool]]:
    head = lemma.split()[0]
    for base in (head, *VARIANTS.get(lemma, ())):
        for forms in principal_parts(base).values():
            for form in forms:
                yield form, True


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_verb_forms import main

    raise SystemExit(main([CODE, *sys.argv[1:]]))
