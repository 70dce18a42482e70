#!/usr/bin/env python3
"""How language detection decides on a set of texts: the vote, or langdetect when it abstains.

    PYTHONPATH=. python benchmarks/detection.py FILE.jsonl ...

For every JSONL file (records with ``text`` and optionally ``lang``), prints the documents, how many
the vote abstains on (so that they reach langdetect), how many of the vote's answers langdetect
agrees with, how many answers differ from the record's ``lang``, and the per-document CPU cost of
the vote and of langdetect (its one-time profile load apart). A file of plain lines (``.txt``) is
read one text a line, with no ``lang``.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path


WRONG = "not the record lang"


def _texts(path: Path) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            if path.suffix == ".txt":
                out.append((None, line.strip()))
                continue
            record = json.loads(line)
            if isinstance(record.get("text"), str) and record["text"].strip():
                out.append((record.get("lang"), record["text"]))
    return out


def main(paths: list[str]) -> int:
    from quotecheck import detect

    c0 = time.process_time()
    detect._factory()
    print(f"langdetect profile load: {1000 * (time.process_time() - c0):.0f} ms CPU (once a process)")
    totals: Counter[str] = Counter()
    for name in paths:
        texts = _texts(Path(name))
        counts: Counter[str] = Counter()
        answers: Counter[str] = Counter()
        vote_s = langdetect_s = 0.0
        for expected, text in texts:
            c0 = time.process_time()
            sample = detect._sample(text)
            found = detect._WORD.findall(sample)
            voted = detect._vote(sample, [w.lower() for w in found], found)
            vote_s += time.process_time() - c0
            c0 = time.process_time()
            guessed, _ = detect._langdetect(sample)
            langdetect_s += time.process_time() - c0
            final = detect.detect_language(text)
            answers[final] += 1
            counts["docs"] += 1
            if voted is None:
                counts["abstained"] += 1
            elif voted == guessed:
                counts["vote agrees"] += 1
            else:
                counts["vote disagrees"] += 1
            if expected is not None and final != expected:
                counts[WRONG] += 1
        totals.update(counts)
        n = max(1, counts["docs"])
        print(f"{name}: {counts['docs']} docs, abstained {counts['abstained']}, vote agrees with langdetect "
              f"{counts['vote agrees']}, disagrees {counts['vote disagrees']}, answer not the record's lang "
              f"{counts[WRONG]}; answers {dict(answers.most_common())}; "
              f"per doc: vote {1000 * vote_s / n:.3f} ms, langdetect {1000 * langdetect_s / n:.3f} ms CPU")
    n = max(1, totals["docs"])
    print(f"all: {totals['docs']} docs, abstained {totals['abstained']} ({100 * totals['abstained'] / n:.1f} % reach "
          f"langdetect), vote agrees {totals['vote agrees']}, disagrees {totals['vote disagrees']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
