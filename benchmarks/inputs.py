"""Input classes that once cost more than linear time, generated at a given size (in characters).

Each class is a function ``make(chars, seed_text) -> str`` returning exactly ``chars`` characters
(a prefix of the pattern repeated), deterministic for a given size. ``seed_text`` is a news-like
article of the project (``seeds/*.txt``); the word lists are written for this file.
"""

from __future__ import annotations

import random
import textwrap
from typing import Callable

MARKS = ["«", "»", "“", "”", '"', "„", "‹", "›", "‘", "’", "「", "」", " "]
WORDS = "le la les il elle nous vous ils ministre maire que pour une des dans avec sur mais donc".split()
CAPS = "Louise Arnaud Claire Bastien Morel Girard Fontaine Lemaire Roussel Perrin Dumas Carpentier".split()
VERBS = ["déclaré", "affirmé", "ajouté", "souligné", "estimé", "indiqué", "précisé", "rappelé", "assuré"]


def _fill(chars: int, piece: Callable[[], str]) -> str:
    out: list[str] = []
    total = 0
    while total < chars:
        s = piece()
        out.append(s)
        total += len(s)
    return "".join(out)[:chars]


def _strip_marks(text: str) -> str:
    return text.translate({ord(m): None for m in "«»“”\"„‹›"})


def only_marks(chars: int, seed: str) -> str:
    rng = random.Random(7)
    return _fill(chars, lambda: rng.choice(MARKS))


def marks_and_words(chars: int, seed: str) -> str:
    rng = random.Random(7)
    pieces = ["« ", " »", "“", "”", '"', "— "]
    return _fill(chars, lambda: rng.choice(pieces) if rng.random() < 0.3 else rng.choice(WORDS) + " ")


def capitalised_words(chars: int, seed: str) -> str:
    rng = random.Random(7)
    return _fill(chars, lambda: rng.choice(CAPS) + " ")


def speech_verbs(chars: int, seed: str) -> str:
    rng = random.Random(7)
    return _fill(chars, lambda: f"Il a {rng.choice(VERBS)} que {rng.choice(WORDS)} {rng.choice(WORDS)}. ")


def no_newline(chars: int, seed: str) -> str:
    flat = " ".join(seed.split())
    return _fill(chars, lambda: flat + " ")


def long_quotation(chars: int, seed: str) -> str:
    body = " ".join(_strip_marks(seed).split())
    return "« " + _fill(max(chars - 4, 0), lambda: body + " ") + " »"


def repeated_article(chars: int, seed: str) -> str:
    return _fill(chars, lambda: seed.strip() + "\n\n")


def deep_nesting(chars: int, seed: str) -> str:
    half = chars // 4
    return ("« " * half + "» " * half).ljust(chars)


def many_short_quotations(chars: int, seed: str) -> str:
    """One sentence holding thousands of short quotations (no full stop anywhere)."""
    return _fill(chars, lambda: "il a dit « oui » et ")


def hard_wrapped(chars: int, seed: str) -> str:
    """The article wrapped at 72 columns (one newline inside paragraphs), paragraphs kept."""
    paragraphs = [" ".join(p.split()) for p in seed.split("\n") if p.strip()]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    return _fill(chars, lambda: wrapped + "\n\n")


#: name -> generator; the order is the report's
CLASSES: dict[str, Callable[[int, str], str]] = {
    "only-marks": only_marks,
    "marks-and-words": marks_and_words,
    "capitalised-words": capitalised_words,
    "speech-verbs": speech_verbs,
    "no-newline": no_newline,
    "long-quotation": long_quotation,
    "repeated-article": repeated_article,
    "deep-nesting": deep_nesting,
    "many-short-quotations": many_short_quotations,
    "hard-wrapped": hard_wrapped,
}
