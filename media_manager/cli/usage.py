"""``use``: record where and when a photo was published, one at a time or from a CSV."""

from __future__ import annotations

from pathlib import Path

import click

from media_manager.catalog.usage import ADDED, BadUse, UseRequest, parse_date
from media_manager.cli.common import echo_json, open_catalog


@click.command("use")
@click.argument("photo", required=False)
@click.option("--story", help="The story's slug, e.g. flood-lagos.")
@click.option("--publication", help="Where it ran, e.g. the paper or site's name.")
@click.option("--date", "used_on", metavar="YYYY-MM-DD", help="The day it was published.")
@click.option("--page", default="", help="The page it ran on (print).")
@click.option("--url", default="", help="The address it ran at (online).")
@click.option("--credit", default=None, help="The credit as printed, when you know it.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Record a CSV of uses: filename (or photo / job_id), story, publication, "
                   "date, and optionally page, url, credit.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as one JSON object.")
@click.pass_context
def use_command(ctx: click.Context, photo: str | None, story: str | None,
                publication: str | None, used_on: str | None, page: str, url: str,
                credit: str | None, csv_file: Path | None, as_json: bool) -> None:
    """Record that PHOTO (an id, a file name or a transmission reference) was published.

    The same use recorded again is kept once, so a CSV can be imported again safely.
    With --csv, each bad row is reported with its line, the rest are recorded, and the
    exit code is 1 when any row failed.
    """
    catalog = open_catalog(ctx)
    if csv_file is not None:
        if photo or story or publication or used_on or page or url or credit:
            raise BadUse("give either --csv FILE or one PHOTO with its options, not both")
        summary = catalog.import_uses(csv_file)
        if as_json:
            echo_json(summary.to_json())
        else:
            click.echo(f"{summary.added} added, {summary.duplicate} already recorded, "
                       f"{summary.failed} failed")
        for line, reason in summary.errors:
            click.echo(f"{csv_file}:{line}: {reason}", err=True)
        if summary.failed:
            ctx.exit(1)
        return
    missing = [name for name, value in (("PHOTO", photo), ("--story", story),
                                        ("--publication", publication), ("--date", used_on))
               if not value]
    if missing:
        raise BadUse(f"missing {', '.join(missing)} (or give --csv FILE)")
    request = UseRequest(photo=photo or "", story=story or "", publication=publication or "",
                         used_on=parse_date(used_on or ""), page=page, url=url, credit=credit)
    outcome, photo_id = catalog.record_use(request)
    where = f"page {page}" if page else (url or "no page given")
    if as_json:
        echo_json({"outcome": outcome, "photo_id": photo_id})
    elif outcome == ADDED:
        click.echo(f"recorded: photo {photo_id} in {story}, {publication}, {used_on}, {where}")
    else:
        click.echo(f"already recorded: photo {photo_id} in {story}, {publication}, {used_on}")
