"""The default backend: paragraphs, sentences and tokens from regular expressions, no model.

Sentence ends are ``. ! ? …`` (optionally followed by closing quote marks) before whitespace and
an upper-case letter, a digit, an opening mark or a dash, or a period with no space between a
lower-case word and a capitalised one ("à Moscou.Elle a"); a period after an initial ("J.") or
after one of the language's titles and abbreviations ("M.", "Dr.", "z.B.": ``TITLES`` and
``ABBREVIATIONS`` in its data) does not end a sentence. Paragraphs are separated by line breaks,
any of Unicode's (``document.LINE_BREAKS``).
"""

from __future__ import annotations

import functools

import regex

from ..document import LINE_BREAKS, PARAGRAPH_BREAKS, Document, Token
from ..lang import LanguageData

_PARAGRAPH = regex.compile(f"[^{LINE_BREAKS}]+")
_HARD_WRAP_END = regex.compile(r"[\p{L}\p{N},]\s*$")  # a line cut after a word or a comma
_LOWER_START = regex.compile(r"\s*\p{Ll}")
_TOKEN = regex.compile(
    r"(?i:\p{L}|\p{L}*qu)['’](?=\p{L})"  # elisions stand alone: l' | d' | qu' | lorsqu'
    # aujourd'hui, a-t-il, 2022-03, z.B.; not a period missing its space ("Moscou.Elle", _GLUED_END)
    r"|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|[-‑][\p{L}\p{N}]+|(?<!\p{Ll}\p{Ll})\.[\p{L}\p{N}]+"
    r"|\.(?!\p{Lu}\p{Ll})[\p{L}\p{N}]+)*\.?"
    r"|\S"
)
#: a sentence end whose space was lost: a period between a lower-case word and a capitalised one
_GLUED_END = r"(?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll})"
_SENTENCE_END = regex.compile(
    r"(?<=[.!?…]['\"»”“’)\]]*)\s+(?=[\p{Lu}\p{N}«\"“„»‹—–-])|" + _GLUED_END
)
_INITIAL = regex.compile(r"\b\p{Lu}\.$")


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


class RulesBackend:
    name = "rules"

    def annotate(self, text: str, data: LanguageData) -> Document:
        abbreviation, reach = _abbreviations(data)
        paragraphs = paragraph_spans(text)
        sentences: list[tuple[int, int]] = []
        for p_start, p_end in paragraphs:
            start = p_start
            for m in _SENTENCE_END.finditer(text, p_start, p_end):
                if abbreviation.search(text, max(p_start, m.start() - reach), m.start()):
                    continue
                sentences.append((start, m.start()))
                start = m.end()
            sentences.append((start, p_end))
        return Document(text=text, paragraphs=paragraphs, sentences=sentences, tokens=tokenize(text, data))


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


def tokenize(text: str, data: LanguageData | None = None) -> list[Token]:
    """Tokens shaped for the lexicons: elisions apart ("l'"), inverted cues whole ("a-t-il")."""
    abbreviation, _ = _abbreviations(data)
    fixed: list[Token] = []
    for m in _TOKEN.finditer(text):
        t = Token(m.group(), m.start(), m.end())
        # a token "word." at a sentence end keeps its period apart
        if len(t.text) > 1 and t.text.endswith(".") and not abbreviation.search(t.text):
            fixed.append(Token(t.text[:-1], t.start, t.end - 1))
            fixed.append(Token(".", t.end - 1, t.end))
        else:
            fixed.append(t)
    return fixed
