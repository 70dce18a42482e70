#!/usr/bin/env python
# Dev-time dependency only (NOT a runtime or pyproject dependency):
#     gender-guesser  (.venv/bin/pip install gender-guesser; written against gender-guesser 0.4.0)
"""Generate ``quotecheck/lang/_base/first_names.json``: the first names of many countries and
their usual gender, from the offline lists of ``gender-guesser`` (Jörg Michael's ``nam_dict``).

Usage, from the repository root::

    .venv/bin/python scripts/generate_first_names.py           # write the tables
    .venv/bin/python scripts/generate_first_names.py --check   # exit 1 if a table is stale

The table is ``{"f": "names…", "m": "names…", "u": "names…"}``: lower-case single-word names,
sorted and joined by spaces; ``u`` holds the names used for both genders ("andy"). Names of
several words ("abdel aziz") are left out: the engine looks up one token. Loading it costs a few
milliseconds where gender-guesser's own parse costs 0.2–1 s.

The table of many countries guesses a name's gender from the countries where it is most used, so
it calls "Andrea" or "Simone" women's names, which in Italy are men's. Each language in
``COUNTRIES`` may get ``quotecheck/lang/<code>/first_names.json``: ``{name: "m" | "f"}`` for the
names whose gender in that language's countries (every one of them saying "male" or "female") differs
from the shared table's (none, no file); the language data reads it as ``FIRST_NAME_GENDERS``.
"""

from __future__ import annotations

import json
import pathlib
import sys

LANG = pathlib.Path(__file__).resolve().parent.parent / "quotecheck" / "lang"
OUT = LANG / "_base" / "first_names.json"
_LETTER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "u"}
_DEFINITE = {"male": "m", "female": "f"}
#: gender-guesser's countries where each language is the main one (it has none for Brazil)
COUNTRIES = {
    "it": ("italy",),
    "fr": ("france", "belgium"),
    "es": ("spain",),
    "pt": ("portugal",),
}


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


def build_local(countries: tuple[str, ...]) -> str:
    """The names whose gender in ``countries`` is not the shared table's, as JSON."""
    import gender_guesser.detector as detector

    d = detector.Detector(case_sensitive=False)
    local: dict[str, str] = {}
    for name in sorted(d.names):
        if not name.isalpha() or len(name) < 2:
            continue
        # every country must say "male" or "female": "andy" is both no data and a unisex name,
        # and a "mostly_" answer is a guess the shared table may make as well
        found = {_DEFINITE.get(d.get_gender(name, country)) for country in countries}
        if len(found) != 1 or None in found:
            continue
        letter = found.pop()
        if _LETTER.get(d.get_gender(name)) != letter:
            local[name] = letter
    return json.dumps(local, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> int:
    outputs = {OUT: build()}
    for code, countries in COUNTRIES.items():
        local = build_local(countries)
        if local != "{}\n":  # nothing differs (French, Portuguese today): no table
            outputs[LANG / code / "first_names.json"] = local
    stale = 0
    for path, text in outputs.items():
        if "--check" in sys.argv[1:]:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path} is stale: run scripts/generate_first_names.py", file=sys.stderr)
                stale = 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text)} bytes)")
    return stale


if __name__ == "__main__":
    sys.exit(main())
