"""Several processes, one answer: documents mapped over a process pool, results in input order.

Documents are sent in chunks of up to ``CHUNK_CHARS`` characters (and ``CHUNK_DOCS`` documents),
so that many short articles cost one round trip, not one each, while a long document travels
alone. At most ``IN_FLIGHT_PER_PROCESS`` chunks per process are pending at any time: a stream
of any length is read lazily and held in memory a few chunks at a time.

Each worker builds its state once (``initializer(state)``) and applies a function of that state
to every item; the function must be a module-level function (it is pickled by name).
"""

from __future__ import annotations

import collections
import itertools
import os
from typing import Any, Callable, Iterable, Iterator, TypeVar

__all__ = ["CHUNK_CHARS", "CHUNK_DOCS", "IN_FLIGHT_PER_PROCESS", "check_processes", "chunks", "map_ordered"]

T = TypeVar("T")
R = TypeVar("R")

CHUNK_CHARS = 16_000  # about three news articles: a round trip costs far less than their extraction
CHUNK_DOCS = 16  # so that short texts still spread over the workers in small steps
IN_FLIGHT_PER_PROCESS = 3  # chunks pending per process: enough to keep it busy, bounded memory

_STATE: Any = None


def check_processes(processes: object) -> int:
    """``processes`` as a positive int (``None``: one per core); TypeError / ValueError otherwise."""
    if processes is None:
        return os.cpu_count() or 1
    if isinstance(processes, bool) or not isinstance(processes, int):
        raise TypeError(f"processes must be an int or None, got {type(processes).__name__}")
    if processes < 1:
        raise ValueError(f"processes must be >= 1, got {processes}")
    return processes


def chunks(items: Iterable[T], size: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive items grouped up to ``CHUNK_CHARS`` (by ``size``) or ``CHUNK_DOCS`` items."""
    chunk: list[T] = []
    chars = 0
    for item in items:
        n = size(item)
        if chunk and (chars + n > CHUNK_CHARS or len(chunk) >= CHUNK_DOCS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += n
    if chunk:
        yield chunk


def _init(initializer: Callable[[Any], Any], state: Any) -> None:
    global _STATE
    _STATE = initializer(state)


def _run_chunk(func: Callable[[Any, Any], Any], chunk: list[Any]) -> list[tuple[bool, Any]]:
    """(True, result) or (False, the exception) per item: one failure costs no neighbour."""
    done: list[tuple[bool, Any]] = []
    for item in chunk:
        try:
            done.append((True, func(_STATE, item)))
        except Exception as exc:  # noqa: BLE001 - raised again in the caller, at this item's place
            done.append((False, exc))
    return done


def _results(done: list[tuple[bool, Any]]) -> Iterator[Any]:
    for ok, value in done:
        if not ok:
            raise value
        yield value


def map_ordered(
    func: Callable[[Any, T], R],
    items: Iterable[T],
    *,
    processes: int,
    initializer: Callable[[Any], Any],
    state: Any,
    size: Callable[[T], int] = len,  # type: ignore[assignment]
) -> Iterator[R]:
    """``func(initializer(state), item)`` for every item, computed in ``processes`` processes and
    yielded in input order. With one process nothing is forked: the same calls run here; with
    more, the first item runs here too. An exception raised by ``func`` is raised here, at that
    item's place in the order."""
    local = initializer(state)
    iterator = iter(items)
    for item in iterator:
        # the first item runs here, before the pool forks: every worker inherits what it loaded
        # (lexicons, the language detector's profiles) instead of loading it again, core by core
        yield func(local, item)
        if processes > 1:
            break
    else:
        return
    remaining = chunks(iterator, size)
    first = next(remaining, None)
    if first is None:
        return
    import multiprocessing  # here: `import quotecheck` stays light

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pending: collections.deque[Any] = collections.deque()
    limit = processes * IN_FLIGHT_PER_PROCESS
    with context.Pool(processes, initializer=_init, initargs=(initializer, state)) as pool:
        for chunk in itertools.chain([first], remaining):
            pending.append(pool.apply_async(_run_chunk, (func, chunk)))
            while len(pending) >= limit:
                yield from _results(pending.popleft().get())
        while pending:
            yield from _results(pending.popleft().get())
