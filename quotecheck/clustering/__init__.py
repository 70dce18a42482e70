"""The same quote across articles: claims from many documents grouped by statement.

>>> from quotecheck.clustering import cluster
>>> clusters = cluster([("a", "« Il faut rénover toutes les écoles de la ville », a dit Zoé Lambert."),
...                     ("b", "Zoé Lambert juge qu'« il faut rénover toutes les écoles de la ville ».")],
...                    language="fr")
>>> len(clusters), clusters[0].size
(1, 2)

See docs/cluster.md; the pieces: :mod:`.shingles` (canonical words, shingle hashes),
:mod:`.fingerprints` (winnowing, the capped inverted index), :mod:`.unionfind`,
:mod:`.speakers` (name variants merged), :mod:`.index` (:class:`QuoteIndex`, :func:`cluster`),
:mod:`.documents` (what a document may be), :mod:`.types` (the results).
"""

from .index import CONTAINED, MIN_WORDS, QUOTED, THRESHOLD, QuoteIndex, cluster
from .types import Appearance, ClusterSpeaker, InvalidDocument, QuoteCluster

__all__ = ["CONTAINED", "MIN_WORDS", "QUOTED", "THRESHOLD", "Appearance", "ClusterSpeaker", "InvalidDocument", "QuoteCluster",
           "QuoteIndex", "cluster"]
