"""The result of clustering: one :class:`QuoteCluster` per statement, with its appearances.

Every type is an ``attrs`` frozen class with slots; ``to_dict`` gives plain JSON types in the
shape of ``quotecheck/cluster.schema.json``.
"""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from ..claims import Claim, SpeakerKind
from ..converters import to_tuple

__all__ = ["Appearance", "ClusterSpeaker", "InvalidDocument", "QuoteCluster"]


class InvalidDocument(ValueError):
    """A document given to :func:`~quotecheck.cluster` cannot be read: no text, a text or an id of
    the wrong type. The message says which document (its position, from 1) and why."""


@frozen
class Appearance:
    """One claim of one document: ``document`` is the document's id, ``date`` its date as given
    (None when none was); the offsets are the claim's, into that document's text."""

    document: str | int
    claim: Claim
    date: str | None = None

    @property
    def start(self) -> int:
        return self.claim.start

    @property
    def end(self) -> int:
        return self.claim.end

    @property
    def text(self) -> str:
        return self.claim.text

    def to_dict(self) -> dict[str, Any]:
        claim = self.claim
        return {
            "document": self.document, "start": claim.start, "end": claim.end, "date": self.date,
            "text": claim.text, "kind": claim.kind.value, "language": claim.language,
            "speaker": None if claim.speaker is None else claim.speaker.name,
        }


@frozen
class ClusterSpeaker:
    """A speaker the cluster's appearances attribute the statement to, the variants of one name
    merged (see :mod:`quotecheck.clustering.speakers`): ``name`` is the fullest variant,
    ``variants`` every name written, ``appearances`` how many appearances name them."""

    name: str
    kind: SpeakerKind = field(default=SpeakerKind.UNKNOWN, converter=SpeakerKind)
    variants: tuple[str, ...] = field(default=(), converter=to_tuple)
    appearances: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind.value, "variants": list(self.variants),
                "appearances": self.appearances}


@frozen
class QuoteCluster:
    """One statement and every place it appears.

    ``text`` is the canonical version: the appearance with the most words (the longest faithful
    version; partial quotes are the shorter ones), as written there. ``speakers`` are most
    frequent first; ``appearances`` are in the order they were added.
    """

    text: str
    speakers: tuple[ClusterSpeaker, ...] = field(converter=to_tuple)
    appearances: tuple[Appearance, ...] = field(converter=to_tuple)

    @property
    def size(self) -> int:
        return len(self.appearances)

    @property
    def documents(self) -> tuple[str | int, ...]:
        """The ids of the documents the statement appears in, each once, in order."""
        return tuple(dict.fromkeys(a.document for a in self.appearances))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (see ``quotecheck/cluster.schema.json``)."""
        return {
            "text": self.text, "size": self.size, "documents": len(self.documents),
            "speakers": [s.to_dict() for s in self.speakers],
            "appearances": [a.to_dict() for a in self.appearances],
        }
