#!/usr/bin/env python3
"""Check-worthiness hints: precision on the team's labelled sentences, counts and cost on a corpus.

    python benchmarks/hints.py                                   # precision/recall on fixtures/hints.jsonl
    python benchmarks/hints.py --gold ../shared/eval/news/*.dev.jsonl   # + counts per kind and CPU cost

1. ``fixtures/hints.jsonl``: sentences the team wrote and labelled by hand with the hints a checker
   wants (kind and words). Each sentence is read as one claim; a found hint is right when a labelled
   hint has its kind and its words. Prints precision and recall per kind, and how many labelled
   values (``"250000000 EUR"``, ``"2024-03-12"``) the right hints give, for each split: "tuning"
   (the data was adjusted while looking at them) and "held-out" (written and labelled afterwards,
   measured once before any change: the honest estimate).
2. ``--gold``: every document is extracted twice, with and without hints, alternately, timed in CPU
   time (``time.process_time``: the machine's other load does not count), ``--rounds`` times; prints
   the hints per kind of the claims found and the cost of hints as a share of extraction, then
   the time of ``hints.annotate`` alone on the same claims.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck import Claim, Extractor, HintKind  # noqa: E402
from quotecheck.hints import annotate  # noqa: E402

FIXTURE = ROOT / "fixtures" / "hints.jsonl"


def sentence_hints(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """The hints of ``text`` read as one claim: (kind, words, value)."""
    ctx = Extractor(language).context(text)
    claim, = annotate(ctx.doc, ctx.data, [Claim.from_span(text, 0, len(text), "indirect")])
    return [(h.kind.value, h.text, h.value) for h in claim.hints]


def precision(path: Path, split: str) -> None:
    found_ok: collections.Counter[str] = collections.Counter()
    found_all: collections.Counter[str] = collections.Counter()
    gold_ok: collections.Counter[str] = collections.Counter()
    gold_all: collections.Counter[str] = collections.Counter()
    values_ok = values_all = 0
    misses: list[str] = []
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [row for row in rows if row["split"] == split]
    for row in rows:
        found = sentence_hints(row["text"], row["language"])
        gold = [(h["kind"], h["text"]) for h in row["hints"]]
        left = list(gold)
        for kind, text, value in found:
            found_all[kind] += 1
            if (kind, text) in left:
                left.remove((kind, text))
                found_ok[kind] += 1
            else:
                misses.append(f"  extra   {row['language']} {kind}: {text!r}")
        for h in row["hints"]:
            gold_all[h["kind"]] += 1
            if (h["kind"], h["text"]) not in left:
                gold_ok[h["kind"]] += 1
                if "value" in h:
                    values_all += 1
                    values_ok += any(k == h["kind"] and t == h["text"] and v == h["value"] for k, t, v in found)
            else:
                left.remove((h["kind"], h["text"]))
                misses.append(f"  missed  {row['language']} {h['kind']}: {h['text']!r}")
    print(f"{path.name} ({split}): {len(rows)} sentences, {sum(gold_all.values())} labelled hints")
    print(f"{'kind':<12} {'found':>6} {'right':>6} {'precision':>9} {'labelled':>8} {'recall':>7}")
    for kind in [k.value for k in HintKind]:
        p = found_ok[kind] / found_all[kind] if found_all[kind] else float("nan")
        r = gold_ok[kind] / gold_all[kind] if gold_all[kind] else float("nan")
        print(f"{kind:<12} {found_all[kind]:>6} {found_ok[kind]:>6} {p:>9.2f} {gold_all[kind]:>8} {r:>7.2f}")
    total_p = sum(found_ok.values()) / max(1, sum(found_all.values()))
    total_r = sum(gold_ok.values()) / max(1, sum(gold_all.values()))
    print(f"{'all':<12} {sum(found_all.values()):>6} {sum(found_ok.values()):>6} {total_p:>9.2f} "
          f"{sum(gold_all.values()):>8} {total_r:>7.2f}")
    print(f"values right: {values_ok}/{values_all}")
    print("\n".join(misses))


def corpus(paths: list[Path], rounds: int) -> None:
    docs, firsts = [], []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                docs.append((record["text"], record.get("lang") or record.get("language")))
        firsts.append(docs[-1][0])
    with_hints, without = Extractor(), Extractor(hints=False)
    t = time.process_time()
    for extractor in (with_hints, without):  # warm-up: language data, langdetect's profiles, patterns
        for text in firsts:
            extractor.extract(text)
    print(f"warm-up (one document of each file, both extractors): {time.process_time() - t:.2f} s CPU")
    counts: collections.Counter[str] = collections.Counter()
    claims = with_kinds = 0
    cpu = {True: 0.0, False: 0.0}
    for round_ in range(rounds):
        for text, _language in docs:
            # alternate which goes first, so that neither always runs on a warm cache
            order = (with_hints, without) if round_ % 2 == 0 else (without, with_hints)
            for extractor in order:
                t = time.process_time()
                found = extractor.extract(text)
                cpu[extractor.hints] += time.process_time() - t
                if extractor.hints and round_ == 0:
                    claims += len(found)
                    with_kinds += sum(1 for c in found if c.hints)
                    counts.update(h.kind.value for c in found for h in c.hints)
    print(f"{len(docs)} documents, {claims} claims, {with_kinds} with at least one hint "
          f"({with_kinds / max(1, claims):.0%})")
    for kind in [k.value for k in HintKind]:
        print(f"  {kind:<12} {counts[kind]:>6}")
    print(f"CPU s over {rounds} round(s): hints {cpu[True]:.2f}, no hints {cpu[False]:.2f}, "
          f"cost {cpu[True] / cpu[False] - 1:+.1%}")
    # the hints alone: annotate() on the claims of contexts built beforehand, against building them
    from quotecheck import attribution

    t = time.process_time()
    built = []
    for text, _language in docs:
        ctx = without.context(text)
        built.append((ctx, without._kept(attribution.attribute(ctx))))
    extraction = time.process_time() - t
    t = time.process_time()
    for _ in range(rounds):
        for ctx, found in built:
            annotate(ctx.doc, ctx.data, found, ctx.mentions)
    alone = (time.process_time() - t) / rounds
    print(f"hints.annotate alone: {alone:.4f} s a pass, {alone / extraction:.1%} of one extraction pass "
          f"({extraction:.3f} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixtures", type=Path, default=FIXTURE, help="labelled sentences (default: %(default)s)")
    ap.add_argument("--gold", type=Path, nargs="*", default=[], help="gold JSONL files: counts and cost")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over the gold documents")
    a = ap.parse_args()
    for split in ("tuning", "held-out"):
        precision(a.fixtures, split)
        print()
    if a.gold:
        corpus(a.gold, a.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
