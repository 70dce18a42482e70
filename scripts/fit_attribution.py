#!/usr/bin/env python3
"""Fit the attribution decision (quotecheck/attribution/weights/*.json) on annotated documents.

    python scripts/fit_attribution.py [--shared ../shared/eval] [--folds 5] [--fold-salt S]
                                      [--write | --check | --out DIR | --spread]

1. Every document of the DEV sets (../shared/eval/news/*.dev.jsonl, public/polnear, denews,
   rwnews) and of the team's fixtures goes through the pipeline with the language detected, as a
   user's text would; attribution runs in the sieve order (the ``PRIOR`` model), so the data does
   not depend on the weights already shipped, and records every candidate with its features.
2. Each candidate is labelled the way ../shared/eval/calibration.py judges a claim: right when
   its span matches a gold quote (score.py's greedy matching at overlap >= 0.5) and its speaker is
   right (score.py's lenient rule; a gold pronoun accepts any speaker, a gold null wants none).
3. A logistic model over all candidates (L2, Newton's method) is the shared model; each language
   gets its own, pulled towards the shared weights (a Gaussian prior centred on them).
4. The confidence maps the chosen candidate to a probability: a logistic model over its score,
   its decision features and the confidence features (quotecheck/attribution/confidence.py: how
   the span sits in its sentence, quotation marks inside it, the cue's distance, the decision's
   margin ...), fitted on the out-of-fold decisions of the news corpora (news/*: the project's own
   guidelines), then an isotonic map of its logit fitted on that logistic's own out-of-fold
   logits, every step of the map over at least ISOTONIC_ROWS claims. One confidence for every
   language. The figures printed are cross-validated by
   document (folds by a hash of the document id; the confidence of a fold is fitted on the other
   folds only): the chosen speaker's accuracy and the calibration of its probability.
   ``--fold-salt`` prefixes the hashed id, another assignment of documents to folds: the spread of
   the figures over a few salts is the noise of the measure (docs/evaluation.md). ``--spread``
   prints the pooled news figures (right at p >= 0.8, ECE, claims at p >= 0.8) of each of the ten
   ASSIGNMENTS, then their mean ± sd and range, in one process: the pipeline runs once, and the
   fits of every fold start from the fit on all documents (the same optimum, fewer Newton steps).
5. ``--write`` writes the weights fitted on every document, rounded so that a rerun writes the
   same bytes (numpy with one thread); ``--check`` exits 1 when the shipped weights differ;
   ``--out DIR`` writes them into DIR instead (to measure them without shipping them). The
   weights are always fitted on the default folds (no salt).

numpy is needed by this script only (``pip install numpy``), never by the library.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.api import Extractor  # noqa: E402
from quotecheck.lang import supported_languages  # noqa: E402
from quotecheck.attribution import attribute  # noqa: E402
from quotecheck.attribution.confidence import confidence_feature_names, decision_features  # noqa: E402
from quotecheck.attribution.features import feature_names  # noqa: E402
from quotecheck.attribution.model import PRIOR  # noqa: E402
from quotecheck.evaluate import is_pronoun, match, speaker_ok  # noqa: E402

DEV_FILES = ("news/fr", "news/es", "news/it", "news/pt", "news/en", "public/polnear", "public/denews",
             "public/rwnews")
FIXTURE_FILES = ("fr_news", "conventions")
L2_SHARED = 1.0
L2_LANGUAGE = 20.0
L2_CONFIDENCE = 10.0
# rows of the smallest block of the confidence's isotonic map; 10 and 20 measure alike over
# several fold assignments (docs/evaluation.md, "How noisy the calibration figure is")
ISOTONIC_ROWS = 10
NEWTON_STEPS = 25
DIGITS = 4
CORPUS_ROWS = 5000.0
ECE_BINS = 10


# -- data --------------------------------------------------------------------------------------
def load_documents(shared: Path) -> list[dict]:
    docs = []
    for name in DEV_FILES:
        path = shared / f"{name}.dev.jsonl"
        docs += [dict(json.loads(line), corpus=name) for line in path.open(encoding="utf-8") if line.strip()]
    for name in FIXTURE_FILES:
        path = ROOT / "fixtures" / f"{name}.gold.jsonl"
        docs += [dict(json.loads(line), corpus=f"fixtures/{name}") for line in path.open(encoding="utf-8")
                 if line.strip()]
    return docs


def decisions_of(doc: dict, extractor: Extractor) -> tuple[str, list[dict]]:
    """(language, decisions): each decision is a claim span with its labelled candidates."""
    ctx = extractor.context(doc["text"])
    trace: list[dict] = []
    attribute(ctx, model=PRIOR, trace=trace)
    golds = doc["quotes"]
    pairs = match([(g["start"], g["end"]) for g in golds], [(t["start"], t["end"]) for t in trace])
    matched = {j: i for i, j in pairs}
    for j, decision in enumerate(trace):
        gold = golds[matched[j]] if j in matched else None
        decision["gold_kind"] = gold["kind"] if gold is not None else None
        decision["scored"] = gold is not None and bool(gold["speaker"]) and not is_pronoun(gold["speaker"])
        for c in decision["candidates"]:
            c["label"] = _right(gold, c["speaker"])
    return ctx.data.code, trace


def _right(gold: dict | None, speaker: str | None) -> int:
    if gold is None:
        return 0
    if gold["speaker"] and is_pronoun(gold["speaker"]):
        return int(speaker is not None)
    if gold["speaker"]:
        return int(speaker_ok(speaker, gold["speaker"]))
    return int(speaker is None)


def fold_of(doc_id: str, folds: int, salt: str = "") -> int:
    """The fold of a document: a hash of its id (``salt`` prefixed: another assignment)."""
    return int(hashlib.sha256((salt + doc_id).encode("utf-8")).hexdigest(), 16) % folds


# -- logistic regression -------------------------------------------------------------------------
def matrix(decisions: list[dict], columns: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    rows = [c for d in decisions for c in d["candidates"]]
    x = np.zeros((len(rows), len(columns) + 1))
    x[:, -1] = 1.0  # bias
    y = np.zeros(len(rows))
    for r, c in enumerate(rows):
        for name, value in c["features"].items():
            k = columns.get(name)
            if k is not None:
                x[r, k] = value
        y[r] = c["label"]
    return x, y


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, prior: np.ndarray | None = None,
                 pull_bias: bool = False, sample_weight: np.ndarray | None = None,
                 penalty: np.ndarray | None = None, start: np.ndarray | None = None) -> np.ndarray:
    """argmin of the log loss + l2/2 |w - prior|^2 (the bias only if ``pull_bias``), by Newton's
    method from ``start`` (default: the prior); ``penalty`` gives each weight's own l2 instead."""
    n, k = x.shape
    centre = np.zeros(k) if prior is None else prior
    w = (centre if start is None or len(start) != k else start).copy()
    if penalty is None:
        penalty = np.full(k, l2)
        if not pull_bias:
            penalty[-1] = 1e-6
    sw = np.ones(n) if sample_weight is None else sample_weight
    for _ in range(NEWTON_STEPS):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = x.T @ (sw * (p - y)) + penalty * (w - centre)
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w


# -- the confidence ------------------------------------------------------------------------------
class Confidence:
    """A logistic model over the chosen candidate's score and features (decision's and
    ``confidence.py``'s), then an isotonic map of its logit, both fitted on out-of-fold rows."""

    def __init__(self, columns: dict[str, int], w: np.ndarray, knots: list[tuple[float, float]]) -> None:
        self.columns, self.w, self.knots = columns, w, knots

    def logits(self, x: np.ndarray) -> np.ndarray:
        return x @ self.w

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        xs, ps = zip(*self.knots)
        return np.interp(self.logits(x), np.array(xs), np.array(ps))


def confidence_matrix(oof: list[dict]) -> tuple[np.ndarray, dict[str, int]]:
    """One row per decision: its features (columns), then its score, then a bias."""
    names = sorted({n for o in oof for n in o["vector"]})
    columns = {n: k for k, n in enumerate(names)}
    x = np.zeros((len(oof), len(names) + 2))
    x[:, -1] = 1.0
    for r, o in enumerate(oof):
        x[r, -2] = o["score"]
        for name, value in o["vector"].items():
            x[r, columns[name]] = value
    return x, columns


def fit_confidence_logistic(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    penalty = np.full(x.shape[1], L2_CONFIDENCE)
    penalty[-2:] = 1e-3  # the score and the bias are not pulled towards 0
    return fit_logistic(x, y, 0.0, prior=None, penalty=penalty)


def isotonic(z: np.ndarray, y: np.ndarray) -> list[tuple[float, float]]:
    """Pool adjacent violators over (logit, label), every block of at least ISOTONIC_ROWS rows:
    knots (block's mean logit, block's accuracy), interpolated linearly, constant past the ends."""
    order = np.lexsort((y, z))
    blocks: list[list[float]] = []  # [sum of labels, rows, sum of logits]
    for k in order:
        blocks.append([float(y[k]), 1.0, float(z[k])])
        while len(blocks) > 1 and (blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]
                                   or blocks[-2][1] < ISOTONIC_ROWS):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    if len(blocks) > 1 and blocks[-1][1] < ISOTONIC_ROWS:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    knots: list[tuple[float, float]] = []
    for total, rows, logits in blocks:
        x, p = round(logits / rows, DIGITS), round(total / rows, DIGITS)
        if knots and x <= knots[-1][0]:
            continue
        knots.append((x, p))
    return knots


def fit_confidence(x: np.ndarray, y: np.ndarray, columns: dict[str, int], mask: np.ndarray,
                   fold_ids: np.ndarray, folds: int) -> Confidence:
    """The confidence fitted on the rows of ``mask``; its isotonic map on their out-of-fold logits
    (each fold's logits from the logistic fitted on the others), so that it corrects what the
    logistic overfits."""
    inner = np.zeros(len(y))
    for g in range(folds):
        fit_rows, held = mask & (fold_ids != g), mask & (fold_ids == g)
        if held.any():
            inner[held] = x[held] @ fit_confidence_logistic(x[fit_rows], y[fit_rows])
    w = fit_confidence_logistic(x[mask], y[mask])
    return Confidence(columns, w, isotonic(inner[mask], y[mask]))


# -- the model over languages --------------------------------------------------------------------
class Fitted:
    def __init__(self, columns: dict[str, int], shared: np.ndarray, by_language: dict[str, np.ndarray]) -> None:
        self.columns, self.shared, self.by_language = columns, shared, by_language

    def weights(self, language: str) -> np.ndarray:
        return self.by_language.get(language, self.shared)

    def scores(self, decision: dict, language: str) -> list[float]:
        w = self.weights(language)
        out = []
        for c in decision["candidates"]:
            z = w[-1]
            for name, value in c["features"].items():
                k = self.columns.get(name)
                if k is not None:
                    z += w[k] * value
            out.append(float(z))
        return out


def fit(items: list[tuple[str, str, list[dict]]], corpus_of: dict[str, str], start: Fitted | None = None) -> Fitted:
    """items: (doc id, language, decisions). ``start``: a fit whose weights Newton's method starts
    from (over the same columns: the one on every document), which only makes it converge sooner."""
    names = sorted({n for _, _, ds in items for d in ds for c in d["candidates"] for n in c["features"]})
    if start is not None and set(names) <= set(start.columns):
        names = sorted(start.columns)  # absent features: zero columns, zero weights
    else:
        start = None
    columns = {n: k for k, n in enumerate(names)}
    every = [d for _, _, ds in items for d in ds]
    x, y = matrix(every, columns)
    shared = fit_logistic(x, y, L2_SHARED, sample_weight=corpus_weights(items, corpus_of),
                          start=None if start is None else start.shared)
    by_language = {}
    for language in sorted({lang for _, lang, _ in items} & set(supported_languages())):
        mine = [d for _, lang, ds in items if lang == language for d in ds]
        xl, yl = matrix(mine, columns)
        by_language[language] = fit_logistic(xl, yl, L2_LANGUAGE, prior=shared,
                                             start=None if start is None else start.by_language.get(language))
    return Fitted(columns, shared, by_language)


def corpus_weights(items: list[tuple[str, str, list[dict]]], corpus_of: dict[str, str]) -> np.ndarray:
    """One weight per candidate row: a corpus counts for at most CORPUS_ROWS rows in the shared
    fit, so that the one large corpus (English politics) does not decide for the news of all."""
    sizes: dict[str, int] = {}
    for doc_id, _, ds in items:
        c = corpus_of[doc_id]
        sizes[c] = sizes.get(c, 0) + sum(len(d["candidates"]) for d in ds)
    return np.array([min(1.0, CORPUS_ROWS / sizes[corpus_of[doc_id]])
                     for doc_id, _, ds in items for d in ds for _ in d["candidates"]])


def choose(fitted: Fitted, decision: dict, language: str) -> tuple[float, int, str, dict[str, float]]:
    """(score, label, rule, confidence features) of the best candidate (ties to the most certain
    generator: first), the features as ``Attributor`` gives them to ``Model.calibrated``."""
    scores = fitted.scores(decision, language)
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    c = decision["candidates"][best]
    vector = dict(c["features"])
    vector.update(c["confidence"])
    vector.update(decision_features(scores, [o["group"] for o in decision["candidates"]], best))
    return scores[best], c["label"], c["rule"], vector


def ece(probabilities: np.ndarray, labels: np.ndarray) -> float:
    total = 0.0
    bins = np.minimum((probabilities * ECE_BINS).astype(int), ECE_BINS - 1)
    for b in range(ECE_BINS):
        mask = bins == b
        if mask.any():
            total += mask.sum() / len(labels) * abs(labels[mask].mean() - probabilities[mask].mean())
    return float(total)


# -- cross-validation ----------------------------------------------------------------------------
def cross_validate(items: list[tuple[str, str, list[dict]]], corpus_of: dict[str, str], folds: int,
                   salt: str = "", start: Fitted | None = None) -> dict:
    """Out-of-fold choice, score and label of every decision, and calibrated probabilities
    (``start``: see ``fit``)."""
    oof: list[dict] = []
    for f in range(folds):
        train = [it for it in items if fold_of(it[0], folds, salt) != f]
        test = [it for it in items if fold_of(it[0], folds, salt) == f]
        fitted = fit(train, corpus_of, start)
        for doc_id, language, decisions in test:
            for d in decisions:
                score, label, rule, vector = choose(fitted, d, language)
                oof.append({"corpus": corpus_of[doc_id], "language": language, "score": score, "label": label,
                            "scored": d["scored"], "fold": f, "rule": rule, "kind": d["kind"],
                            "gold_kind": d["gold_kind"], "vector": vector,
                            # a headline or a scare quote given to nobody emits no claim
                            "emitted": not (d.get("droppable") and rule == "none")})
    # the confidence of each fold fitted on the other folds' out-of-fold decisions (no peeking),
    # its isotonic map on out-of-fold logits within those folds
    x, columns = confidence_matrix(oof)
    labels, emitted, news = _columns(oof)
    fold_ids = np.array([o["fold"] for o in oof])
    probabilities = np.zeros(len(oof))
    for f in range(folds):
        confidence = fit_confidence(x, labels, columns, emitted & news & (fold_ids != f), fold_ids, folds)
        test = fold_ids == f
        probabilities[test] = confidence.probabilities(x[test])
    return {"oof": oof, "probabilities": probabilities, "labels": labels, "emitted": emitted, "x": x,
            "columns": columns, "fold_ids": fold_ids, "news": news}


def _columns(oof: list[dict]) -> tuple[np.ndarray, ...]:
    """label, emitted, news (a news/* corpus: the project's guidelines) of each decision."""
    return (np.array([o["label"] for o in oof], dtype=float), np.array([o["emitted"] for o in oof], dtype=bool),
            np.array([o["corpus"].startswith("news/") for o in oof]))


def fit_drop_below(oof: list[dict], probabilities: np.ndarray, gold_indirect: int) -> float:
    """The probability under which reported speech is better not claimed: the threshold that
    maximises the indirect F1 (span matched) over these out-of-fold decisions."""
    indirect = [(p, o["gold_kind"] is not None) for o, p in zip(oof, probabilities) if o["kind"] == "indirect"]
    best, best_f1 = 0.0, -1.0
    for step in range(0, 11):
        threshold = step / 20
        kept = [hit for p, hit in indirect if p >= threshold]
        f1 = 2 * sum(kept) / (len(kept) + gold_indirect) if kept or gold_indirect else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, f1
    return best


def gold_indirect_counts(docs: list[dict], language_of: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for doc in docs:
        if not doc["corpus"].startswith("fixtures/"):
            n = sum(1 for q in doc["quotes"] if q["kind"] == "indirect")
            out[language_of[doc["id"]]] = out.get(language_of[doc["id"]], 0) + n
    return out


def fit_drops(cv: dict, docs: list[dict], language_of: dict[str, str]) -> dict[str, float]:
    """``fit_drop_below`` of every supported language, on the real documents' out-of-fold decisions."""
    oof, probabilities = cv["oof"], cv["probabilities"]
    gold_indirect = gold_indirect_counts(docs, language_of)
    drop = {}
    for language in sorted(set(language_of.values()) & set(supported_languages())):
        mine = [k for k, o in enumerate(oof) if o["language"] == language and not o["corpus"].startswith("fixtures/")]
        drop[language] = fit_drop_below([oof[k] for k in mine], probabilities[mine], gold_indirect.get(language, 0))
    return drop


def kept_mask(cv: dict, drop: dict[str, float]) -> np.ndarray:
    """The decisions that give a claim: emitted, and not reported speech under its language's drop."""
    oof, p = cv["oof"], cv["probabilities"]
    return cv["emitted"] & ~np.array([o["kind"] == "indirect" and p[k] < drop.get(o["language"], 0.0)
                                      for k, o in enumerate(oof)], dtype=bool)


NEWS = ("news/fr", "news/es", "news/it", "news/pt")


def pooled_news_figures(cv: dict, drop: dict[str, float]) -> dict[str, float]:
    """right at p >= 0.8, ECE, claims at p >= 0.8 and claims of the pooled news corpora (NEWS)."""
    p, y = cv["probabilities"], cv["labels"]
    judged = kept_mask(cv, drop) & np.array([o["corpus"] in NEWS for o in cv["oof"]])
    hi = judged & (p >= 0.8)
    return {"right@0.8": float(y[hi].mean()) if hi.any() else float("nan"), "ece": ece(p[judged], y[judged]),
            "kept@0.8": float(hi.sum()), "claims": float(judged.sum())}


# ten assignments of documents to folds: the spread of a figure over them is the noise of its measure
ASSIGNMENTS = tuple((folds, salt) for folds in (5, 10) for salt in "abcde")


def summary(values: list[float]) -> tuple[float, float, float, float]:
    """mean, sample standard deviation (0 for one value), minimum and maximum."""
    v = np.array(values, dtype=float)
    return float(v.mean()), float(v.std(ddof=1)) if len(v) > 1 else 0.0, float(v.min()), float(v.max())


def spread(items, corpus_of, docs: list[dict], out=sys.stdout) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """The pooled news figures over ASSIGNMENTS, on the same decisions; prints one line each and
    the summary. Every fold's fit starts from the fit on all documents."""
    language_of = {doc_id: language for doc_id, language, _ in items}
    start = fit(items, corpus_of)
    figures: dict[str, list[float]] = {}
    for folds, salt in ASSIGNMENTS:
        cv = cross_validate(items, corpus_of, folds, salt, start=start)
        row = pooled_news_figures(cv, fit_drops(cv, docs, language_of))
        print(f"--folds {folds} --fold-salt {salt}: right at p >= 0.8 {row['right@0.8']:.3f} "
              f"({int(row['kept@0.8'])} of {int(row['claims'])} claims), ECE {row['ece']:.3f}", file=out, flush=True)
        for name, value in row.items():
            figures.setdefault(name, []).append(value)
    for name in ("right@0.8", "ece", "kept@0.8"):
        mean, sd, low, high = summary(figures[name])
        under = f", under 0.92 on {sum(v < 0.92 for v in figures[name])} of {len(ASSIGNMENTS)}" if name == "right@0.8" else ""
        print(f"{name}: {mean:.3f} ± {sd:.3f} [{low:.3f}, {high:.3f}]{under}", file=out)
    return figures


def report(cv: dict, items, corpus_of, drop: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    oof, p, y, emitted = cv["oof"], cv["probabilities"], cv["labels"], cv["emitted"]
    kept = kept_mask(cv, drop)
    prior: dict[str, tuple[int, int]] = {}
    for doc_id, _, decisions in items:
        for d in decisions:
            if d["scored"]:
                ok, n = prior.get(corpus_of[doc_id], (0, 0))
                prior[corpus_of[doc_id]] = (ok + d["candidates"][0]["label"], n + 1)  # the sieve order
    print("| corpus | claims | attribution, sieve order | attribution, model (CV) | ECE (CV) | right at p >= 0.8 |")
    print("|---|---:|---:|---:|---:|---:|")
    news = NEWS
    for corpus in sorted({o["corpus"] for o in oof}) + ["news (fr, es, it, pt)"]:
        keys = news if corpus.startswith("news (") else (corpus,)
        mask = np.array([o["corpus"] in keys for o in oof])
        scored = np.array([o["scored"] for o in oof]) & mask
        attr = (y[scored] * emitted[scored]).mean() if scored.any() else float("nan")
        ok = sum(prior.get(k, (0, 0))[0] for k in keys)
        n = sum(prior.get(k, (0, 0))[1] for k in keys)
        judged = mask & kept
        hi = judged & (p >= 0.8)
        acc_hi = y[hi].mean() if hi.any() else float("nan")
        print(f"| {corpus} | {int(judged.sum())} | {ok / n if n else float('nan'):.3f} | {attr:.3f} | "
              f"{ece(p[judged], y[judged]):.3f} | {acc_hi:.3f} ({int(hi.sum())}) |")
    pooled = kept & np.array([o["corpus"] in news for o in oof])
    print("\nReliability on the pooled news DEV sets (fr, es, it, pt), cross-validated:\n")
    print("| confidence | claims | mean confidence | accuracy |")
    print("|---|---:|---:|---:|")
    bins = np.minimum((p * ECE_BINS).astype(int), ECE_BINS - 1)
    for b in range(ECE_BINS):
        m = pooled & (bins == b)
        if m.any():
            print(f"| {b / ECE_BINS:.1f}–{(b + 1) / ECE_BINS:.1f} | {int(m.sum())} | {p[m].mean():.3f} | {y[m].mean():.3f} |")


# -- writing -------------------------------------------------------------------------------------
def weights_json(language: str, w: np.ndarray, columns: dict[str, int], confidence: Confidence,
                 drop_below: float, counts: dict[str, int]) -> str:
    known = feature_names()
    unknown = sorted(set(columns) - known) + sorted(set(confidence.columns) - known - confidence_feature_names())
    if unknown:
        raise SystemExit(f"features not declared in features.feature_names() or confidence.py: {unknown}")
    weights = {n: round(float(w[k]), DIGITS) for n, k in sorted(columns.items()) if abs(w[k]) >= 10 ** -DIGITS}
    cw = confidence.w
    data = {
        "format": 2,
        "language": language,
        "bias": round(float(w[-1]), DIGITS),
        "confidence": {
            "score": round(float(cw[-2]), DIGITS), "bias": round(float(cw[-1]), DIGITS),
            "weights": {n: round(float(cw[k]), DIGITS) for n, k in sorted(confidence.columns.items())
                        if abs(cw[k]) >= 10 ** -DIGITS},
            "knots": [list(k) for k in confidence.knots],
        },
        "drop_below": drop_below,
        "fitted_on": counts,
        "weights": weights,
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def weight_files(items, corpus_of, cv: dict, drop: dict[str, float]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """{file name: JSON text} of the weights fitted on every document. The confidence is one for
    every language: fitted on the news corpora's out-of-fold decisions (a few hundred claims; a
    language's own would be fitted on a few dozen)."""
    oof = cv["oof"]
    fitted = fit(items, corpus_of)
    confidence = fit_confidence(cv["x"], cv["labels"], cv["columns"], cv["emitted"] & cv["news"],
                                cv["fold_ids"], len(set(cv["fold_ids"].tolist())))
    files = {"_shared.json": weights_json("_shared", fitted.shared, fitted.columns, confidence, 0.0,
                                          {"documents": len(items), "decisions": len(oof)})}
    for language, w in fitted.by_language.items():
        counts = {"documents": sum(1 for _, lang, _ in items if lang == language),
                  "decisions": sum(len(ds) for _, lang, ds in items if lang == language)}
        files[f"{language}.json"] = weights_json(language, w, fitted.columns, confidence,
                                                 drop.get(language, 0.0), counts)
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="write quotecheck/attribution/weights/*.json")
    ap.add_argument("--check", action="store_true", help="exit 1 unless the shipped weights are what this fit writes")
    ap.add_argument("--out", type=Path, help="write the weights into this directory, not into the package")
    ap.add_argument("--fold-salt", default="", help="another assignment of documents to folds (figures only)")
    ap.add_argument("--spread", action="store_true",
                    help="the pooled news figures over ten fold assignments (mean ± sd, range), figures only")
    a = ap.parse_args()
    if sum((a.write, a.check, a.out is not None, a.spread)) > 1:
        ap.error("--write, --check, --out and --spread exclude each other")
    if a.spread and a.fold_salt:
        ap.error("--spread runs its own fold assignments: no --fold-salt")
    if a.fold_salt and (a.write or a.check or a.out is not None):
        ap.error("the weights are fitted on the default folds: --fold-salt only prints figures")
    if not (a.shared / "news").is_dir():
        ap.error(f"no DEV sets under {a.shared} (expected {a.shared / 'news'}/*.dev.jsonl); pass --shared")
    docs = load_documents(a.shared)
    extractor = Extractor()
    items = []
    corpus_of = {}
    for doc in docs:
        language, decisions = decisions_of(doc, extractor)
        items.append((doc["id"], language, decisions))
        corpus_of[doc["id"]] = doc["corpus"]
    print(f"{len(items)} documents, {sum(len(ds) for _, _, ds in items)} decisions, "
          f"{sum(len(d['candidates']) for _, _, ds in items for d in ds)} candidates", file=sys.stderr)
    if a.spread:
        spread(items, corpus_of, docs)
        return 0
    cv = cross_validate(items, corpus_of, a.folds, a.fold_salt)
    language_of = {doc_id: language for doc_id, language, _ in items}
    drop = fit_drops(cv, docs, language_of)
    print(f"reported speech not claimed below: {drop}", file=sys.stderr)
    report(cv, items, corpus_of, drop)
    if a.write or a.check or a.out is not None:
        out = a.out if a.out is not None else ROOT / "quotecheck" / "attribution" / "weights"
        files = weight_files(items, corpus_of, cv, drop)
        if a.check:
            stale = sorted(name for name, content in files.items()
                           if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != content)
            print(f"weights differ from this fit: {stale}" if stale else "weights are what this fit writes",
                  file=sys.stderr)
            return 1 if stale else 0
        out.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            (out / name).write_text(content, encoding="utf-8")
        print(f"wrote {len(files)} files in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
