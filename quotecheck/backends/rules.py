"""The default backend: paragraphs, sentences and tokens from regular expressions, no model.

Sentence ends are ``. ! ? …`` (optionally followed by closing quote marks) before whitespace and
an upper-case letter, a digit, an opening mark or a dash, or a period with no space between a
lower-case word and a capitalised one ("à Lyon.Elle a"); a period after an initial ("J.") or
after one of the language's titles and abbreviations ("M.", "Dr.", "z.B.": ``TITLES`` and
``ABBREVIATIONS`` in its data) does not end a sentence, nor, where ordinals take a period
(``ORDINAL_PERIOD``), a number after a definite determiner ("der 2. Akt"). Paragraphs are
separated by line breaks, any of Unicode's (``document.LINE_BREAKS``); a paragraph of quote marks and dashes with not one
letter is left out before tokenizing, its marks counted (``Document.skipped_marks``).
"""

from __future__ import annotations

import functools

import regex

from ..document import LINE_BREAKS, PARAGRAPH_BREAKS, Document, Token
from ..lang import LanguageData
from ..memos import keep_bounded

_PARAGRAPH = regex.compile(f"[^{LINE_BREAKS}]+")
#: a line cut after a word or a comma; searched from the line's end (REVERSE: the same matches,
#: found without trying every position of a long line first)
_HARD_WRAP_END = regex.compile(r"[\p{L}\p{N},]\s*$", regex.REVERSE)
_LOWER_START = regex.compile(r"\s*\p{Ll}")
_TOKEN = regex.compile(
    r"(?i:\p{L}|\p{L}*qu)['’](?=\p{L})"  # elisions stand alone: l' | d' | qu' | lorsqu'
    # aujourd'hui, a-t-il, 2022-03, z.B.; not a period missing its space ("Lyon.Elle", _GLUED_END)
    r"|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|[-‑][\p{L}\p{N}]+|(?<!\p{Ll}\p{Ll})\.[\p{L}\p{N}]+"
    r"|\.(?!\p{Lu}\p{Ll})[\p{L}\p{N}]+)*\.?"
    r"|\S"
)
#: a sentence end whose space was lost: a period between a lower-case word and a capitalised one
_GLUED_END = r"(?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll})"


def _sentence_end_pattern(openers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """A sentence end: final punctuation (and closing marks), spaces, then what may open a
    sentence (a capital, a digit, an opening mark or a dash, or one of ``openers``); or a lost space."""
    after = r"[\p{Lu}\p{N}«\"“„»‹—–-]" + "".join("|" + regex.escape(o) for o in openers)
    return regex.compile(r"(?<=[.!?…]['\"»”“’)\]]*)\s+(?=" + after + ")|" + _GLUED_END)


_SENTENCE_END = _sentence_end_pattern()
#: what every sentence end of these patterns follows (a paragraph without one is one sentence)
_FINAL_PUNCTUATION = regex.compile(r"[.!?…]")
_INITIAL = regex.compile(r"\b\p{Lu}\.$")


@functools.lru_cache(maxsize=None)
def _sentence_end(data: LanguageData | None) -> regex.Pattern[str]:
    """``_SENTENCE_END``, where the language's quote marks of two characters (two apostrophes, two
    backticks) may open the next sentence too; a single apostrophe does not, it opens words as often."""
    openers = tuple(sorted({o for o, _ in data.quote_pairs if len(o) > 1})) if data is not None else ()
    return _sentence_end_pattern(openers) if openers else _SENTENCE_END


_LETTER = regex.compile(r"\p{L}")


@functools.lru_cache(maxsize=None)
def _abbreviations(data: LanguageData | None) -> tuple[regex.Pattern[str], int]:
    """A pattern for "word." that does not end a sentence in this language, and its longest reach."""
    # short capitalised titles ("M", "Mme", "Dr"), not titles that are words ("père", "roi")
    words = set() if data is None else {
        t.rstrip(".") for t in data.titles if t[:1].isupper() and (t.endswith(".") or len(t) <= 4)}
    if data is not None:
        words |= set(data.abbreviations)
    words = {w for w in words if w}
    if not words:
        return _INITIAL, 3
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?:\b\p{{Lu}}|(?<![\w.])(?:{alternatives}))\.$"), max(map(len, words)) + 2


#: a number of one to three digits and its period after a word ("der 2.")
_ORDINAL = regex.compile(r"(?<![\p{L}\p{N}.])(\p{L}+)\s+\p{N}{1,3}\.$")


def _ordinal_goes_on(text: str, start: int, end: int, data: LanguageData) -> bool:
    """In a language that writes ordinals with a period (``ORDINAL_PERIOD``), ``text[start:end]``
    ends with one after a definite determiner ("der 2. Akt", "des 3. Bandes"): no sentence end."""
    m = _ORDINAL.search(text, max(start, end - 40), end) if data.ordinal_period else None
    return m is not None and m.group(1).lower() in data.definite_determiners


@functools.lru_cache(maxsize=None)
def _mark_characters(data: LanguageData) -> tuple[str, ...]:
    return tuple(sorted({c for pair in data.quote_pairs for mark in pair for c in mark} | set(data.dialogue_dashes)))


def _marks_without_words(text: str, start: int, end: int, data: LanguageData) -> int:
    """The number of marks in ``text[start:end]`` when it has not one letter and at least as many
    marks as other characters (nothing to quote, only pairing work: left out), else 0."""
    if _LETTER.search(text, start, end) is not None:
        return 0
    marks = sum(text.count(c, start, end) for c in _mark_characters(data))
    return marks if marks * 2 >= len("".join(text[start:end].split())) else 0


class RulesBackend:
    name = "rules"

    def annotate(self, text: str, data: LanguageData) -> Document:
        abbreviation, reach = _abbreviations(data)
        sentence_end = _sentence_end(data)
        paragraphs = []
        kept: list[tuple[int, int]] = [(0, 0)]  # runs of kept paragraphs, tokenized in one pass each
        skipped_marks = 0
        for p_start, p_end in paragraph_spans(text):
            marks = _marks_without_words(text, p_start, p_end, data)
            skipped_marks += marks
            if marks:
                kept.append((p_end, p_end))
            else:
                paragraphs.append((p_start, p_end))
                kept[-1] = (kept[-1][0] if kept[-1][0] < kept[-1][1] else p_start, p_end)
        sentences: list[tuple[int, int]] = []
        for p_start, p_end in paragraphs:
            start = p_start
            if _FINAL_PUNCTUATION.search(text, p_start, p_end) is None:
                sentences.append((p_start, p_end))  # no sentence end without one (a page of marks)
                continue
            for m in sentence_end.finditer(text, p_start, p_end):
                if abbreviation.search(text, max(p_start, m.start() - reach), m.start()) \
                        or _ordinal_goes_on(text, p_start, m.start(), data):
                    continue
                sentences.append((start, m.start()))
                start = m.end()
            sentences.append((start, p_end))
        return Document(text=text, paragraphs=paragraphs, sentences=sentences,
                        tokens=tokenize(text, data, kept), skipped_marks=skipped_marks)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: a paragraph is what a line break closes, except a hard wrap (a line that
    stops mid-sentence, followed by a line that goes on in lower case) which joins the next line
    unless a blank line comes between them. Each line is read once (linear in the text)."""
    merged: list[tuple[int, int]] = []
    last_line = (0, 0)
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        if text[start:end].isspace():
            continue
        if merged and _HARD_WRAP_END.search(text, *last_line) and _LOWER_START.match(text, start, end) \
                and not _blank_line(text[merged[-1][1]:start]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        last_line = (start, end)
    return merged


def _blank_line(gap: str) -> bool:
    """The spaces between two lines hold a blank line (two breaks, "\r\n" counting as one; "\r\r"
    and lines of spaces too) or a separator that ends a paragraph by itself (U+2029, form feed)."""
    if any(c in PARAGRAPH_BREAKS for c in gap):
        return True
    return sum(c in LINE_BREAKS for c in gap.replace("\r\n", "\n")) >= 2


@functools.lru_cache(maxsize=None)
def _elisions(data: LanguageData | None) -> frozenset[str]:
    """The elided function words of the language's data ("dell'", "nell'", "un'"), lower case
    without their apostrophe: such a word stands apart from the word it is glued to."""
    if data is None:
        return frozenset()
    words = (*data.determiners, *data.complement_prepositions, *data.locative_prepositions, *data.cue_prepositions)
    return frozenset(w[:-1] for w in words if len(w) > 2 and w[-1] in "'’")


@functools.lru_cache(maxsize=None)
def _word_memos(data: LanguageData | None) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[tuple[str, int, str], ...]]]:
    """The tokenizer's memos for one language, kept from one document to the next (see
    :mod:`quotecheck.memos`): {a plain word or a mark: its one text and lower-case string}, {a
    word with a final period or an apostrophe: its tokens (text, start in the word, lower case)}."""
    return {}, {}


def tokenize(text: str, data: LanguageData | None = None,
             spans: list[tuple[int, int]] | None = None) -> list[Token]:
    """Tokens shaped for the lexicons: elisions apart ("l'"), inverted cues whole ("a-t-il"); only
    within ``spans`` (the paragraphs) when given."""
    abbreviation, _ = _abbreviations(data)
    elisions = _elisions(data)
    fixed: list[Token] = []
    append = fixed.append
    # what a word is cut into depends on the word and the language alone: found once per
    # distinct word of the language's documents, and equal words share their strings
    words, pieces_of = _word_memos(data)
    find = text.find
    for span_start, span_end in [(0, len(text))] if spans is None else spans:
        # the pattern's last branch takes any other character than a space: only spaces lie
        # between two tokens, so each token starts where its text is next found (findall and
        # str.find cost less than a match object per token)
        end = span_start
        for word in _TOKEN.findall(text, span_start, span_end):
            start = find(word, end)
            end = start + len(word)
            shared = words.get(word)
            if shared is None:
                pieces = pieces_of.get(word)
                if pieces is None and word[-1] != "." and not (elisions and ("'" in word or "’" in word)):
                    lower = word.lower()
                    shared = words[word] = (word, word if lower == word else lower)
                else:
                    if pieces is None:
                        pieces = pieces_of[word] = _word_pieces(word, elisions, abbreviation)
                    for piece, at, lower in pieces:
                        append(Token(piece, start + at, start + at + len(piece), lower))
                    continue
            # most tokens: a plain word or a mark, its text and lower case one string per
            # distinct word
            append(Token(shared[0], start, end, shared[1]))
    keep_bounded(words)
    keep_bounded(pieces_of)
    return fixed


def _word_pieces(word: str, elisions: frozenset[str], abbreviation: regex.Pattern[str]) -> tuple[tuple[str, int, str], ...]:
    """The tokens of a word the pattern took whole that ends on a period or holds an apostrophe:
    (text, start in the word, lower case) of each, found once per distinct word."""
    out: list[tuple[str, int]] = []
    start = 0
    cut = max(word.find("'"), word.find("’")) + 1 if elisions else 0
    if 0 < cut < len(word) and word[:cut - 1].lower() in elisions:
        # "dell'atleta", "nell’aula": the elided preposition is a token of its own
        out.append((word[:cut], 0))
        word, start = word[cut:], cut
    # a token "word." at a sentence end keeps its period apart
    if len(word) > 1 and word[-1] == "." and not abbreviation.search(word):
        out.append((word[:-1], start))
        out.append((".", start + len(word) - 1))
    else:
        out.append((word, start))
    return tuple((piece, at, piece.lower()) for piece, at in out)
