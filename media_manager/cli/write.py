"""``write`` and ``export``: the catalogue's values into the files, or out as CSV/JSON."""

from __future__ import annotations

from pathlib import Path

import click

from media_manager.catalog.export import to_csv, to_json
from media_manager.catalog.writeback import WriteSummary
from media_manager.cli.common import echo_json, open_catalog
from media_manager.cli.edit import print_outcomes
from media_manager.errors import BadEdit


@click.command("write")
@click.argument("photo_ids", nargs=-1, type=int)
@click.option("--changed", is_flag=True, help="Every photo with edits not yet in its file.")
@click.option("--sidecar", is_flag=True, help="Write or update name.xmp beside the image "
              "instead of touching the image.")
@click.option("--dry-run", is_flag=True, help="Print a table of IIM, XMP and EXIF "
              "before → after per field; write nothing.")
@click.option("--backup", is_flag=True, help="Keep the original as name.jpg.bak.")
@click.option("--truncate-iim", is_flag=True, help="Cut IIM values over their byte limit "
              "(the XMP and EXIF keep the full text) instead of refusing the photo.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as one JSON object.")
@click.pass_context
def write_command(ctx: click.Context, photo_ids: tuple[int, ...], changed: bool, sidecar: bool,
                  dry_run: bool, backup: bool, truncate_iim: bool, as_json: bool) -> None:
    """Write the catalogue's values into the photos PHOTO_IDS (or --changed).

    IPTC IIM in UTF-8 (1:90 set, digest updated), XMP and EXIF ImageDescription,
    Artist and Copyright are written together; everything else in the file and
    the image data stay as they were. The new file is written beside the old
    one, read back and checked, then renamed over it. One line per failed photo;
    the rest go on.
    """
    if not photo_ids and not changed:
        raise BadEdit("name the photos to write, or use --changed")
    summary = open_catalog(ctx).write_back(photo_ids, changed=changed, sidecar=sidecar,
                                           dry_run=dry_run, backup=backup,
                                           truncate_iim=truncate_iim)
    if dry_run and not as_json:
        _print_plans(summary)
    elif as_json and dry_run:
        echo_json({**summary.to_json(), "plans": {
            str(i): [vars(p) for p in plan] for i, plan in summary.plans.items()}})
        if summary.failures:
            ctx.exit(1)
        return
    print_outcomes(summary, as_json)


def _print_plans(summary: WriteSummary) -> None:
    for item in summary.outcomes:
        plan = summary.plans.get(item.photo_id)
        if not plan:
            continue
        click.echo(f"photo {item.photo_id}  {item.path}")
        width = max(len(p.field) for p in plan)
        for change in plan:
            click.echo(f"  {change.field:<{width}}  {change.store:<11}  "
                       f"{_shown(change.before)} → {_shown(change.after)}")


def _shown(value: object) -> str:
    if value in (None, "", []):
        return "(none)"
    text = "; ".join(value) if isinstance(value, list) else str(value)  # type: ignore[arg-type]
    text = text.replace("\n", " ")
    return text[:50] + ("…" if len(text) > 50 else "")


@click.command("export")
@click.argument("photo_ids", nargs=-1, type=int)
@click.option("--format", "form", type=click.Choice(["csv", "json"]), default="csv",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.pass_context
def export_command(ctx: click.Context, photo_ids: tuple[int, ...], form: str,
                   out: Path | None) -> None:
    """Export the catalogue (or PHOTO_IDS) with ExifTool's column names.

    SourceFile, IPTC:Caption-Abstract, XMP-dc:Description, IFD0:ImageDescription,
    ... so a desk can round-trip with `exiftool -csv=FILE -sep ", "`.
    """
    rows = open_catalog(ctx).export_rows(photo_ids or None)
    text = to_csv(rows) if form == "csv" else to_json(rows)
    if out is None:
        click.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    click.echo(f"{len(rows)} photos exported to {out}", err=True)
