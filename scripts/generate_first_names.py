#!/usr/bin/env python
# Dev-time dependency only (NOT a runtime or pyproject dependency):
#     gender-guesser  (.venv/bin/pip install gender-guesser; written against gender-guesser 0.4.0)
"""Generate ``quotecheck/lang/_base/first_names.json``: the first names of many countries and
their usual gender, from the offline lists of ``gender-guesser`` (Jörg Michael's ``nam_dict``).

Usage, from the repository root::

    .venv/bin/python scripts/generate_first_names.py           # write the table
    .venv/bin/python scripts/generate_first_names.py --check   # exit 1 if the table is stale

The table is ``{"f": "names…", "m": "names…", "u": "names…"}``: lower-case single-word names,
sorted and joined by spaces; ``u`` holds the names used for both genders ("andy"). Names of
several words ("abdel aziz") are left out: the engine looks up one token. Loading it costs a few
milliseconds where gender-guesser's own parse costs 0.2–1 s.
"""

from __future__ import annotations

import json
import pathlib
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "quotecheck" / "lang" / "_base" / "first_names.json"
_LETTER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "u"}


def build() -> str:
    import gender_guesser.detector as detector

    d = detector.Detector(case_sensitive=False)
    groups: dict[str, list[str]] = {"f": [], "m": [], "u": []}
    for name in sorted(d.names):
        if not name.isalpha() or len(name) < 2:
            continue  # several words, digits or marks: not one token
        letter = _LETTER.get(d.get_gender(name))
        if letter is not None:
            groups[letter].append(name)
    return json.dumps({k: " ".join(v) for k, v in groups.items()}, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> int:
    text = build()
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: run scripts/generate_first_names.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
