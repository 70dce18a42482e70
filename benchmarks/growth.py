#!/usr/bin/env python3
"""CPU seconds per MB of each input class (benchmarks/inputs.py) at 1/8 MB and 1 MB, language fr,
in one process, best of a few runs: the growth of s/MB is comparable between two checkouts run one
after the other on a loaded machine, where wall time is not.

Usage: PYTHONPATH=CHECKOUT python benchmarks/growth.py [--mb 1] [--runs 3] [--classes a,b]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from inputs import CLASSES  # noqa: E402

import quotecheck  # noqa: E402

SEED = HERE.parent / "seeds" / "000_4f1435439196ebe5.txt"


def _cpu(ex: quotecheck.Extractor, text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        ex.extract(text)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--classes", default=",".join(CLASSES))
    a = ap.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8")
    ex = quotecheck.Extractor(language="fr")
    ex.extract(seed)  # warm the caches
    large = int(a.mb * 2**20)
    print(f"{'input class':<24} {'CPU s/MB at 1/8':>16} {'at full size':>13} {'growth':>7}")
    for name in a.classes.split(","):
        per_mb = [_cpu(ex, t, a.runs) / len(t) * 2**20 for t in (CLASSES[name](n, seed) for n in (large // 8, large))]
        print(f"{name:<24} {per_mb[0]:>16.3f} {per_mb[1]:>13.3f} {per_mb[1] / max(per_mb[0], 1e-9):>7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
