"""The byte-identical shortcuts before attribution (perf7) answer what the full computation answers:
the tokenizer's shared word strings and its offsets found with ``str.find``, the sentence splitter's
skip of paragraphs with no final punctuation, and the mention finder's early rejection read in its
main loop."""

import random

import attrs
import regex

from quotecheck import mentions, quotes
from quotecheck.backends import rules
from quotecheck.backends.rules import RulesBackend
from quotecheck.cues import matcher_for
from quotecheck.lang import load

TEXTS = {
    "fr": ("Selon « Le Quotidien du Soir », le nouveau directeur de l'usine, ancien maire de Brévanne, "
           "a déclaré : « Nous partirons demain. » Lorsqu'il est arrivé, M. Tardieu a-t-il dit non ?\n\n"
           "« oui » et « non » — elle a dit « peut-être » aujourd'hui\n"
           "Le Conseil Vote Son Budget Annuel\nla séance, dit-elle, était close."),
    "en": ("According to the campaign manager, \"we will win,\" he said. The former deputy director "
           "said on Monday that officials, including spokesman Tom Vale, had met.\n"
           "Harbour Board Approves Winter Budget\n\"Yes\" and \"no\" — she said \"maybe\" ex-minister Ray Holt"),
    "it": "«Non lo so», ha detto dell'atleta l’avvocata Rossi nell’aula. Secondo lui, è finita.",
    "de": "„Wir kommen“, sagte der 2. Sprecher z.B. am Montag. Die „Zeitung“ schreibt: Das war gut.",
}


def _reference_tokens(text, data, spans):
    """The tokenizer as it read before: one match object per token, its span from the match."""
    abbreviation, _ = rules._abbreviations(data)
    elisions = rules._elisions(data)
    out = []
    for span_start, span_end in spans:
        for m in rules._TOKEN.finditer(text, span_start, span_end):
            word, (start, end) = m.group(), m.span()
            if word[-1] != "." and not (elisions and ("'" in word or "’" in word)):
                out.append((word, start, end))
                continue
            cut = max(word.find("'"), word.find("’")) + 1 if elisions else 0
            if 0 < cut < len(word) and word[:cut - 1].lower() in elisions:
                out.append((word[:cut], start, start + cut))
                word, start = word[cut:], start + cut
            if len(word) > 1 and word[-1] == "." and not abbreviation.search(word):
                out.append((word[:-1], start, end - 1))
                out.append((".", end - 1, end))
            else:
                out.append((word, start, end))
    return out


def _random_texts(count=300):
    rng = random.Random(11)
    pool = list("abcdeéqu'’.-‑ \n\t\u00a0\u2028«»“”\"!?…,;:0123456789ABCÉQ") + ["qu'", "l'", "dell'", "M.", "z.B."]
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 80))) for _ in range(count)]


def test_tokens_are_those_of_one_match_object_each():
    for code, text in TEXTS.items():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        spans = [(s, e) for s, e in doc.paragraphs]
        assert [(t.text, t.start, t.end) for t in rules.tokenize(text, data, spans)] == \
            _reference_tokens(text, data, spans), code
    data = load("fr")
    for text in _random_texts():
        assert [(t.text, t.start, t.end) for t in rules.tokenize(text, data)] == \
            _reference_tokens(text, data, [(0, len(text))]), text


def test_equal_words_share_one_string_and_keep_their_lower_case():
    text = "Le maire et le Maire ; LE MAIRE, le maire !"
    tokens = rules.tokenize(text, load("fr"))
    for t in tokens:
        assert t.text == text[t.start:t.end]
        assert t.lower == t.text.lower()
    maires = [t for t in tokens if t.text == "maire"]
    assert len(maires) == 2 and maires[0].text is maires[1].text and maires[0].lower is maires[0].text
    upper = [t for t in tokens if t.text == "Maire"]
    assert upper[0].lower == "maire"


def test_paragraphs_without_final_punctuation_split_as_before(monkeypatch):
    texts = [*TEXTS.values(), *_random_texts(200)]
    codes = ["fr", "en", "it", "de"]
    found = [[RulesBackend().annotate(t, load(c)).sentences for c in codes] for t in texts]
    # a pattern that always finds something: every paragraph goes through the splitter
    monkeypatch.setattr(rules, "_FINAL_PUNCTUATION", regex.compile(""))
    reference = [[RulesBackend().annotate(t, load(c)).sentences for c in codes] for t in texts]
    assert found == reference


def _reference_run(finder):
    """The mention finder's main loop as it read before: ``_at`` asked for every word outside
    quotations, its own early exit rejecting the lower-case words that open nothing."""
    tokens, out, i = finder.tokens, [], 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.text[:1].isalpha() or finder._inside_quote(tok.start):
            quoted = finder._quoted_name_after_marker(i) if i and tokens[i - 1].lower in finder.source_words else None
            if quoted is not None:
                out.append(quoted)
                i = quoted.last + 1
                continue
            i += 1
            continue
        mention = finder._at(i)
        if mention is None:
            i += 1
            continue
        if finder._after_cue(i):
            mention = attrs.evolve(mention, cue_subject=True)
        finder.last_kind, finder.last_end, finder.last_place = mention.kind, mention.last, mention.place
        if mention.kind is mentions.MentionKind.NAME and mention.last > mention.first \
                and mentions.is_first_name(tokens[mention.first].text):
            finder.surnames.add(tokens[mention.last].text)
        out.append(mention)
        i = mention.last + 1
    return out


def _new_finder(code, text):
    """A mention finder over ``text`` read in ``code`` (the rules backend, its quotations and cues):
    a new one for each call, since a finder runs once."""
    data = load(code)
    doc = RulesBackend().annotate(text, data)
    found = quotes.find_quotes(doc, data).quotes
    cues = matcher_for(data).find_all(doc)
    return lambda: mentions._MentionFinder(doc, data, found, cues)


def test_main_loop_rejection_keeps_every_mention():
    for code, text in TEXTS.items():
        finder = _new_finder(code, text)
        fast = finder().run()
        assert fast == _reference_run(finder()), code
        assert fast, code


def test_mention_indexes_do_not_keep_a_freed_document_alive():
    """The finder's cache of the last document's indexes holds it weakly: a window's tokens go
    when the window is done, and the indexes of a living document are still shared."""
    import gc
    import weakref

    data = load("fr")
    doc = RulesBackend().annotate("Le maire Paul Girard a déclaré que la séance était close.", data)
    first = mentions._document_indexes(doc, data)
    assert mentions._document_indexes(doc, data) is first
    freed = weakref.ref(doc)
    del doc, first
    gc.collect()
    assert freed() is None
    assert not mentions._LAST_INDEXES


def test_hard_wrap_end_searched_from_the_end_finds_what_a_forward_search_finds():
    forward = regex.compile(rules._HARD_WRAP_END.pattern)
    assert rules._HARD_WRAP_END.flags & regex.REVERSE
    rng = random.Random(5)
    pool = list("ab,1 \t\u00a0\u2002\u3000\x1c\x85.éЖ—»")
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        a, b = sorted((rng.randint(0, len(s)), rng.randint(0, len(s))))
        assert bool(rules._HARD_WRAP_END.search(s, a, b)) == bool(forward.search(s, a, b)), (s, a, b)
    wrapped = "Le maire a dit\nque la séance était close,\net puis\n\nFin."
    assert rules.paragraph_spans(wrapped) == [(0, wrapped.index("\n\n")), (wrapped.index("Fin"), len(wrapped))]
