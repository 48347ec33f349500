"""``demo`` and ``ui``: open the Streamlit front end, the demo on the sample wire photos."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from media_manager.cli.common import open_catalog, settings_of

CHECKOUT = Path(__file__).resolve().parents[2]
APP = CHECKOUT / "ui" / "app.py"
SAMPLE_MEDIA = CHECKOUT / "sample_media"


def _serve(ctx: click.Context, port: int, headless: bool) -> None:
    if not APP.exists():
        raise click.ClickException(f"the Streamlit app is not at {APP}; run from a checkout")
    settings = settings_of(ctx)
    env = dict(os.environ, MEDIA_MANAGER_DB=settings.database_url,
               MEDIA_MANAGER_DATA=str(settings.data_dir), MEDIA_MANAGER_USER=settings.user)
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
               "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
               "--server.headless",
               "true" if headless else "false"]
    click.echo(f"opening the desk at http://localhost:{port}  (Ctrl+C to stop)")
    sys.exit(subprocess.call(command, env=env))


@click.command("ui")
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--headless", is_flag=True, help="Do not open a browser window.")
@click.pass_context
def ui_command(ctx: click.Context, port: int, headless: bool) -> None:
    """Open the catalogue in the browser (Streamlit)."""
    open_catalog(ctx)
    _serve(ctx, port, headless)


@click.command("demo")
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--headless", is_flag=True, help="Do not open a browser window.")
@click.option("--no-serve", is_flag=True, help="Build the demo catalogue, then stop.")
@click.pass_context
def demo_command(ctx: click.Context, port: int, headless: bool, no_serve: bool) -> None:
    """Catalogue the sample wire photos in sample_media/ and open them in the browser."""
    catalog = open_catalog(ctx)
    summary = catalog.ingest([SAMPLE_MEDIA])
    thumbnails = catalog.build_thumbnails()
    click.echo(f"sample_media: {summary.line()}; thumbnails {thumbnails['made']} made")
    for error in summary.errors:
        click.echo(f"failed: {error['path']}: {error['reason']}", err=True)
    catalog.close()
    if not no_serve:
        _serve(ctx, port, headless)
