"""``media-manager inspect PATH... [--json]``: what the files say, no catalogue needed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click

from media_manager.metadata import FileReading, read_metadata


def iter_files(paths: tuple[str, ...]) -> Iterator[Path | str]:
    """Files named, and files inside folders named (recursively, hidden ones skipped).

    A path that does not exist is yielded as a plain ``str`` so the caller can report it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(_walk(path))
        elif path.exists():
            yield path
        else:
            yield raw


def _walk(folder: Path) -> Iterator[Path]:
    for child in folder.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def format_reading(reading: FileReading) -> str:
    """A readable, aligned listing of one file's fields, sources and problems."""
    lines = [reading.path]
    rows: list[tuple[str, str]] = []
    for name, value in reading.fields.items():
        text = "; ".join(value) if isinstance(value, list) else value
        rows.append((name, f"{text}  [{reading.sources.get(name, '?')}]"))
    for name, value in reading.technical.items():
        rows.append((name, str(value)))
    width = max((len(name) for name, _ in rows), default=0)
    for name, text in rows:
        first, *rest = text.splitlines() or [""]
        lines.append(f"  {name.ljust(width)}  {first}")
        lines.extend(f"  {'':{width}}  {more}" for more in rest)
    lines.extend(f"  warning: {w}" for w in reading.warnings)
    if reading.error:
        lines.append(f"  error: {reading.error}")
    return "\n".join(lines)


@click.command("inspect")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per file, one per line (fields, sources, warnings, error).")
def inspect_command(paths: tuple[str, ...], as_json: bool) -> None:
    """Show the caption and credit metadata embedded in image files (and XMP sidecars).

    PATH may be files or folders; folders are read recursively, hidden files skipped.
    A file that cannot be read is named on stderr with its reason (in --json its
    object says so too), and the exit code is 1.
    """
    failed = 0
    for item in iter_files(paths):
        if isinstance(item, str):
            click.echo(f"error: {item}: no such file or folder", err=True)
            failed += 1
            continue
        reading = read_metadata(item)
        if reading.error:
            click.echo(f"error: {reading.path}: {reading.error}", err=True)
            failed += 1
        if as_json:
            click.echo(json.dumps(reading.to_json(), ensure_ascii=False))
        elif not reading.error:
            click.echo(format_reading(reading) + "\n")
    if failed:
        click.get_current_context().exit(1)
