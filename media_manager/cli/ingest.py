"""``ingest`` and ``thumbnails``: bring wire photos into the catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from media_manager.catalog.outcomes import ADDED, FAILED
from media_manager.cli.common import echo_json, open_catalog, workers_option


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@workers_option
@click.option("--no-thumbnails", is_flag=True, help="Skip the thumbnail pass "
              "(run `media-manager thumbnails` later).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--template", "template_name", metavar="NAME",
              help="Apply this template to the photos this run adds.")
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], workers: int | None,
                   no_thumbnails: bool, as_json: bool, quiet: bool,
                   template_name: str | None) -> None:
    """Catalogue the photos in PATHS (files or folders, searched recursively).

    Prints a summary: added, updated, unchanged, duplicate and failed, with each
    failure's path and reason on stderr; exits 1 when any file failed. Running it
    again adds nothing; an interrupted run carries on where it stopped.
    """
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")
    catalog = open_catalog(ctx)
    if template_name:
        catalog.template(template_name)  # an unknown name stops here, before any reading
    show = not quiet and sys.stderr.isatty()
    with tqdm(desc="reading", unit=" files", disable=not show, file=sys.stderr) as bar:
        summary = catalog.ingest(paths, workers=workers, progress=lambda _task: bar.update())
    templated = None
    if template_name:
        catalog.use_code_replacements()
        added = [o.photo_id for o in summary.outcomes if o.outcome == ADDED and o.photo_id]
        templated = catalog.apply_template(template_name, added).counts() if added else {}
    thumbnails = None
    if not no_thumbnails:
        with tqdm(desc="thumbnails", unit=" files", disable=not show, file=sys.stderr) as bar:
            thumbnails = catalog.build_thumbnails(workers=workers,
                                                  progress=lambda _job: bar.update())
    if as_json:
        result = summary.to_json()
        if thumbnails is not None:
            result["thumbnails"] = thumbnails
        if templated is not None:
            result["template"] = templated
        echo_json(result)
        _exit_on_failures(ctx, summary.counts()[FAILED], thumbnails)
        return
    click.echo(summary.line())
    if summary.interrupted_batches:
        click.echo("marked interrupted (their process had died): batch "
                   + ", ".join(map(str, summary.interrupted_batches)), err=True)
    if templated:
        click.echo(f"template {template_name}: " + ", ".join(
            f"{count} {name}" for name, count in templated.items()))
    for item in summary.outcomes:
        if item.outcome == FAILED:
            click.echo(f"failed: {item.path}: {item.reason}", err=True)
    if thumbnails and thumbnails["failed"]:
        click.echo(f"thumbnails: {thumbnails['made']} made, {thumbnails['failed']} failed",
                   err=True)
    _exit_on_failures(ctx, summary.counts()[FAILED], thumbnails)


def _exit_on_failures(ctx: click.Context, failed_files: int, thumbnails: dict | None) -> None:
    """Exit 1 when any file (or thumbnail) failed: the summary said which and why."""
    if failed_files or (thumbnails and thumbnails["failed"]):
        ctx.exit(1)


@click.command("thumbnails")
@workers_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def thumbnails_command(ctx: click.Context, workers: int | None, quiet: bool) -> None:
    """Draw every thumbnail that is missing (after `ingest --no-thumbnails`)."""
    catalog = open_catalog(ctx)
    show = not quiet and sys.stderr.isatty()
    with tqdm(desc="thumbnails", unit=" files", disable=not show, file=sys.stderr) as bar:
        counts = catalog.build_thumbnails(workers=workers, progress=lambda _job: bar.update())
    click.echo(f"{counts['made']} made, {counts['failed']} failed")
    if counts["failed"]:
        ctx.exit(1)
