"""The stanza processor on real ``stanza.Pipeline`` runs (no model can be downloaded here).

Two real tokenizers: stanza's neural tokenizer, the smallest one, trained on CPU for a few steps
from a CoNLL-U written here (conftest.stanza_models; raw text in, ``doc.text`` is the caller's
string); and the pretokenized one (``tokenize_pretokenized=True``), which splits on white space
and needs no model file. Both need a ``resources.json`` index in the model directory, which the fixtures write
listing the language with no downloaded model. Entities come from stanza's NER processor with the
smallest model, trained here too (conftest.stanza_ner_model), and from a ``stanza.Document`` read
from CoNLL-U whose tokens carry NER tags, which is what that processor leaves on a document.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

stanza = pytest.importorskip("stanza", reason="stanza is not installed (pip install 'quotecheck[stanza]')")

import quotecheck  # noqa: E402
from quotecheck.integrations.stanza import PROCESSOR, QuotecheckProcessor, _WithEntities  # noqa: E402
from stanza.pipeline.core import PipelineRequirementsException  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

# one space between words and marks: the pretokenized tokenizer joins tokens with single spaces
TEXT_FR = ("La maire de Brignac , Odile Ferrand , a présenté le budget mardi . "
           "« Nous ne toucherons pas aux impôts » , a-t-elle déclaré devant le conseil . "
           "Son adjoint Paul Gaillac estime que ce budget repousse les vrais choix .")
TEXT_EN = '" We will open the bridge in May , " the mayor , Helen Price , said on Monday .'


@pytest.fixture()
def pipeline(tmp_path):  # type: ignore[no-untyped-def]
    """A real pretokenized ``stanza.Pipeline`` for a language, with quotecheck after tokenize."""

    def make(lang: str, processors: str = f"tokenize,{PROCESSOR}", **options: object):  # type: ignore[no-untyped-def]
        index = tmp_path / "resources.json"
        if not index.exists():
            index.write_text(json.dumps({}), encoding="utf-8")
        resources = json.loads(index.read_text(encoding="utf-8"))
        resources[lang] = {"lang_name": lang}  # known to stanza, with no model to load
        index.write_text(json.dumps(resources), encoding="utf-8")
        return stanza.Pipeline(lang, dir=str(tmp_path), processors=processors, tokenize_pretokenized=True,
                               download_method=None, logging_level="WARN", **options)

    return make


# training sentences for the tokenizer (see conftest.stanza_models), written for these tests
_TRAINING = [
    ["Le", "conseil", "se", "réunit", "lundi", "."],
    ["La", "maire", "a", "dit", "que", "le", "budget", "était", "prêt", "."],
    ["«", "Nous", "partirons", "demain", "»", ",", "a", "déclaré", "Paul", "."],
    ["Les", "travaux", "du", "pont", "sont", "finis", "."],
]


def test_a_trained_tokenizer_keeps_the_callers_text(stanza_models) -> None:  # type: ignore[no-untyped-def]
    root = stanza_models("fr", _TRAINING)
    nlp = stanza.Pipeline("fr", dir=str(root), processors=f"tokenize,{PROCESSOR}", download_method=None,
                          logging_level="WARN")
    assert nlp.processors["tokenize"].trainer is not None  # the neural model, not the white-space split
    text = ("La maire de Brignac, Odile Ferrand, a présenté le budget mardi.\n\n"
            "« Nous ne toucherons pas aux impôts », a-t-elle déclaré devant le conseil.\n\n"
            "Son adjoint estime que ce budget repousse les vrais choix.")
    doc = nlp(text)
    assert doc.text == text and doc.sentences
    expected = quotecheck.extract_claims(text, language="fr")
    assert len(expected) >= 2 and doc.claims == tuple(expected)
    assert all(text[c.start:c.end] == c.text for c in doc.claims)


@pytest.mark.parametrize(("lang", "text"), [("fr", TEXT_FR), ("en", TEXT_EN)])
def test_claims_equal_extract_claims(pipeline, lang, text) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline(lang)
    assert isinstance(nlp.processors[PROCESSOR], QuotecheckProcessor)
    doc = nlp(text)
    assert doc.text == text  # single spaces: the pretokenized tokenizer keeps this text as it is
    expected = quotecheck.extract_claims(text, language=lang)
    assert expected and doc.claims == tuple(expected)
    assert all(doc.text[c.start:c.end] == c.text for c in doc.claims)


def test_offsets_index_the_documents_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Line breaks become spaces in a pretokenized document: claims index ``doc.text``, not the input."""
    text = "« Le pont ouvrira en mai » , a dit Jeanne Martin .\n\nElle a ajouté que les travaux étaient finis ."
    doc = pipeline("fr")(text)
    assert doc.text != text and "\n" not in doc.text
    assert doc.claims == tuple(quotecheck.extract_claims(doc.text, language="fr"))
    assert [doc.text[c.start:c.end] for c in doc.claims] == ["Le pont ouvrira en mai", "les travaux étaient finis"]


def test_many_documents_in_bulk(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = pipeline("fr").process_many([TEXT_FR, "Rien à signaler ."])
    assert [d.claims for d in docs] == [tuple(quotecheck.extract_claims(TEXT_FR, language="fr")), ()]


def test_options_reach_the_extractor(pipeline) -> None:  # type: ignore[no-untyped-def]
    everything = quotecheck.extract_claims(TEXT_FR, language="fr")
    threshold = max(c.confidence for c in everything)  # whatever the shipped weights make of the text
    assert any(c.confidence < threshold for c in everything)  # the option has something to drop
    doc = pipeline("fr", quotecheck_min_confidence=threshold)(TEXT_FR)
    assert doc.claims == tuple(c for c in everything if c.confidence >= threshold)


def test_a_language_quotecheck_lacks_is_detected_per_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline("nl")(TEXT_FR)
    assert doc.claims == tuple(quotecheck.extract_claims(TEXT_FR))
    assert {c.language for c in doc.claims} == {"fr"}


def test_the_pipeline_checks_that_tokenize_comes_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PipelineRequirementsException, match="tokenize"):
        pipeline("fr", processors=PROCESSOR)


def _conllu(text: str, entities: dict[str, str]) -> str:
    """CoNLL-U for a text of space-separated tokens, offsets and NER tags in MISC."""
    lines = [f"# text = {text}"]
    for k, m in enumerate(re.finditer(r"\S+", text), start=1):
        misc = f"start_char={m.start()}|end_char={m.end()}|ner={entities.get(m.group(), 'O')}"
        lines.append(f"{k}\t{m.group()}\t_\t_\t_\t_\t0\t_\t_\t{misc}")
    return "\n".join(lines) + "\n\n"


def _tagged(text: str, entities: dict[str, str]):  # type: ignore[no-untyped-def]
    """A stanza Document as its NER processor leaves it: tags on the tokens, ``doc.ents`` built."""
    doc = CoNLL.conll2doc(input_str=_conllu(text, entities))
    doc.text = text
    doc.build_ents()
    return doc


def test_entities_feed_the_mentions(pipeline) -> None:  # type: ignore[no-untyped-def]
    """What NER tags LOC speaks as an institution (the city), which the rules cannot tell."""
    text = "« Tout est prêt » , a dit Brignac ."
    nlp = pipeline("fr")
    (claim,) = nlp(_tagged(text, {"Brignac": "S-LOC"})).claims
    assert claim.speaker.kind is quotecheck.SpeakerKind.ORGANIZATION
    (untagged,) = nlp(_tagged(text, {})).claims
    assert untagged.speaker.kind is quotecheck.SpeakerKind.UNKNOWN
    assert nlp(_tagged(text, {})).claims == tuple(quotecheck.extract_claims(text, language="fr"))


# NER training sentences (word, BIOES tag), written for these tests
_NER_TRAINING = [
    [("«", "O"), ("Tout", "O"), ("est", "O"), ("prêt", "O"), ("»", "O"), (",", "O"), ("a", "O"), ("dit", "O"),
     ("Brignac", "S-LOC"), (".", "O")],
    [("Le", "O"), ("maire", "O"), ("de", "O"), ("Brignac", "S-LOC"), ("a", "O"), ("parlé", "O"), (".", "O")],
    [("Paul", "B-PER"), ("Gaillac", "E-PER"), ("a", "O"), ("parlé", "O"), (".", "O")],
    [("La", "O"), ("ville", "O"), ("de", "O"), ("Lorvan", "S-LOC"), ("vote", "O"), (".", "O")],
]


def test_a_real_ner_processor_feeds_the_mentions(pipeline, stanza_ner_model) -> None:  # type: ignore[no-untyped-def]
    """stanza's own NER processor (the smallest model, trained here) runs before quotecheck."""
    nlp = pipeline("fr", processors=f"tokenize,ner,{PROCESSOR}", ner_model_path=str(stanza_ner_model("fr", _NER_TRAINING)))
    assert list(nlp.processors) == ["tokenize", "ner", PROCESSOR]
    text = "« Tout est prêt » , a dit Brignac ."
    doc = nlp(text)
    assert [(e.text, e.type) for e in doc.ents] == [("Brignac", "LOC")]
    (claim,) = doc.claims
    assert claim.speaker.kind is quotecheck.SpeakerKind.ORGANIZATION
    (by_rules,) = quotecheck.extract_claims(text, language="fr")
    assert by_rules.speaker.kind is quotecheck.SpeakerKind.UNKNOWN


def test_entities_are_placed_window_by_window() -> None:
    """A text longer than the window is annotated in slices: each slice gets its own entities."""
    first = "« Le marché rouvre lundi » , a dit Paul Gaillac ."
    second = "« Tout est prêt » , a dit Brignac ."
    text = first + "\n\n" + second
    place = (text.index("Brignac"), text.index("Brignac") + len("Brignac"), "LOC")
    whole = quotecheck.Extractor("fr", backend=_WithEntities(text, (place,))).extract(text)
    windowed = quotecheck.Extractor("fr", backend=_WithEntities(text, (place,)), window_chars=len(first) + 5).extract(text)
    assert [c.speaker.kind for c in windowed] == [c.speaker.kind for c in whole] == [
        quotecheck.SpeakerKind.PERSON, quotecheck.SpeakerKind.ORGANIZATION]
    assert windowed == whole


def test_a_document_without_text_is_refused(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = CoNLL.conll2doc(input_str=_conllu("Oui .", {}))
    with pytest.raises(ValueError, match="no text"):
        pipeline("fr")(doc)


def test_registered_on_import_of_the_integration_only() -> None:
    code = (
        "import sys, quotecheck\n"
        "print('stanza' in sys.modules)\n"
        "from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS\n"
        "print('quotecheck' in NAME_TO_PROCESSOR_CLASS)\n"
        "import quotecheck.integrations.stanza\n"
        "print('quotecheck' in NAME_TO_PROCESSOR_CLASS)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "True"]
