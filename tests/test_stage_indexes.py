"""Indexes and memos of the stages before attribution (perf9) answer what the full computation
answers: the incise openers of the quotation segmenter, the hint triggers of the claims, the
mention finder's per-word rejection."""

import random

from quotecheck import hints, mentions, quotes
from quotecheck.backends.rules import RulesBackend
from quotecheck.cues import matcher_for
from quotecheck.lang import load

from test_compact_tokens import _new_finder, _reference_run

TEXTS = {
    "fr": ("« Nous partirons demain, a-t-elle dit, et “personne”, selon elle, ne restera » — Non, "
           "répondit le maire. « Le budget baissera de 3 % en 2025 », a promis M. Garnier, qui "
           "« pense, dit-il, que 12 millions d'euros suffiront ». — Peut-être, lança Lucie Barral."),
    "en": ("\"We will cut taxes by 5 percent,\" said the mayor, \"and, frankly, nobody will leave.\" "
           "'Maybe,' she added, 'in March.' The former deputy director said \"around $3 million\" was enough."),
    "es": ("—No lo sé —respondió Julián—. Quizá mañana, dijo. «Subiremos un 2 %, aseguró la ministra, "
           "antes de junio», y añadió: «sin duda»."),
    "it": ("«Lo faremo entro marzo», ha detto il sindaco, «e forse, secondo lui, costerà 4 milioni». "
           "— Vedremo, rispose l'assessore."),
}

_MARKS = ["« ", " »", "“", "”", "\"", "— ", ", ", ". ", "! ", "? ", " 3 % ", " 12 ", " en 2025 "]
_WORDS = "le la il elle a dit que pour une des dans avec selon mais peut-être déclaré environ plus".split()


def _random_texts(count: int) -> list[str]:
    rng = random.Random(9)
    out = []
    for _ in range(count):
        parts = [rng.choice(_MARKS) if rng.random() < 0.35 else rng.choice(_WORDS) + " " for _ in range(rng.randint(5, 80))]
        out.append("".join(parts))
    return out


def _cases():
    yield from TEXTS.items()
    for text in _random_texts(150):
        yield "fr", text


def test_incise_openers_give_what_a_scan_of_every_token_gives():
    for code, text in _cases():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        fast = quotes._Segmenter(doc, data)
        full = quotes._Segmenter(doc, data)
        full._incise_openings = list(range(len(doc.tokens)))  # every token tried, as before the index
        assert fast.run() == full.run(), text
        assert fast._incise_openers() == [k for k, t in enumerate(doc.tokens)
                                         if t.text in quotes._INCISE_OPENERS or t.text in data.dialogue_dashes]


def test_hint_triggers_give_what_a_scan_of_every_token_gives():
    rng = random.Random(3)
    for code, text in _cases():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        n = len(doc.tokens)
        spans = []
        for _ in range(6):  # overlapping and nested spans, as nested quotations give
            first = rng.randrange(n + 1)
            spans.append((first, rng.randint(first, n)))
        triggers = hints._trigger_tokens(doc, data, spans, {})
        for first, last in spans:
            end = doc.tokens[last - 1].end if last > first else doc.tokens[first - 1].end if first else 0
            assert hints._token_hints(doc, data, first, last, end, {}, triggers) == \
                hints._token_hints(doc, data, first, last, end), (text, first, last)
        covered = sorted({k for first, last in spans for k in range(first, last)})
        assert triggers == [k for k in covered if hints._kinds_of(doc.tokens[k], data)]


def test_hints_of_nested_claims_are_those_of_each_claim_alone():
    from quotecheck import Extractor

    ex = Extractor(language="fr")
    text = TEXTS["fr"]
    ctx = ex.context(text, "fr")
    claims = ex._kept(__import__("quotecheck").attribution.attribute(ctx))
    assert len(claims) > 2
    together = hints.annotate(ctx.doc, ctx.data, claims, ctx.mentions)
    alone = [hints.annotate(ctx.doc, ctx.data, [c], ctx.mentions)[0] for c in claims]
    assert together == alone
    assert any(c.hints for c in together)


def test_per_word_rejection_gives_the_mentions_of_the_full_loop():
    for code, text in _cases():
        finder = _new_finder(code, text)
        fast = finder().run()
        assert fast == _reference_run(finder()), text


def test_a_word_that_opens_nothing_opens_nothing_after_any_word():
    data = load("fr")
    words = _WORDS + ["Garnier", "M.", "ministre", "ancien", ",", "du", "directeur", "ex-maire", "3"]
    for word in words:
        for before in words:
            doc = RulesBackend().annotate(f"{before} {word} Paul Girard", data)
            finder = mentions._MentionFinder(doc, data, (), [])
            k = next(i for i, t in enumerate(doc.tokens) if t.start >= len(before) + 1)
            kind = finder._opening(doc.tokens[k])
            lead_in = doc.tokens[k - 1].lower in finder.lower_openers[1]
            if kind == mentions._OPENS_NOTHING or (kind == mentions._OPENS_AFTER_LEAD_IN and not lead_in):
                assert finder._at(k) is None, (before, word)


def test_split_words_are_cut_once_and_give_the_tokens_of_each_occurrence():
    """The tokenizer cuts a word with an elision or a final period once per distinct word
    (rules._word_pieces) and places its pieces at each occurrence."""
    from quotecheck.backends import rules

    from test_compact_tokens import _random_texts as _token_texts, _reference_tokens

    cases = [("it", "dell'atleta nell’aula dell'atleta. nell’aula M. dell'atleta."),
             ("fr", "l'usine qu'il l'usine. aujourd'hui M. l'usine M. qu'il"),
             ("de", "z.B. am 2. Mai z.B. sagte er. Er sagte er.")]
    cases += [("fr", text * 3) for text in _token_texts(200)]
    for code, text in cases:
        data = load(code)
        tokens = rules.tokenize(text, data)
        assert [(t.text, t.start, t.end) for t in tokens] == _reference_tokens(text, data, [(0, len(text))]), text
        assert all(t.lower == t.text.lower() and text[t.start:t.end] == t.text for t in tokens), text


def _reference_plain_word(finder, k, allow_capital=False):
    t = finder.tokens[k]
    low, data = t.lower, finder.data
    if not allow_capital and not t.text.islower():
        return False
    return not (low in data.stop_words or low in data.auxiliaries or low in data.cue_adverbs
                or low in data.passive_auxiliaries or low in finder.prepositions or low in finder.determiners
                or low in data.pronouns or low in data.locative_prepositions or low in data.gerund_markers
                or low in data.relative_pronouns or low in data.complementizers
                or k in finder.cue_starts or k in finder.cue_particles)


def test_plain_word_memo_gives_the_full_test():
    texts = dict(TEXTS, de="Der ehemalige Sprecher sagte, dass die Regierung wohl bald kommen werde, und gab das bekannt.")
    for code, text in texts.items():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        cues = matcher_for(data).find_all(doc)
        finder = mentions._MentionFinder(doc, data, (), cues)
        for _ in range(2):  # the second time from the memo
            for k in range(len(doc.tokens)):
                for allow in (False, True):
                    assert finder._plain_word(k, allow) == _reference_plain_word(finder, k, allow), (code, k)
        assert finder.function_words


def test_lower_words_index_is_that_of_every_token():
    for code, text in TEXTS.items():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        indexes = mentions._DocumentIndexes(doc, data)
        assert indexes.lower_words == {t.text for t in doc.tokens if t.text.islower()}


def test_sentence_at_an_index_is_the_sentence_span_of_its_offsets():
    from quotecheck.document import Document

    text = "Il pleut. Elle a dit non. Fin"
    doc = Document(text, paragraphs=[(0, len(text))], sentences=[(0, 9), (10, 25), (26, 29)], tokens=[])
    for offset in range(len(text)):
        assert doc.sentence_at(doc.sentence_index(offset)) == doc.sentence_span(offset)
    bare = Document(text, paragraphs=[], sentences=[], tokens=[])
    assert bare.sentence_at(bare.sentence_index(12)) == bare.sentence_span(12) == (0, len(text))
