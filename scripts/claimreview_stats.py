#!/usr/bin/env python3
"""What the ClaimReview export gives on gold files' texts (the figures of docs/claimreview.md).

    python scripts/claimreview_stats.py ../shared/eval/news/*.dev.jsonl ../shared/eval/public/denews.dev.jsonl

For each file: the claims the extractor finds (language forced to the document's), how many of
their ClaimReviews validate against the shipped schema, name an author (a Person or an
Organization), have none (nobody named, or a speaker of unknown kind), and give a Person a
jobTitle (among the Persons with descriptions: a description with a role noun of the language,
the others being demonyms or words that are no role); and the CPU time of the export alone.
``--show N`` prints up to N descriptions that gave no job title, on stderr, to check by eye.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import jsonschema

from quotecheck import Extractor, SpeakerKind
from quotecheck.schema import load_claim_review_schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    validator = jsonschema.Draft202012Validator(load_claim_review_schema())
    extractor = Extractor()
    print("| file | claims | valid | Person | Organization | no speaker | unknown kind | "
          "Persons with descriptions | with jobTitle | export CPU µs/claim |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    shown = 0
    for path in args.gold:
        counts: Counter[str] = Counter()
        cpu = 0.0
        with path.open(encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        for doc in docs:
            claims = extractor.extract(doc["text"], doc.get("lang"))
            start = time.process_time()
            reviews = [c.to_claim_review(date=None, identifier=str(doc["id"])) for c in claims]
            cpu += time.process_time() - start
            for claim, review in zip(claims, reviews):
                counts["claims"] += 1
                counts["valid"] += not any(True for _ in validator.iter_errors(review))
                author = review["itemReviewed"].get("author")
                speaker = claim.speaker
                if speaker is None:
                    counts["nobody"] += 1
                elif speaker.kind is SpeakerKind.UNKNOWN:
                    counts["unknown"] += 1
                if author is not None:
                    counts[author["@type"]] += 1
                    if author["@type"] == "Person" and speaker is not None and speaker.descriptions:
                        counts["described"] += 1
                        counts["titled"] += "jobTitle" in author
                        if "jobTitle" not in author and shown < args.show:
                            print(f"{path.name}: no role in {list(speaker.descriptions)}", file=sys.stderr)
                            shown += 1
        per_claim = 1e6 * cpu / max(counts["claims"], 1)
        print(f"| `{path.name}` | {counts['claims']} | {counts['valid']} | {counts['Person']} | "
              f"{counts['Organization']} | {counts['nobody']} | {counts['unknown']} | {counts['described']} | "
              f"{counts['titled']} | {per_claim:.0f} |")


if __name__ == "__main__":
    main()
