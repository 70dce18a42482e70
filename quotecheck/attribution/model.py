"""The decision: a logistic model over candidate features, its weights data in ``weights/``.

``score`` is the linear score of a candidate (the best one wins); ``calibrated`` maps the winner's
score, with the confidence features (``confidence.py``), to the probability that the claim and its
speaker are right: a second logistic model fitted on cross-validated scores, so that it is a
probability measured on documents the weights were not fitted on. Format 1 weights hold a Platt
scaling of the score alone; format 2 adds the confidence weights.
Weights are fitted by ``scripts/fit_attribution.py`` per language, with a shared fallback
(``_shared.json``) for a language that has none; inference is pure Python.
"""

from __future__ import annotations

import bisect
import functools
import math
from functools import reduce
from itertools import repeat
from operator import add, mul
from typing import Any

from attrs import field, frozen

from ..packaged import read_json

__all__ = ["Model", "load_model", "PRIOR"]

_FORMATS = (1, 2)
_EXPLAINED = 3  # features named in a claim's evidence, largest contributions first


@frozen
class Model:
    """Weights of one language. ``prior`` models decide by the sieve order (no weights)."""

    language: str
    bias: float = 0.0
    weights: dict[str, float] = field(factory=dict, eq=False)
    #: (a, b): probability = sigmoid(a * score + b + the confidence weights' sum)
    calibration: tuple[float, float] = (0.0, 0.0)
    #: weights of the confidence over the decision's and the confidence features (format 2)
    confidence_weights: dict[str, float] = field(factory=dict, eq=False)
    #: the isotonic map of the confidence's logit: (logit, probability) knots, interpolated
    knots: tuple[tuple[float, float], ...] = ()
    #: reported speech below this probability is not claimed
    drop_below: float = 0.0
    prior: bool = False

    def score(self, vector: dict[str, float]) -> float:
        """The linear score of a candidate's feature vector: :meth:`total` of its :meth:`products`."""
        return self.total(self.products(vector))

    def products(self, vector: dict[str, float]) -> list[float]:
        """Each feature's part of the score (its weight times its value), in the vector's order;
        the decision keeps them for :meth:`explain` of the winner, which weighs the same parts."""
        return list(map(mul, map(self.weights.get, vector, repeat(0.0)), vector.values()))

    def total(self, products: list[float]) -> float:
        """The score of a vector whose :meth:`products` are ``products``."""
        # summed left to right in the vector's order, as sum() did: the same float to the last bit
        # (reduce adds one product at a time as a loop would, at C speed; sum() of floats has
        # compensated rounding since Python 3.12)
        return self.bias + reduce(add, products, 0.0)

    def calibrated(self, score: float, *vectors: dict[str, float]) -> float:
        """The probability that a claim whose winning candidate scored ``score`` is right;
        ``vectors``: its decision and confidence features, weighed when the model has weights for
        them."""
        a, b = self.calibration
        z = a * score + b
        get = self.confidence_weights.get
        for vector in vectors:
            # one product added at a time, in the vector's order, as the loop did: the same float
            z = reduce(add, map(mul, map(get, vector, repeat(0.0)), vector.values()), z)
        if self.knots:
            return _interpolated(self.knots, z)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)

    def explain(self, vector: dict[str, float], products: list[float] | None = None) -> list[str]:
        """The features that weighed most in this candidate's score, signed; ``products``: the
        vector's :meth:`products` when the caller has them."""
        parts = self.products(vector) if products is None else products
        # the largest magnitudes first, ties in the vector's order (a stable sort on |c| from the
        # largest: ``reverse`` keeps equal keys in their order, as the sort on -|c| did; the
        # magnitudes made and read at C speed rather than by a Python call per feature)
        magnitudes = list(map(abs, parts))
        first = sorted(range(len(parts)), key=magnitudes.__getitem__, reverse=True)[:_EXPLAINED]
        names = tuple(vector)
        return [f"{names[k]} {parts[k]:+.2f}" for k in first if parts[k]]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if data.get("format") not in _FORMATS:
            raise ValueError(f"attribution weights of format {data.get('format')!r}, expected one of {_FORMATS}")
        if data["format"] == 1:
            a, b = data["calibration"]
            confidence: dict[str, float] = {}
            knots: tuple[tuple[float, float], ...] = ()
        else:
            c = data["confidence"]
            a, b = c["score"], c["bias"]
            confidence = {str(k): float(v) for k, v in c["weights"].items()}
            knots = tuple((float(x), float(p)) for x, p in c.get("knots", ()))
            if any(k2[0] <= k1[0] or k2[1] < k1[1] for k1, k2 in zip(knots, knots[1:])) \
                    or any(not 0.0 <= p <= 1.0 for _, p in knots):
                raise ValueError("confidence knots must rise: increasing logits, non-decreasing probabilities")
        return cls(language=data["language"], bias=float(data["bias"]),
                   weights={str(k): float(v) for k, v in data["weights"].items()},
                   calibration=(float(a), float(b)), confidence_weights=confidence,
                   knots=knots, drop_below=float(data.get("drop_below", 0.0)))


def _interpolated(knots: tuple[tuple[float, float], ...], z: float) -> float:
    """The probability at logit ``z``: linear between the knots, constant past the ends."""
    k = bisect.bisect_left(knots, (z,))
    if k == 0:
        return knots[0][1]
    if k == len(knots):
        return knots[-1][1]
    (x0, p0), (x1, p1) = knots[k - 1], knots[k]
    return p0 + (p1 - p0) * (z - x0) / (x1 - x0)


#: the sieve order, no weights: every claim at probability 0.5
PRIOR = Model(language="", prior=True)


def _read(name: str) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = read_json(__package__, f"weights/{name}.json")
    except FileNotFoundError:
        return None
    return data


@functools.lru_cache(maxsize=None)
def load_model(code: str) -> Model:
    """The model of language ``code``, else the shared one, else the sieve order."""
    for name in (code, "_shared"):
        data = _read(name)
        if data is not None:
            return Model.from_dict(data)
    return PRIOR
