"""``review``: the queue of imported captions waiting for the desk; accept or reject each."""

from __future__ import annotations

import click

from media_manager.cli.common import echo_json, open_catalog


@click.group("review", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the open items as one JSON object.")
@click.pass_context
def review_group(ctx: click.Context, as_json: bool) -> None:
    """List imported captions waiting for review: caption, candidate photos, score parts.

    Then `review accept ID [--photo PHOTO]` or `review reject ID`.
    """
    if ctx.invoked_subcommand is not None:
        return
    items = open_catalog(ctx).review_items()
    if as_json:
        echo_json({"items": [item.to_json() for item in items]})
        return
    for item in items:
        click.echo(f"{item.id}  {item.source}  ({item.reason})")
        said = item.caption or "; ".join(f"{k}={v}" for k, v in item.record.fields.items())
        click.echo(f"    {said[:160]!r}")
        for candidate in item.candidates:
            parts = ", ".join(f"{k} {v:g}" for k, v in candidate["parts"].items())
            click.echo(f"    photo {candidate['photo_id']}: {candidate['score']:g} ({parts})")
    click.echo(f"{len(items)} waiting for review")


@review_group.command("accept")
@click.argument("item_id", type=int)
@click.option("--photo", "photo_id", type=int, help="Pair with this photo (default: the best "
              "candidate).")
@click.option("--force", is_flag=True, help="Let the imported values replace manual edits.")
@click.pass_context
def accept_command(ctx: click.Context, item_id: int, photo_id: int | None, force: bool) -> None:
    """Apply review item ITEM_ID's caption to its best candidate (or --photo)."""
    photo, changes = open_catalog(ctx).accept_review(item_id, photo_id, force=force)
    fields = ", ".join(changes) or "nothing changed"
    click.echo(f"review item {item_id} accepted for photo {photo}: {fields}")


@review_group.command("reject")
@click.argument("item_id", type=int)
@click.pass_context
def reject_command(ctx: click.Context, item_id: int) -> None:
    """Close review item ITEM_ID without applying its caption."""
    open_catalog(ctx).reject_review(item_id)
    click.echo(f"review item {item_id} rejected")
