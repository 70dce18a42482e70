#!/usr/bin/env python3
"""Fuzz ``quotecheck.Extractor.extract`` as a new user's data would: random, grammar-made and
mutated documents, with quote marks of every convention, dashes, separators, names, speech verbs
and Unicode oddities.

    python scripts/fuzz.py --seconds 60                 # every engine, the time split between them
    python scripts/fuzz.py --engine random --examples 100000
    python scripts/fuzz.py --engine hypothesis --examples 5000
    python scripts/fuzz.py --engine atheris --seconds 30   # coverage-guided, in a child process

Engines: ``random`` (this file's generators driven by ``random.Random(--seed)``; the only one
that counts every failure and also checks determinism across processes), ``hypothesis``
(documents built from the same fragments by strategies, so that a failure shrinks to a minimal
example; one example per failed check) and ``atheris`` (libFuzzer's coverage-guided mutation of
the same fragments and of raw Unicode; stops at the first failure and prints it).

Checks on every document (``check_document``):

- ``exception``: ``extract`` raises anything, but ``InvalidText`` for a text holding a lone
  surrogate (the documented refusal: such a text cannot travel as UTF-8 with its offsets);
- ``offsets``: ``text[c.start:c.end] == c.text``, and the same for the cue and the speaker mention;
- ``order``: claims sorted by ``start``;
- ``edge-whitespace``: a claim's text starts or ends with whitespace (``str.isspace``);
- ``json``: ``Claim.from_dict(json.loads(json.dumps(c.to_dict())))`` is not ``c``, or the CLI's
  JSON line for it cannot be written as UTF-8 or read back to the same claim;
- ``state``: a fresh ``Extractor`` gives other claims than the one that has read the previous
  documents; ``cross-process`` (random engine): a child with another ``PYTHONHASHSEED`` gives
  other claims for the same documents.

Every failure is minimised (characters removed while the same check still fails) and printed as a
``repr`` reproducer. Exit status 1 when any check failed (but those named by ``--known``), 0
otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quotecheck  # noqa: E402

_SURROGATE = re.compile("[\ud800-\udfff]")

# ---------------------------------------------------------------------------------------------
# fragments (written for this file; no text of any article)

QUOTE_PAIRS = [
    ("« ", " »"), ("«", "»"), ("“", "”"), ("„", "“"), ("‚", "‘"), ("‹", "›"), ('"', '"'), ("'", "'"),
    ("»", "«"), ("”", "”"), ("「", "」"), ("『", "』"), ("‘", "’"), ("\u00ab\u202f", "\u202f\u00bb"),
]
DASHES = ["—", "–", "―", "-", "‐", "−"]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\u2028", "\u2029", "\u2029\u2029", "\x85",
              "\v", "\f", "\n \n", "\n\t\n", "\x1c", "\x1d", "\x1e"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u202f", "\u2002", "\u2003", "\u2009", "\u3000", "\u200b", "\u180e"]
ODDITIES = ["\u0301", "\u0308", "\u200d", "\u200c", "\ufeff", "\u200f", "\u202e", "\u2066", "\x00", "\x07",
            "\ud800", "\udfff", "\U0001f44d\U0001f3fd", "İ", "ß", "ﬁ", "Ａ", "ǅ", "ẞ", "ŉ", "\u0130stanbul",
            "\ufffd", "\U00010400", "…", "·", "\u0345", "ΐ"]
NAMES = ["Paul Girard", "Anna Weber", "Lucía Romero", "Giulia Conti", "João Pereira", "Sarah O'Neill",
         "Pieter van der Berg", "M. Dubois", "Dr. Karl Brandt", "A. Lemoine", "J. K. Moreau", "İlkay Demir",
         "Marie-Hélène Roux", "la ministre", "le porte-parole", "the spokeswoman", "die Kanzlerin",
         "el presidente", "il sindaco", "o governador", "l'ONU", "UNESCO"]
VERBS_AFTER = ["a déclaré", "a-t-il ajouté", "a-t-elle dit", "said", "told reporters", "he added",
               "sagte", "betonte er", "dijo", "afirmó", "ha detto", "ha spiegato", "afirmou", "disse",
               "explique-t-il", "estime", "a précisé"]
SOURCE_MARKERS = ["selon", "d'après", "according to", "laut", "según", "secondo", "segundo"]
WORDS = ["nous", "partirons", "demain", "we", "will", "leave", "wir", "gehen", "vamos", "mañana",
         "andremo", "domani", "vamos", "amanhã", "le", "projet", "budget", "the", "plan", "que", "that",
         "dass", "che", "elle", "il", "est", "prêt", "ready", "bereit", "listo", "pronto", "12", "3,5 %",
         "2026", "www.example.org", "#tag", "@user", "(", ")", ";", ":", "!", "?", ",", ".", "...", "Q.", "R."]


LANGUAGES = [None, "fr", "en", "de", "es", "it", "pt"]


def _words(rng: random.Random, lo: int = 1, hi: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))


def _quote(rng: random.Random, depth: int = 0) -> str:
    o, c = rng.choice(QUOTE_PAIRS)
    inner = _words(rng)
    if depth < 2 and rng.random() < 0.15:
        inner += " " + _quote(rng, depth + 1) + " " + _words(rng, 0, 4)
    if rng.random() < 0.1:
        inner = inner + rng.choice(SPACES)  # a space before the closing mark
    return f"{o}{inner}{c}"


#: the sentence shapes of grammar documents: (rng, name, verb) -> sentence; a quote before or after
#: its cue, a dialogue line, a source marker, reported speech, an initial, a quote inside narration
_SENTENCE_FORMS = (
    lambda rng, name, verb: f"{_quote(rng)}, {verb} {name}.",
    lambda rng, name, verb: f"{name} {verb} : {_quote(rng)}",
    lambda rng, name, verb: f"{rng.choice(DASHES)} {_words(rng).capitalize()} !",
    lambda rng, name, verb: f"{rng.choice(SOURCE_MARKERS).capitalize()} {name}, {_words(rng)}.",
    lambda rng, name, verb: f"{name} {verb} que {_words(rng)}.",
    lambda rng, name, verb: f"{_quote(rng)} {rng.choice(DASHES)} {name}",
    lambda rng, name, verb: f"{name.split()[0][:1]}. {name.split()[-1]} {verb} {_words(rng)}.",
    lambda rng, name, verb: f"{_words(rng).capitalize()}, {_quote(rng)}, {_words(rng)}.",
    lambda rng, name, verb: f"{_words(rng).capitalize()}.",
)


def _sentence(rng: random.Random) -> str:
    name, verb = rng.choice(NAMES), rng.choice(VERBS_AFTER)
    return _SENTENCE_FORMS[rng.randrange(len(_SENTENCE_FORMS))](rng, name, verb)


def grammar_document(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 5)):
        paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))))
    seps = [rng.choice(SEPARATORS) for _ in paragraphs]
    return "".join(p + s for p, s in zip(paragraphs, seps)).rstrip("\n") if rng.random() < 0.5 else \
        "".join(p + s for p, s in zip(paragraphs, seps))


ALPHABET = ([m for pair in QUOTE_PAIRS for m in pair] + DASHES + SEPARATORS + SPACES * 3 + ODDITIES
            + list("abcdefghijklmnopqrstuvwxyzÉéèàçñüößABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?()[]'-0123456789") * 2)


def random_document(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300)))


def _fragment(rng: random.Random) -> str:
    pool = rng.choice([QUOTE_PAIRS, DASHES, SEPARATORS, SPACES, ODDITIES, NAMES, VERBS_AFTER, SOURCE_MARKERS])
    item = rng.choice(pool)
    return rng.choice(item) if isinstance(item, tuple) else item


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 5)):
        n = len(text)
        i, j = sorted((rng.randint(0, n), rng.randint(0, n)))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + _fragment(rng) + text[i:]
        elif op == 1 and j - i < 40:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:j] + text[i:j] + text[j:]
        elif op == 3 and n:
            text = text[:i] + rng.choice(ODDITIES + SPACES) + text[i + 1:]
        elif op == 4:
            sep = rng.choice(SEPARATORS + SPACES)
            text = text.replace("\n", sep) if "\n" in text else text.replace(". ", "." + sep)
        elif op == 5:
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:j]
    return text


def corpus() -> list[str]:
    """The project's own texts (seeds and fixtures), the raw material of the mutated documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "fixtures").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    texts.append(item["text"])
    return texts


def documents(seed: int) -> Iterable[str]:
    """The random engine's stream: a third random, a third grammar-made, a third mutated."""
    rng = random.Random(seed)
    base = corpus()
    while True:
        kind = rng.randrange(3)
        if kind == 0:
            yield random_document(rng)
        elif kind == 1:
            yield grammar_document(rng)
        else:
            start = grammar_document(rng) if rng.random() < 0.5 or not base else rng.choice(base)
            if len(start) > 800:
                k = rng.randrange(len(start) - 800)
                start = start[k:k + 800]
            yield mutate(start, rng)


# ---------------------------------------------------------------------------------------------
# checks


class Checker:
    """Runs every check on one document; returns ``{check: detail}`` of those that failed."""

    def __init__(self, state_every: int = 1) -> None:
        import quotecheck
        from quotecheck import cli

        self.qc = quotecheck
        self.state_every = state_every  # the state check doubles the cost: every n-th document
        self.seen = 0
        self.extractor = quotecheck.Extractor()
        self.dumps_line: Callable[[Any], str] = getattr(cli, "_dumps_line", lambda o: json.dumps(o, ensure_ascii=False))

    def claims(self, text: str, extractor: Any = None, language: str | None = None) -> list[Any]:
        return (extractor or self.extractor).extract(text, language)

    def __call__(self, text: str, checks: frozenset[str] | None = None, language: Any = "auto") -> dict[str, str]:
        failed: dict[str, str] = {}
        self.seen += 1
        want = (lambda name: True) if checks is None else checks.__contains__
        # detection on one document in seven, each language forced on the others (whatever the
        # text's own language): cheaper than detecting every time, and forced codes get fuzzed too
        if language == "auto":
            language = LANGUAGES[len(text) % len(LANGUAGES)]
        try:
            claims = self.claims(text, language=language)
        except quotecheck.InvalidText:
            if _SURROGATE.search(text) is None and want("exception"):
                return {"exception": f"language={language}: InvalidText for a text with no lone surrogate"}
            return {}
        except Exception as exc:  # noqa: BLE001 - any exception is the finding
            return {"exception": f"language={language}: {type(exc).__name__}: {str(exc)[:200]}"} if want("exception") else {}
        starts = [c.start for c in claims]
        if want("order") and starts != sorted(starts):
            failed["order"] = f"starts {starts}"
        for c in claims:
            if want("offsets"):
                spans = [("claim", c.text, c.start, c.end)]
                if c.cue is not None:
                    spans.append(("cue", c.cue.text, c.cue.start, c.cue.end))
                if c.speaker is not None and c.speaker.mention is not None:
                    m = c.speaker.mention
                    spans.append(("mention", m.text, m.start, m.end))
                for what, s, a, b in spans:
                    if not (0 <= a <= b <= len(text)) or text[a:b] != s:
                        failed.setdefault("offsets", f"{what} {a}:{b} {s!r} != {text[a:b]!r}")
            if want("edge-whitespace") and c.text and (c.text[0].isspace() or c.text[-1].isspace()):
                failed.setdefault("edge-whitespace", repr(c.text[:80]))
            if want("json"):
                problem = self._json_problem(c)
                if problem:
                    failed.setdefault("json", problem)
        failed = {k: f"language={language}: {v}" for k, v in failed.items()}
        if want("state") and (checks is not None or self.seen % self.state_every == 0):
            fresh = self.claims(text, self.qc.Extractor(), language)
            if [c.to_dict() for c in fresh] != [c.to_dict() for c in claims]:
                failed["state"] = f"language={language}: a fresh Extractor gives other claims"
        return failed

    def _json_problem(self, claim: Any) -> str:
        Claim = self.qc.Claim
        try:
            back = Claim.from_dict(json.loads(json.dumps(claim.to_dict())))
        except Exception as exc:  # noqa: BLE001
            return f"json.dumps round trip raises {type(exc).__name__}: {exc}"
        if back != claim:
            return f"json.dumps round trip changes the claim ({len(claim.text)} -> {len(back.text)} chars)"
        try:
            line = self.dumps_line(claim.to_dict())
            line.encode("utf-8")
            back = Claim.from_dict(json.loads(line))
        except Exception as exc:  # noqa: BLE001
            return f"the CLI's JSON line fails: {type(exc).__name__}: {str(exc)[:120]}"
        if back != claim:
            return "the CLI's JSON line changes the claim"
        return ""


def minimise(text: str, check: str, checker: Checker, budget_s: float = 20.0) -> str:
    """Delta debugging over characters: the shortest text found in ``budget_s`` that still fails."""
    deadline = time.monotonic() + budget_s
    only = frozenset([check])
    language = LANGUAGES[len(text) % len(LANGUAGES)]  # the language the failure was found with
    fails = lambda t: check in checker(t, only, language)  # noqa: E731
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i, shrunk = 0, False
        while i < len(text) and time.monotonic() < deadline:
            candidate = text[:i] + text[i + chunk:]
            if fails(candidate):
                text, shrunk = candidate, True
            else:
                i += chunk
        if not shrunk:
            chunk //= 2
    return text


# ---------------------------------------------------------------------------------------------
# engines


class Findings:
    def __init__(self) -> None:
        self.count: dict[str, int] = {}
        self.example: dict[str, tuple[str, str]] = {}  # check -> (shortest text, detail)
        self.documents = 0

    def add(self, text: str | None, failed: dict[str, str]) -> None:
        for check, detail in failed.items():
            self.count[check] = self.count.get(check, 0) + 1
            if text is not None and (check not in self.example or len(text) < len(self.example[check][0])):
                self.example[check] = (text, detail)


def _digest(claims_per_doc: Iterable[list[Any]]) -> str:
    h = hashlib.sha256()
    for claims in claims_per_doc:
        h.update(json.dumps([c.to_dict() for c in claims], sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def run_random(seed: int, examples: int | None, seconds: float | None, findings: Findings, checker: Checker) -> None:
    deadline = time.monotonic() + seconds if seconds else None
    for text in documents(seed):
        if examples is not None and findings.documents >= examples:
            break
        if deadline is not None and time.monotonic() > deadline:
            break
        findings.add(text, checker(text))
        findings.documents += 1
        if findings.documents % 10000 == 0:
            print(f"fuzz: random {findings.documents:,} documents, failures {findings.count}", file=sys.stderr, flush=True)


def cross_process(seed: int, n: int, checker: Checker) -> str | None:
    """The first ``n`` documents' claims in this process and in a child with another hash seed."""
    docs = [d for _, d in zip(range(n), documents(seed))]
    here = _digest(_safe(checker, d) for d in docs)
    env = dict(os.environ, PYTHONHASHSEED=str(random.Random(seed).randint(1, 2**31)))
    out = subprocess.run([sys.executable, __file__, "--digest", str(n), "--seed", str(seed)],
                         capture_output=True, text=True, env=env, timeout=600)
    there = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr[-300:]
    return None if there == here else f"digest {here[:12]} here, {there[:60]} with PYTHONHASHSEED={env['PYTHONHASHSEED']}"


def _safe(checker: Checker, text: str) -> list[Any]:
    try:
        return checker.claims(text)
    except Exception:  # noqa: BLE001 - counted by the exception check
        return []


class _OutOfTime(Exception):
    """Raised inside the property to end a hypothesis run at the time budget."""


def run_hypothesis(examples: int | None, seconds: float | None, findings: Findings, checker: Checker) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from([m for pair in QUOTE_PAIRS for m in pair]),
        st.sampled_from(DASHES + SEPARATORS + SPACES + ODDITIES),
        st.sampled_from(NAMES + VERBS_AFTER + SOURCE_MARKERS + WORDS).map(lambda w: w + " "),
        st.text(max_size=8),
        st.builds(grammar_document, st.randoms(use_true_random=False)),
    )
    doc = st.lists(piece, max_size=40).map("".join)
    remaining = frozenset(["exception", "offsets", "order", "edge-whitespace", "json", "state"])
    deadline = time.monotonic() + seconds if seconds else None
    budget = examples or 10**9
    while remaining and budget > 0 and (deadline is None or time.monotonic() < deadline):
        last: dict[str, Any] = {}
        calls = [0]

        # no shrink phase: hypothesis' shrinker can spend minutes on one failure; minimise() after
        @settings(max_examples=budget, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck), print_blob=False,
                  phases=[Phase.explicit, Phase.generate])
        @given(doc)
        def prop(text: str) -> None:
            if deadline is not None and time.monotonic() > deadline:
                raise _OutOfTime
            calls[0] += 1
            failed = checker(text, remaining)
            if failed:
                last["text"], last["failed"] = text, failed
                raise AssertionError(failed)

        try:
            prop()
        except (AssertionError, _OutOfTime):
            pass
        findings.documents += calls[0]
        budget -= calls[0]
        if not last:
            break
        findings.add(last["text"], last["failed"])
        remaining = remaining - frozenset(last["failed"])


def run_atheris(seconds: float | None, examples: int | None, findings: Findings) -> int:
    """libFuzzer in a child (it owns the process and exits at the end), which appends every failure
    to a file instead of stopping at the first; returns the child's status."""
    with tempfile.TemporaryDirectory(prefix="quotecheck-atheris-") as tmp:
        out = Path(tmp) / "failures.jsonl"
        libfuzzer = [f"-artifact_prefix={tmp}/", "-max_len=4096", "-print_final_stats=1", "-timeout=60"]
        if seconds:
            libfuzzer.append(f"-max_total_time={max(1, int(seconds))}")
        if examples:
            libfuzzer.append(f"-runs={examples}")
        proc = subprocess.run([sys.executable, __file__, "--atheris-child", str(out), *libfuzzer],
                              capture_output=True, text=True, timeout=(seconds or 3600) * 2 + 300)
        runs = [ln.split()[-1] for ln in proc.stderr.splitlines() if ln.startswith("stat::number_of_executed_units")]
        findings.documents += int(runs[-1]) if runs else 0
        if out.exists():
            for line in out.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                findings.add(item["text"], item["failed"])
        if proc.returncode != 0:  # the harness itself broke, or libFuzzer stopped on a crash
            print(proc.stderr[-3000:], file=sys.stderr)
            findings.count["atheris-harness"] = findings.count.get("atheris-harness", 0) + 1
            findings.example.setdefault("atheris-harness", ("", f"libFuzzer exited with {proc.returncode}"))
    return proc.returncode


def atheris_child(out_path: str, argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports():
        import quotecheck  # noqa: F401
    checker = Checker(state_every=10)
    table = [m for pair in QUOTE_PAIRS for m in pair] + DASHES + SEPARATORS + SPACES + ODDITIES + \
        [w + " " for w in NAMES + VERBS_AFTER + SOURCE_MARKERS + WORDS]
    shortest: dict[str, int] = {}
    out = open(out_path, "a", encoding="utf-8")  # noqa: SIM115 - libFuzzer exits without closing

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        if fdp.ConsumeBool():
            text = fdp.ConsumeUnicode(fdp.remaining_bytes())
        else:
            parts = []
            while fdp.remaining_bytes():
                parts.append(table[fdp.ConsumeIntInRange(0, len(table) - 1)])
            text = "".join(parts)
        failed = checker(text)
        if failed:  # one line per failing input; the text only when it is the shortest so far
            new = any(len(text) < shortest.get(c, 10**9) for c in failed)
            for c in failed:
                shortest[c] = min(len(text), shortest.get(c, 10**9))
            out.write(json.dumps({"failed": failed, "text": text if new else None}) + "\n")
            out.flush()

    atheris.Setup([sys.argv[0], *argv], one_input)
    atheris.Fuzz()


# ---------------------------------------------------------------------------------------------


def report(findings: Findings, checker: Checker, minimise_s: float, known: set[str] = frozenset()) -> None:
    print(f"fuzz: {findings.documents:,} documents checked")
    if not findings.count:
        print("fuzz: no failure")
        return
    for check in sorted(findings.count):
        text, detail = findings.example[check]
        small = minimise(text, check, checker, minimise_s) if check not in ("cross-process",) else text
        print(f"{'KNOWN' if check in known else 'FAIL'} {check}: {findings.count[check]:,} documents; {detail}")
        print(f"  minimal reproducer ({len(small)} chars): {small!r}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--atheris-child"]:
        atheris_child(argv[1], argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--engine", choices=["random", "hypothesis", "atheris", "all"], default="all")
    ap.add_argument("--seconds", type=float, help="time budget (split between the engines with 'all')")
    ap.add_argument("--examples", type=int, help="documents to check (per engine)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the random engine's stream")
    ap.add_argument("--cross-process", type=int, default=300, metavar="N",
                    help="documents re-run in a child with another PYTHONHASHSEED (random engine; 0: off)")
    ap.add_argument("--minimise", type=float, default=20.0, metavar="S", help="seconds to minimise each failure")
    ap.add_argument("--state-every", type=int, default=1, metavar="N",
                    help="run the fresh-Extractor check on every N-th document only (it doubles the cost)")
    ap.add_argument("--known", default="", metavar="CHECK,...",
                    help="checks whose failures are reported but do not fail the run (known, being fixed)")
    ap.add_argument("--digest", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.digest is not None:
        checker = Checker()
        print(_digest(_safe(checker, d) for _, d in zip(range(args.digest), documents(args.seed))))
        return 0
    if args.seconds is None and args.examples is None:
        ap.error("give --seconds or --examples (the fuzzer is bounded)")

    engines = ["random", "hypothesis", "atheris"] if args.engine == "all" else [args.engine]
    share = {"random": 0.5, "hypothesis": 0.3, "atheris": 0.2} if args.engine == "all" else {args.engine: 1.0}
    checker = Checker(args.state_every)
    findings = Findings()
    status = 0
    for engine in engines:
        secs = args.seconds * share[engine] if args.seconds else None
        t0 = time.monotonic()
        before = findings.documents
        if engine == "random":
            run_random(args.seed, args.examples, secs, findings, checker)
            if args.cross_process:
                problem = cross_process(args.seed, args.cross_process, checker)
                if problem:
                    findings.count["cross-process"] = 1
                    findings.example["cross-process"] = ("(the random stream's first documents)", problem)
        elif engine == "hypothesis":
            run_hypothesis(args.examples, secs, findings, checker)
        else:
            try:
                import atheris  # noqa: F401
            except ImportError:
                print("fuzz: atheris is not installed (pip install atheris); engine skipped", file=sys.stderr)
                continue
            run_atheris(secs, args.examples, findings)
        print(f"fuzz: {engine}: {findings.documents - before:,} documents in {time.monotonic() - t0:.0f} s", flush=True)
    known = {k for k in args.known.split(",") if k}
    report(findings, checker, args.minimise, known)
    return 1 if set(findings.count) - known or status else 0


if __name__ == "__main__":
    sys.exit(main())
