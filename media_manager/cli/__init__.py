"""The command line: thin, one module per command group."""

from __future__ import annotations

import os
import signal


def main() -> None:
    """``media-manager``: the command line of :mod:`media_manager.cli.main`, loaded here with
    Ctrl-C held quiet. Loading it (click, SQLAlchemy) takes a good part of a second on a busy
    machine, and a Ctrl-C then would print the traceback of an import: now it says "Aborted."
    and ends with status 130, as a Ctrl-C does once the command runs. A Ctrl-C that the shell
    has the command ignore (a background job) stays ignored."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, aborted_while_starting)
    from media_manager.cli.main import main as command_line

    command_line()


def aborted_while_starting(*_: object) -> None:
    """Ctrl-C before the command has begun: nothing opened yet, nothing to undo."""
    os.write(2, b"Aborted.\n")
    os._exit(130)
