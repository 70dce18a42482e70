"""The per-document memo of the attributor gives what the resolver computes, asked once."""

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.candidates import Candidate, same_speaker
from quotecheck.subjects import Resolved


def test_sentence_subject_is_memoized_and_unchanged() -> None:
    text = ("Marie Dubreuil a longtemps hésité. Elle a finalement expliqué que le projet avançait. "
            "Puis elle a ajouté : « Nous verrons bien. »")
    resolver = Attributor(api.Extractor(language="fr").context(text)).subjects
    sentences = resolver.doc.sentences
    pairs = [(s, e) for s, e in sentences] + [(s, s + 12) for s, _ in sentences]
    for s, e in pairs:
        expected = resolver._find_sentence_subject(s, e)
        assert resolver.sentence_subject(s, e) == expected
        assert (s, e) in resolver._sentence_subjects
        assert resolver.sentence_subject(s, e) is resolver._sentence_subjects[(s, e)]
    assert resolver.sentence_subject(*sentences[0]).text == "Marie Dubreuil"


def test_same_speaker_without_entities() -> None:
    ctx = api.Extractor(language="fr").context("Elle a dit qu'il viendrait, selon Paul Ravel.")
    pronoun = next(m for m in ctx.mentions if m.kind.value == "pronoun")
    name = next(m for m in ctx.mentions if m.kind.value == "name")
    nobody = Candidate("none", None, None)
    said_by = Candidate("x", None, Resolved(None, pronoun, "pronoun"))
    named = Candidate("y", None, Resolved(None, name, "mention"))
    assert same_speaker(nobody, said_by) and same_speaker(said_by, nobody)  # a bare pronoun names nobody
    assert not same_speaker(nobody, named) and same_speaker(named, named)
