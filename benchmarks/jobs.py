#!/usr/bin/env python3
"""``quotecheck extract --jobs N`` against ``--jobs 1``: wall time, the ratio, the same output.

    python benchmarks/jobs.py                                   # project texts, ~4 MB of records
    python benchmarks/jobs.py --gold ../shared/eval/news/*.dev.jsonl --size 4 --jobs 2 --rounds 3

The corpus (the project's texts, or the ``text`` of gold JSONL files, repeated to ``--size`` MB) is
written as one JSONL record file, the usual pipeline input. Each round runs the CLI once with one
process and once with ``--jobs N``, in alternation, so that a change in the machine's load falls
on both; the figure is the median of the rounds. A parallel speed-up only means something on idle
cores, so the script prints how busy the machine was: the load average before the run and the share
of CPU time the rest of the machine used during it (``/proc/stat``, Linux only). It exits 1 when the
outputs differ.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import _jsonl_texts, build_corpus, project_texts  # noqa: E402


def _cpu_ticks() -> tuple[int, int] | None:
    """(busy, total) CPU ticks of the whole machine since boot, or None off Linux."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def _own_ticks() -> float:
    """CPU seconds of this script's finished children (the CLI runs)."""
    t = os.times()
    return t.children_user + t.children_system


def run_cli(records: Path, jobs: int, language: str | None) -> tuple[float, bytes]:
    command = [sys.executable, "-m", "quotecheck", "extract", "--jobs", str(jobs), "--progress", "never"]
    if language:
        command += ["--language", language]
    t0 = time.perf_counter()
    out = subprocess.run(command + [str(records)], capture_output=True, check=True)
    return time.perf_counter() - t0, out.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", nargs="*", type=Path, help="gold JSONL files whose texts make the corpus")
    ap.add_argument("--size", type=float, default=4.0, help="corpus size in MB (default 4)")
    ap.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (default 2)")
    ap.add_argument("--rounds", type=int, default=3, help="alternated rounds (default 3)")
    ap.add_argument("--language", default=None, help="pass --language to the CLI (default: detect)")
    a = ap.parse_args(argv)

    texts = [t for path in a.gold for t in _jsonl_texts(path)] if a.gold else project_texts()
    corpus = build_corpus(texts, None, a.size)
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "corpus.jsonl"
        with records.open("w", encoding="utf-8") as f:
            for k, text in enumerate(corpus):
                f.write(json.dumps({"id": str(k), "text": text}, ensure_ascii=False) + "\n")
        load = os.getloadavg()
        print(f"corpus: {len(corpus)} records, {sum(map(len, corpus)) / 1e6:.2f} M characters; "
              f"{os.cpu_count()} CPUs; load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        serial, parallel = [], []
        same = True
        machine0, own0 = _cpu_ticks(), _own_ticks()
        wall0 = time.perf_counter()
        for _ in range(a.rounds):
            t1, out1 = run_cli(records, 1, a.language)
            tn, outn = run_cli(records, a.jobs, a.language)
            serial.append(t1)
            parallel.append(tn)
            same = same and out1 == outn
            print(f"  --jobs 1: {t1:6.2f} s   --jobs {a.jobs}: {tn:6.2f} s   ratio {t1 / tn:.2f}")
        machine1, own1 = _cpu_ticks(), _own_ticks()
        wall = time.perf_counter() - wall0
    ratio = statistics.median(serial) / statistics.median(parallel)
    print(f"median: --jobs 1 {statistics.median(serial):.2f} s, --jobs {a.jobs} {statistics.median(parallel):.2f} s, "
          f"speed-up {ratio:.2f}x; output identical: {same}")
    if machine0 and machine1:
        hz = os.sysconf("SC_CLK_TCK")
        busy = (machine1[0] - machine0[0]) / hz
        others = max(0.0, busy - (own1 - own0))
        capacity = (os.cpu_count() or 1) * wall
        print(f"the rest of the machine used {others:.1f} CPU s of {capacity:.1f} "
              f"({100 * others / capacity:.0f} % of its cores) during the runs")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
