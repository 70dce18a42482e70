"""The decision: a logistic model over candidate features, its weights data in ``weights/``.

``score`` is the linear score of a candidate (the best one wins); ``calibrated`` maps it to the
probability that the claim and its speaker are right (Platt scaling fitted on cross-validated
scores, so that it is a probability measured on documents the weights were not fitted on).
Weights are fitted by ``scripts/fit_attribution.py`` per language, with a shared fallback
(``_shared.json``) for a language that has none; inference is pure Python.
"""

from __future__ import annotations

import functools
import json
import math
from functools import reduce
from itertools import repeat
from operator import add, mul
from typing import Any

from attrs import field, frozen

__all__ = ["Model", "load_model", "PRIOR"]

_FORMAT = 1
_EXPLAINED = 3  # features named in a claim's evidence, largest contributions first


def _magnitude(part: tuple[float, str]) -> float:
    return -abs(part[0])


@frozen
class Model:
    """Weights of one language. ``prior`` models decide by the sieve order (no weights)."""

    language: str
    bias: float = 0.0
    weights: dict[str, float] = field(factory=dict, eq=False)
    #: Platt scaling (a, b): probability = sigmoid(a * score + b)
    calibration: tuple[float, float] = (0.0, 0.0)
    #: reported speech below this probability is not claimed
    drop_below: float = 0.0
    prior: bool = False

    def score(self, vector: dict[str, float]) -> float:
        # summed left to right in the vector's order, as sum() did: the same float to the last bit
        # (reduce adds one product at a time as a loop would, at C speed; sum() of floats has
        # compensated rounding since Python 3.12)
        products = map(mul, map(self.weights.get, vector, repeat(0.0)), vector.values())
        return self.bias + reduce(add, products, 0.0)

    def calibrated(self, score: float) -> float:
        a, b = self.calibration
        z = a * score + b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)

    def explain(self, vector: dict[str, float]) -> list[str]:
        """The features that weighed most in this candidate's score, signed."""
        get = self.weights.get
        parts = [(get(n, 0.0) * x, n) for n, x in vector.items()]
        parts.sort(key=_magnitude)  # stable, as sorted() is
        return [f"{n} {c:+.2f}" for c, n in parts[:_EXPLAINED] if c]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if data.get("format") != _FORMAT:
            raise ValueError(f"attribution weights of format {data.get('format')!r}, expected {_FORMAT}")
        a, b = data["calibration"]
        return cls(language=data["language"], bias=float(data["bias"]),
                   weights={str(k): float(v) for k, v in data["weights"].items()},
                   calibration=(float(a), float(b)), drop_below=float(data.get("drop_below", 0.0)))


#: the sieve order, no weights: every claim at probability 0.5
PRIOR = Model(language="", prior=True)


def _read(name: str) -> dict[str, Any] | None:
    from importlib import resources  # on first use: it costs ~4 ms to import (tempfile, shutil)

    path = resources.files(__package__).joinpath("weights", f"{name}.json")
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=None)
def load_model(code: str) -> Model:
    """The model of language ``code``, else the shared one, else the sieve order."""
    for name in (code, "_shared"):
        data = _read(name)
        if data is not None:
            return Model.from_dict(data)
    return PRIOR
