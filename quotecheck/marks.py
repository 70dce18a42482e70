"""The quote marks of a language and the tests of one mark, shared by the segmenter
(:mod:`quotecheck.quotes`) and the window boundaries (:mod:`quotecheck.boundaries`), so that both
read a mark the same way."""

from __future__ import annotations

import functools

import regex

from .lang import LanguageData

__all__ = ["APOSTROPHE_LIKE", "OPEN_CONTEXT", "SENTENCE_PUNCTUATION", "SPACES", "Conventions", "conventions",
           "is_apostrophe", "is_space", "left_flanking"]

SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
APOSTROPHE_LIKE = "'’‘`ʼ"
OPEN_CONTEXT = "([{—–-/"
SENTENCE_PUNCTUATION = ".!?…:;"  # 'a-t-il tempéré."Les Villes' : a mark glued after them opens


class Conventions:
    """The mark tables of one language, built once."""

    def __init__(self, data: LanguageData) -> None:
        self.closers_of: dict[str, set[str]] = {}
        #: the closing mark of each opening mark's own pair (the first listed), before mixed pairs
        self.own_closer: dict[str, str] = {}
        closers: set[str] = set()
        for opening, closing in data.quote_pairs:
            self.closers_of.setdefault(opening, set()).add(closing)
            self.own_closer.setdefault(opening, closing)
            closers.add(closing)
        self.closers = frozenset(closers)
        self.marks = frozenset(self.closers_of) | self.closers
        # marks of two characters ('' typed for a double quote) are tried before the single ones
        self.mark_class = regex.compile("|".join(
            regex.escape(m) for m in sorted(self.marks, key=lambda m: (-len(m), m)))) if self.marks else None
        dashes = "".join(regex.escape(d) for d in data.dialogue_dashes)
        markers = "|".join(regex.escape(m) for m in data.interview_markers)
        line_start = []
        if dashes:
            line_start.append(f"[{dashes}]+")
        if markers:
            line_start.append(rf"(?:{markers})\s*[:.]")
        self.line_start = (
            regex.compile(r"[ \t\u00a0\u202f]*(?:" + "|".join(line_start) + r")[ \t\u00a0\u202f]*")
            if line_start else None
        )
        # "Q. …" opening a paragraph, not "A. J. Styles" (initials in a row)
        self.period_marker = (
            regex.compile(rf"[ \t\u00a0\u202f]*({markers})\s*\.(?![ \t\u00a0\u202f]*\p{{Lu}}\.)") if markers else None
        )
        self.dash_start = regex.compile(rf"[ \t\u00a0\u202f]*[{dashes}]") if dashes else None
        # "… mit Kanonen. -- Jm Hafen …": a dash (or two hyphens typed for one) between sentences
        self.separator = (
            regex.compile(rf"[.!?…][ \u00a0\u202f]+(?:--|[{dashes}])[ \u00a0\u202f]+(?=\p{{Lu}})") if dashes else None
        )
        # a dash turn inside a paragraph: after a colon or a sentence end, before a capital
        self.inline_dash = (
            regex.compile(rf"(?<=[:.!?…][ \u00a0\u202f]*)(?:--|[{dashes}])[ \u00a0\u202f]+(?=\p{{Lu}}|[«“\"])")
            if dashes else None
        )


@functools.lru_cache(maxsize=None)
def conventions(data: LanguageData) -> Conventions:
    """The mark tables of ``data``, built once per language."""
    return Conventions(data)


def is_space(ch: str) -> bool:
    return ch.isspace() or ch in SPACES


def is_apostrophe(text: str, i: int) -> bool:
    """The mark at ``i`` is an apostrophe (l’Otan, the '90s, les parents’), not a quote mark."""
    ch = text[i]
    if ch not in APOSTROPHE_LIKE:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # l’Otan, O'Brien, aujourd’hui
    if after.isdigit():
        return True  # the '90s
    # a closing apostrophe (les parents’) when no ‘ is open: checked by the caller
    return ch in "’'" and before.isalpha()


def left_flanking(text: str, i: int, w: int, marks: frozenset[str]) -> bool:
    """The mark of width ``w`` at ``i`` is placed to open (the CommonMark notion): a space, an
    opening bracket, an elided article, another mark or a sentence end before it, no space after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + w] if i + w < len(text) else " "
    # (is_space written out: this runs once or twice per quote mark)
    return ((before.isspace() or before in SPACES or before in OPEN_CONTEXT or before in APOSTROPHE_LIKE
             or before in marks or (before in SENTENCE_PUNCTUATION and after.isalpha()))
            and not (after.isspace() or after in SPACES))
