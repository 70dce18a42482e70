"""Small helpers shared by the French data modules (no data here)."""

from __future__ import annotations

from typing import Iterable, Mapping, TypeVar

from ...packaged import read_json

V = TypeVar("V")

_APOSTROPHE, _TYPOGRAPHIC = "'", "’"


def read_forms(filename: str) -> dict[str, str]:
    """A generated {form: lemma} table shipped next to this package (see scripts/)."""
    forms: dict[str, str] = read_json(__package__, filename)
    return forms


def both_apostrophes(words: Iterable[str]) -> tuple[str, ...]:
    """Each word as written with ' and with ’, in order, without duplicates."""
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        out[word.replace(_APOSTROPHE, _TYPOGRAPHIC)] = None
    return tuple(out)


def both_apostrophes_map(mapping: Mapping[str, V]) -> dict[str, V]:
    """The mapping plus a ’ spelling of every key written with '."""
    out = dict(mapping)
    for key, value in mapping.items():
        out.setdefault(key.replace(_APOSTROPHE, _TYPOGRAPHIC), value)
    return out
