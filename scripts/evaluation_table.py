#!/usr/bin/env python3
"""Print the markdown table of docs/evaluation.md: quotecheck.evaluate on each gold file given.

    python scripts/evaluation_table.py ../shared/eval/seed.gold.jsonl fixtures/*.jsonl ../shared/eval/public/*.jsonl

Without --lang-hint the extractor detects each document's language, as the reference scorer does
by default.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quotecheck.evaluate import evaluate

COLUMNS = (
    "quoted.precision", "quoted.recall", "quoted.f1", "indirect.precision", "indirect.recall",
    "indirect.f1", "attribution.accuracy", "end2end.f1", "language.accuracy", "chars_per_s",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--lang-hint", action="store_true")
    args = parser.parse_args()
    print("| file | docs | gold quotes | " + " | ".join(c.replace(".", " ") for c in COLUMNS) + " |")
    print("|---|---:|---:|" + "---:|" * len(COLUMNS))
    for path in args.gold:
        metrics = evaluate(path, lang_hint=args.lang_hint).as_dict()
        cells = [f"{metrics[c]:,.0f}" if c == "chars_per_s" else f"{metrics[c]:.3f}" for c in COLUMNS]
        print(f"| `{path.name}` | {metrics['docs']} | {metrics['all.gold']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
