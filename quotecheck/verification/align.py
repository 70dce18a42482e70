"""Word-level alignment of a quote segment with a window of its source.

The edit script keeps a longest common subsequence of the two word sequences (the Indel
distance: insertions and deletions only, so that the most words are matched; a Levenshtein
script may trade two matches for substitutions at the same cost). It is computed by ``rapidfuzz``
when it is installed (the ``verify`` extra: C++, microseconds for a 100-word quote) and by
:mod:`difflib` otherwise (the standard library: the same verdicts in the benchmark, ten times
slower for this step; its matching blocks are not always a longest subsequence). See docs/verify.md for the comparison with the
``regex`` module's fuzzy matching, which was measured and not kept.

Opcodes are read from the quote's side: ``(tag, q1, q2, s1, s2)`` with tags ``equal``,
``replace`` (substitution), ``delete`` (quote words the source does not have: an insertion into
the quote) and ``insert`` (source words the quote leaves out: a deletion from the quote).
"""

from __future__ import annotations

import difflib
import importlib.util
from typing import Sequence

__all__ = ["ENGINES", "Opcode", "default_engine", "opcodes"]

Opcode = tuple[str, int, int, int, int]
ENGINES = ("rapidfuzz", "difflib")


def default_engine() -> str:
    """``rapidfuzz`` when it can be imported, else ``difflib``."""
    return "rapidfuzz" if importlib.util.find_spec("rapidfuzz") is not None else "difflib"


def opcodes(quote: Sequence[str], source: Sequence[str], engine: str | None = None) -> list[Opcode]:
    """The edit script turning ``source`` words into ``quote`` words (see the module docstring)."""
    engine = engine or default_engine()
    if engine == "rapidfuzz":
        from rapidfuzz.distance import Indel

        return [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
                for op in Indel.opcodes(list(quote), list(source))]
    if engine == "difflib":
        matcher = difflib.SequenceMatcher(None, list(quote), list(source), autojunk=False)
        return [(tag, a1, a2, b1, b2) for tag, a1, a2, b1, b2 in matcher.get_opcodes()]
    raise ValueError(f"unknown alignment engine {engine!r}; engines: {', '.join(ENGINES)}")
