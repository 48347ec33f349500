"""``list`` and ``search``: pages of the catalogue, by keyset, through ``Catalog.search``."""

from __future__ import annotations

import click

from media_manager.catalog.queries import PhotoSummary
from media_manager.catalog.search import SORTS, STATUSES, SearchFilters, SearchPage
from media_manager.cli.common import echo_json, open_catalog

STATUS_CHOICES = click.Choice([*STATUSES, "all"])


def _filters(statuses: tuple[str, ...], default: tuple[str, ...] | None) -> SearchFilters:
    if "all" in statuses:
        return SearchFilters(statuses=None)
    return SearchFilters(statuses=tuple(statuses) if statuses else default)


@click.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0,
              help="Skip this many photos first (prefer --after on a large catalogue).")
@click.option("--after", metavar="CURSOR", help="Start after this cursor (printed on stderr).")
@click.option("--sort", type=click.Choice([s for s in SORTS if s != "relevance"]),
              default="id", show_default=True, help="taken/received: newest first.")
@click.option("--status", "statuses", type=STATUS_CHOICES, multiple=True,
              help="Only photos with this status (repeat; default: active; 'all' for every one).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per photo, per line.")
@click.pass_context
def list_command(ctx: click.Context, limit: int, offset: int, after: str | None, sort: str,
                 statuses: tuple[str, ...], as_json: bool) -> None:
    """List catalogued photos: id, date, credit and the start of the caption."""
    catalog = open_catalog(ctx)
    if offset:
        if after or statuses or sort not in ("id", "id_desc"):
            raise click.UsageError("--offset goes with --sort id or id_desc only; "
                                   "page with --after instead")
        _print(catalog.list_photos(limit=limit, offset=offset, newest_first=sort == "id_desc"),
               as_json)
        return
    page = catalog.search("", limit=limit, after=after, sort=sort,
                          filters=_filters(statuses, ("active",)))
    _print(page.photos, as_json)
    if not as_json:
        _footer(page)


@click.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--after", metavar="CURSOR", help="The next page: the cursor printed on stderr.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="relevance (newest first when very many match), taken, received, id, ...")
@click.option("--status", "statuses", type=STATUS_CHOICES, multiple=True,
              help="Only photos with this status (repeat; default: active; 'all' for every one).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per photo, per line.")
@click.pass_context
def search_command(ctx: click.Context, query: str, limit: int, after: str | None, sort: str,
                   statuses: tuple[str, ...], as_json: bool) -> None:
    """Photos matching QUERY: words (all must match) in caption, headline, keywords, credit,
    people or place; "a phrase"; prefix*; -exclude; credit:, source:, creator:, city:,
    country:, keyword:, person:VALUE; date:2024-05 or date:2024-05-01..2024-05-31.

    The count (exact up to 10,000) and the next page's cursor go to stderr
    (not with --json, whose output is one photo per line and nothing else)."""
    catalog = open_catalog(ctx)
    page = catalog.search(query, limit=limit, after=after, sort=sort,
                          filters=_filters(statuses, ("active",)))
    _print(page.photos, as_json)
    if as_json:
        return
    if not page.photos and not after:
        click.echo(f"no photo matches {query!r}", err=True)
    else:
        _footer(page)


def _footer(page: SearchPage) -> None:
    shown = f"{len(page.photos)} of {page.count_text} photo{'s' if page.count != 1 else ''}"
    if page.next_after:
        shown += f"; next page: --after {page.next_after}"
    click.echo(shown, err=True)


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
