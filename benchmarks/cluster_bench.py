"""Benchmark of quote clustering (``quotecheck.cluster``) on a synthetic corpus it builds itself.

Accuracy: invented statements in six languages, each quoted by several invented articles —
re-typeset (other quote marks, apostrophes, dashes, no-break spaces, digit groups), cut short
(partial quotes), elided ("(…)") — next to near-miss distractors (the same statement with a few
words changed, or another statement sharing most of its words). The articles go through
extraction and :func:`quotecheck.cluster`; every extracted claim that covers an embedded quote is
scored: pairwise precision and recall of "these two appearances are one statement".

Scale: ``--claims N`` claims built directly (no extraction), fed to a :class:`QuoteIndex`
document by document; CPU seconds of the clustering and peak RSS of the process.

    python benchmarks/cluster_bench.py                   # accuracy + the scale run of 1,000,000 claims
    python benchmarks/cluster_bench.py --claims 100000   # a quicker scale run

Everything is generated from ``--seed``: the same figures on every run.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck import Claim, Speaker  # noqa: E402
from quotecheck.clustering import QuoteIndex, cluster  # noqa: E402

# ------------------------------------------------------------------------------ invented words
# per language: first-person openings, objects, complements, tails; a statement is one of each
BANKS = {
    "fr": (["Nous allons rouvrir", "Nous voulons agrandir", "Nous refusons de fermer", "Nous allons financer",
            "Il faut rénover", "Nous ne vendrons pas", "Je propose de déplacer", "Nous devons protéger"],
           ["la piscine municipale", "le vieux pont du canal", "la bibliothèque du quartier nord",
            "l’école des Tilleuls", "le marché couvert", "la ligne de bus numéro sept", "le stade de la plaine",
            "la maison de santé", "le parc des Lavandières", "la gare routière"],
           ["avant la fin de l’année", "dès le printemps prochain", "pour 2 500 000 euros",
            "malgré l’avis des experts", "sans augmenter les impôts", "avec l’aide de la région",
            "d’ici à l’été 2027", "en concertation avec les habitants", "au plus tard en septembre",
            "grâce au budget participatif"],
           ["et nous tiendrons parole", "parce que les familles l’attendent", "car c’est une question de justice",
            "même si l’opposition s’y oppose", "comme nous l’avions promis", "et ce n’est pas négociable",
            "pour que chacun en profite", "et le chantier commencera vite"]),
    "en": (["We will reopen", "We want to expand", "We refuse to close", "We are going to fund",
            "We must renovate", "We will not sell", "I propose to move", "We have to protect"],
           ["the municipal pool", "the old canal bridge", "the north side library", "the Linden Street school",
            "the covered market", "bus line number seven", "the riverside stadium", "the community clinic",
            "the Willow Park playground", "the regional bus station"],
           ["before the end of the year", "as early as next spring", "for 2,500,000 dollars",
            "despite what the experts say", "without raising local taxes", "with help from the state",
            "by the summer of 2027", "after hearing from residents", "in September at the latest",
            "through the participatory budget"],
           ["and we will keep our word", "because families are waiting for it", "because it's a matter of fairness",
            "even if the opposition objects", "just as we promised", "and that's not negotiable",
            "so that everyone benefits", "and work will start soon"]),
    "es": (["Vamos a reabrir", "Queremos ampliar", "Nos negamos a cerrar", "Vamos a financiar",
            "Hay que renovar", "No venderemos", "Propongo trasladar", "Debemos proteger"],
           ["la piscina municipal", "el viejo puente del canal", "la biblioteca del barrio norte",
            "la escuela de los Tilos", "el mercado cubierto", "la línea de autobús número siete",
            "el estadio de la llanura", "el centro de salud", "el parque de las Lavanderas", "la estación de autobuses"],
           ["antes de que acabe el año", "a partir de la próxima primavera", "por 2 500 000 euros",
            "a pesar de lo que dicen los expertos", "sin subir los impuestos", "con la ayuda de la región",
            "de aquí al verano de 2027", "escuchando a los vecinos", "como muy tarde en septiembre",
            "gracias al presupuesto participativo"],
           ["y cumpliremos nuestra palabra", "porque las familias lo esperan", "porque es una cuestión de justicia",
            "aunque la oposición se oponga", "como lo habíamos prometido", "y eso no es negociable",
            "para que todos lo disfruten", "y las obras empezarán pronto"]),
    "it": (["Riapriremo", "Vogliamo ampliare", "Ci rifiutiamo di chiudere", "Finanzieremo",
            "Bisogna ristrutturare", "Non venderemo", "Propongo di spostare", "Dobbiamo proteggere"],
           ["la piscina comunale", "il vecchio ponte sul canale", "la biblioteca del quartiere nord",
            "la scuola dei Tigli", "il mercato coperto", "la linea di autobus numero sette", "lo stadio della piana",
            "la casa della salute", "il parco delle Lavandaie", "la stazione delle corriere"],
           ["entro la fine dell’anno", "già dalla prossima primavera", "per 2 500 000 euro",
            "nonostante il parere degli esperti", "senza aumentare le tasse", "con l’aiuto della regione",
            "entro l’estate del 2027", "ascoltando i residenti", "al più tardi a settembre",
            "grazie al bilancio partecipativo"],
           ["e manterremo la parola", "perché le famiglie lo aspettano", "perché è una questione di giustizia",
            "anche se l’opposizione è contraria", "come avevamo promesso", "e questo non è negoziabile",
            "perché tutti ne approfittino", "e il cantiere partirà presto"]),
    "pt": (["Vamos reabrir", "Queremos ampliar", "Recusamos fechar", "Vamos financiar",
            "É preciso renovar", "Não vamos vender", "Proponho transferir", "Temos de proteger"],
           ["a piscina municipal", "a velha ponte do canal", "a biblioteca do bairro norte", "a escola das Tílias",
            "o mercado coberto", "a linha de autocarro número sete", "o estádio da planície", "o centro de saúde",
            "o parque das Lavadeiras", "a estação rodoviária"],
           ["antes do fim do ano", "já na próxima primavera", "por 2 500 000 euros",
            "apesar do parecer dos especialistas", "sem aumentar os impostos", "com a ajuda da região",
            "até ao verão de 2027", "ouvindo os moradores", "o mais tardar em setembro",
            "graças ao orçamento participativo"],
           ["e vamos cumprir a palavra", "porque as famílias esperam por isso", "porque é uma questão de justiça",
            "mesmo que a oposição discorde", "como tínhamos prometido", "e isso não é negociável",
            "para que todos beneficiem", "e as obras vão começar cedo"]),
    "de": (["Wir werden wieder öffnen", "Wir wollen erweitern", "Wir weigern uns zu schließen", "Wir finanzieren",
            "Wir müssen sanieren", "Wir verkaufen nicht", "Ich schlage vor zu verlegen", "Wir müssen schützen"],
           ["das städtische Hallenbad", "die alte Brücke am Kanal", "die Bücherei im Nordviertel",
            "die Lindenschule", "die Markthalle", "die Buslinie sieben", "das Stadion in der Ebene",
            "das Gesundheitszentrum", "den Weidenpark", "den Busbahnhof"],
           ["noch vor Ende des Jahres", "schon im nächsten Frühjahr", "für 2 500 000 Euro",
            "trotz der Meinung der Fachleute", "ohne die Steuern zu erhöhen", "mit Hilfe des Landes",
            "bis zum Sommer 2027", "nach Gesprächen mit den Anwohnern", "spätestens im September",
            "dank des Bürgerhaushalts"],
           ["und wir halten Wort", "weil die Familien darauf warten", "weil es um Gerechtigkeit geht",
            "auch wenn die Opposition dagegen ist", "wie wir es versprochen haben", "und darüber wird nicht verhandelt",
            "damit alle etwas davon haben", "und die Arbeiten beginnen bald"]),
}
# quote and attribution frames: {q} the quote, {n} the speaker; partial frames take a fragment
FRAMES = {
    "fr": (["{o}{q}{c}, a déclaré {n}.", "{n} a affirmé : {o}{q}{c}", "{o}{q}{c}, a assuré {n} devant la presse."],
           ["{n} a promis de {o}{q}{c} lors de la réunion."]),
    "en": (["{o}{q},{c} said {n}.", "{n} said: {o}{q}.{c}", "{o}{q},{c} {n} told reporters."],
           ["{n} promised to {o}{q}{c} at the meeting."]),
    "es": (["{o}{q}{c}, declaró {n}.", "{n} afirmó: {o}{q}{c}.", "{o}{q}{c}, aseguró {n} ante la prensa."],
           ["{n} prometió {o}{q}{c} durante la reunión."]),
    "it": (["{o}{q}{c}, ha detto {n}.", "{n} ha dichiarato: {o}{q}{c}.", "{o}{q}{c}, ha assicurato {n} ai giornalisti."],
           ["{n} ha promesso di {o}{q}{c} durante la riunione."]),
    "pt": (["{o}{q}{c}, disse {n}.", "{n} afirmou: {o}{q}{c}.", "{o}{q}{c}, garantiu {n} aos jornalistas."],
           ["{n} prometeu {o}{q}{c} durante a reunião."]),
    "de": (["{o}{q}{c}, sagte {n}.", "{n} erklärte: {o}{q}{c}.", "{o}{q}{c}, versicherte {n} vor der Presse."],
           ["{n} versprach, {o}{q}{c} bei der Sitzung."]),
}
MARKS = {"fr": [("« ", " »"), ("«\u00a0", "\u00a0»"), ("“", "”"), ('"', '"')],
         "en": [("“", "”"), ('"', '"'), ("‘", "’")],
         "es": [("«", "»"), ("“", "”"), ('"', '"')],
         "it": [("«", "»"), ("“", "”"), ('"', '"')],
         "pt": [("“", "”"), ('"', '"'), ("«", "»")],
         "de": [("„", "“"), ("»", "«"), ('"', '"')]}
FILLER = {
    "fr": ["Le conseil municipal s’est réuni mardi soir.", "La séance a duré près de trois heures.",
           "Plusieurs associations étaient présentes dans la salle.", "Le vote aura lieu le mois prochain."],
    "en": ["The city council met on Tuesday evening.", "The session lasted almost three hours.",
           "Several local groups attended the meeting.", "A vote is expected next month."],
    "es": ["El pleno municipal se reunió el martes por la noche.", "La sesión duró casi tres horas.",
           "Varias asociaciones asistieron a la reunión.", "La votación será el mes que viene."],
    "it": ["Il consiglio comunale si è riunito martedì sera.", "La seduta è durata quasi tre ore.",
           "Diverse associazioni erano presenti in sala.", "Il voto è previsto il mese prossimo."],
    "pt": ["A câmara municipal reuniu-se na terça-feira à noite.", "A sessão durou quase três horas.",
           "Várias associações estiveram presentes.", "A votação está marcada para o próximo mês."],
    "de": ["Der Stadtrat tagte am Dienstagabend.", "Die Sitzung dauerte fast drei Stunden.",
           "Mehrere Vereine waren im Saal anwesend.", "Abgestimmt wird im nächsten Monat."],
}
FIRST = ["Lise", "Marc", "Ana", "Paul", "Inès", "Tomás", "Greta", "Jonas", "Elena", "Rui", "Chiara", "Omar",
         "Nadia", "Hugo", "Sofia", "Karl", "Marta", "Yann", "Leila", "Piotr"]
LAST = ["Caron", "Lambert", "Ortega", "Bellini", "Vogel", "Costa", "Henry", "Duval", "Ferreira", "Rinaldi",
        "Weber", "Navarro", "Marchetti", "Sousa", "Brandt", "Moreau", "Castillo", "Fontana", "Keller", "Pires"]


def tokens(text: str) -> list[str]:
    """The words of a statement, a number with digit groups ("2 500 000") one word: a fragment
    or an elision does not cut inside it."""
    return re.split(r" (?!\d{3}(?!\d))", text)


def statement(lang: str, rng: random.Random) -> list[int]:
    opening, obj, comp, tail = BANKS[lang]
    return [rng.randrange(len(opening)), rng.randrange(len(obj)), rng.randrange(len(comp)), rng.randrange(len(tail))]


#: invented place names (syllables put together), one per statement of the accuracy corpus: what a
#: real statement has of its own (its near-miss keeps it: the same topic)
PLACES = [a + b + c for a in ("Sar", "Mol", "Ver", "Tal", "Bru", "Quin", "Dor", "Lis", "Fen", "Gor")
          for b in ("ve", "da", "ri", "lo", "ne", "ta") for c in ("nac", "bert", "mont", "zac", "ville", "lund")]
#: before a place name
AT = {"fr": "à", "en": "in", "es": "en", "it": "a", "pt": "em", "de": "in"}


def words_of(lang: str, slots: list[int]) -> str:
    """The statement's words; a fifth slot is a place, said after the object."""
    parts = [bank[i] for bank, i in zip(BANKS[lang], slots)]
    if len(slots) > 4:
        parts.insert(2, f"{AT[lang]} {PLACES[slots[4]]}")
    return " ".join(parts)


def near_miss(lang: str, slots: list[int], rng: random.Random) -> list[int]:
    """Another statement from the same words: one or two slots changed (a few words, or the end)."""
    out = list(slots)
    for slot in rng.sample(range(4), rng.choice([1, 2])):
        out[slot] = rng.choice([i for i in range(len(BANKS[lang][slot])) if i != slots[slot]])
    return out


def retype(text: str, lang: str, rng: random.Random) -> str:
    """The same words as another outlet types them."""
    if rng.random() < 0.5:
        text = text.replace("’", "'")
    elif "'" in text:
        text = text.replace("'", "’")
    if rng.random() < 0.4:
        text = text.replace("2 500 000", rng.choice(["2\u00a0500\u00a0000", "2\u202f500\u202f000", "2.500.000",
                                                     "2500000"]))
    if rng.random() < 0.3:
        text = text.replace(", ", rng.choice([" – ", " — ", " "]), 1)
    if rng.random() < 0.2:
        text = text[0].lower() + text[1:]
    return text


def fragment(words: list[str], rng: random.Random, telling: set[tuple[str, ...]] | None = None) -> list[str]:
    """A partial quote: a run of at least six words, not the whole. With ``telling`` (the word
    trigrams of this statement no other statement has), a run that tells its statement apart:
    at least two of its trigrams, and a quarter, are in ``telling`` (a run that every statement
    of a template has is a fragment of all of them, and no method can say whose); None when
    there is no such run."""
    for _ in range(30):
        size = rng.randint(6, max(6, len(words) - 2))
        start = rng.randint(0, len(words) - size)
        run = words[start:start + size]
        if telling is None:
            return run
        grams = trigrams(run)
        mine = sum(g in telling for g in grams)
        if mine >= 2 and mine >= len(grams) / 4:
            return run
    return []


def trigrams(words: list[str]) -> list[tuple[str, ...]]:
    low = [w.lower().replace("’", "'") for w in words]
    return [tuple(low[i:i + 3]) for i in range(len(low) - 2)]


def elide(words: list[str], rng: random.Random, telling: set[tuple[str, ...]]) -> str:
    """The quote with a few words cut out and "(…)" in their place, keeping two trigrams of
    ``telling`` (an elision that cuts what tells two statements apart leaves a quote of both);
    "" when no cut does."""
    for _ in range(30):
        cut = rng.randint(3, len(words) - 5)
        left, right = words[:cut], words[cut + rng.randint(1, 3):]
        if sum(g in telling for g in trigrams(left) + trigrams(right)) >= 2:
            return " ".join(left) + " (…) " + " ".join(right)
    return ""


def corpus(statements: int, seed: int, counts: dict[str, int] | None = None
           ) -> tuple[list[tuple[str, str]], dict[tuple[str, int, int], int]]:
    """Articles and the gold: (article, start, end) of each embedded quote → its statement.
    ``counts`` receives how many near-misses, whole, partial and elided quotes were made."""
    rng = random.Random(seed)
    counts = {} if counts is None else counts
    langs = sorted(BANKS)
    stated: list[tuple[str, list[int], str]] = []  # (language, slots, speaker)
    seen: set[tuple[str, tuple[int, ...]]] = set()
    while len(stated) < statements:
        lang = rng.choice(langs)
        slots = statement(lang, rng) + [len(stated) % len(PLACES)]
        if (lang, tuple(slots)) in seen:
            continue
        speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        seen.add((lang, tuple(slots)))
        stated.append((lang, slots, speaker))
        if rng.random() < 0.5:  # a near-miss: its own statement, often by another speaker
            miss = near_miss(lang, slots, rng)
            if (lang, tuple(miss)) not in seen:
                seen.add((lang, tuple(miss)))
                stated.append((lang, miss, speaker if rng.random() < 0.5 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"))
                counts["near-miss statements"] = counts.get("near-miss statements", 0) + 1
    # appearances: each statement in 1 to 6 articles, as a whole, a fragment or elided
    pending: dict[str, list[tuple[int, str, bool]]] = {lang: [] for lang in langs}
    shared: dict[tuple[str, ...], int] = {}
    for lang, slots, _ in stated:
        for gram in set(trigrams(tokens(words_of(lang, slots)))):
            shared[gram] = shared.get(gram, 0) + 1
    for number, (lang, slots, _) in enumerate(stated):
        text = words_of(lang, slots)
        telling = {g for g in trigrams(tokens(text)) if shared[g] == 1}
        for _ in range(rng.randint(1, 6)):
            form = rng.random()
            run = fragment(tokens(text), rng, telling) if 0.45 <= form < 0.85 else []
            elided = elide(tokens(text), rng, telling) if form >= 0.85 else ""
            if form < 0.45 or not (run or elided):
                quote, partial = text, False
            elif run:
                quote, partial = " ".join(run), True
            else:
                quote, partial = elided, False
            form_name = "partial" if partial else ("elided" if quote is elided else "whole")
            counts[form_name] = counts.get(form_name, 0) + 1
            pending[lang].append((number, retype(quote, lang, rng), partial))
    articles: list[tuple[str, str]] = []
    gold: dict[tuple[str, int, int], int] = {}
    for lang in langs:
        items = pending[lang]
        rng.shuffle(items)
        while items:
            batch = items[:rng.randint(1, 3)]
            del items[:len(batch)]
            article = f"{lang}-{len(articles)}"
            parts: list[str] = [rng.choice(FILLER[lang])]
            spans = []
            for number, quote, partial in batch:
                frames = FRAMES[lang][1 if partial else 0]
                frame = rng.choice(frames)
                opening, closing = rng.choice(MARKS[lang])
                head = frame.split("{q}")[0].format(o=opening, n=stated[number][2])
                offset = len(" ".join(parts)) + 1 + len(head)
                parts.append(frame.format(o=opening, q=quote, c=closing, n=stated[number][2]))
                spans.append((offset, offset + len(quote), number))
                parts.append(rng.choice(FILLER[lang]))
            text = " ".join(parts)
            for start, end, number in spans:
                assert text[start:end].strip(), (text, start, end)
                gold[(article, start, end)] = number
            articles.append((article, text))
    return articles, gold


def pairs(groups: list[list[object]]) -> set[tuple[object, object]]:
    out = set()
    for group in groups:
        for a, b in itertools.combinations(sorted(group, key=repr), 2):
            out.add((a, b))
    return out


def accuracy(statements: int, seed: int) -> None:
    counts: dict[str, int] = {}
    articles, gold = corpus(statements, seed, counts)
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for (article, start, end), number in gold.items():
        by_article.setdefault(article, []).append((start, end, number))
    t0 = time.process_time()
    clusters = cluster(articles)
    seconds = time.process_time() - t0
    predicted: list[list[object]] = []
    truth: dict[int, list[object]] = {}
    matched = set()
    for found in clusters:
        group: list[object] = []
        for a in found.appearances:
            for start, end, number in by_article.get(str(a.document), ()):
                overlap = min(end, a.end) - max(start, a.start)
                if overlap >= 0.5 * (end - start):
                    key = (a.document, start)
                    if key in matched:
                        continue
                    matched.add(key)
                    group.append(key)
                    truth.setdefault(number, []).append(key)
                    break
        predicted.append(group)
    got, want = pairs(predicted), pairs(list(truth.values()))
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    print(f"accuracy: {len(articles)} articles, {len(gold)} embedded quotes, {len(matched)} extracted "
          f"({len(matched) / len(gold):.1%}), {len(set(gold.values()))} statements, {len(clusters)} clusters")
    print("  " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    print(f"  pairwise precision {precision:.4f}  recall {recall:.4f}  ({len(want)} true pairs, {len(got)} predicted)")
    print(f"  extraction + clustering: {seconds:.1f} CPU s")


def scale(claims: int, seed: int) -> None:
    """``claims`` claims in documents of 1 to 4, from statements quoted 1 to 12 times each."""
    rng = random.Random(seed)
    langs = sorted(BANKS)
    index = QuoteIndex()
    made = 0
    doc = 0
    generate = 0.0
    t0 = time.process_time()
    while made < claims:
        g0 = time.process_time()
        lang = rng.choice(langs)
        text = words_of(lang, statement(lang, rng)) + f" {rng.choice(LAST)} {rng.randrange(10_000)}"
        speaker = Speaker(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        batch = []
        for _ in range(min(rng.randint(1, 12), claims - made)):
            quote = retype(text if rng.random() < 0.7 else " ".join(fragment(tokens(text), rng)), lang, rng)
            batch.append(Claim(quote, 0, len(quote), "direct", speaker=speaker, language=lang))
        generate += time.process_time() - g0
        for claim in batch:
            index.add_claims(f"d{doc}", [claim])
            doc += 1
        made += len(batch)
    found = index.clusters()
    total = time.process_time() - t0 - generate
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale: {claims:,} claims, {index.versions:,} distinct versions, {len(found):,} clusters")
    print(f"  clustering {total:.1f} CPU s ({total / claims * 1e6:.0f} µs a claim; generating them: "
          f"{generate:.1f} s more), peak RSS {rss:,.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=2000, help="statements in the accuracy corpus (2,000)")
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims in the scale run (1,000,000; 0: none)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--no-accuracy", action="store_true")
    args = parser.parse_args()
    if not args.no_accuracy:
        accuracy(args.statements, args.seed)
    if args.claims:
        scale(args.claims, args.seed)


if __name__ == "__main__":
    main()
