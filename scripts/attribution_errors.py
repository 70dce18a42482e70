#!/usr/bin/env python3
"""Print the attribution errors on one gold JSONL file, for diagnosis.

Usage: PYTHONPATH=$PWD python scripts/attribution_errors.py GOLD.jsonl [--missed] [--id DOC]

For every gold quotation matched by a claim (the way ../shared/eval/score.py matches: span overlap
≥ 0.5, best first) whose predicted speaker is wrong, prints the gold speaker, the predicted one,
the claim's evidence (generator, how the subject was found, the deciding features) and the
sentence around the quotation. With --missed, unmatched gold quotations are listed too. The
matching and the speaker test are score.py's own (imported from the eval folder), so the errors
listed are the ones the score counts. This script reads the gold files; nothing it prints may
enter the project.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys
from collections import Counter
from types import ModuleType

EVAL = pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval"


def _score_module(eval_dir: pathlib.Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    left = max(text.rfind("\n", 0, start) + 1, start - width)
    right = text.find("\n", end)
    right = min(right if right >= 0 else len(text), end + width)
    return (text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]).replace("\n", " ⏎ ")


def _print_entities(text: str) -> None:
    from quotecheck.api import Extractor

    ctx = Extractor().context(text)
    for e in ctx.entities:
        mentions = ", ".join(f"{m.text!r}:{m.kind.value}@{m.start}" for m in e.mentions)
        print(f"  entity {e.id} {e.name!r} {e.kind.value} gender={e.gender} plural={e.plural}: {mentions}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--missed", action="store_true", help="list unmatched gold quotations too")
    ap.add_argument("--id", help="only this document")
    ap.add_argument("--entities", action="store_true", help="print each document's entities and their mentions")
    ap.add_argument("--eval-dir", type=pathlib.Path, default=EVAL)
    a = ap.parse_args()
    score = _score_module(a.eval_dir)
    import quotecheck

    rules: Counter[str] = Counter()
    n = wrong = 0
    for line in open(a.gold, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        if a.id and doc["id"] != a.id:
            continue
        text, golds = doc["text"], doc["quotes"]
        claims = list(quotecheck.extract_claims(text))
        if a.entities:
            _print_entities(text)
        pairs = score.match(golds, claims)
        for i, j in pairs:
            g, c = golds[i], claims[j]
            if not g["speaker"] or score.is_pronoun(g["speaker"]):
                continue
            n += 1
            pred = c.speaker.name if c.speaker else None
            if score.speaker_ok(pred, g["speaker"]):
                continue
            wrong += 1
            ev = [e for e in c.evidence if e.rule != "segment"]
            rule = ev[0].rule if ev else "-"
            rules[rule] += 1
            print(f"{doc['id']} [{g['kind']}] gold={g['speaker']!r} pred={pred!r} conf={c.confidence:.2f}")
            for e in ev:
                print(f"    {e.rule}: {e.detail}")
            print(f"    cue={c.cue.text if c.cue else None!r}")
            print(f"    … {_context(text, g['start'], g['end'])}")
        if a.missed:
            matched = {i for i, _ in pairs}
            for i, g in enumerate(golds):
                if i not in matched:
                    print(f"{doc['id']} MISSED [{g['kind']}] gold={g['speaker']!r}")
                    print(f"    … {_context(text, g['start'], g['end'])}")
    print(f"\n{wrong} wrong of {n} matched with a speaker; by generator: {dict(rules.most_common())}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
