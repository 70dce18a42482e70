"""The optional stanza backend: sentences and named entities from Stanford's neural models.

Install with ``pip install 'quotecheck[stanza]'``. The models are not downloaded at run time (a
fact-checking pipeline must not reach the network behind its operator's back): fetch them once
with ``python -c "import stanza; stanza.download('fr', processors='tokenize,mwt,ner')"`` on a
machine with internet access and copy stanza's model directory to where this machine's stanza
looks: ``STANZA_RESOURCES_DIR`` when set, else ``stanza.resources.common.DEFAULT_MODEL_DIR``
(stanza 1.15: ``~/.cache/stanza/1.15.0/resources`` on Linux), or ``StanzaBackend(model_dir=...)``.

Stanza gives the sentence boundaries and the PER/ORG/LOC entities; tokens stay those of the rules
backend, whose shapes the lexicons are written for ("a-t-il", "l'"). A language stanza has no NER
model for (Portuguese) is read with ``tokenize,mwt`` only: stanza's sentences, names found by the
rules as with the rules backend. Everything is imported on first use, so ``import quotecheck``
never loads torch.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from ..document import Document
from ..lang import LanguageData
from . import BackendUnavailable
from .rules import paragraph_spans, tokenize

__all__ = ["StanzaBackend", "document_from_stanza", "entities_from_stanza", "stanza_processors"]


def stanza_processors(code: str) -> str:
    """The stanza processors the backend runs for ``code``: NER only where stanza has a model."""
    from stanza.resources.default_packages import default_ners  # the installed stanza's own table

    return "tokenize,mwt,ner" if code in default_ners else "tokenize,mwt"


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
            processors = stanza_processors(code)
            try:
                self._pipelines[code] = stanza.Pipeline(code, processors=processors, **options)
            except (FileNotFoundError, ValueError) as exc:  # stanza's missing-resources errors
                raise BackendUnavailable(_missing_models(code, processors, self.model_dir, exc)) from exc
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
    return Document(text=text, paragraphs=paragraph_spans(text), sentences=sentences,
                    tokens=tokenize(text, data), names=entities_from_stanza(text, stanza_doc))


def entities_from_stanza(text: str, stanza_doc: Any) -> tuple[tuple[int, int, str], ...]:
    """The named entities of a ``stanza.Document`` as ``(start, end, type)`` offsets into ``text``.

    Empty when the pipeline had no NER; an entity whose offsets do not spell its text in ``text``
    is left out (a model cannot move the caller's offsets).
    """
    return tuple(
        (entity.start_char, entity.end_char, entity.type)
        for entity in getattr(stanza_doc, "ents", ()) or ()
        if 0 <= entity.start_char < entity.end_char <= len(text)
        and text[entity.start_char:entity.end_char] == entity.text
    )


def _missing_models(code: str, processors: str, model_dir: str | None, exc: Exception) -> str:
    """What to do when stanza cannot load ``processors`` for ``code``: where it looked, what to fetch."""
    from stanza.resources.common import DEFAULT_MODEL_DIR  # STANZA_RESOURCES_DIR, else stanza's cache

    where = model_dir if model_dir is not None else (
        f"{DEFAULT_MODEL_DIR} (stanza's model directory: STANZA_RESOURCES_DIR when set, else its default)")
    fetch = (f"on a machine with internet access run python -c \"import stanza; stanza.download('{code}', "
             f"processors='{processors}')\" and copy stanza's model directory "
             "(stanza.resources.common.DEFAULT_MODEL_DIR there) to this one")
    if "ner" in processors:
        advice = f"To use stanza, {fetch}; or use backend='rules' (the default), which needs no model."
    else:  # no stanza NER model exists for this language: downloading cannot give one
        advice = (f"stanza has no NER model for {code!r}, so the stanza backend reads it with {processors}: "
                  f"stanza's sentences, names found by the rules. To use it, {fetch}; or use "
                  "backend='rules' (the default), which needs no model and finds the same names.")
    return f"no stanza models for {code!r} in {where}: quotecheck never downloads them. {advice} ({exc})"
