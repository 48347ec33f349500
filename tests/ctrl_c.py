"""Sending Ctrl-C to a command the test starts."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def ctrl_c_not_ignored() -> Iterator[None]:
    """Commands started inside hear Ctrl-C even when this process ignores it (the suite run as
    a background job): an ignored signal stays ignored across exec, a handled one does not."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
