"""``watch``: keep ingesting pictures and importing caption files as they land."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from media_manager.catalog.hot_folder import HotFolder
from media_manager.cli.common import open_catalog


@click.command("watch")
@click.argument("folders", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--interval", type=click.FloatRange(min=0.05), default=2.0, show_default=True,
              help="Seconds a file must stop growing before it is taken.")
@click.pass_context
def watch_command(ctx: click.Context, folders: tuple[Path, ...], interval: float) -> None:
    """Watch FOLDERS: ingest new pictures, import new caption files; one log line per file.

    A file is taken once it has stopped growing (FTP uploads arrive in pieces).
    Ctrl-C or SIGTERM stops after the file in hand; files that arrive while it is
    stopped are taken at the next start, and no caption file is imported twice.
    """
    catalog = open_catalog(ctx)
    stop = threading.Event()

    def request_stop(_signum: int, _frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    watched = ", ".join(str(f) for f in folders)
    click.echo(f"watching {watched} (every {interval:g} s; Ctrl-C to stop)")
    HotFolder(catalog, folders, interval=interval, log=click.echo).run(stop)
    click.echo("stopped")
