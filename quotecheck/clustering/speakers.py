"""The speakers of a cluster, one per person: the name variants of one speaker merged.

Each document names its speaker its own way: "Jeanne Martin", "JEANNE MARTIN", "Jeanne  Martín",
"Martin". Two names are one speaker when their keys are equal (folded typography, no case, no
accents, one space) or when one's words are all among the other's and only one fuller name has
them ("Martin" → "Jeanne Martin" unless a "Paul Martin" says the same words too).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Iterable

from ..claims import Claim, SpeakerKind
from ..typography import fold
from ..verification.words import WORD
from .types import ClusterSpeaker

__all__ = ["merge_speakers", "name_key"]


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as compared: folded, lowered, without accents."""
    bare = unicodedata.normalize("NFKD", fold(name).text.casefold())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return tuple(WORD.findall(bare))


def merge_speakers(claims: Iterable[Claim]) -> tuple[ClusterSpeaker, ...]:
    """The distinct speakers of ``claims``, most appearances first (claims with no speaker are
    not counted)."""
    names: dict[tuple[str, ...], Counter[str]] = {}
    kinds: dict[tuple[str, ...], Counter[SpeakerKind]] = {}
    for claim in claims:
        if claim.speaker is None or not claim.speaker.name:
            continue
        key = name_key(claim.speaker.name)
        if not key:
            continue
        names.setdefault(key, Counter())[claim.speaker.name] += 1
        kinds.setdefault(key, Counter())[claim.speaker.kind] += 1
    # a shorter name goes to the one fuller name whose words include its own
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in sorted(names, key=len):
        fuller = {k for k in names if len(k) > len(key) and set(key) <= set(k)}
        tops = {_top(k, into) for k in fuller}
        if len(tops) == 1:
            into[key] = tops.pop()
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in names:
        groups.setdefault(_top(key, into), []).append(key)
    merged = []
    for top, keys in groups.items():
        variants: Counter[str] = Counter()
        kind_votes: Counter[SpeakerKind] = Counter()
        for k in keys:
            variants.update(names[k])
            kind_votes.update(kinds[k])
        # the name shown: the most written variant of the fullest key
        name = names[top].most_common(1)[0][0]
        known = [(n, k) for k, n in kind_votes.items() if k is not SpeakerKind.UNKNOWN]
        kind = max(known, key=lambda pair: pair[0])[1] if known else SpeakerKind.UNKNOWN
        merged.append(ClusterSpeaker(name, kind, tuple(v for v, _ in variants.most_common()), sum(variants.values())))
    merged.sort(key=lambda s: -s.appearances)
    return tuple(merged)


def _top(key: tuple[str, ...], into: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    while key in into:
        key = into[key]
    return key
