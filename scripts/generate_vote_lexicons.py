#!/usr/bin/env python
"""Generate ``quotecheck/lang/<code>/vote.txt``: the words each language votes with in detection.

Usage, from the repository root::

    .venv/bin/python scripts/generate_vote_lexicons.py           # write the files
    .venv/bin/python scripts/generate_vote_lexicons.py --check   # exit 1 if a file is stale

Language detection (``quotecheck/detect.py``) lets every supported language vote on a text with its
stop words and speech-verb forms, and its first opening quote mark, and judges whether the text is
written in the leader with all of the leader's function words (the one-word entries of every
closed-class list of its data, ``detect.FUNCTION_WORD_LISTS``). Loading every language's whole data
for that costs ~30 ms on the first call; this file holds only what the vote reads: the first line is
the preferred opening quote mark (empty when none), then the voting words, sorted, one a line, then
an empty line and the other function words, sorted. It is derived from the language data, never
edited by hand; ``tests/test_detect.py`` checks it is current.
"""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck import detect, lang  # noqa: E402


def main() -> int:
    stale = []
    for code in lang.supported_languages():
        text = detect.vote_file_text(code)
        path = ROOT / "quotecheck" / "lang" / code / detect.VOTE_FILE
        if "--check" in sys.argv[1:]:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text)} bytes)")
    for path in stale:
        print(f"{path} is stale: run scripts/generate_vote_lexicons.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
