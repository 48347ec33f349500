"""``template add|list|show|apply|delete``: named sets of field values (stationery pads)."""

from __future__ import annotations

from pathlib import Path

import click

from media_manager.catalog.operations import parse_assignment
from media_manager.catalog.templates import (
    APPEND_TO,
    FILL_IF_EMPTY,
    REPLACE,
    Template,
    TemplateEntry,
)
from media_manager.cli.common import echo_json, open_catalog
from media_manager.cli.edit import codes_options, open_with_codes, print_outcomes
from media_manager.errors import BadEdit


@click.group("template")
def template_group() -> None:
    """Templates: named sets of field values applied to a selection or at ingest.

    Values may use the photo's own fields: {city}, {creator},
    {date_created:%B %-d, %Y}.
    """


def entries_from(sets: tuple[str, ...], fills: tuple[str, ...],
                 appends: tuple[str, ...]) -> list[TemplateEntry]:
    entries = []
    for mode, texts in ((REPLACE, sets), (FILL_IF_EMPTY, fills), (APPEND_TO, appends)):
        for text in texts:
            parsed = parse_assignment(text)
            entries.append(TemplateEntry(parsed.name, text.partition("=")[2], mode))
    return entries


@template_group.command("add")
@click.argument("name")
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE",
              help="Replace the field with VALUE.")
@click.option("--fill", "fills", multiple=True, metavar="NAME=VALUE",
              help="Fill the field with VALUE only where it is empty.")
@click.option("--append", "appends", multiple=True, metavar="NAME=VALUE",
              help="Append VALUE (list fields: as new items).")
@click.pass_context
def add_command(ctx: click.Context, name: str, sets: tuple[str, ...], fills: tuple[str, ...],
                appends: tuple[str, ...]) -> None:
    """Create or replace the template NAME."""
    entries = entries_from(sets, fills, appends)
    if not entries:
        raise BadEdit("a template needs at least one --set, --fill or --append")
    template = open_catalog(ctx).save_template(name, entries)
    click.echo(f"template {template.name!r} saved ({len(template.entries)} fields)")


@template_group.command("list")
@click.pass_context
def list_command(ctx: click.Context) -> None:
    """Every template, with the fields it sets."""
    for template in open_catalog(ctx).templates():
        click.echo(f"{template.name}: {', '.join(e.field for e in template.entries)}")


@template_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def show_command(ctx: click.Context, name: str, as_json: bool) -> None:
    """One template's fields, modes and values."""
    template: Template = open_catalog(ctx).template(name)
    if as_json:
        echo_json(template.to_json())
        return
    click.echo(f"template {template.name} (by {template.user})")
    for entry in template.entries:
        click.echo(f"  {entry.field:<20} {entry.mode:<8} {entry.value}")


@template_group.command("apply")
@click.argument("name")
@click.argument("photo_ids", nargs=-1, required=True, type=int)
@codes_options
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as one JSON object.")
@click.pass_context
def apply_command(ctx: click.Context, name: str, photo_ids: tuple[int, ...],
                  codes_file: Path | None, code_delimiter: str, as_json: bool) -> None:
    """Apply template NAME to the photos PHOTO_IDS (recorded as one batch in history)."""
    catalog = open_with_codes(ctx, codes_file, code_delimiter)
    print_outcomes(catalog.apply_template(name, photo_ids), as_json)


@template_group.command("delete")
@click.argument("name")
@click.pass_context
def delete_command(ctx: click.Context, name: str) -> None:
    """Delete the template NAME."""
    open_catalog(ctx).delete_template(name)
    click.echo(f"template {name!r} deleted")
