"""The incremental quote index and the clusters it gives.

Each claim added is read as canonical words (:mod:`.shingles`). Claims with the same words are
one *version* (an identical quote in ten outlets costs one version and ten appearances). A new
version is compared only with the versions that share a winnowing fingerprint with it
(:mod:`.fingerprints`), by the share of shingles they have in common:

- both ways at least :data:`THRESHOLD`: the same statement (union-find joins them);
- else, at least :data:`CONTAINED` of the shorter's shingles in the longer's: the shorter is a
  partial quote of the longer. It joins one container only — the best (highest share, then the longest, then the
  first) — so that a fragment two different statements share does not merge them.

A version of fewer than :data:`MIN_WORDS` words is too short to say which statement it comes
from: it is not indexed, and joins only the same words attributed to the same speaker.
"""

from __future__ import annotations

from array import array
from typing import Any, Iterable

from ..claims import Claim, ClaimKind
from .documents import document
from .fingerprints import MAX_POSTINGS, FingerprintIndex, winnow
from .shingles import SHINGLE_WORDS, shingles, words
from .speakers import merge_speakers, name_key
from .types import Appearance, QuoteCluster
from .unionfind import UnionFind

__all__ = ["CONTAINED", "MIN_WORDS", "QUOTED", "THRESHOLD", "QuoteIndex", "cluster"]

#: the share of a version's shingles found in another's for the two to be one statement (both
#: ways), or for it to be a partial quote of the other (its own share only). 0.9 keeps a quote
#: with a word changed in every ~10 apart (a changed word changes up to 3 shingles)
THRESHOLD = 0.9
#: the share of a partial quote's shingles its full quote must have: a faithful fragment has
#: them all; a statement with its first or last word changed has all but one or two, and is not
#: a fragment of the other (0.95: one shingle missing in twenty at most)
CONTAINED = 0.95
#: the fewest words a version needs to be indexed: with 3-word shingles and windows of 4, six
#: words are what winnowing guarantees to find inside a longer quote
MIN_WORDS = 6
#: the kinds clustered by default: quotations (reported speech is the journalist's words)
QUOTED = frozenset({ClaimKind.DIRECT, ClaimKind.PARTIAL})


class QuoteIndex:
    """Claims from many documents, added one document at a time; :meth:`clusters` at any point.

    >>> index = QuoteIndex()
    >>> _ = index.add("a", "« Nous rouvrirons la piscine municipale dès le mois de juin », a dit Lise Caron.")
    >>> _ = index.add("b", "Lise Caron a promis de rouvrir « la piscine municipale dès le mois de juin ».")
    >>> [(c.text, c.size, c.documents) for c in index.clusters()]
    [('Nous rouvrirons la piscine municipale dès le mois de juin', 2, ('a', 'b'))]

    ``language`` is given to the extractor (None: detected per document); ``kinds`` are the
    claim kinds kept (default: direct and partial quotations; None: all); ``threshold``,
    ``containment`` and ``max_postings`` replace :data:`THRESHOLD`, :data:`CONTAINED` and
    :data:`~quotecheck.clustering.fingerprints.MAX_POSTINGS`; ``extractor`` replaces the default
    :class:`~quotecheck.Extractor` (anything with an ``extract(text[, language])`` method).
    """

    def __init__(self, language: str | None = None, *, kinds: Iterable[ClaimKind | str] | None = QUOTED,
                 threshold: float = THRESHOLD, containment: float = CONTAINED, max_postings: int = MAX_POSTINGS, extractor: Any = None) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be within (0, 1], got {threshold}")
        self.language = language
        self.kinds = None if kinds is None else frozenset(ClaimKind(k) for k in kinds)
        if not 0.0 < containment <= 1.0:
            raise ValueError(f"containment must be within (0, 1], got {containment}")
        self.threshold = threshold
        self.containment = containment
        self._extractor = extractor
        self._appearances: list[Appearance] = []
        self._version_of = array("I")  # appearance → version
        self._versions: dict[Any, int] = {}  # canonical words (and speaker, when short) → version
        self._shingles: list[array[int] | None] = []  # version → its distinct shingles (None: short)
        self._words = array("I")  # version → words
        self._same = UnionFind()
        self._best: dict[int, tuple[float, int, int]] = {}  # partial version → its best container's score (_offer)
        self._fingerprints = FingerprintIndex(max_postings)

    # ------------------------------------------------------------------ adding
    def add(self, id: str | int, text: str, date: str | None = None, language: str | None = None) -> list[Claim]:
        """Extract the claims of document ``id`` and add them; the claims added."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        extractor = self._extractor
        if extractor is None:
            from ..api import Extractor

            extractor = self._extractor = Extractor(self.language, kinds=self.kinds, hints=False)
        language = language or self.language
        claims = extractor.extract(text, language) if language else extractor.extract(text)
        return self.add_claims(id, claims, date)

    def add_claims(self, id: str | int, claims: Iterable[Claim], date: str | None = None) -> list[Claim]:
        """Add claims already extracted from document ``id``; those of a kind not kept are skipped.
        The claims added."""
        if isinstance(id, bool) or not isinstance(id, (str, int)):
            raise TypeError(f"id must be a str or an int, got {type(id).__name__}")
        if date is not None and not isinstance(date, str):
            raise TypeError(f"date must be a str or None, got {type(date).__name__}")
        added = []
        for claim in claims:
            if not isinstance(claim, Claim):
                raise TypeError(f"expected a Claim, got {type(claim).__name__}")
            if self.kinds is not None and claim.kind not in self.kinds:
                continue
            self._version_of.append(self._version(claim))
            self._appearances.append(Appearance(id, claim, date))
            added.append(claim)
        return added

    def _version(self, claim: Claim) -> int:
        segments = words(claim.text)
        count = sum(len(s) for s in segments)
        joined = "\x1e".join("\x1f".join(s) for s in segments)
        # the hash of the words stands for them (collisions: ~n² / 2⁶⁵ for n versions)
        key: Any = hash(joined)
        if count < MIN_WORDS:
            key = (key, name_key(claim.speaker.name) if claim.speaker else ())
        found = self._versions.get(key)
        if found is not None:
            return found
        version = self._same.add()
        self._versions[key] = version
        self._words.append(count)
        if count < MIN_WORDS:
            self._shingles.append(None)
            return version
        hashes = shingles(segments, SHINGLE_WORDS)
        mine = set(hashes)
        self._shingles.append(array("I", sorted(mine)))
        fingerprints = winnow(hashes)
        threshold, contained = self.threshold, self.containment
        for other in self._fingerprints.candidates(fingerprints):
            theirs = self._shingles[other]
            assert theirs is not None
            common = len(mine.intersection(theirs))
            in_theirs, in_mine = common / len(mine), common / len(theirs)
            if in_theirs >= threshold and in_mine >= threshold:
                self._same.union(version, other)
            elif in_theirs >= contained and in_theirs > in_mine:
                self._offer(version, other, in_theirs, len(theirs))
            elif in_mine >= contained and in_mine > in_theirs:
                self._offer(other, version, in_mine, len(mine))
        self._fingerprints.add(version, fingerprints)
        return version

    def _offer(self, part: int, container: int, share: float, size: int) -> None:
        """``container`` holds partial quote ``part``: kept if it is the best container yet (the
        highest share, then the most shingles, then the first version): an order-free choice."""
        score = (share, size, -container)
        if part not in self._best or score > self._best[part]:
            self._best[part] = score

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        """The claims added."""
        return len(self._appearances)

    @property
    def versions(self) -> int:
        """The distinct versions (claims with different canonical words)."""
        return len(self._words)

    def clusters(self, min_size: int = 1) -> list[QuoteCluster]:
        """The clusters so far, the largest first (then in the order of their first appearance);
        those with fewer than ``min_size`` appearances are left out."""
        root = self._roots()
        members: dict[int, list[int]] = {}
        for index, version in enumerate(self._version_of):
            members.setdefault(root[version], []).append(index)
        out = []
        for indices in sorted(members.values(), key=lambda ix: (-len(ix), ix[0])):
            if len(indices) < min_size:
                continue
            out.append(self._cluster(indices))
        return out

    def _roots(self) -> list[int]:
        """version → the version that names its cluster: its union-find root, or, for a partial
        quote, the root of its best container's cluster (followed to the end)."""
        find = self._same.find
        parent: dict[int, tuple[tuple[float, int, int], int]] = {}
        for part, score in self._best.items():
            group, container = find(part), find(-score[2])
            if group != container and (group not in parent or score > parent[group][0]):
                parent[group] = (score, container)
        final: dict[int, int] = {}
        for group in parent:
            path = [group]
            seen = {group}
            top = parent[group][1]
            while top in parent and top not in seen and top not in final:
                path.append(top)
                seen.add(top)
                top = parent[top][1]
            top = final.get(top, top)
            for g in path:
                final[g] = top
        return [final.get(g, g) for g in map(find, range(len(self._words)))]

    def _cluster(self, indices: list[int]) -> QuoteCluster:
        appearances = [self._appearances[i] for i in indices]
        counts: dict[int, int] = {}
        for i in indices:
            counts[self._version_of[i]] = counts.get(self._version_of[i], 0) + 1
        # the canonical text: the most words, then the most appearances, then the first
        best = min(range(len(indices)), key=lambda n: (-self._words[self._version_of[indices[n]]],
                                                       -counts[self._version_of[indices[n]]], n))
        return QuoteCluster(appearances[best].text, merge_speakers(a.claim for a in appearances), appearances)


def cluster(documents: Iterable[Any], language: str | None = None, *, kinds: Iterable[ClaimKind | str] | None = QUOTED,
            threshold: float = THRESHOLD, containment: float = CONTAINED, min_size: int = 1,
            extractor: Any = None) -> list[QuoteCluster]:
    """The claims of ``documents`` grouped by statement, one :class:`QuoteCluster` each.

    ``documents``: ``(id, text)`` or ``(id, text, date)`` tuples, dicts with ``text`` and
    optional ``id``, ``date`` and ``language`` keys (read as :mod:`quotecheck.records` reads a
    record), or records (:class:`~quotecheck.records.Record`). A document that is none of these
    raises :class:`~quotecheck.clustering.InvalidDocument`. The other options are
    :class:`QuoteIndex`'s.

    >>> found = cluster([
    ...     ("un", "« Le tramway arrivera au port avant la fin de l’année 2027 », a assuré Marc Henry."),
    ...     ("deux", "“Le tramway arrivera au port avant la fin de l'année 2027”, selon M. Henry."),
    ...     ("trois", "« Le tramway n’arrivera jamais au port avant la fin de la décennie », a dit Ana Roy."),
    ... ], language="fr")
    >>> [(c.size, [s.name for s in c.speakers]) for c in found]
    [(2, ['Marc Henry']), (1, ['Ana Roy'])]
    """
    index = QuoteIndex(language, kinds=kinds, threshold=threshold, containment=containment, extractor=extractor)
    for position, item in enumerate(documents, 1):
        doc = document(item, position)
        index.add(doc.id, doc.text, doc.date, doc.language)
    return index.clusters(min_size)
