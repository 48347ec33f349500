"""``init``, ``list``, ``show`` and ``search``: look into the catalogue."""

from __future__ import annotations

import click

from media_manager.catalog.queries import PhotoSummary
from media_manager.cli.common import echo_json, open_catalog, settings_of


@click.command("init")
@click.pass_context
def init_command(ctx: click.Context) -> None:
    """Create the catalogue (or bring its schema up to date) and say where it is."""
    catalog = open_catalog(ctx)
    shown = catalog.engine.url.render_as_string(hide_password=True)
    click.echo(f"catalogue ready: {shown} ({catalog.count()} photos)")
    click.echo(f"thumbnails: {settings_of(ctx).thumbnail_dir}")


@click.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per photo, per line.")
@click.pass_context
def list_command(ctx: click.Context, limit: int, offset: int, as_json: bool) -> None:
    """List catalogued photos: id, credit, date, place and the start of the caption."""
    catalog = open_catalog(ctx)
    _print(catalog.list_photos(limit=limit, offset=offset), as_json)


@click.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per photo, per line.")
@click.pass_context
def search_command(ctx: click.Context, text: str, limit: int, as_json: bool) -> None:
    """Photos whose caption, headline, keywords, credit, people or place hold every word of TEXT."""
    catalog = open_catalog(ctx)
    found = catalog.list_photos(text=text, limit=limit)
    _print(found, as_json)
    if not as_json and not found:
        click.echo(f"no photo matches {text!r}", err=True)


@click.command("show")
@click.argument("photo_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def show_command(ctx: click.Context, photo_id: int, as_json: bool) -> None:
    """Every field of one photo, with where each value came from."""
    record = open_catalog(ctx).photo(photo_id)
    if as_json:
        echo_json(record.to_json())
        return
    click.echo(f"photo {record.id}  version {record.version}  {record.path}")
    width = max((len(name) for name in record.fields), default=10)
    for name, value in record.fields.items():
        shown = "; ".join(value) if isinstance(value, list) else value
        where = record.values.sources.get(name, "")
        origin = record.values.origins.get(name)
        where = f"{where}:{origin}" if origin and origin != where else where
        click.echo(f"  {name:<{width}}  {shown}  [{where}]")
    for name, value in record.technical.items():
        click.echo(f"  {name:<{width}}  {value}")
    for warning in record.warnings:
        click.echo(f"  warning: {warning}")


def _print(photos: list[PhotoSummary], as_json: bool) -> None:
    for photo in photos:
        if as_json:
            echo_json(photo.to_json())
            continue
        caption = str(photo.fields.get("description") or photo.fields.get("headline") or "")
        caption = caption.replace("\n", " ")
        caption = caption[:70] + ("…" if len(caption) > 70 else "")
        credit = photo.fields.get("credit_line") or ""
        date = str(photo.fields.get("date_created") or "")[:10]
        click.echo(f"{photo.id:>6}  {date:<10}  {credit:<24.24}  {caption}")
