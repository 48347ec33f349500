"""``edit``, ``history`` and ``revert``: change a photo's fields with provenance and history."""

from __future__ import annotations

from pathlib import Path

import click

from media_manager.catalog.operations import (
    APPEND,
    FILL,
    SET,
    FieldEdit,
    parse_assignment,
    parse_replacement,
)
from media_manager.catalog.results import FAILED, UPDATED, WRITTEN, JobSummary
from media_manager.catalog.service import Catalog
from media_manager.cli.common import echo_json, open_catalog
from media_manager.codes import DEFAULT_DELIMITER
from media_manager.errors import BadEdit


def codes_options(function):  # type: ignore[no-untyped-def]
    """--codes FILE and --code-delimiter, shared by every command that saves values."""
    function = click.option("--code-delimiter", default=DEFAULT_DELIMITER, show_default=True,
                            help="What marks a code in the text (=code=).")(function)
    return click.option("--codes", "codes_file", type=click.Path(dir_okay=False, path_type=Path),
                        envvar="MEDIA_MANAGER_CODES",
                        help="Code replacement file (Photo Mechanic format) to expand "
                             "=code= on save (default: code_replacements.txt in the data "
                             "folder, if there). Env: MEDIA_MANAGER_CODES.")(function)


def open_with_codes(ctx: click.Context, codes_file: Path | None, delimiter: str) -> Catalog:
    catalog = open_catalog(ctx)
    catalog.use_code_replacements(codes_file, delimiter)
    return catalog


def print_outcomes(summary: JobSummary, as_json: bool) -> None:
    """One line per photo changed or failed, then the summary line; exit 1 on any failure."""
    if as_json:
        echo_json(summary.to_json())
    else:
        for item in summary.outcomes:
            if item.outcome == FAILED:
                click.echo(f"failed: photo {item.photo_id}: {item.reason}", err=True)
            elif item.outcome == WRITTEN:
                note = f" ({item.reason})" if item.reason else ""
                click.echo(f"written: photo {item.photo_id}: {item.path}{note}")
            elif item.outcome == UPDATED:
                click.echo(f"photo {item.photo_id}: version {item.version} "
                           f"({', '.join(item.fields)})")
        click.echo(summary.line())
    if summary.failures:
        click.get_current_context().exit(1)


@click.command("edit")
@click.argument("photo_ids", nargs=-1, required=True, type=int)
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE",
              help="Set a field (lists: \"a; b\"; an empty VALUE clears it).")
@click.option("--fill", "fills", multiple=True, metavar="NAME=VALUE",
              help="Set a field only where it is empty.")
@click.option("--append", "appends", multiple=True, metavar="NAME=VALUE",
              help="Add to a list field (or to the end of a text field).")
@click.option("--replace", "replaces", multiple=True, metavar="NAME=/REGEX/REPL/",
              help="Find and replace (Python regex; \\1 for groups) in a field.")
@click.option("--expect-version", type=int, default=None,
              help="Refuse the save if the photo changed since this version (one photo only).")
@click.option("--user", help="Who is making the change (default: the global --user).")
@codes_options
@click.option("--json", "as_json", is_flag=True, help="Print the outcomes as one JSON object.")
@click.pass_context
def edit_command(ctx: click.Context, photo_ids: tuple[int, ...], sets: tuple[str, ...],
                 fills: tuple[str, ...], appends: tuple[str, ...], replaces: tuple[str, ...],
                 expect_version: int | None, user: str | None, codes_file: Path | None,
                 code_delimiter: str, as_json: bool) -> None:
    """Change fields of the photos PHOTO_IDS; every change is recorded in their history.

    Operations apply in the order --set, --fill, --append, --replace. Field names
    are the canonical ones (title, headline, description, keywords, city, ...).
    """
    edits = ([parse_assignment(t, SET) for t in sets] + [parse_assignment(t, FILL) for t in fills]
             + [parse_assignment(t, APPEND) for t in appends]
             + [parse_replacement(t) for t in replaces])
    if not edits:
        raise BadEdit("nothing to change: give --set, --fill, --append or --replace")
    if expect_version is not None and len(photo_ids) != 1:
        raise BadEdit("--expect-version needs exactly one photo")
    catalog = open_with_codes(ctx, codes_file, code_delimiter)
    if expect_version is not None:
        _edit_one(catalog, photo_ids[0], edits, user, expect_version, as_json)
        return
    print_outcomes(catalog.bulk_edit(photo_ids, edits, user=user), as_json)


def _edit_one(catalog: Catalog, photo_id: int, edits: list[FieldEdit], user: str | None,
              expected: int, as_json: bool) -> None:
    version = catalog.edit(photo_id, edits, user=user, expected_version=expected)
    if as_json:
        echo_json({"id": photo_id, "version": version, "changed": version != expected})
    else:
        click.echo(f"photo {photo_id}: version {version}"
                   + ("" if version != expected else " (nothing changed)"))


@click.command("history")
@click.argument("photo_id", type=int)
@click.option("--field", "field_name", help="Only this field's changes.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per change, per line.")
@click.pass_context
def history_command(ctx: click.Context, photo_id: int, field_name: str | None,
                    as_json: bool) -> None:
    """Every change of one photo: id, when, who, field, old → new value (oldest first)."""
    rows = open_catalog(ctx).history(photo_id, field_name)
    for row in rows:
        if as_json:
            echo_json(row.to_json())
            continue
        click.echo(f"{row.id:>6}  v{row.version:<4} {row.at:%Y-%m-%d %H:%M}  {row.user:<12.12}  "
                   f"{row.field}: {_shown(row.old_value)} → {_shown(row.new_value)}")
    if not rows and not as_json:
        click.echo(f"photo {photo_id} has no changes", err=True)


@click.command("revert")
@click.argument("photo_id", type=int)
@click.option("--field", "field_name", required=True, help="The field to set back.")
@click.option("--to", "history_id", required=True, type=int, metavar="HISTORY_ID",
              help="The history entry whose value to restore (see `history`).")
@click.option("--before", is_flag=True,
              help="Restore the value that entry replaced, not the one it set.")
@click.option("--expect-version", type=int, default=None,
              help="Refuse if the photo changed since this version.")
@click.pass_context
def revert_command(ctx: click.Context, photo_id: int, field_name: str, history_id: int,
                   before: bool, expect_version: int | None) -> None:
    """Set one field of a photo back to an earlier value (recorded as a new change)."""
    version = open_catalog(ctx).revert(photo_id, field_name, history_id, before=before,
                                       expected_version=expect_version)
    click.echo(f"photo {photo_id}: version {version}")


def _shown(value: object) -> str:
    if value is None:
        return "(empty)"
    text = "; ".join(value) if isinstance(value, list) else str(value)
    text = text.replace("\n", " ")
    return text[:60] + ("…" if len(text) > 60 else "")
