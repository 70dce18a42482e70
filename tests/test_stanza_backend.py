"""The stanza backend: its adapter on real ``stanza.Document`` objects built from CoNLL-U text,
and the backend itself on a real ``stanza.Pipeline`` with the smallest Portuguese models, trained
here (conftest.stanza_models), since none can be downloaded.

The NER tests replace the pipeline's output with a document read from CoNLL-U with character
offsets and entities in its MISC column, which is what stanza's own pipeline produces.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("stanza", reason="stanza is not installed (pip install 'quotecheck[stanza]')")

from stanza.utils.conll import CoNLL  # noqa: E402

import quotecheck  # noqa: E402
from quotecheck import BackendUnavailable  # noqa: E402
from quotecheck.backends.stanza import StanzaBackend, document_from_stanza, stanza_processors  # noqa: E402

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
    assert "stanza.download('fr', processors='tokenize,mwt,ner')" in message and str(tmp_path) in message


def _missing_models_message(env: dict[str, str | None]) -> tuple[str, str]:
    """stanza's model directory and the backend's error for French, in a fresh process with
    ``env`` (stanza reads STANZA_RESOURCES_DIR when it is imported; None removes a variable)."""
    script = (
        "import quotecheck\n"
        "from quotecheck.backends.stanza import StanzaBackend\n"
        "from stanza.resources.common import DEFAULT_MODEL_DIR\n"
        "print(DEFAULT_MODEL_DIR)\n"
        "try:\n"
        "    quotecheck.Extractor(language='fr', backend=StanzaBackend()).extract('Oui.')\n"
        "except quotecheck.BackendUnavailable as exc:\n"
        "    print(exc)\n"
    )
    merged = {**os.environ, **env}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env={k: v for k, v in merged.items() if v is not None})
    where, _, message = done.stdout.partition("\n")
    return where, message


def test_missing_models_name_the_directory_stanza_reads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """No model_dir: the message names where stanza itself looks, STANZA_RESOURCES_DIR when set."""
    where, message = _missing_models_message({"STANZA_RESOURCES_DIR": str(tmp_path / "models")})
    assert where == str(tmp_path / "models")
    assert f"in {where} (stanza's model directory" in message


def test_missing_models_name_stanzas_default_directory() -> None:
    where, message = _missing_models_message({"STANZA_RESOURCES_DIR": None})
    if not message:
        pytest.skip(f"stanza models for French are installed in {where}: nothing is missing")
    assert f"in {where} (stanza's model directory" in message
    assert "stanza_resources" not in message  # the directory stanza 1.15 does not use


def test_portuguese_is_read_without_ner(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """stanza has no Portuguese NER model: the backend does not ask for one, nor tells to download one."""
    assert stanza_processors("pt") == "tokenize,mwt"
    assert all(stanza_processors(code) == "tokenize,mwt,ner" for code in ("fr", "en", "de", "es", "it"))
    backend = StanzaBackend(model_dir=str(tmp_path))
    with pytest.raises(BackendUnavailable) as err:
        quotecheck.Extractor(language="pt", backend=backend).extract("« Sim », disse Paulo.")
    message = str(err.value)
    assert "stanza.download('pt', processors='tokenize,mwt')" in message
    assert "no NER model for 'pt'" in message and "backend='rules'" in message
    assert "processors='tokenize,mwt,ner'" not in message


def test_backend_by_name_and_lazy_import() -> None:
    code = (
        "import sys, quotecheck\n"
        "quotecheck.Extractor(backend='stanza')\n"
        "print('stanza' in sys.modules, 'torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# Portuguese training sentences with multi-word tokens ("do" = "de" + "o"), written for these tests
_PT_TRAINING = [
    ["O", "prefeito", ("do", ["de", "o"]), "bairro", "falou", "ontem", "."],
    ["A", "obra", "começa", ("na", ["em", "a"]), "segunda", "."],
    ["«", "Vamos", "abrir", "a", "ponte", "»", ",", "disse", "Ana", "."],
]


def test_the_backend_runs_a_real_stanza_pipeline(stanza_models) -> None:  # type: ignore[no-untyped-def]
    """Portuguese through stanza's own tokenizer and MWT expander (the smallest, trained here):
    no NER asked for, sentences from stanza, offsets into the caller's text."""
    backend = StanzaBackend(model_dir=str(stanza_models("pt", _PT_TRAINING)))
    text = "O prefeito do bairro falou ontem.\n\n«Vamos abrir a ponte na segunda», disse Ana Lopes."
    (claim,) = quotecheck.Extractor(language="pt", backend=backend).extract(text)
    assert (claim.text, claim.speaker.name) == ("Vamos abrir a ponte na segunda", "Ana Lopes")
    assert text[claim.start:claim.end] == claim.text
    assert set(backend._pipeline("pt").processors) == {"tokenize", "mwt"}
    doc = backend.annotate(text, quotecheck.lang.load("pt"))
    stanza_doc = backend._pipeline("pt")(text)
    assert doc.sentences == tuple((s.tokens[0].start_char, s.tokens[-1].end_char) for s in stanza_doc.sentences)
    assert doc.names == ()
