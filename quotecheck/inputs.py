"""Reading the command's input files: strict decoding (UTF-8 by default), directories walked in
a fixed order, and every kind of path said plainly.

A regular file is read whole (one larger than a window, window by window). A directory stands
for the files under it that match the ``--include`` globs (:func:`expand`). A FIFO is opened
without blocking: when no writer holds it open the read ends at once with an error, rather than
waiting forever for a writer that may never come. A device or a socket is refused with what it
is. A file name that is not UTF-8 (Python keeps its bytes as lone surrogates) is shown with
``\\xNN`` escapes, so that messages and the ``source`` field stay valid text. Reads are counted
on a :class:`Meter`, for the progress line.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import io
import os
import stat
from typing import TYPE_CHECKING, Any, BinaryIO, Iterable, Iterator

if TYPE_CHECKING:
    from .windows import Boundary, Window

__all__ = ["InputError", "Meter", "display_name", "expand", "is_large_file", "not_valid", "open_binary",
           "read_text", "read_windows"]

_READ_BYTES = 1 << 16
_WINDOW_READ_BYTES = 1 << 16  # a large file read in small steps: the progress line moves with it


class InputError(Exception):
    """One input could not be read or decoded; the message says why (the others still run)."""


def display_name(name: str) -> str:
    """``name`` as valid Unicode text: bytes that are not UTF-8 shown as ``\\xNN``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def read_text(name: str, stdin: Any, encoding: str = "utf-8", meter: Meter | None = None) -> str:
    """The text of file ``name`` (standard input for ``-``), decoded strictly (UTF-8 by default),
    with no newline translation: offsets index the file's characters. Raises :class:`InputError`."""
    data = _read_stdin(stdin) if name == "-" else _read_path(name)
    if meter is not None:
        meter.read += len(data)
    if isinstance(data, str):  # a text-only stdin (tests, notebooks)
        return data
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"{not_valid(encoding)} (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def not_valid(encoding: str) -> str:
    """How a decoding error starts: ``not valid UTF-8``, ``not valid cp1252``."""
    return "not valid UTF-8" if codecs.lookup(encoding).name == "utf-8" else f"not valid {encoding}"


class Meter:
    """Bytes read from the inputs so far (for the progress line): counted as they are read."""

    def __init__(self) -> None:
        self.read = 0


class _Counted(io.RawIOBase):
    """A binary file whose reads add to a :class:`Meter`."""

    def __init__(self, raw: BinaryIO, meter: Meter) -> None:
        self.raw, self.meter = raw, meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.meter.read += len(data)
        return len(data)


@contextlib.contextmanager
def open_binary(name: str, stdin: Any, meter: Meter | None = None) -> Iterator[BinaryIO]:
    """File ``name`` (standard input for ``-``) as a buffered binary stream, its reads counted on
    ``meter``. Raises :class:`InputError` for what :func:`read_text` refuses (a directory, a FIFO
    with no writer is read as bytes first)."""
    if name == "-":
        if stdin is None or getattr(stdin, "closed", False):
            raise InputError("standard input is closed")
        raw = getattr(stdin, "buffer", None)
        if raw is None:  # a text-only stdin (tests)
            raw = io.BytesIO(stdin.read().encode("utf-8"))
        yield _counted(raw, meter)
        return
    try:
        mode = os.stat(name).st_mode
        if stat.S_ISFIFO(mode):
            handle: BinaryIO = io.BytesIO(_read_fifo(name))
        elif stat.S_ISREG(mode):
            handle = open(name, "rb")  # noqa: SIM115 - closed below
        else:
            kind = "a directory" if stat.S_ISDIR(mode) else "a device or a socket"
            raise InputError(f"not a regular file or a FIFO ({kind})")
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    with handle:
        yield _counted(handle, meter)


def _counted(raw: BinaryIO, meter: Meter | None) -> BinaryIO:
    return raw if meter is None else io.BufferedReader(_Counted(raw, meter))


def expand(names: Iterable[str], includes: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each name as ``(name, "")``, a directory replaced by the files under it that match one of
    the ``includes`` globs, or ``(name, why)`` when a directory holds none.

    A glob is matched against the file's name (``*.txt``), or against its path relative to the
    directory when it holds a ``/`` (``2024/*/*.jsonl``). The walk is recursive and sorted (by
    path, name by name), so the order is the same on every machine; hidden files and directories
    (``.git``, ``.DS_Store``) are skipped, and symbolic links to directories are not followed.
    """
    globs = list(includes)
    for name in names:
        if name == "-" or not os.path.isdir(name):
            yield name, ""
            continue
        found = sorted(_walk(name, globs), key=lambda rel: rel.split("/"))
        if not found:
            yield name, f"a directory with no file matching {' or '.join(globs)} (see --include)"
        for rel in found:
            yield os.path.join(name, *rel.split("/")), ""


def _walk(top: str, globs: list[str]) -> Iterator[str]:
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = os.path.relpath(root, top).replace(os.sep, "/")
        for file in files:
            if file.startswith("."):
                continue
            rel = file if base == "." else f"{base}/{file}"
            if any(fnmatch.fnmatch(rel if "/" in glob else file, glob) for glob in globs):
                yield rel


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


def read_windows(name: str, bound: int, encoding: str = "utf-8", meter: Meter | None = None,
                 quiet: Boundary | None = None) -> Iterator[Window]:
    """The paragraph windows of regular file ``name`` (:func:`quotecheck.windows.file_windows`),
    decoded strictly a piece at a time. Raises :class:`InputError`, possibly after some windows
    were yielded (a decoding error further on)."""
    from .windows import file_windows

    try:
        with open(name, "rb") as handle:
            if codecs.lookup(encoding).name == "utf-8":
                source: Any = _counted(handle, meter)
            else:
                source = _AsUtf8(handle, encoding, meter)
            yield from file_windows(source, bound, read_bytes=_WINDOW_READ_BYTES, quiet=quiet)
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    except ValueError as e:  # invalid UTF-8, with its byte offset
        raise InputError(str(e)) from None


class _AsUtf8:
    """A binary file in another encoding read as UTF-8 bytes (for file_windows), decoding errors
    raised here with the offset in the file."""

    def __init__(self, handle: BinaryIO, encoding: str, meter: Meter | None) -> None:
        self.handle, self.encoding, self.meter = handle, encoding, meter
        self.decoder = codecs.getincrementaldecoder(encoding)("strict")
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        buffered = len(self.decoder.getstate()[0])
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as e:
            at = self.consumed - buffered + e.start
            raise InputError(f"{not_valid(self.encoding)} (byte 0x{e.object[e.start]:02x} at offset {at})") from None
        self.consumed += len(data)
        if self.meter is not None:
            self.meter.read += len(data)
        return text.encode("utf-8", "surrogatepass")


def _read_stdin(stdin: Any) -> bytes | str:
    if stdin is None or getattr(stdin, "closed", False):
        raise InputError("standard input is closed")
    buffer = getattr(stdin, "buffer", None)
    try:
        data: bytes | str = buffer.read() if buffer is not None else stdin.read()
        return data
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
