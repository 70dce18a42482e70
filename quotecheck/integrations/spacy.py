"""quotecheck as a spaCy pipeline component: ``nlp.add_pipe("quotecheck")``.

spaCy finds the factory through the ``spacy_factories`` entry point, so neither ``import
quotecheck`` nor ``import spacy`` registers anything: the factory exists once spaCy asks for it.
The component reads ``doc.text`` (claims never depend on spaCy's tokens, so a blank pipeline
gives the same claims as :func:`quotecheck.extract_claims`) and writes:

- ``doc._.claims``: the :class:`~quotecheck.Claim` tuple, offsets into ``doc.text``;
- ``doc.spans["quotecheck"]`` (the ``spans_key`` option): one span per claim, labelled with the
  claim kind, with ``span._.claim`` and ``span._.speaker`` (the speaker's canonical name or None).
  A claim whose edges fall inside a token is widened to whole tokens (``alignment_mode``).

The language is the pipeline's (``nlp.lang``) when quotecheck supports it, else detected per text.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..api import Extractor
from ..claims import Claim
from ..lang import supported_languages

__all__ = ["QuotecheckComponent", "make_quotecheck"]

DEFAULT_SPANS_KEY = "quotecheck"


def _register_extensions() -> None:
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=())
    for name in ("claim", "speaker"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class QuotecheckComponent:
    """Adds claims to each ``Doc``; see the module docstring for where they go."""

    def __init__(self, nlp: Language, name: str, spans_key: str, min_confidence: float,
                 alignment_mode: str) -> None:
        if alignment_mode not in ("strict", "contract", "expand"):
            raise ValueError(f"alignment_mode must be strict, contract or expand, got {alignment_mode!r}")
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode
        language = nlp.lang if nlp.lang in supported_languages() else None
        self.extractor = Extractor(language, min_confidence=min_confidence)

    def __call__(self, doc: Doc) -> Doc:
        claims = tuple(self.extractor.extract(doc.text))
        doc._.claims = claims
        doc.spans[self.spans_key] = [s for s in (self._span(doc, c) for c in claims) if s is not None]
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)

    def _span(self, doc: Doc, claim: Claim) -> Span | None:
        span = doc.char_span(claim.start, claim.end, label=claim.kind.value, alignment_mode=self.alignment_mode)
        if span is None:  # "strict" and the claim does not fall on token edges: it stays in doc._.claims
            return None
        span._.claim = claim
        span._.speaker = claim.speaker.name if claim.speaker is not None else None
        return span


@Language.factory(
    "quotecheck",
    default_config={"spans_key": DEFAULT_SPANS_KEY, "min_confidence": 0.0, "alignment_mode": "expand"},
)
def make_quotecheck(nlp: Language, name: str, spans_key: str, min_confidence: float,
                    alignment_mode: str) -> QuotecheckComponent:
    return QuotecheckComponent(nlp, name, spans_key, min_confidence, alignment_mode)
