"""Worker processes and Ctrl-C: a worker never sees one (the main process handles it)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from media_manager.catalog.workers import run_in_workers

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
