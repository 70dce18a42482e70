"""Where in the source a quote may be: word n-grams of the quote searched in the source.

A few n-grams spread over the quote (the longest in each stretch: long words are rare words) are
each searched in the lowered source with one compiled pattern; a pattern that starts with a
literal is scanned at C speed (about 1 ms per MB), so the cost is linear in the source and
bounded by :data:`MAX_ANCHORS` scans. Each hit predicts where its segment of the quote starts;
hits that agree form a :class:`Location`. Words changed in the quote break only the n-grams that
hold them: the others still point at the passage.

This is the n-gram index of the classic near-duplicate detectors (Broder 1997, "On the
resemblance and containment of documents") turned around: the quote's few n-grams are looked up
in the source, rather than every n-gram of the source being indexed, because one quote against
one source is the common call and an index of a 1 MB source costs ~100 ms of Python to build.
"""

from __future__ import annotations

import re
from typing import Sequence

from attrs import frozen

from ..typography import APOSTROPHES, SINGLE_MARKS
from .words import SourceText, Word

__all__ = ["Location", "MAX_ANCHORS", "locate"]

#: the most n-grams searched for one quote (each is one scan of the source)
MAX_ANCHORS = 12
#: an n-gram found more often than this says nothing about where the quote is
MAX_HITS_PER_ANCHOR = 32
#: the most candidate places kept for one segment
MAX_LOCATIONS = 4
_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES + SINGLE_MARKS) + "]"


@frozen
class Location:
    """A place where a segment of the quote may start in the source (an offset of its key)."""

    start: int
    support: int  #: how many distinct anchors agree on it


def _size(segment_words: int) -> int:
    """The n of the n-grams: trigrams are rare enough in a long source; a short quote uses
    bigrams so that one changed word leaves an n-gram intact."""
    return 3 if segment_words >= 16 else min(2, segment_words)


def _pattern(words: Sequence[Word]) -> re.Pattern[str]:
    parts = [re.escape(w.key).replace("'", _APOSTROPHE_CLASS) for w in words]
    return re.compile(r"\W+".join(parts))


def _choose(n_grams: int, budget: int, lengths: Sequence[int]) -> list[int]:
    """``budget`` n-gram indexes spread over ``n_grams``: the longest of each equal stretch."""
    if n_grams <= budget:
        return list(range(n_grams))
    chosen = []
    for b in range(budget):
        lo, hi = b * n_grams // budget, (b + 1) * n_grams // budget
        chosen.append(max(range(lo, hi), key=lambda i: lengths[i]))
    return chosen


def _hits(source: SourceText, pattern: re.Pattern[str]) -> list[int]:
    """Starts of the pattern in the source's key at word boundaries; at most MAX_HITS + 1."""
    key = source.key
    out = []
    for m in pattern.finditer(key):
        s, e = m.span()
        if (s > 0 and (key[s - 1].isalnum() or key[s - 1] == "_")) or (e < len(key) and (key[e].isalnum() or key[e] == "_")):
            continue
        out.append(s)
        if len(out) > MAX_HITS_PER_ANCHOR:
            break
    return out


def locate(source: SourceText, segments: Sequence[Sequence[Word]], relative: Sequence[Sequence[int]],
           lengths: Sequence[int]) -> list[list[Location]]:
    """For each segment of the quote, its candidate starts in the source, best supported first."""
    total = sum(len(s) for s in segments)
    out: list[list[Location]] = []
    for segment, rel, length in zip(segments, relative, lengths):
        places: list[Location] = []
        size = _size(len(segment))
        # no n-gram found: the changed words may break them all; one word shorter ones are tried
        for n in range(size, max(1, size - 1) - 1, -1):
            if places:
                break
            places = _places(source, segment, rel, length, n, max(1, round(MAX_ANCHORS * len(segment) / total)))
        out.append(places)
    return out


def _places(source: SourceText, segment: Sequence[Word], rel: Sequence[int], length: int, n: int,
            budget: int) -> list[Location]:
    """The places of one segment found with its n-grams."""
    count = len(segment) - n + 1
    gram_chars = [rel[i + n - 1] + len(segment[i + n - 1].key) - rel[i] for i in range(count)]
    found: list[tuple[int, int]] = []  # (predicted segment start, anchor)
    common: list[tuple[int, list[int]]] = []
    for anchor, i in enumerate(_choose(count, budget, gram_chars)):
        starts = _hits(source, _pattern(segment[i:i + n]))
        if len(starts) > MAX_HITS_PER_ANCHOR:
            common.append((anchor, [s - rel[i] for s in starts]))
            continue
        found.extend((s - rel[i], anchor) for s in starts)
    if not found and common:  # only common n-grams: their first hits are all there is
        anchor, predicted = common[0]
        found = [(p, anchor) for p in predicted[:MAX_HITS_PER_ANCHOR]]
    return _cluster(found, tolerance=20 + length // 4)


def _cluster(found: list[tuple[int, int]], tolerance: int) -> list[Location]:
    """Predicted starts within ``tolerance`` of each other are one place; the most supported first."""
    found.sort()
    groups: list[list[tuple[int, int]]] = []
    for item in found:
        if groups and item[0] - groups[-1][-1][0] <= tolerance:
            groups[-1].append(item)
        else:
            groups.append([item])
    places = []
    for group in groups:
        starts = sorted(p for p, _ in group)
        places.append(Location(max(0, starts[len(starts) // 2]), len({a for _, a in group})))
    places.sort(key=lambda loc: (-loc.support, loc.start))
    return places[:MAX_LOCATIONS]
