"""The news workload whose exact instruction counts compare two trees (docs/benchmarks.md, "News
instruction counts"): run it under callgrind as ``warm`` and as ``work`` and subtract the totals.

``warm`` reads one document per language twice (language given, then detected), which loads the
lexicons, the weights and the memos; ``work`` does the same and then extracts every third news DEV
document with its language given. The difference is the extraction of those documents alone.

    valgrind --tool=callgrind python benchmarks/news_workload.py work [NEWS_DIR]
    valgrind --tool=callgrind python benchmarks/news_workload.py warm [NEWS_DIR]

Compile the tree first (``python -m compileall -q quotecheck``): a tree without bytecode compiles
its modules inside the count, which overstates differences.
"""

from __future__ import annotations

import glob
import json
import os
import sys

import quotecheck


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("warm", "work"):
        print("usage: news_workload.py warm|work [NEWS_DIR]", file=sys.stderr)
        return 2
    folder = argv[1] if len(argv) > 1 else os.path.join("..", "shared", "eval", "news")
    docs = [json.loads(line) for path in sorted(glob.glob(os.path.join(folder, "*.dev.jsonl")))
            for line in open(path, encoding="utf-8") if line.strip()]
    if not docs:
        print(f"news_workload.py: no *.dev.jsonl in {folder}", file=sys.stderr)
        return 2
    seen: set[str | None] = set()
    for doc in docs:
        if doc.get("lang") not in seen:
            seen.add(doc.get("lang"))
            quotecheck.extract_claims(doc["text"], language=doc.get("lang"))
            quotecheck.extract_claims(doc["text"])
    if argv[0] == "work":
        for doc in docs[::3]:
            quotecheck.extract_claims(doc["text"], language=doc.get("lang"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
