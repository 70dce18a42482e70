"""attrs converters that type checkers can read.

``field(converter=tuple)`` leaves mypy's attrs plugin with ``Iterable[_T_co]``, a type variable
of tuple's constructor it cannot bind, so that every call of the class is an error under
``mypy --strict``. These take any iterable, as ``tuple`` does.
"""

from __future__ import annotations

from typing import Any, Iterable

__all__ = ["to_tuple"]


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """``tuple(items)``, typed for attrs fields declared ``tuple[X, ...]``."""
    return tuple(items)
