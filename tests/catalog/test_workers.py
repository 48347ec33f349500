"""Worker processes and Ctrl-C: a worker never sees one (the main process handles it)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from media_manager.catalog.workers import in_worker, run_in_workers

pytestmark = pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="POSIX fork only")

_RECORD: dict[str, Path] = {}


def _note_mask_after_fork() -> None:
    """Runs in each forked child before anything else: is Ctrl-C held at birth?"""
    path = _RECORD.get("path")
    if path is not None:
        held = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        with path.open("a") as out:
            out.write(f"{held}\n")


os.register_at_fork(after_in_child=_note_mask_after_fork)


def _signal_state(item: int) -> tuple[int, bool, bool]:
    """In a worker: (item, Ctrl-C ignored, Ctrl-C still held)."""
    return (item, signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
            signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))


def test_a_worker_is_born_with_ctrl_c_held_then_ignores_it(tmp_path: Path) -> None:
    _RECORD["path"] = tmp_path / "masks"
    try:
        results = list(run_in_workers(_signal_state, [1, 2, 3], 2,
                                      on_death=lambda item, reason: (item, False, False)))
    finally:
        _RECORD.clear()
    # both workers forked with Ctrl-C held, so none can land before it is ignored ...
    assert (tmp_path / "masks").read_text().splitlines() == ["True", "True"]
    # ... and once running, each ignores it and holds nothing back
    assert results == [(1, True, False), (2, True, False), (3, True, False)]
    # the main process holds Ctrl-C back no longer
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


PARENT = """
import os, sys, time
from media_manager.catalog.workers import in_worker, run_in_workers

def pid_then_wait(item):
    if item == 0:
        return os.getpid()
    time.sleep(600)  # a worker busy on a long file
    return item

results = run_in_workers(pid_then_wait, [0, 1], 2, on_death=lambda item, reason: item)
print(next(results), flush=True)  # the first worker's pid; the second sleeps
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie waiting for its reaper is gone too
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="Linux only")
def test_the_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """A main process killed outright (no chance to stop its pool) leaves no worker behind."""
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())
        children = [int(p) for p in Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
                    .read_text().split()]
        assert worker in children and len(children) == 2
        parent.kill()
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [c for c in children if _alive(c)] == []
    finally:
        parent.kill()


def _mark_batch(batch: list[dict]) -> None:
    for item in batch:
        item["asked_in"] = os.getpid()
        item["batch"] = [other["n"] for other in batch]


def _seen(item: dict) -> dict:
    return {**item, "read_in": os.getpid()}


def test_each_batch_is_handed_to_ahead_in_the_worker_before_any_item_is_worked() -> None:
    items = [{"n": n} for n in range(10)]
    results = list(run_in_workers(_seen, items, 2, on_death=lambda item, reason: item,
                                  batch=4, ahead=_mark_batch))
    assert [r["n"] for r in results] == list(range(10))
    assert [r["batch"] for r in results] == [[0, 1, 2, 3]] * 4 + [[4, 5, 6, 7]] * 4 + [[8, 9]] * 2
    assert all(r["asked_in"] == r["read_in"] != os.getpid() for r in results)


def _where(item: int) -> tuple[int, bool]:
    return item, in_worker()


def test_a_worker_knows_it_is_one_and_the_main_process_knows_it_is_not() -> None:
    results = list(run_in_workers(_where, [1, 2, 3], 2, on_death=lambda item, reason: item))
    assert results == [(1, True), (2, True), (3, True)]
    assert in_worker() is False


def _die_on_one_refuse_two(item: int) -> int:
    if item == 1:
        os._exit(3)  # as a segfault would end it
    if item == 2:
        raise ValueError("item 2 refused")
    return item


def test_an_error_raised_while_the_files_of_a_dead_worker_are_retried_reaches_the_caller(
) -> None:
    with pytest.raises(ValueError, match="item 2 refused"):
        list(run_in_workers(_die_on_one_refuse_two, [1, 2, 3], 2,
                            on_death=lambda item, reason: item))
