#!/usr/bin/env python3
"""CPU seconds per MB of the attribution stage alone (``attribution.attribute`` on a context built
beforehand, the garbage collector paused as ``extract`` pauses it) for each input class
(benchmarks/inputs.py), language fr, best of a few runs; with ``--profile`` the cProfile functions
of the stage that take most of its time, for the first class.

Usage: PYTHONPATH=CHECKOUT python benchmarks/attribution_stage.py [--kb 128] [--runs 3] [--classes a,b] [--profile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from inputs import CLASSES  # noqa: E402

import quotecheck  # noqa: E402
from quotecheck import attribution  # noqa: E402

SEED = HERE.parent / "seeds" / "000_4f1435439196ebe5.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=128)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--profile", type=int, default=0, help="print this many functions of the first class's profile")
    a = ap.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8")
    ex = quotecheck.Extractor(language="fr")
    ex.extract(seed)
    for k, name in enumerate(a.classes.split(",")):
        text = CLASSES[name](a.kb * 1024, seed)
        ctx = ex.context(text, "fr")
        best = float("inf")
        gc.disable()
        try:
            for _ in range(a.runs):
                t0 = time.process_time()
                attribution.attribute(ctx)
                best = min(best, time.process_time() - t0)
            if a.profile and k == 0:
                profile = cProfile.Profile()
                profile.enable()
                attribution.attribute(ctx)
                profile.disable()
        finally:
            gc.enable()
        print(f"{name:24s} {best / len(text) * 2**20:7.2f} CPU s/MB (attribution alone, {len(text) // 1024} kB)")
        if a.profile and k == 0:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(a.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
