"""Measure quote verification (docs/evaluation.md, "Quote verification"; docs/benchmarks.md).

    PYTHONPATH=. python benchmarks/verify_eval.py [--engine rapidfuzz|difflib] [--no-dev]

The set is built from the project's fixtures (fixtures/*.gold.jsonl) and, when it is there, from
the DEV news articles in ../shared/eval/news/*.dev.jsonl, for measurement only (nothing of them is
written anywhere). Each gold quote's own article is its source:

- the quote re-typeset (other marks, apostrophes, dashes, no-break spaces, a lower-case start):
  expected ``exact``; with a run of its middle words replaced by "(…)": expected ``elided``;
- systematic alterations, expected ``altered``: 1-3 words substituted, a clause (3-6 middle words)
  dropped with no mark, a negation word of the language added, two words reordered, the quote's
  first half spliced with the second half of another quote of the article;
- a quote of another article of the same language: expected ``not_found``.

Precision and recall of "altered" count the real quotes (exact and elided variants) as the
negatives. Speed: CPU time of a 100-word quote against a 1 MB and an 8 MB transcript made of the
articles, cold (the source prepared in the call) and warm (the same source again).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from quotecheck import lang  # noqa: E402
from quotecheck.typography import fold  # noqa: E402
from quotecheck.verification import Negation, Verdict, verify  # noqa: E402
from quotecheck.verification import align, words  # noqa: E402

DEV = os.path.join(ROOT, "..", "shared", "eval", "news")
DEV_FALLBACK = "/work/shared/eval/news"
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_RETYPE = [("'", "’"), ("’", "'"), ('"', "“"), ("«\u00a0", "« "), (" »", "\u00a0»"), (" - ", " – "), (" – ", " — ")]


def documents(use_dev: bool) -> list[dict]:
    docs = []
    paths = sorted(glob.glob(os.path.join(ROOT, "fixtures", "*.gold.jsonl")))
    dev = DEV if os.path.isdir(DEV) else DEV_FALLBACK
    if use_dev and os.path.isdir(dev):
        paths += sorted(glob.glob(os.path.join(dev, "*.dev.jsonl")))
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    doc = json.loads(line)
                    doc["_set"] = "dev" if path.endswith(".dev.jsonl") else "fixtures"
                    docs.append(doc)
    return docs


def retyped(quote: str, rng: random.Random) -> str:
    out = quote
    for a, b in rng.sample(_RETYPE, 3):
        out = out.replace(a, b)
    out = out.replace(" ", "\u00a0", 1) if rng.random() < 0.3 else out
    return out[:1].lower() + out[1:] if rng.random() < 0.5 else out


def spans(quote: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(quote)]


def cut(quote: str, ws: list[tuple[int, int]], i: int, j: int, middle: str) -> str:
    """The quote with words i..j-1 replaced by ``middle``."""
    return quote[:ws[i][0]].rstrip() + middle + quote[ws[j - 1][1]:].lstrip()


def variants(doc: dict, quote: dict, others: list[str], vocab: list[str], rng: random.Random):
    text = quote["text"]
    ws = spans(text)
    n = len(ws)
    code = doc.get("lang", "und")
    yield "real", "retyped", retyped(text, rng)
    if n >= 12:
        i = rng.randint(3, n - 9)
        yield "real", "elided", cut(text, ws, i, i + rng.randint(3, 6), rng.choice([" (…) ", " [...] ", "... ", " […] "]))
    if n < 8:
        return
    # alterations of quotes of 8 words or more (12 for a dropped clause)
    # substitutions: 1-3 words replaced by words of other articles
    k = rng.randint(1, 3)
    chosen = sorted(rng.sample(range(1, n - 1), k))
    out, last = [], 0
    for i in chosen:
        lower = {text[a:b].lower() for a, b in ws}
        new = rng.choice([w for w in vocab if w.lower() not in lower][:200] or ["zzz"])
        out += [text[last:ws[i][0]], new]
        last = ws[i][1]
    yield "altered", "substitution", "".join(out) + text[last:]
    marked = bool(words.ELISION.search(fold(text).text))  # a mark next to a cut makes it a fair elision
    if n >= 12 and not marked:
        i = rng.randint(2, n - 9)
        yield "altered", "clause dropped", cut(text, ws, i, i + rng.randint(3, 6), " ")
    data = lang.load(code) if code in lang.supported_languages() else None
    if data is not None:
        neg = sorted(data.negation_words)[0] if code != "fr" else "pas"
        i = rng.randint(1, n - 2)
        yield "altered", "negation added", text[:ws[i][1]] + " " + neg + text[ws[i][1]:]
    i = rng.randint(1, n - 3)
    a, b = text[ws[i][0]:ws[i][1]], text[ws[i + 1][0]:ws[i + 1][1]]
    if a.lower() != b.lower():
        yield "altered", "reordered", text[:ws[i][0]] + b + text[ws[i][1]:ws[i + 1][0]] + a + text[ws[i + 1][1]:]
    far = [o for o in others if len(spans(o)) >= 8]
    if far and not marked:
        other = rng.choice(far)
        ows = spans(other)
        yield "altered", "spliced", text[:ws[n // 2][0]] + other[ows[len(ows) // 2][0]:]


def _code(doc: dict) -> str | None:
    code = doc.get("lang")
    return code if code in lang.supported_languages() else None


def evaluate(docs: list[dict], engine: str, rng: random.Random) -> dict:
    by_lang = defaultdict(list)
    for doc in docs:
        by_lang[doc.get("lang")].append(doc)
    results: list[tuple[str, str, str, object]] = []
    cpu = 0.0
    for doc in docs:
        quotes = [q for q in doc.get("quotes", []) if _WORD.search(q["text"])]
        vocab = [w for d in by_lang[doc.get("lang")] if d is not doc for w in _WORD.findall(d["text"]) if len(w) > 5]
        for q in quotes:
            others = [o["text"] for o in quotes if abs(o["start"] - q["start"]) > 300]
            for expected, kind, quote in variants(doc, q, others, vocab, rng):
                t = time.process_time()
                v = verify(quote, doc["text"], language=_code(doc), engine=engine)
                cpu += time.process_time() - t
                results.append((expected, kind, doc["_set"], v))
        # a quote of another article of the same language: not in this one
        pool = [o for d in by_lang[doc.get("lang")] if d is not doc for o in d.get("quotes", [])
                if len(spans(o["text"])) >= 5 and o["text"] not in doc["text"]]
        for o in rng.sample(pool, min(3, len(pool))):
            t = time.process_time()
            v = verify(o["text"], doc["text"], language=_code(doc), engine=engine)
            cpu += time.process_time() - t
            results.append(("not_found", "other article", doc["_set"], v))
    return {"results": results, "cpu": cpu}


def report(results: list, cpu: float) -> None:
    rows = Counter()
    total = Counter()
    for expected, kind, _, v in results:
        total[kind] += 1
        ok = {"real": v.verdict in (Verdict.EXACT, Verdict.ELIDED) and (kind != "elided" or v.verdict is Verdict.ELIDED)
                      and (kind != "retyped" or v.verdict is Verdict.EXACT),
              "altered": v.verdict is Verdict.ALTERED,
              "not_found": v.verdict is Verdict.NOT_FOUND}[expected]
        rows[kind] += ok
    print(f"{'set':<16} {'n':>5} {'as expected':>12}")
    for kind in total:
        print(f"{kind:<16} {total[kind]:>5} {rows[kind] / total[kind]:>12.3f}")
    tp = sum(1 for e, _, _, v in results if e == "altered" and v.verdict is Verdict.ALTERED)
    fn = sum(1 for e, _, _, v in results if e == "altered" and v.verdict is not Verdict.ALTERED)
    fp = sum(1 for e, _, _, v in results if e == "real" and v.verdict is Verdict.ALTERED)
    neg = [v for e, k, _, v in results if k == "negation added" and v.verdict is Verdict.ALTERED]
    print(f"altered: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"negation added flagged: {sum(any(c.negation is Negation.ADDED for c in v.changes) for v in neg)}/{len(neg)}")
    print(f"verifications: {len(results)}, CPU {cpu:.2f} s, {1000 * cpu / max(1, len(results)):.2f} ms each")


def transcript(docs: list[dict], size: int, rng: random.Random) -> str:
    """A made-up transcript of ``size`` characters: the articles' words drawn at random (their
    frequencies kept), in sentences and paragraphs, so that no passage repeats."""
    vocabulary = [w for d in docs for w in _WORD.findall(d["text"])]
    out: list[str] = []
    total = 0
    while total < size:
        sentence = " ".join(rng.choices(vocabulary, k=rng.randint(8, 30)))
        piece = sentence[:1].upper() + sentence[1:] + (".\n\n" if rng.random() < 0.2 else ". ")
        out.append(piece)
        total += len(piece)
    return "".join(out)[:size]


def cpu_ms(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.process_time()
        call()
        times.append(time.process_time() - t)
    return 1000 * statistics.median(times)


def speed(docs: list[dict], engine: str) -> None:
    rng = random.Random(1)
    small = transcript(docs, 1 << 20, rng)
    big = transcript(docs, 8 << 20, rng)
    # a 100-word passage from the middle of the 1 MB transcript, unique in it
    ws = list(_WORD.finditer(small))
    start = len(ws) // 2
    quote = small[ws[start].start():ws[start + 99].end()]
    middle = quote.split(" ")
    altered = " ".join(middle[:40] + ["soudain"] + middle[41:])
    big = big[:len(big) // 2] + " " + quote + " " + big[len(big) // 2:]
    print(f"\nspeed ({engine}): CPU ms, median of 5 (cold: the source prepared in the call)")
    print(f"{'source':<8} {'exact cold':>11} {'exact warm':>11} {'altered warm':>13} {'not_found warm':>15}")
    for name, source in (("1 MB", small), ("8 MB", big)):
        def cold() -> None:
            words.source_text.cache_clear()
            verify(quote, source, language="fr", engine=engine)
        c = cpu_ms(cold, 5)
        w = cpu_ms(lambda: verify(quote, source, language="fr", engine=engine), 5)
        a = cpu_ms(lambda: verify(altered, source, language="fr", engine=engine), 5)
        nf = cpu_ms(lambda: verify("les pingouins de la banquise réclament une piscine chauffée pour leurs enfants dès cet hiver", source, language="fr", engine=engine), 5)
        print(f"{name:<8} {c:>11.1f} {w:>11.1f} {a:>13.1f} {nf:>15.1f}")
    words.source_text.cache_clear()


def alignment_engines(docs: list[dict]) -> None:
    """The alignment step alone: a 100-word quote with 3 words changed, in a 1,000-character window."""
    import regex

    text = max((d["text"] for d in docs), key=len)
    ws = list(_WORD.finditer(text))
    passage = text[ws[10].start():ws[109].end()]
    tokens = passage.split(" ")
    for i in (20, 50, 80):
        tokens[i] = "zzz"
    quote = " ".join(tokens)
    window = text[max(0, ws[10].start() - 200):ws[109].end() + 200]
    qk, wk = [w.lower() for w in _WORD.findall(quote)], [w.lower() for w in _WORD.findall(window)]
    print("\nalignment step, CPU ms (100-word quote, 3 words changed, ~1,000-char window)")
    for engine in align.ENGINES:
        try:
            ms = cpu_ms(lambda: align.opcodes(qk, wk, engine), 20)
            print(f"  {engine:<28} {ms:8.3f}  (word opcodes)")
        except ImportError:
            print(f"  {engine:<28} not installed")
    # the regex module's fuzzy matching works on characters: the edit budget is in characters
    for n_words, changed in ((100, 3), (20, 1)):
        q_tokens = passage.split(" ")[:n_words]
        for i in range(5, n_words, max(6, n_words // changed))[:changed]:
            q_tokens[i] = "zzz"
        q = " ".join(q_tokens)
        pattern = regex.compile(f"(?:{regex.escape(q)}){{e<={max(4, len(q) // 10)}}}", regex.BESTMATCH)
        t = time.process_time()
        try:
            found = pattern.search(window, timeout=20)
            shown = f"{1000 * (time.process_time() - t):8.1f}  (found: {found is not None})"
        except TimeoutError:
            shown = "   > 20 s (regex timed out)"
        print(f"  {'regex fuzzy, ' + str(n_words) + ' words, e<=10%':<28} {shown}  character level, no word diff")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=align.ENGINES, default=align.default_engine())
    parser.add_argument("--no-dev", action="store_true", help="the fixtures only")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    docs = documents(not args.no_dev)
    print(f"documents: {Counter(d['_set'] for d in docs)}; engine {args.engine}")
    done = evaluate(docs, args.engine, random.Random(args.seed))
    report(done["results"], done["cpu"])
    if not args.no_speed:
        speed(docs, args.engine)
        alignment_engines(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
