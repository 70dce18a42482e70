"""Language detection: a cheap stop-word/speech-verb vote first, langdetect only when it abstains.

Policy (documented in docs/usage.md):
1. A text with no letters is ``"und"``.
2. The supported languages vote on a sample of at most ``SAMPLE_CHARS`` characters (start, middle
   and end of a long text) with their stop words and speech-verb forms; a language's first quote
   mark counts half a word. The vote speaks when its leader has ``MIN_VOTE`` points, ``LEAD`` times
   the next language's, and its words are at least ``MIN_DISTINCT`` distinct words making
   ``MIN_COVERAGE`` of the sample: a text in a language we have no data for shares a few short
   words with ours ("die", "at", "el") but seldom a fifth of its words, so the vote abstains on it.
3. Only then langdetect (seeded: the same text always gets the same answer) reads the sample. Its
   answer stands when it names a language we have no data for, or a supported one it is sure of
   (``MIN_PROBABILITY``) or that also leads the vote; an unsure guess the text's words do not
   support is ``"und"``: no supported language guessed for text in an unsupported one.

The vote costs ~0.1 ms a text; langdetect ~2.5 ms, and ~0.3-0.6 s to load its profiles once, which
a process that only reads supported languages now never pays.
"""

from __future__ import annotations

import functools
import threading

import regex

from . import lang

__all__ = ["detect_language"]

SAMPLE_CHARS = 1200  # three windows of 400 characters: langdetect costs ~5 ms there, ~11 ms on 3000
MIN_PROBABILITY = 0.90
MIN_VOTE = 2  # words of the language (a quote-mark hint counts one half) needed for the vote to speak
LEAD = 1.5  # the leader's points over the runner-up's
#: what the leader's words must make of the sample: a share of its words, and distinct words (a text in
#: another language shares a few short words with ours, "die", "at", "el", but seldom many of them)
MIN_COVERAGE = 0.20
MIN_DISTINCT = 2

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
_LETTER = regex.compile(r"\p{L}")
_lock = threading.Lock()  # langdetect's factory is a module-level singleton


@functools.lru_cache(maxsize=1)
def _factory():  # type: ignore[no-untyped-def]
    from langdetect import DetectorFactory  # imported lazily: profiles cost ~0.3 s to load
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


def _langdetect(text: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        detector = _factory().create()
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return "und", 0.0
    return best.lang.split("-")[0], best.prob


@functools.lru_cache(maxsize=None)
def _lexicon(code: str) -> frozenset[str]:
    """The words a language votes with: its stop words and speech-verb forms."""
    data = lang.load(code)
    return frozenset(data.stop_words) | frozenset(data.speech_verbs)


def _covered(words: list[str], code: str) -> int:
    lexicon = _lexicon(code)
    return sum(w in lexicon for w in words)


def _convincing(words: list[str], code: str) -> bool:
    """Enough of the words, and enough distinct words, belong to ``code``'s lexicon."""
    lexicon = _lexicon(code)
    distinct = {w for w in words if w in lexicon}
    return len(distinct) >= MIN_DISTINCT and _covered(words, code) >= MIN_COVERAGE * len(words)


def _ranked(sample: str, words: list[str]) -> list[tuple[str, float]]:
    """The supported languages by their points on the sample, best first."""
    scores: dict[str, float] = {}
    for code in lang.supported_languages():
        # stop words, and speech verbs: short news texts are mostly "« … », a dit X"
        score: float = _covered(words, code)
        # a language's first (preferred) opening mark is a weak hint: „ for German, « for French
        pairs = lang.load(code).quote_pairs
        if pairs and pairs[0][0] in sample:
            score += 0.5
        scores[code] = score
    return sorted(scores.items(), key=lambda kv: kv[1], reverse=True)


def _vote(sample: str, words: list[str]) -> str | None:
    """The supported language whose words and quote marks the sample uses most, if clearly ahead."""
    ranked = _ranked(sample, words)
    if not ranked or ranked[0][1] < MIN_VOTE:
        return None  # one shared word ("ya") is no evidence
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    leader = ranked[0][0]
    if not _convincing(words, leader):
        return None  # a few shared short words in a text of another language
    return leader


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language ("und" when it has no letters or no language is sure).

    >>> detect_language("« Nous allons agir », a déclaré la ministre devant les députés.")
    'fr'
    >>> detect_language("De burgemeester zei dat de stad het geld niet heeft.")  # no data: not German
    'nl'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not _LETTER.search(text):
        return "und"
    sample = _sample(text)
    words = [w.lower() for w in _WORD.findall(sample)]
    voted = _vote(sample, words)
    if voted is not None:
        return voted
    guess, probability = _langdetect(sample)
    if guess in lang.supported_languages() and probability < MIN_PROBABILITY:
        ranked = _ranked(sample, words)
        if not ranked or ranked[0][0] != guess or ranked[0][1] == 0:
            return "und"  # unsure, and the text's words do not point there either
    return guess
