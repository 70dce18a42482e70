"""Winnowing fingerprints and the inverted index over them: the sub-linear step of clustering.

A quote is indexed by a few of its shingle hashes, chosen by winnowing (Schleimer, Wilkerson and
Aiken, 2003): in every window of :data:`WINDOW` consecutive shingles the smallest hash is kept.
The choice depends only on the window, so two quotes that share a run of at least
``WINDOW + SHINGLE_WORDS - 1`` words (6 with the defaults) share a fingerprint: a partial quote
of that length finds its full quote, whatever surrounds it. About 2 / (WINDOW + 1) of the
shingles are kept.

The index maps a fingerprint to the quotes that have it. A fingerprint that reaches
:data:`MAX_POSTINGS` quotes is a stop fingerprint: its list is freed and it is ignored from then
on (a very common run of words says nothing about which statement a quote is, and would make
every new quote compare with all the old ones). Memory is then bounded by the fingerprints kept,
and each new quote is compared with at most ``MAX_POSTINGS`` quotes per fingerprint.
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["MAX_POSTINGS", "WINDOW", "FingerprintIndex", "winnow"]

#: shingles per winnowing window
WINDOW = 4
#: quotes per fingerprint before it is ignored
MAX_POSTINGS = 64


def winnow(hashes: list[int], window: int = WINDOW) -> set[int]:
    """The fingerprints of a shingle hash sequence: the minimum of each window (all the hashes
    when there are fewer than a window)."""
    if len(hashes) <= window:
        return set(hashes)
    return {min(hashes[i:i + window]) for i in range(len(hashes) - window + 1)}


class FingerprintIndex:
    """fingerprint → ids of the quotes that have it, capped at ``max_postings`` per fingerprint."""

    __slots__ = ("_postings", "_stopped", "max_postings")

    def __init__(self, max_postings: int = MAX_POSTINGS) -> None:
        if max_postings < 1:
            raise ValueError(f"max_postings must be >= 1, got {max_postings}")
        self.max_postings = max_postings
        # a lone posting is kept as an int (most fingerprints have one): a list costs ~4x more
        self._postings: dict[int, int | list[int]] = {}
        self._stopped: set[int] = set()

    def candidates(self, fingerprints: Iterable[int]) -> set[int]:
        """The ids indexed under any of ``fingerprints`` (stop fingerprints give none)."""
        found: set[int] = set()
        postings = self._postings
        for fp in fingerprints:
            ids = postings.get(fp)
            if ids is None:
                continue
            if isinstance(ids, int):
                found.add(ids)
            else:
                found.update(ids)
        return found

    def add(self, item: int, fingerprints: Iterable[int]) -> None:
        postings = self._postings
        for fp in fingerprints:
            ids = postings.get(fp)
            if ids is None:
                if fp not in self._stopped:
                    postings[fp] = item
            elif isinstance(ids, int):
                postings[fp] = [ids, item]
            elif len(ids) + 1 >= self.max_postings:
                del postings[fp]
                self._stopped.add(fp)
            else:
                ids.append(item)

    @property
    def stopped(self) -> int:
        """How many fingerprints were dropped as too common."""
        return len(self._stopped)

    def __len__(self) -> int:
        return len(self._postings)
