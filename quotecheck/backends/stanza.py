"""The optional stanza backend: sentences and named entities from Stanford's neural models.

Install with ``pip install 'quotecheck[stanza]'``. The models are not downloaded at run time (a
fact-checking pipeline must not reach the network behind its operator's back): fetch them once
with ``python -c "import stanza; stanza.download('fr')"`` on a machine with internet access and
point ``STANZA_RESOURCES_DIR`` (or ``StanzaBackend(model_dir=...)``) at the folder.

Stanza gives the sentence boundaries and the PER/ORG/LOC entities; tokens stay those of the rules
backend, whose shapes the lexicons are written for ("a-t-il", "l'"). Everything is imported on
first use, so ``import quotecheck`` never loads torch.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from ..document import Document
from ..lang import LanguageData
from . import BackendUnavailable
from .rules import paragraph_spans, tokenize

__all__ = ["StanzaBackend", "document_from_stanza"]

_PROCESSORS = "tokenize,mwt,ner"


class StanzaBackend:
    name = "stanza"

    def __init__(self, model_dir: str | None = None) -> None:
        if importlib.util.find_spec("stanza") is None:
            raise BackendUnavailable(
                "the stanza backend needs the 'stanza' extra: pip install 'quotecheck[stanza]'"
            )
        self.model_dir = model_dir
        self._pipelines: dict[str, Any] = {}

    def _pipeline(self, code: str) -> Any:
        if code not in self._pipelines:
            import stanza  # lazy: pulls in torch

            options: dict[str, Any] = {"download_method": None, "logging_level": "WARN"}
            if self.model_dir is not None:
                options["dir"] = self.model_dir
            try:
                self._pipelines[code] = stanza.Pipeline(code, processors=_PROCESSORS, **options)
            except (FileNotFoundError, ValueError) as exc:  # stanza's missing-resources errors
                where = self.model_dir or "STANZA_RESOURCES_DIR (default ~/stanza_resources)"
                raise BackendUnavailable(
                    f"no stanza models for {code!r} in {where}: quotecheck never downloads them. "
                    f"On a machine with internet access run "
                    f"python -c \"import stanza; stanza.download('{code}')\" and copy the folder "
                    f"here, or use backend='rules'. ({exc})"
                ) from exc
        return self._pipelines[code]

    def annotate(self, text: str, data: LanguageData) -> Document:
        if not text.strip():
            return Document(text=text, paragraphs=(), sentences=(), tokens=())
        return document_from_stanza(text, self._pipeline(data.code)(text), data)


def document_from_stanza(text: str, stanza_doc: Any, data: LanguageData | None = None) -> Document:
    """A :class:`Document` for ``text`` from a ``stanza.Document`` of the same text.

    Sentences and entities come from stanza (offsets checked against ``text``); paragraphs and
    tokens from the rules backend.
    """
    sentences = []
    for sentence in stanza_doc.sentences:
        if sentence.tokens:
            start, end = sentence.tokens[0].start_char, sentence.tokens[-1].end_char
            if start is None or end is None or not 0 <= start <= end <= len(text):
                raise ValueError("the stanza document has no character offsets into this text")
            sentences.append((start, end))
    names = []
    for entity in getattr(stanza_doc, "ents", ()) or ():
        if 0 <= entity.start_char < entity.end_char <= len(text) and text[entity.start_char:entity.end_char] == entity.text:
            names.append((entity.start_char, entity.end_char, entity.type))
    return Document(text=text, paragraphs=paragraph_spans(text), sentences=sentences,
                    tokens=tokenize(text, data), names=names)
