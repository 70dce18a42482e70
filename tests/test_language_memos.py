"""The memos kept per language from one document to the next (perf10, :mod:`quotecheck.memos`)
answer what the full computation answers: the tokenizer's cut words, the mention finder's
per-word rejection and closed-class test, the hint kinds of each word; the indexes read once per
language (incise openers, the words that introduce a name) and the inner capitals the hints read
from the mention finder's document indexes are those the documents give."""

import random

import pytest

from quotecheck import Extractor, hints, memos, mentions, quotes
from quotecheck.backends import rules
from quotecheck.backends.rules import RulesBackend
from quotecheck.cues import matcher_for
from quotecheck.document import Token
from quotecheck.lang import load

from test_compact_tokens import _new_finder, _reference_run, _reference_tokens
from test_stage_indexes import TEXTS, _random_texts


def _forget_memos(data):
    """Every per-language memo of ``data`` emptied: the next document is read as the first one."""
    for memo in (*rules._word_memos(data), *mentions._word_memos(data), hints._kinds_memo(data)):
        memo.clear()


def _documents():
    """Invented texts of four languages, then random French ones read after them."""
    yield from TEXTS.items()
    for text in _random_texts(60):
        yield "fr", text


def test_tokens_after_other_documents_are_those_of_a_first_document():
    seen = []
    for code, text in _documents():
        data = load(code)
        warm = rules.tokenize(text, data)  # the memos hold the words of every document before
        _forget_memos(data)
        cold = rules.tokenize(text, data)
        reference = _reference_tokens(text, data, [(0, len(text))])
        for tokens in (warm, cold):
            assert [(t.text, t.start, t.end) for t in tokens] == reference, text
            assert all(t.lower == t.text.lower() for t in tokens), text
        seen.append(text)
    assert len(seen) > 60


def test_equal_words_share_their_strings_across_documents():
    data = load("fr")
    _forget_memos(data)
    first = rules.tokenize("la mairie de Valbreuse a voté.", data)
    second = rules.tokenize("Elle a voté contre la mairie hier.", data)
    assert next(t for t in first if t.text == "mairie").text is next(t for t in second if t.text == "mairie").text


def test_mentions_after_other_documents_are_those_of_a_first_document():
    for code, text in _documents():
        finder = _new_finder(code, text)
        warm = finder().run()
        _forget_memos(load(code))
        cold = finder().run()
        assert warm == cold == _reference_run(finder()), text


def test_the_opening_memo_holds_what_each_word_opens():
    data = load("fr")
    for _, text in _documents():
        Extractor(language="fr").extract(text)
    openings, function_words = mentions._word_memos(data)
    assert openings and function_words
    finder = mentions._MentionFinder(RulesBackend().annotate("x", data), data, (), [])
    for word in openings:
        assert openings[word] == finder._opening(Token(word, 0, len(word))), word
    for low in function_words:
        assert function_words[low] == finder._closed_class_word(low)


def test_a_backend_with_names_keeps_its_openings_to_the_document():
    """With a model's names, a lower-case word may open a mention (``_opening`` says so): that
    answer is not the language's and stays out of its memo."""
    data = load("fr")
    _forget_memos(data)
    text = "le maire a parlé"
    plain = RulesBackend().annotate(text, data)
    named = type(plain)(text=text, paragraphs=plain.paragraphs, sentences=plain.sentences, tokens=plain.tokens,
                        names=((3, 8, "PER"),))
    finder = mentions._MentionFinder(named, data, (), [])
    finder.run()
    assert finder.openings is not mentions._word_memos(data)[0]
    assert not mentions._word_memos(data)[0]
    assert finder._opening(plain.tokens[2]) == mentions._MAY_OPEN  # "a": the model may name anything


def test_hint_kinds_memo_holds_each_words_kinds():
    for code, text in TEXTS.items():
        data = load(code)
        ctx = Extractor(language=code).context(text, code)
        claims = Extractor(language=code)._kept(__import__("quotecheck").attribution.attribute(ctx))
        warm = hints.annotate(ctx.doc, ctx.data, claims, ctx.mentions)
        memo = hints._kinds_memo(data)
        assert memo
        for token in ctx.doc.tokens:
            if token.text in memo:
                assert memo[token.text] == hints._kinds_of(token, data), token
        _forget_memos(data)
        assert hints.annotate(ctx.doc, ctx.data, claims, ctx.mentions) == warm


def test_claims_do_not_depend_on_the_documents_read_before():
    texts = [text for code, text in TEXTS.items() if code == "fr"] + _random_texts(20)
    ex = Extractor(language="fr")
    data = load("fr")
    forward = [ex.extract(text) for text in texts]
    _forget_memos(data)
    backward = [ex.extract(text) for text in reversed(texts)][::-1]
    assert forward == backward


def test_a_memo_past_its_bound_is_emptied(monkeypatch):
    monkeypatch.setattr(memos, "MEMO_WORDS", 5)
    memo = {str(k): k for k in range(5)}
    memos.keep_bounded(memo)
    assert len(memo) == 5
    memo["5"] = 5
    memos.keep_bounded(memo)
    assert memo == {}


def test_the_tokenizer_memo_stays_bounded_over_many_words(monkeypatch):
    monkeypatch.setattr(memos, "MEMO_WORDS", 50)
    data = load("fr")
    _forget_memos(data)
    rng = random.Random(4)
    text = " ".join("".join(rng.choice("abcdefgh") for _ in range(6)) for _ in range(300)) + " l'usine."
    tokens = rules.tokenize(text, data)
    assert [(t.text, t.start, t.end) for t in tokens] == _reference_tokens(text, data, [(0, len(text))])
    words, pieces = rules._word_memos(data)
    assert len(words) <= 50 and len(pieces) <= 50
    _forget_memos(data)


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_inner_capitals_read_from_the_mention_indexes_are_the_documents(code):
    data = load(code)
    doc = RulesBackend().annotate(TEXTS[code] + " Puis Lucie Barral, et PARIS.", data)
    starts = {s for s, _ in doc.sentences}
    tokens = doc.tokens
    expected = {t.text for k, t in enumerate(tokens) if k and t.text[:1].isupper()
                and t.start not in starts and tokens[k - 1].text[:1].isalnum()}
    assert mentions.inner_capitals(doc, data) == expected
    other = RulesBackend().annotate("Rien. Ici Marc Dorval parle.", data)
    assert mentions.inner_capitals(other, data) == {"Marc", "Dorval"}  # (the indexes of that document)


def test_words_introducing_a_name_and_incise_openers_are_the_languages():
    for code in ("fr", "en", "de", "es", "it", "pt"):
        data = load(code)
        assert hints._introducing_words(data) == {w.lower() for w in data.determiners} | \
            {w.lower() for w in data.organization_nouns}
        assert quotes._incise_opening_words(data) == quotes._INCISE_OPENERS | set(data.dialogue_dashes)
