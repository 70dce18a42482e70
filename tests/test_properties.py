"""Properties that hold for any input: offsets are exact, nothing raises, time stays linear."""

from __future__ import annotations

import cProfile
import gc
import pstats
import random
import textwrap
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quotecheck

QUOTEY = st.lists(
    st.sampled_from(list("«»“”„‚‘’‹›\"'—–-:,.!?\n \u00a0\u202fabcdeXYZ élà") + ["a dit ", "M. ", "selon ", "Jean Roux "]),
    max_size=200,
).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(max_size=300), QUOTEY), st.sampled_from(["fr", "en", "de", None]))
def test_offsets_hold_and_nothing_raises(text: str, language: str | None) -> None:
    if language is not None and language not in quotecheck.supported_languages():
        language = None
    for claim in quotecheck.extract_claims(text, language=language):
        assert text[claim.start:claim.end] == claim.text
        assert claim.text.strip() == claim.text
        if claim.speaker is not None and claim.speaker.mention is not None:
            m = claim.speaker.mention
            assert text[m.start:m.end] == m.text
        if claim.cue is not None:
            assert 0 <= claim.cue.start <= claim.cue.end <= len(text)


def _adversarial(size: int, seed: int) -> str:
    rng = random.Random(seed)
    pieces = list("«»“”„\"'‹›") + ["mot ", "a dit ", "— ", "\n", ", ", ". ", "Jean Dupont ", "selon ", "que "]
    out = []
    n = 0
    while n < size:
        p = rng.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)


def _growth(make, small: int = 100_000, factor: int = 8, tries: int = 5) -> tuple[float, list]:
    """(time of ``factor`` times the text) / (time of the text), CPU time, best of a few runs.

    Each size is timed until the ratio is under the bound or ``tries`` runs are spent, so that a
    loaded machine slows a run down without failing it: only a ratio that stays high fails."""
    ex = quotecheck.Extractor(language="fr")
    texts = make(small), make(small * factor)
    ex.extract(texts[0])  # warm the caches (lexicons, weights)
    best = [float("inf"), float("inf")]
    claims: list = []
    for _ in range(tries):
        for k, text in enumerate(texts):
            gc.collect()  # no collection of an earlier run's garbage inside the timing
            t0 = time.process_time()
            claims = ex.extract(text)
            best[k] = min(best[k], time.process_time() - t0)
        if best[1] <= _MAX_GROWTH * max(best[0], 0.005):
            break
    return best[1] / max(best[0], 0.005), claims


def _calls(ex: quotecheck.Extractor, text: str) -> int:
    """The function calls made while ``text`` is extracted, as cProfile counts them: every Python
    function, every builtin and method called from Python, every resumption of a generator. A
    count of the work done, the same on every run and blind to the machine's load."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        ex.extract(text)
    finally:
        profile.disable()
    return sum(calls for _, calls, _, _, _ in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def _call_growth(make, small: int = 100_000, factor: int = 8) -> float:  # type: ignore[no-untyped-def]
    """(calls for ``factor`` times the text) / (calls for the text)."""
    ex = quotecheck.Extractor(language="fr")
    texts = make(small), make(small * factor)
    ex.extract(texts[0])  # the lexicons and memos loaded before counting
    return _calls(ex, texts[1]) / _calls(ex, texts[0])


#: 8 times the text may cost at most this many times the CPU time (linear would be 8; the margin
#: absorbs the noise of a shared 2-core machine: single runs under a load of 11-14 gave 5.4x to
#: 12.8x across the classes of benchmarks/inputs.py while their instructions grew 8.6x-9.1x; a
#: quadratic stage gives 64; see docs/benchmarks.md, "growth").
#: The time is the only guard against a scan inside C code (a ``str.find`` or a regular expression
#: run from the start again), which makes no Python call.
_MAX_GROWTH = 12
#: 8 times the text may make at most this many times the function calls: the issue's bound (8x
#: the input for <= 9x the cost), asserted exactly since the count does not vary. A text of 800 kB
#: is read in 4-5 windows (``windows.WINDOW_CHARS``) where 100 kB is one, so the look-back and
#: look-ahead read again and the claims put back in document terms are inside the 9x.
_MAX_CALL_GROWTH = 9.0


def _filled(pieces: list[str], seed: int = 1):  # type: ignore[no-untyped-def]
    def make(size: int) -> str:
        rng = random.Random(seed)
        out, n = [], 0
        while n < size:
            p = rng.choice(pieces)
            out.append(p)
            n += len(p)
        return "".join(out)
    return make


_ARTICLE = (
    "Le conseil municipal de Villebrune a voté mardi soir le budget de l'année. « Nous avons fait "
    "des choix difficiles », a déclaré la maire, Hélène Castagne, à l'issue de la séance. Selon "
    "l'adjoint aux finances, Marc Olivier, la dette baissera de 4 %. M. Olivier a ajouté que les "
    "travaux de la piscine commenceraient en mai. L'opposition, menée par Sophie Renard (PSD), "
    "a dénoncé « un budget sans ambition ». Elle a estimé que les impôts locaux augmenteraient "
    "encore. « Ce n'est pas ce que les habitants attendent », a-t-elle lancé, avant de quitter la salle.\n\n"
)

_WRAPPED = "\n\n".join(textwrap.fill(p, 72) for p in _ARTICLE.split("\n\n") if p) + "\n\n"

#: input classes that were quadratic in a stage after segmentation
GROWTH_CLASSES = {
    "capitalised words": _filled([w + " " for w in "Jean Marie Paul Roux Martin Girard Laurent Morel".split()]),
    "speech verbs": _filled([f"Il a {v} que {w}. " for v in ("déclaré", "affirmé", "ajouté", "estimé")
                             for w in ("le", "nous", "elle")]),
    "no newline": lambda n: (_ARTICLE.replace("\n", " ") * (n // len(_ARTICLE) + 1))[:n],
    "one long quotation": lambda n: "« " + (_ARTICLE.replace("«", "").replace("»", "") * (n // len(_ARTICLE) + 1))[:n] + " »",
    "repeated article": lambda n: (_ARTICLE * (n // len(_ARTICLE) + 1))[:n],
    "quotations in one sentence after a source": lambda n: "Selon le maire Paul Roux, " + "il a dit « oui » et " * (n // 20) + ".",
    # one sentence of many cues with a name on each side: the subject of each cue is read around
    # it, not from the sentence's start
    "cues between names in one sentence": lambda n: "Paul Roux a dit Marie Morel « oui » et " * (n // 39),
    # one sentence of many short quotations: each costs a constant, not the sentence's length
    "many short quotations in one sentence": lambda n: "il a dit « oui » et " * (n // 20),
    # marks nested deeper and deeper, then closed, on one line: a window is cut at its last
    # space, found from the end, not by walking every space of the window
    "deep nesting": lambda n: "« " * (n // 4) + "» " * (n // 4),
    # a line of marks and spaces only, no word and no line break: the same cut
    "only marks and spaces": _filled(list("«»“”\"„‹› "), seed=5),
    # the same cut where it is all the work: a mark, a line of spaces, a mark
    "a line of spaces between two marks": lambda n: "« " + " " * n + " »",
    # quote marks scattered among words: pairs, strays and dashes in one long paragraph
    "marks mixed with words": _filled(["« ", " »", "“", "”", '"', "— "] + [w + " " for w in (
        "le maire nous elle que dit pour une dans avec sur les allons président").split()] * 2, seed=3),
    # the article wrapped at 72 columns: one line break inside each paragraph line, blank lines
    # between paragraphs (the paragraph spans were once rescanned after each merge of two lines)
    "hard-wrapped lines": lambda n: (_WRAPPED * (n // len(_WRAPPED) + 1))[:n],
}


@pytest.mark.parametrize("name", sorted(GROWTH_CLASSES))
def test_growth_is_linear(name: str) -> None:
    """100 kB and 800 kB of one input class: the time grows like the text, not like its square."""
    ratio, claims = _growth(GROWTH_CLASSES[name])
    assert ratio <= _MAX_GROWTH, f"{name}: 8x the text took {ratio:.1f}x the time"


@pytest.mark.parametrize("name", sorted(GROWTH_CLASSES))
def test_work_grows_at_most_9x_for_8x_the_text(name: str) -> None:
    """100 kB and 800 kB of one input class: at most 9x the function calls (issue 7's bound), on
    a count that no load of the machine changes, so the bound holds with no margin for noise."""
    ratio = _call_growth(GROWTH_CLASSES[name])
    assert ratio <= _MAX_CALL_GROWTH, f"{name}: 8x the text made {ratio:.3f}x the calls"


def test_adversarial_input_is_linear() -> None:
    """Random quote marks: ten times more text must not cost much more than ten times the time."""
    ex = quotecheck.Extractor(language="fr")
    small, large = _adversarial(100_000, 1), _adversarial(1_000_000, 2)
    ex.extract(small)  # warm the caches
    best_small = best_large = float("inf")
    claims: list = []
    for _ in range(3):  # CPU time, best of a few runs: a loaded machine does not fail the test
        t0 = time.process_time()
        ex.extract(small)
        best_small = min(best_small, time.process_time() - t0)
        t0 = time.process_time()
        claims = ex.extract(large)
        best_large = min(best_large, time.process_time() - t0)
        if best_large < 25 * max(best_small, 0.01):
            break
    assert all(large[c.start:c.end] == c.text for c in claims)
    assert best_large < 25 * max(best_small, 0.01)


def test_stray_mark_does_not_swallow_the_document() -> None:
    text = (
        "Le maire a ouvert la séance « sans attendre.\n\n"
        "« Nous voterons le budget ce soir », a déclaré Paul Girard.\n\n"
        "« Le débat sera long », a ajouté Mme Claire Roux."
    )
    analysis = quotecheck.Extractor(language="fr").analyze(text)
    assert [c.text for c in analysis.claims] == ["Nous voterons le budget ce soir", "Le débat sera long"]
    assert analysis.skipped_marks == 1


# -- issue 7: a stray mark costs only its own quotation; spaces; separators; growth ------------------
_NAMES = ["Jeanne Martin", "Paul Roux", "Claire Morel", "Marc Blanc"]
_SAID = ["a déclaré", "a ajouté", "a expliqué", "a dit"]
_WORDS = ["nous", "partirons", "demain", "le", "budget", "sera", "voté", "ce", "soir", "la", "ville", "attend"]


@st.composite
def _article(draw: st.DrawFn) -> str:
    """Sentences of narration (now and then with a mark that opens nothing) and of quotations
    attributed by an incise, with or without paragraph breaks between them."""
    sentences = []
    for _ in range(draw(st.integers(1, 6))):
        words = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6)))
        if draw(st.booleans()):
            sentences.append(f"« {words.capitalize()} », {draw(st.sampled_from(_SAID))} "
                             f"{draw(st.sampled_from(_NAMES))}.")
        else:
            stray = draw(st.sampled_from(["", "", "« ", "“ "]))  # a mark lost by the copy
            sentences.append(f"{draw(st.sampled_from(_NAMES))} est venue {stray}et {words}.")
    breaks = draw(st.lists(st.sampled_from([" ", "\n\n", "\n"]), min_size=len(sentences), max_size=len(sentences)))
    return "".join(s + b for s, b in zip(sentences, breaks)).strip()


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in quotecheck.extract_claims(text, language="fr")
            if c.kind is not quotecheck.ClaimKind.INDIRECT]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_article(), st.sampled_from(list("«»“”„‹›‘’\"")), st.integers(0, 10**6))
# two stray openers, then a whole quotation and its cue, then a stray closer: the accidental
# pair around the quotation is a fragment, and must not hide it
@example("Jeanne Martin est venue « et nous. Jeanne Martin est venue « et nous nous nous. « Nous nous nous », "
         "a déclaré Jeanne Martin.\n\nJeanne Martin est venue et nous nous nous nous nous.\n\n"
         "« Nous nous nous nous nous nous », a déclaré Jeanne Martin.", "»", 198)
def test_a_stray_mark_loses_no_claim_outside_its_own_quotation(text: str, mark: str, where: int) -> None:
    """A mark added between two words costs at most the quotation it falls in (or the one it pairs
    with by accident): every other quotation is still found, at the same place."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return
    at = spaces[where % len(spaces)]
    mutated = text[:at] + " " + mark + text[at:]
    before = _quoted(text)
    after = {(s if s < at else s - 2, e if e <= at else e - 2) for s, e in _quoted(mutated)}
    # the quotation the mark falls in, and the one right after the mark (which it may open instead)
    own = [q for q in before if q[0] - 2 <= at <= q[1] + 1]
    nxt = [q for q in before if q[0] > at][:1]
    # a closing mark may also pair with an earlier stray opener: the quotations between them are
    # then nested inside that accidental one, not lost
    enclosed = [q for q in before if any(s <= q[0] and q[1] <= e and (s, e) != q for s, e in after)]
    lost = [q for q in before if q not in after and q not in own + nxt + enclosed]
    assert not lost, (mutated, [text[s:e] for s, e in lost])


_SEPARATORS = ["\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_article(), st.sampled_from(_SEPARATORS))
def test_every_line_separator_separates_as_a_newline_does(text: str, sep: str) -> None:
    assert _quoted(text.replace("\n", sep)) == _quoted(text)


_EDGY = st.lists(st.sampled_from(
    list("«»“”\"'.,:—\n abcXY") + ["a dit ", "Jean Roux "] + list("\u2002\u2003\u3000\u0085\u000b\u000c\u2028\u2029\r\t\u00a0\u202f")),
    max_size=120).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_EDGY, st.sampled_from(["fr", "en", "de"]))
def test_claim_text_never_starts_or_ends_with_a_space(text: str, language: str) -> None:
    for claim in quotecheck.extract_claims(text, language=language):
        assert claim.text == claim.text.strip(), claim
        assert text[claim.start:claim.end] == claim.text


def _grow(kind: str, size: int) -> str:
    rng = random.Random(3)
    if kind == "only-marks":
        return "".join(rng.choice("«»“”\"„‹› ") for _ in range(size))
    if kind == "deep-nesting":
        return "« " * (size // 4) + "» " * (size // 4)
    if kind == "hard-wrap":
        words = "le la les il elle nous ministre que dit pour une des dans avec sur".split()
        return "".join(" ".join(rng.choice(words) for _ in range(8)) + "\n" for _ in range(size // 48))[:size]
    unit = {"many-short": "il a dit « oui » et ", "marks-and-words": "le « ministre » “a dit” \"que\" — nous "}[kind]
    return (unit * (size // len(unit) + 1))[:size]


def _best_time(run, text: str, repeats: int = 3) -> float:  # type: ignore[no-untyped-def]
    # the cyclic collector off while timing, as the extractor has it for a document: its scans
    # grow with every object the earlier tests left alive, which made the ratio depend on the
    # tests that ran before (20x in a full run, 10x alone)
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            run(text)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return max(best, 1e-3)


@pytest.mark.parametrize("kind", ["only-marks", "marks-and-words", "deep-nesting", "many-short", "hard-wrap"])
def test_segmentation_grows_linearly(kind: str) -> None:
    """Paragraphs, tokens and quotations of 800 kB cost about eight times 100 kB (a quadratic pass
    would cost 64 times): the bound is loose so that a loaded machine does not fail it."""
    from quotecheck.backends.rules import RulesBackend
    from quotecheck.quotes import find_quotes

    data = quotecheck.lang.load("fr")
    backend = RulesBackend()

    def run(text: str) -> None:
        find_quotes(backend.annotate(text, data), data)

    small, large = _grow(kind, 100_000), _grow(kind, 800_000)
    run(small)
    assert _best_time(run, large, 2) < 20 * _best_time(run, small)


@pytest.mark.parametrize("kind", ["only-marks", "hard-wrap"])
def test_whole_extraction_grows_linearly(kind: str) -> None:
    ex = quotecheck.Extractor(language="fr")
    small, large = _grow(kind, 100_000), _grow(kind, 800_000)
    ex.extract(small)
    assert _best_time(ex.extract, large, 2) < 20 * _best_time(ex.extract, small)
