"""``backup`` and ``restore``: move a whole catalogue between SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import click

from media_manager.cli.common import open_catalog


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@click.pass_context
def backup_command(ctx: click.Context, file: Path) -> None:
    """Write the whole catalogue (rows, history, usage, thumbnails) into FILE (gzip JSON Lines)."""
    summary = open_catalog(ctx).backup(file)
    click.echo(f"backed up {summary.describe()} into {file}")


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def restore_command(ctx: click.Context, file: Path) -> None:
    """Load a backup FILE into this catalogue, which must be empty (any backend)."""
    summary = open_catalog(ctx).restore(file)
    click.echo(f"restored {summary.describe()} from {file}")
