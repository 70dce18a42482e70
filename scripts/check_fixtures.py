#!/usr/bin/env python3
"""Validate the annotated fixtures: every fixtures/*.gold.jsonl file (or the files given).

Errors (exit status 1):
  - a line that is not a JSON object, or a document without the required fields / with wrong types
  - an id used twice (across all the files checked)
  - a quote whose text is not exactly doc["text"][start:end], or with bad offsets
  - a kind other than direct / partial / indirect
  - a quote text that starts or ends with whitespace or a quotation mark (« » “ ” „ " ' ‘ ’ ‚ ‹ › 「 」 ...)
    or starts with a dialogue dash
  - quotes not sorted by start offset, or the same span annotated twice
  - a document length outside the range of its file (fr_news: 350-1500 characters, others: >= 60)

Warnings (printed, do not fail unless --strict): a direct/partial quote that is not next to a quote
mark, a dialogue dash or an interview label (parts of a quote split by an incise and the English
“…,” comma are allowed); an indirect quote that is directly wrapped in quote marks.

Usage: python3 scripts/check_fixtures.py [--strict] [--stats] [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"direct", "partial", "indirect"}
QUOTE_MARKS = set("«»“”„‟\"'‘’‚‛‹›「」『』〝〞＂")
OPENERS = set("«“„‟\"'‘‚‛‹›»「『〝＂")   # » and › open German »…« / ›…‹ quotes
CLOSERS = set("»”“\"'’‘›‹«」』〞＂")
DASHES = set("—–―")
REQUIRED = {"id": str, "lang": str, "source": str, "text": str, "quotes": list}
QUOTE_FIELDS = {"text", "start", "end", "kind", "speaker", "cue"}
LENGTHS = {"fr_news.gold.jsonl": (350, 1500)}
DEFAULT_LENGTH = (60, None)
# an interview label at the start of a line: "Q : ", "R : ", "Q. ", "Question : "
LABEL = re.compile(r"^\s*(?:Q|R|Question|Réponse)\s*[.:]\s*", re.I)


def line_of(text: str, i: int) -> str:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return text[a: b if b >= 0 else len(text)]


def split_neighbour(quotes: list, q: dict, after: bool) -> bool:
    """True when q is one part of a quote split by an incise: another part with the same speaker and
    cue starts shortly after it (after=True) or ends shortly before it (after=False)."""
    for o in quotes:
        if o is q or o["speaker"] != q["speaker"] or o["cue"] != q["cue"]:
            continue
        if after and 0 <= o["start"] - q["end"] <= 120:
            return True
        if not after and 0 <= q["start"] - o["end"] <= 120:
            return True
    return False


def context_warnings(text: str, q: dict, quotes: list) -> list[str]:
    s, e, kind = q["start"], q["end"], q["kind"]
    before = text[:s].rstrip(" \u00a0\u202f\t")
    after = text[e:].lstrip(" \u00a0\u202f\t")
    if after[:1] == "," and after[1:2] in CLOSERS:   # English “…,” said X
        after = after[1:]
    prev = before[-1:] if before else "\n"
    nxt = after[:1] if after else "\n"
    line = line_of(text, s)
    dash_line = line.lstrip()[:1] in DASHES or bool(LABEL.match(line))
    out = []
    if kind in ("direct", "partial"):
        if prev not in OPENERS and prev != "\n" and not dash_line and prev not in DASHES \
                and not split_neighbour(quotes, q, after=False):
            out.append(f"{kind} quote not preceded by a quote mark: ...{before[-15:]!r}|{q['text'][:25]!r}")
        if nxt not in CLOSERS and nxt != "\n" and not dash_line and nxt not in DASHES \
                and not split_neighbour(quotes, q, after=True):
            out.append(f"{kind} quote not followed by a quote mark: {q['text'][-25:]!r}|{after[:15]!r}...")
    else:
        if prev in QUOTE_MARKS and nxt in QUOTE_MARKS:
            out.append(f"indirect quote wrapped in quote marks: {q['text'][:40]!r}")
    return out


def check_file(path: Path, seen_ids: dict, stats: dict) -> tuple[list[str], list[str]]:
    errors, warnings = [], []
    lo, hi = LENGTHS.get(path.name, DEFAULT_LENGTH)
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON: {exc}")
                continue
            if not isinstance(doc, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            bad = [k for k, t in REQUIRED.items() if not isinstance(doc.get(k), t)]
            if bad:
                errors.append(f"{where}: missing or mistyped field(s) {bad}")
                continue
            ident = doc["id"]
            where = f"{path.name}:{lineno} ({ident})"
            if ident in seen_ids:
                errors.append(f"{where}: duplicate id (first in {seen_ids[ident]})")
            seen_ids[ident] = f"{path.name}:{lineno}"
            if "pattern" in doc and not (isinstance(doc["pattern"], str) and doc["pattern"].strip()):
                errors.append(f"{where}: empty or mistyped pattern")
            text = doc["text"]
            if len(text) < lo or (hi is not None and len(text) > hi):
                errors.append(f"{where}: text length {len(text)} outside {lo}-{hi or '...'}")
            stats["docs"] += 1
            stats["patterns"][doc.get("pattern", "-")] += 1
            prev_start, spans = -1, set()
            for k, q in enumerate(doc["quotes"]):
                qw = f"{where} quote {k}"
                if not isinstance(q, dict):
                    errors.append(f"{qw}: not an object")
                    continue
                if set(q) != QUOTE_FIELDS:
                    errors.append(f"{qw}: fields {sorted(q)} != {sorted(QUOTE_FIELDS)}")
                    continue
                s, e, t = q["start"], q["end"], q["text"]
                if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
                    errors.append(f"{qw}: start/end must be int and text str")
                    continue
                if not (0 <= s < e <= len(text)):
                    errors.append(f"{qw}: bad offsets {s}-{e} (text length {len(text)})")
                    continue
                if text[s:e] != t:
                    errors.append(f"{qw}: text[{s}:{e}] = {text[s:e]!r} != {t!r}")
                if q["kind"] not in KINDS:
                    errors.append(f"{qw}: kind {q['kind']!r} not in {sorted(KINDS)}")
                if t != t.strip():
                    errors.append(f"{qw}: text starts or ends with whitespace: {t!r}")
                if t and (t[0] in QUOTE_MARKS or t[-1] in QUOTE_MARKS):
                    errors.append(f"{qw}: text starts or ends with a quote mark: {t!r}")
                if t and t[0] in DASHES:
                    errors.append(f"{qw}: text starts with a dialogue dash: {t!r}")
                for fld in ("speaker", "cue"):
                    v = q[fld]
                    if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
                        errors.append(f"{qw}: {fld} must be null or a non-empty trimmed string: {v!r}")
                if s < prev_start:
                    errors.append(f"{qw}: quotes not sorted by start ({s} after {prev_start})")
                prev_start = max(prev_start, s)
                if (s, e) in spans:
                    errors.append(f"{qw}: span {s}-{e} annotated twice")
                spans.add((s, e))
                warnings += [f"{qw}: {w}" for w in context_warnings(text, q, doc["quotes"])]
                stats["quotes"] += 1
                stats["kinds"][q["kind"]] += 1
                if q.get("speaker") is None:
                    stats["null_speaker"] += 1
    return errors, warnings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--stats", action="store_true", help="also list the patterns of each file")
    a = ap.parse_args()
    files = a.files or sorted((ROOT / "fixtures").glob("*.gold.jsonl"))
    if not files:
        print("no fixtures/*.jsonl files found", file=sys.stderr)
        return 1
    seen: dict = {}
    all_errors, all_warnings = [], []
    for path in files:
        stats = {"docs": 0, "quotes": 0, "null_speaker": 0, "kinds": collections.Counter(),
                 "patterns": collections.Counter()}
        errors, warnings = check_file(path, seen, stats)
        all_errors += errors
        all_warnings += warnings
        kinds = ", ".join(f"{k} {stats['kinds'][k]}" for k in ("direct", "partial", "indirect"))
        print(f"{path.name}: {stats['docs']} docs, {stats['quotes']} quotes ({kinds}; speaker null "
              f"{stats['null_speaker']}), {len(stats['patterns'])} patterns, {len(errors)} errors, "
              f"{len(warnings)} warnings")
        if a.stats:
            for p, n in sorted(stats["patterns"].items()):
                print(f"    {p}: {n}")
    for w in all_warnings:
        print("WARNING " + w)
    for err in all_errors:
        print("ERROR " + err)
    failed = bool(all_errors) or (a.strict and bool(all_warnings))
    print("FAIL" if failed else "OK", f"({len(files)} files, {len(all_errors)} errors, {len(all_warnings)} warnings)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
