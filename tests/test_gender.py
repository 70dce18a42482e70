"""The shared first-name table: read lazily, one initial at a time, with the file's answers."""

from __future__ import annotations

import json

from quotecheck import gender


def _full_sets() -> list[tuple[str, frozenset[str]]]:
    with open(gender._TABLE, encoding="utf-8") as handle:
        raw = json.load(handle)
    return [(letter, frozenset(names.split())) for letter, names in sorted(raw.items())]


def test_every_name_of_the_file_gets_its_letter() -> None:
    sets = _full_sets()
    for letter, names in sets:
        for name in names:
            expected = next(k for k, s in sets if name in s)  # the first letter whose set holds it
            assert gender._letter(name) == expected, name
    for word in ("xqzv", "lodève", "é", "-", "zzzzzz", "aaaa"):
        assert gender._letter(word) == next((k for k, s in sets if word in s), None)


def test_a_lookup_builds_only_its_initial() -> None:
    gender._by_initial.clear()
    gender._letter("omar")
    assert {initial for _, initial in gender._by_initial} == {"o"}


def test_the_table_is_sorted() -> None:
    """The lookup by initial searches each letter's names as sorted (scripts/generate_first_names.py)."""
    with open(gender._TABLE, encoding="utf-8") as handle:
        raw = json.load(handle)
    for names in raw.values():
        assert names.split() == sorted(names.split())
