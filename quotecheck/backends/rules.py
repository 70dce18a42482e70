"""The default backend: paragraphs, sentences and tokens from regular expressions, no model.

Sentence ends are ``. ! ? …`` (optionally followed by closing quote marks) before whitespace and
an upper-case letter, a digit, an opening mark or a dash; a period after a title or an initial
("M.", "J.") does not end a sentence. Paragraphs are separated by line breaks.
"""

from __future__ import annotations

import regex

from ..document import Document, Token
from ..lang import LanguageData

_PARAGRAPH = regex.compile(r"[^\n\r\u2029]+")
_TOKEN = regex.compile(
    r"(?i:\p{L}|\p{L}*qu)['’](?=\p{L})"  # elisions stand alone: l' | d' | qu' | lorsqu'
    r"|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|[-‑.][\p{L}\p{N}]+)*\.?"  # aujourd'hui, a-t-il, 2022-03
    r"|\S"
)
_SENTENCE_END = regex.compile(
    r"(?<=[.!?…]['\"»”“’)\]]*)\s+(?=[\p{Lu}\p{N}«\"“„»‹—–-])"
)
_ABBREVIATION = regex.compile(r"(?:\b\p{Lu}|\b(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mgr|St|Mr|Mrs|Ms|Prof|Sr|Sra|Jr|etc|av|env|art|no|n°|vol|p|cf))\.$")


class RulesBackend:
    name = "rules"

    def annotate(self, text: str, data: LanguageData) -> Document:
        paragraphs = paragraph_spans(text)
        sentences: list[tuple[int, int]] = []
        for p_start, p_end in paragraphs:
            start = p_start
            for m in _SENTENCE_END.finditer(text, p_start, p_end):
                if _ABBREVIATION.search(text, max(p_start, m.start() - 6), m.start()):
                    continue
                sentences.append((start, m.start()))
                start = m.end()
            sentences.append((start, p_end))
        return Document(text=text, paragraphs=paragraphs, sentences=sentences, tokens=tokenize(text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: a paragraph is what a line break closes."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def tokenize(text: str) -> list[Token]:
    """Tokens shaped for the lexicons: elisions apart ("l'"), inverted cues whole ("a-t-il")."""
    fixed: list[Token] = []
    for m in _TOKEN.finditer(text):
        t = Token(m.group(), m.start(), m.end())
        # a token "word." at a sentence end keeps its period apart
        if len(t.text) > 1 and t.text.endswith(".") and not _ABBREVIATION.search(t.text):
            fixed.append(Token(t.text[:-1], t.start, t.end - 1))
            fixed.append(Token(".", t.end - 1, t.end))
        else:
            fixed.append(t)
    return fixed
