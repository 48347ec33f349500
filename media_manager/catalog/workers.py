"""Worker processes for the file stages (read and hash, thumbnails), which may die.

Untrusted files go through C decoders; a worker can be killed by a segfault, the
out-of-memory killer or a user. ``multiprocessing.Pool`` then waits forever for
the lost result. Here a dead worker costs only the file it was on: the files in
flight are retried one at a time in a fresh process, the one that kills that one
too ends through ``on_death`` with a one-line reason, and the batch goes on. The
workers leave Ctrl-C to the main process and end silently when it has gone.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
DIED = "the process reading it died (killed, crashed or out of memory)"
IN_FLIGHT_PER_WORKER = 4


def quiet_worker() -> None:
    """No Ctrl-C traceback from a worker, and a closed pipe ends it instead of one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def run_in_workers(work: Callable[[Item], Item], items: Iterable[Item], workers: int,
                   on_death: Callable[[Item, str], Item]) -> Iterator[Item]:
    """``work`` over ``items`` in ``workers`` processes; results in the items' order."""
    pool = _start(workers)
    pending: deque[tuple[Item, Future[Item]]] = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(work, item)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                pool = yield from _first_result(pending, pool, work, on_death, workers)
        while pending:
            pool = yield from _first_result(pending, pool, work, on_death, workers)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _first_result(pending: deque[tuple[Item, Future[Item]]], pool: ProcessPoolExecutor,
                  work: Callable[[Item], Item], on_death: Callable[[Item, str], Item],
                  workers: int) -> Generator[Item, None, ProcessPoolExecutor]:
    _item, future = pending[0]
    try:
        result = future.result()
    except BrokenProcessPool:
        _stop(pool)
        stranded = [item for item, _ in pending]
        pending.clear()
        for item in stranded:
            yield _alone(work, item, on_death)
        return _start(workers)
    pending.popleft()
    yield result
    return pool


def _alone(work: Callable[[Item], Item], item: Item,
           on_death: Callable[[Item, str], Item]) -> Item:
    single = _start(1)
    try:
        return single.submit(work, item).result()
    except BrokenProcessPool:
        return on_death(item, DIED)
    finally:
        _stop(single)


def _start(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=quiet_worker)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: queued work cancelled, running workers ended."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
