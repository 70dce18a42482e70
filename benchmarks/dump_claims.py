"""The claims of every DEV document as JSON lines, for "output byte for byte the same" checks:
run it on two trees (``PYTHONPATH`` set to each) and compare the files with ``cmp``.

    python benchmarks/dump_claims.py OUT [EVAL_DIR]

Every ``*.jsonl`` under EVAL_DIR (default ``../shared/eval``) is read; each document is extracted
twice, with its gold language given and with the language detected. A line per document and mode:
the file, the line number, the mode and the claims' ``to_dict()``. Confidence is written in full,
so a change of the fitted decision shows too.
"""

from __future__ import annotations

import glob
import json
import os
import sys

import quotecheck


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: dump_claims.py OUT [EVAL_DIR]", file=sys.stderr)
        return 2
    folder = argv[1] if len(argv) > 1 else os.path.join("..", "shared", "eval")
    paths = sorted(glob.glob(os.path.join(folder, "**", "*.jsonl"), recursive=True))
    if not paths:
        print(f"dump_claims.py: no *.jsonl under {folder}", file=sys.stderr)
        return 2
    lines = 0
    with open(argv[0], "w", encoding="utf-8") as out:
        for path in paths:
            name = os.path.relpath(path, folder)
            with open(path, encoding="utf-8") as records:
                for number, line in enumerate(records, 1):
                    if not line.strip():
                        continue
                    doc = json.loads(line)
                    for mode, language in (("given", doc.get("lang")), ("detected", None)):
                        claims = quotecheck.extract_claims(doc["text"], language=language)
                        row = [name, number, mode, [c.to_dict() for c in claims]]
                        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                        lines += 1
    print(f"{lines} lines from {len(paths)} files in {argv[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
