"""Reading the command's input files: strict UTF-8, and every kind of path said plainly.

A regular file is read whole. A FIFO is opened without blocking: when no writer holds it open
the read ends at once with an error, rather than waiting forever for a writer that may never
come. A directory, a device or a socket is refused with what it is. A file name that is not
UTF-8 (Python keeps its bytes as lone surrogates) is shown with ``\\xNN`` escapes, so that
messages and the ``source`` field stay valid text.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from .windows import Window

__all__ = ["InputError", "display_name", "is_large_file", "read_text", "read_windows"]

_READ_BYTES = 1 << 16


class InputError(Exception):
    """One input could not be read or decoded; the message says why (the others still run)."""


def display_name(name: str) -> str:
    """``name`` as valid Unicode text: bytes that are not UTF-8 shown as ``\\xNN``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def read_text(name: str, stdin: Any) -> str:
    """The text of file ``name`` (standard input for ``-``), decoded as strict UTF-8, with no
    newline translation: offsets index the file's characters. Raises :class:`InputError`."""
    data = _read_stdin(stdin) if name == "-" else _read_path(name)
    if isinstance(data, str):  # a text-only stdin (tests, notebooks)
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def is_large_file(name: str, bound: int) -> bool:
    """Whether ``name`` is a regular file of more than ``bound`` bytes (so possibly more than
    ``bound`` characters): such a file is read window by window (:func:`read_windows`)."""
    if name == "-":
        return False
    try:
        info = os.stat(name)
    except OSError:
        return False  # read_text says why
    return stat.S_ISREG(info.st_mode) and info.st_size > bound


def read_windows(name: str, bound: int) -> Iterator[Window]:
    """The paragraph windows of regular file ``name`` (:func:`quotecheck.windows.file_windows`),
    decoded as strict UTF-8 a piece at a time. Raises :class:`InputError`, possibly after some
    windows were yielded (a decoding error further on)."""
    from .windows import file_windows

    try:
        with open(name, "rb") as handle:
            yield from file_windows(handle, bound)
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    except ValueError as e:  # invalid UTF-8, with its byte offset
        raise InputError(str(e)) from None


def _read_stdin(stdin: Any) -> bytes | str:
    if stdin is None or getattr(stdin, "closed", False):
        raise InputError("standard input is closed")
    buffer = getattr(stdin, "buffer", None)
    try:
        return buffer.read() if buffer is not None else stdin.read()  # type: ignore[no-any-return]
    except OSError as e:
        raise InputError(f"cannot read standard input: {e.strerror or e}") from None


def _read_path(name: str) -> bytes:
    try:
        mode = os.stat(name).st_mode
        if stat.S_ISREG(mode):
            with open(name, "rb") as handle:
                return handle.read()
        if stat.S_ISFIFO(mode):
            return _read_fifo(name)
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    kind = "a directory" if stat.S_ISDIR(mode) else "a device or a socket"
    raise InputError(f"not a regular file or a FIFO ({kind})")


def _read_fifo(name: str) -> bytes:
    """A FIFO's bytes; an error at once when no writer holds it open (a blocking open would wait)."""
    import fcntl  # here: there are FIFOs only where there is fcntl

    fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    try:
        try:
            first = os.read(fd, _READ_BYTES)
        except BlockingIOError:  # a writer is there but has written nothing yet: wait for it
            first = None
        if first == b"":
            raise InputError("a FIFO with no writer: nothing to read (start the writer first, or use - and a pipe)")
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        parts = [first] if first else []
        while chunk := os.read(fd, _READ_BYTES):
            parts.append(chunk)
        return b"".join(parts)
    finally:
        os.close(fd)
