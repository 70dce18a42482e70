"""quotecheck as a stanza processor: ``stanza.Pipeline(lang, processors="tokenize,quotecheck")``.

Importing this module registers the processor (stanza has no plugin entry points; ``import
quotecheck`` never imports stanza). The processor requires ``tokenize`` (the stage that makes the
``Document``), provides ``quotecheck``, and runs after every built-in processor, so a pipeline's
``ner`` has run before it. It reads ``doc.text`` and sets ``doc.claims``: the
:class:`~quotecheck.Claim` tuple, offsets into ``doc.text``.

Paragraphs, sentences and tokens are the rules backend's (the lexicons are written for its token
shapes), so without entities the claims are those of :func:`quotecheck.extract_claims`; the
entities of stanza's NER (``doc.ents``), when the pipeline has it, feed the mention layer as the
stanza backend's do: a PER is a name, an ORG or LOC never speaks as a person.

Options go through the pipeline as ``quotecheck_<option>``: ``quotecheck_min_confidence`` (0.0).
The language is the pipeline's when quotecheck supports it, else detected per text.
"""

from __future__ import annotations

from typing import Any

import attrs

try:
    from stanza.models.common.doc import Document as StanzaDocument
    from stanza.pipeline.processor import Processor, register_processor
except ModuleNotFoundError as exc:  # name the extra, as the backends do
    raise ModuleNotFoundError(f"the stanza processor needs the 'stanza' extra: pip install 'quotecheck[stanza]' ({exc})",
                              name=exc.name) from exc

from ..api import Extractor
from ..backends.rules import RulesBackend
from ..backends.stanza import entities_from_stanza
from ..document import Document
from ..lang import LanguageData, supported_languages

__all__ = ["PROCESSOR", "QuotecheckProcessor"]

#: the processor's name in ``processors=`` and the requirement it provides
PROCESSOR = "quotecheck"

if not hasattr(StanzaDocument, "claims"):  # a reload of this module must not add it twice
    StanzaDocument.add_property("claims", default=())


class _WithEntities:
    """The rules backend's annotation of a slice of one stanza document's text, with the stanza
    entities inside that slice (offsets moved to it).

    The extractor annotates a long text window by window in text order, each window before its
    look-back, which starts where the window does; so each slice is found from where the
    previous one started.
    """

    name = "rules+stanza-ner"

    def __init__(self, text: str, entities: tuple[tuple[int, int, str], ...]) -> None:
        self._text = text
        self._entities = entities
        self._from = 0
        self._rules = RulesBackend()

    def annotate(self, text: str, data: LanguageData) -> Document:
        base = self._text.find(text, self._from)
        if base < 0:
            raise ValueError("asked to annotate a text that is not part of the stanza document")
        self._from = base
        end = base + len(text)
        names = [(s - base, e - base, kind) for s, e, kind in self._entities if base <= s and e <= end]
        return attrs.evolve(self._rules.annotate(text, data), names=names)


@register_processor(PROCESSOR)
class QuotecheckProcessor(Processor):  # type: ignore[misc]  # stanza is untyped
    """Sets ``doc.claims`` on each ``Document``; see the module docstring."""

    PROVIDES_DEFAULT = {PROCESSOR}
    REQUIRES_DEFAULT = {"tokenize"}

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        code = config.get("lang")
        self.language = code if code in supported_languages() else None
        self.min_confidence = config.get("min_confidence", 0.0)
        self.extractor = Extractor(self.language, min_confidence=self.min_confidence)

    def mark_inactive(self) -> None:
        """What stanza calls on a processor whose requirements are not met (it holds no model)."""

    def process(self, doc: Any) -> Any:
        text = doc.text
        if not isinstance(text, str):
            raise ValueError("the stanza Document has no text (doc.text is None): set it before quotecheck reads it")
        entities = entities_from_stanza(text, doc)
        extractor = self.extractor
        if entities:
            extractor = Extractor(self.language, backend=_WithEntities(text, entities),
                                  min_confidence=self.min_confidence)
        doc._claims = tuple(extractor.extract(text))
        return doc
