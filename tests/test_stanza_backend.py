"""The stanza backend's adapter, on real ``stanza.Document`` objects built from CoNLL-U text.

No model is loaded (none can be downloaded here): the pipeline's output is replaced by a document
read from CoNLL-U with character offsets and entities in its MISC column, which is what stanza's
own pipeline produces.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from stanza.utils.conll import CoNLL  # CI installs the [stanza] extra: no silent skip

import quotecheck
from quotecheck import BackendUnavailable
from quotecheck.backends.stanza import StanzaBackend, document_from_stanza

TEXT = "« Nous partirons demain », a dit Jean Dupont à Lyon.\nIl a ajouté que le train était prêt."


def _conllu(text: str, entities: dict[str, str]) -> str:
    """CoNLL-U for ``text``: one token per space-separated word or mark, offsets in MISC."""
    import re

    lines = []
    for n, sentence in enumerate(text.split("\n")):
        base = sum(len(s) + 1 for s in text.split("\n")[:n])
        lines.append(f"# text = {sentence}")
        for k, m in enumerate(re.finditer(r"\w+|[^\w\s]", sentence), start=1):
            ner = entities.get(m.group(), "O")
            misc = f"start_char={base + m.start()}|end_char={base + m.end()}|ner={ner}"
            lines.append(f"{k}\t{m.group()}\t_\t_\t_\t_\t0\t_\t_\t{misc}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _stanza_doc(text: str = TEXT):  # type: ignore[no-untyped-def]
    doc = CoNLL.conll2doc(input_str=_conllu(text, {"Jean": "B-PER", "Dupont": "E-PER", "Lyon": "S-LOC"}))
    doc.build_ents()
    return doc


def test_adapter_keeps_offsets_sentences_and_entities() -> None:
    doc = document_from_stanza(TEXT, _stanza_doc())
    assert [TEXT[s:e] for s, e in doc.sentences] == TEXT.split("\n")
    assert [(TEXT[s:e], kind) for s, e, kind in doc.names] == [("Jean Dupont", "PER"), ("Lyon", "LOC")]
    assert all(TEXT[t.start:t.end] == t.text for t in doc.tokens)
    assert "a" in [t.text for t in doc.tokens] and "Il" in [t.text for t in doc.tokens]


class _Replayed:
    """A backend whose model output is a stanza document read from CoNLL-U."""

    name = "stanza-replay"

    def annotate(self, text, data):  # type: ignore[no-untyped-def]
        return document_from_stanza(text, _stanza_doc(text))


def test_pipeline_runs_on_the_adapted_document() -> None:
    claims = quotecheck.Extractor(language="fr", backend=_Replayed()).extract(TEXT)
    assert [(c.kind.value, c.speaker.name) for c in claims] == [("direct", "Jean Dupont"), ("indirect", "Jean Dupont")]


def test_entities_decide_what_is_a_name() -> None:
    """What the model tags LOC speaks as an institution ("Lyon" the city), not as a person."""
    text = "« Tout est prêt », a dit Lyon."
    doc = CoNLL.conll2doc(input_str=_conllu(text, {"Lyon": "S-LOC"}))
    doc.build_ents()

    class Backend:
        name = "replay"

        def annotate(self, t, data):  # type: ignore[no-untyped-def]
            return document_from_stanza(t, doc)

    (claim,) = quotecheck.Extractor(language="fr", backend=Backend()).extract(text)
    assert claim.speaker.kind is quotecheck.SpeakerKind.ORGANIZATION
    (by_rules,) = quotecheck.Extractor(language="fr").extract(text)
    assert by_rules.speaker.kind is quotecheck.SpeakerKind.UNKNOWN  # the rules cannot tell


def test_offsets_from_another_text_are_refused() -> None:
    with pytest.raises(ValueError, match="offsets"):
        document_from_stanza("court", _stanza_doc())


def test_missing_models_say_how_to_get_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = StanzaBackend(model_dir=str(tmp_path))
    with pytest.raises(BackendUnavailable) as err:
        quotecheck.Extractor(language="fr", backend=backend).extract("« Oui », a dit Paul.")
    message = str(err.value)
    assert "stanza.download('fr')" in message and str(tmp_path) in message


def test_backend_by_name_and_lazy_import() -> None:
    code = (
        "import sys, quotecheck\n"
        "quotecheck.Extractor(backend='stanza')\n"
        "print('stanza' in sys.modules, 'torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
