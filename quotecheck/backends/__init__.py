"""Annotation backends: ``rules`` (default, no model) and ``stanza`` (optional extra, lazy)."""

from __future__ import annotations

from typing import Protocol, Union

from ..document import Document
from ..lang import LanguageData

__all__ = ["Backend", "BackendUnavailable", "get_backend", "BACKENDS"]


class Backend(Protocol):
    name: str

    def annotate(self, text: str, data: LanguageData) -> Document: ...


class BackendUnavailable(RuntimeError):
    """A backend's package or models are missing; the message says how to get them."""


BACKENDS = ("rules", "stanza")


def get_backend(backend: Union[str, Backend]) -> Backend:
    """The backend called ``backend`` (or the backend object itself).

    Unknown names raise ``ValueError`` listing the known ones; a known backend whose package is
    missing raises :class:`BackendUnavailable` naming the extra to install.
    """
    if not isinstance(backend, str):
        if not callable(getattr(backend, "annotate", None)):
            raise TypeError(f"a backend needs an annotate(text, data) method, got {type(backend).__name__}")
        return backend
    if backend == "rules":
        from .rules import RulesBackend

        return RulesBackend()
    if backend == "stanza":
        from .stanza import StanzaBackend

        return StanzaBackend()
    raise ValueError(f"unknown backend {backend!r}; available: {', '.join(BACKENDS)}")
