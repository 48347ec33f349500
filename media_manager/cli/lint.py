"""``lint``: the caption linter over catalogued photos."""

from __future__ import annotations

import click

from media_manager.cli.common import echo_json, open_catalog


@click.command("lint")
@click.argument("photo_ids", nargs=-1, type=int)
@click.option("--all", "every", is_flag=True, help="Lint every photo in the catalogue.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per photo, per line.")
@click.pass_context
def lint_command(ctx: click.Context, photo_ids: tuple[int, ...], every: bool,
                 as_json: bool) -> None:
    """Check captions: missing credit, date or place; wrong weekday; date far from the
    camera's; AP month style; IIM byte limits; credit against By-line and Source;
    parsed date or place against the embedded fields; mojibake.

    Exits with status 3 when any photo has findings, so scripts can gate on it.
    """
    if not photo_ids and not every:
        raise click.UsageError("name photo ids, or --all")
    results = open_catalog(ctx).lint(None if every else list(photo_ids))
    for result in results:
        if as_json:
            echo_json(result.to_json())
            continue
        for finding in result.findings:
            click.echo(f"{result.photo_id}: {finding['rule_id']}: {finding['message']}")
    found = sum(len(r.findings) for r in results)
    if not as_json:
        click.echo(f"{found} finding{'s' if found != 1 else ''} in {len(results)} photos")
    if found:
        ctx.exit(3)
