"""``import-captions``: pair caption files with catalogued photos; ``--undo BATCH``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from media_manager.catalog.caption_import import ImportItem, ImportOptions, ImportSummary
from media_manager.cli.common import echo_json, open_catalog
from media_manager.wire import ALIASES, FORMATS

FORMAT_NAMES = sorted({*FORMATS, *ALIASES})


@click.command("import-captions")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "format_name", type=click.Choice(FORMAT_NAMES), default=None,
              help="Read every file as this format (default: detected from each file's content).")
@click.option("--dry-run", is_flag=True, help="Show per photo and field what would change; "
              "change nothing.")
@click.option("--force", is_flag=True, help="Let imported values replace the desk's manual edits.")
@click.option("--weights", type=click.Path(dir_okay=False, path_type=Path),
              help="Pairing weights (TOML, [pairing] table; default: pairing.toml in the data "
                   "folder, else the documented defaults).")
@click.option("--undo", "undo_batch", type=int, metavar="BATCH",
              help="Revert everything caption import BATCH changed (no PATHS).")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def import_captions_command(ctx: click.Context, paths: tuple[Path, ...], format_name: str | None,
                            dry_run: bool, force: bool, weights: Path | None,
                            undo_batch: int | None, as_json: bool, quiet: bool) -> None:
    """Import captions from PATHS (files, or folders of caption files) and pair each with a photo.

    Reads wire stories (captions at the foot), NewsML-G2 picture items, CSV/TSV
    manifests (key column filename, job_id, title or guid), ExifTool -csv/-json
    output, JSON / JSON Lines and XMP sidecars. Strong matches are applied with
    source "imported"; uncertain ones wait in `media-manager review`. Exit code 1
    when any file or row failed.
    """
    catalog = open_catalog(ctx)
    if undo_batch is not None:
        if paths:
            raise click.UsageError("--undo takes no PATHS")
        undone = catalog.undo_import(undo_batch)
        echo_json(undone.to_json()) if as_json else click.echo(undone.line())
        return
    if not paths:
        raise click.UsageError("name at least one caption file or folder (or --undo BATCH)")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")
    options = ImportOptions(format=format_name, dry_run=dry_run, force=force,
                            weights=catalog.pairing_weights(weights))
    show = not quiet and sys.stderr.isatty()
    with tqdm(desc="pairing", unit=" captions", disable=not show, file=sys.stderr) as bar:
        summary = catalog.import_captions(paths, options=options,
                                          progress=lambda _pairing: bar.update())
    _report(summary, as_json, dry_run)
    if summary.counts()["failed"]:
        ctx.exit(1)


def _report(summary: ImportSummary, as_json: bool, dry_run: bool) -> None:
    for note in summary.notes:
        click.echo(f"note: {note}", err=True)
    if as_json:
        echo_json(summary.to_json())
    else:
        for item in summary.items:
            if item.outcome != "failed":
                click.echo(item_line(item))
                if dry_run:
                    for name, (old, new) in item.changes.items():
                        click.echo(f"    {name}: {old!r} → {new!r}")
        click.echo(summary.line())
    for source, reason in summary.errors:
        click.echo(f"failed: {source}: {reason}", err=True)


def item_line(item: ImportItem) -> str:
    """'captions.csv:2 → photo 11: strong 1.2 (filename 1.0, date 0.2)'."""
    target = f"photo {item.photo_id}" if item.photo_id else "no photo"
    parts = ", ".join(f"{name} {value:g}" for name, value in item.parts.items())
    score = f" {item.score:g}" if item.score is not None else ""
    why = f" ({parts})" if parts else ""
    reason = f"; {item.reason}" if item.reason else (
        "; the photo already says so" if item.outcome == "applied" and not item.changes else "")
    return f"{item.outcome}: {item.source} → {target}: {item.recommendation}{score}{why}{reason}"
