"""Small helpers every command module shares: opening the catalogue, printing JSON."""

from __future__ import annotations

import json
from typing import Any

import click

from media_manager.catalog.service import Catalog
from media_manager.config import Settings


def settings_of(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    return settings if settings is not None else Settings.from_env()


def open_catalog(ctx: click.Context) -> Catalog:
    """The catalogue named by --db / MEDIA_MANAGER_DB, its schema brought up to date."""
    catalog = Catalog.open(settings_of(ctx))
    ctx.call_on_close(catalog.close)
    return catalog


def echo_json(value: Any) -> None:
    """One JSON object on one line, UTF-8 as it is (no \\u escapes)."""
    click.echo(json.dumps(value, ensure_ascii=False, default=str))


def workers_option(function):  # type: ignore[no-untyped-def]
    return click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Worker processes (default: all cores).")(function)
