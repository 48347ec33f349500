"""Worker processes for the file stages (read and hash, thumbnails), which may die.

Untrusted files go through C decoders; a worker can be killed by a segfault, the
out-of-memory killer or a user. ``multiprocessing.Pool`` then waits forever for
the lost result. Here a dead worker costs only the file it was on: the files in
flight are retried one at a time in a fresh process, the one that kills that one
too ends through ``on_death`` with a one-line reason, and the batch goes on. The
workers leave Ctrl-C to the main process and end silently when it has gone.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
DIED = "the process reading it died (killed, crashed or out of memory)"
IN_FLIGHT_PER_WORKER = 4
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_in_worker = False  # set in each worker process as it starts (quiet_worker)


def in_worker() -> bool:
    """Whether this process is one of the workers: a crash here costs only the file it was
    on (so a reader may map a file that another program could cut short meanwhile)."""
    return _in_worker


def quiet_worker(parent: int | None = None) -> None:
    """No Ctrl-C traceback from a worker, and a closed pipe ends it instead of one; on Linux
    the worker also ends with the main process, however that ends."""
    global _in_worker
    _in_worker = True
    if parent is not None:
        _end_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # forked with Ctrl-C held (see _submit): let go
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def _end_with(parent: int) -> None:
    """Linux: the kernel kills this worker when ``parent`` ends (``PR_SET_PDEATHSIG``), so that
    a main process that ends before it could stop its pool (a Ctrl-C at the wrong moment)
    leaves no worker waiting for work, holding the command's output pipes open."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(0)


def _submit(pool: ProcessPoolExecutor, *call: object) -> Future:
    """``pool.submit(*call)`` with Ctrl-C held back meanwhile. A first submit forks the
    workers, and a forked worker has the main process's Ctrl-C handler until
    ``quiet_worker`` runs: a Ctrl-C in between would print a worker's traceback. Held, it
    reaches the main process once the submit is done, and the workers ignore it."""
    if not hasattr(signal, "pthread_sigmask"):
        return pool.submit(*call)  # type: ignore[arg-type]
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(*call)  # type: ignore[arg-type]
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def run_in_workers(work: Callable[[Item], Item], items: Iterable[Item], workers: int,
                   on_death: Callable[[Item, str], Item], batch: int = 1,
                   in_flight: int = IN_FLIGHT_PER_WORKER,
                   on_drain: Callable[[int], None] | None = None,
                   ahead: Callable[[list[Item]], None] | None = None) -> Iterator[Item]:
    """``work`` over ``items`` in ``workers`` processes; results in the items' order.

    ``batch`` items go to a worker at a time: a small, quick ``work`` (reading one file's
    headers) would otherwise spend as long passing items between processes as on them.
    ``in_flight`` batches per worker are handed out ahead: enough that the workers keep
    busy while the caller spends a while on the results it has (storing a chunk).
    ``on_drain`` is called once every item has been handed out, with the number of
    results still to come (those in flight). ``ahead``, if given, is called in the worker
    with each batch before ``work`` runs on its items (to ask the disk for their files).
    """
    pool = _start(workers)
    pending: deque[tuple[list[Item], Future[list[Item]]]] = deque()
    try:
        for group in _groups(items, batch):
            pending.append((group, _submit(pool, _each, work, group, ahead)))
            if len(pending) >= workers * in_flight:
                pool = yield from _first_result(pending, pool, work, on_death, workers)
        if on_drain is not None:
            on_drain(sum(len(group) for group, _future in pending))
        while pending:
            pool = yield from _first_result(pending, pool, work, on_death, workers)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _groups(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    group: list[Item] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def _each(work: Callable[[Item], Item], group: list[Item],
          ahead: Callable[[list[Item]], None] | None = None) -> list[Item]:
    """One batch, in a worker."""
    if ahead is not None:
        ahead(group)
    return [work(item) for item in group]


def _first_result(pending: deque[tuple[list[Item], Future[list[Item]]]],
                  pool: ProcessPoolExecutor, work: Callable[[Item], Item],
                  on_death: Callable[[Item, str], Item],
                  workers: int) -> Generator[Item, None, ProcessPoolExecutor]:
    _group, future = pending[0]
    try:
        results = future.result()
    except BrokenProcessPool:
        _stop(pool)
        stranded = [item for group, _ in pending for item in group]
        pending.clear()
        for item in stranded:  # one at a time: only the one that kills its process fails
            yield _alone(work, item, on_death)
        return _start(workers)
    pending.popleft()
    yield from results
    return pool


def _alone(work: Callable[[Item], Item], item: Item,
           on_death: Callable[[Item, str], Item]) -> Item:
    single = _start(1)
    try:
        return _submit(single, work, item).result()
    except BrokenProcessPool:
        return on_death(item, DIED)
    finally:
        _stop(single)


def _start(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=quiet_worker,
                               initargs=(os.getpid(),))


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: queued work cancelled, running workers ended."""
    # no public way before 3.14; None once the pool has shut down
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
