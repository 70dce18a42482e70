"""Annotation backends: ``rules`` (default, no model) and ``stanza`` (optional extra, lazy)."""

from __future__ import annotations

from typing import Protocol

from ..document import Document
from ..lang import LanguageData

__all__ = ["Backend", "get_backend", "BACKENDS"]


class Backend(Protocol):
    name: str

    def annotate(self, text: str, data: LanguageData) -> Document: ...


BACKENDS = ("rules",)


def get_backend(name: str) -> Backend:
    """The backend called ``name``; unknown names raise ``ValueError`` listing the known ones."""
    if name == "rules":
        from .rules import RulesBackend

        return RulesBackend()
    raise ValueError(f"unknown backend {name!r}; available: {', '.join(BACKENDS)}")
