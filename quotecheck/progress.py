"""The command's progress line on stderr: bytes read of the inputs, documents, claims, rate.

Shown only when stderr is a terminal and the run is worth it (several inputs, a record file, or
a file read window by window), after half a second (a quick run shows nothing); or always when
asked (``--progress always``, for tests and logs). tqdm draws it when it is installed; otherwise a
one-line fallback rewrites itself with ``\\r``. Messages go through :meth:`write`, which keeps
them off the bar.
"""

from __future__ import annotations

import io
import time
from typing import Any, TextIO

__all__ = ["DELAY_S", "Progress", "make_progress"]

DELAY_S = 0.5  # a run shorter than this shows no progress at all
_REDRAW_S = 0.2


class Progress:
    """No display: messages printed as they come (what a run without a terminal gets)."""

    def __init__(self, err: TextIO) -> None:
        self.err = err

    def update(self, read: int, docs: int, claims: int) -> None:
        pass

    def write(self, message: str) -> None:
        print(message, file=self.err)

    def close(self) -> None:
        pass


class _Tqdm(Progress):
    def __init__(self, err: TextIO, total: int | None, delay: float, tqdm: Any) -> None:
        super().__init__(err)
        self.tqdm = tqdm
        columns, rows = _size_of(err)  # a terminal that says it has no size (some ptys) gets no bar from tqdm
        self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=err, delay=delay,
                        dynamic_ncols=columns > 0, ncols=None if columns > 0 else 80, nrows=None if rows > 0 else 24,
                        leave=False, desc="quotecheck")
        self.read = 0

    def update(self, read: int, docs: int, claims: int) -> None:
        self.bar.set_postfix_str(f"{docs} docs, {claims} claims", refresh=False)
        self.bar.update(read - self.read)
        self.read = read

    def write(self, message: str) -> None:
        self.tqdm.write(message, file=self.err)

    def close(self) -> None:
        self.bar.close()


class _Line(Progress):
    """``quotecheck: 1.2 MiB / 5.0 MiB (24%), 310 docs, 940 claims, 12 s``, redrawn in place."""

    def __init__(self, err: TextIO, total: int | None, delay: float) -> None:
        super().__init__(err)
        self.total, self.delay = total, delay
        self.start = time.monotonic()
        self.drawn = 0  # characters on the line now
        self.last = 0.0
        self.state = (0, 0, 0)

    def update(self, read: int, docs: int, claims: int) -> None:
        self.state = (read, docs, claims)
        now = time.monotonic()
        if now - self.start >= self.delay and (now - self.last >= _REDRAW_S or not self.drawn):
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        read, docs, claims = self.state
        done = _size(read) + (f" / {_size(self.total)} ({100 * read // self.total}%)" if self.total else "")
        line = f"quotecheck: {done}, {docs} docs, {claims} claims, {now - self.start:.0f} s"
        width = _size_of(self.err)[0]
        if width > 1:
            line = line[: width - 1]  # a line that wraps could not be rewritten in place
        self.err.write("\r" + line + " " * max(0, self.drawn - len(line)))
        self.err.flush()
        self.drawn = len(line)

    def write(self, message: str) -> None:
        self._clear()
        print(message, file=self.err)

    def _clear(self) -> None:
        if self.drawn:
            self.err.write("\r" + " " * self.drawn + "\r")
            self.drawn = 0

    def close(self) -> None:
        self._clear()
        self.err.flush()


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


def make_progress(err: TextIO, mode: str, worth: bool, total: int | None) -> Progress:
    """The progress display for ``mode`` (``auto``, ``always``, ``never``) on ``err``: ``auto``
    shows one when ``err`` is a terminal and the run is ``worth`` it. ``total``: bytes to read,
    None when unknown (standard input, a FIFO)."""
    if mode == "never" or (mode == "auto" and not (worth and _is_terminal(err))):
        return Progress(err)
    delay = DELAY_S if mode == "auto" else 0.0
    import importlib

    try:
        tqdm = importlib.import_module("tqdm")  # optional: the fallback below needs nothing
    except ImportError:
        return _Line(err, total, delay)
    return _Tqdm(err, total, delay, tqdm.tqdm)


def _size_of(stream: TextIO) -> tuple[int, int]:
    """The columns and lines of the terminal ``stream`` writes to; 0 when unknown."""
    import os

    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return 0, 0
    return size.columns, size.lines


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-less stream
        return False
