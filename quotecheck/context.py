"""The context of one document: every stage's result, built once by ``api.py``, read by attribution."""

from __future__ import annotations

from attrs import field, frozen

from .converters import to_tuple

from .coref import Entity
from .cues import CueMatch
from .document import Document, Token
from .lang import LanguageData
from .mentions import MentionSpan
from .quotes import QuoteSpan

__all__ = ["Context"]


@frozen
class Context:
    """Text, language data, annotation, quotations, cues, mentions and entities of one document."""

    doc: Document
    data: LanguageData
    quotes: tuple[QuoteSpan, ...] = field(converter=to_tuple)
    cues: tuple[CueMatch, ...] = field(converter=to_tuple)
    mentions: tuple[MentionSpan, ...] = field(converter=to_tuple)
    entities: tuple[Entity, ...] = field(converter=to_tuple)
    #: the entity of each mention, by the mention's start offset
    entity_of: dict[int, Entity] = field(factory=dict, eq=False)
    #: quote marks that could not be paired and were skipped
    skipped_marks: int = 0
    #: where the segmenter skipped them (not the marks of lines the annotation left out)
    skipped_at: tuple[int, ...] = field(default=(), converter=to_tuple)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.doc.tokens
