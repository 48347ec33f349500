"""``init`` and ``show``: look into the catalogue (``list`` and ``search`` are in search.py)."""

from __future__ import annotations

import click

from media_manager.cli.common import echo_json, open_catalog


@click.command("init")
@click.pass_context
def init_command(ctx: click.Context) -> None:
    """Create the catalogue (or bring its schema up to date) and say where it is."""
    catalog = open_catalog(ctx)
    shown = catalog.engine.url.render_as_string(hide_password=True)
    click.echo(f"catalogue ready: {shown} ({catalog.count()} photos)")
    click.echo(f"thumbnails: {catalog.thumbnail_store.description}")


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
