"""``demo`` and ``ui``: serve the Streamlit front end, the demo on the sample wire photos.

The app ships inside the package (``media_manager.ui``), so an installed copy serves it
without a checkout. Both commands run Streamlit headless (no e-mail prompt, no browser
opened), listen on 127.0.0.1 unless ``--host`` says otherwise, and print the URL.
"""

from __future__ import annotations

import importlib.resources
import os
import subprocess
import sys
from pathlib import Path

import click

from media_manager.cli.common import open_catalog, settings_of
from media_manager.config import THUMBNAILS_ENV, Settings

CHECKOUT_SAMPLES = Path(__file__).resolve().parents[2] / "sample_media"
USER_HEADER_ENV = "MEDIA_MANAGER_USER_HEADER"
UPLOAD_LIMIT_ENV = "MEDIA_MANAGER_UPLOAD_MB"


def app_path() -> Path:
    """The Streamlit app's entry file inside the installed package."""
    return Path(str(importlib.resources.files("media_manager.ui") / "app.py"))


def streamlit_command(app: Path, host: str, port: int, upload_mb: int) -> list[str]:
    return [sys.executable, "-m", "media_manager.cli.streamlit_run", "run", str(app),
            "--server.address", host, "--server.port", str(port),
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", "--server.runOnSave", "false",
            "--server.maxUploadSize", str(upload_mb), "--client.toolbarMode", "viewer",
            "--global.showWarningOnDirectExecution", "false"]


def serve(settings: Settings, host: str, port: int, user_header: str | None,
          upload_mb: int) -> None:
    app = app_path()
    if not app.exists():
        raise click.ClickException(f"the Streamlit app is missing from the package ({app})")
    env = dict(os.environ, MEDIA_MANAGER_DB=settings.database_url,
               MEDIA_MANAGER_DATA=str(settings.data_dir), **{UPLOAD_LIMIT_ENV: str(upload_mb)},
               **{THUMBNAILS_ENV: settings.thumbnails_setting})
    env.pop("MEDIA_MANAGER_USER", None)  # editors name themselves; never the server's user
    if user_header:
        env[USER_HEADER_ENV] = user_header
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"the desk is at http://{shown}:{port}/  (Ctrl+C to stop)")
    sys.stdout.flush()
    sys.exit(subprocess.call(streamlit_command(app, host, port, upload_mb), env=env,
                             stdin=subprocess.DEVNULL))


def serve_options(function):  # type: ignore[no-untyped-def]
    function = click.option("--upload-mb", type=click.IntRange(min=1), default=200,
                            show_default=True, help="Largest picture the Upload page takes.")(
                                function)
    function = click.option("--user-header", metavar="HEADER",
                            help="Take the editor's name from this header set by a trusted "
                                 "reverse proxy (e.g. X-Forwarded-User).")(function)
    function = click.option("--port", type=click.IntRange(1, 65535), default=8501,
                            show_default=True)(function)
    return click.option("--host", default="127.0.0.1", show_default=True,
                        help="Address to listen on (0.0.0.0: every interface).")(function)


@click.command("ui")
@serve_options
@click.option("--headless", is_flag=True, hidden=True, help="Kept for old scripts: always headless.")
@click.pass_context
def ui_command(ctx: click.Context, host: str, port: int, user_header: str | None,
               upload_mb: int, headless: bool) -> None:
    """Serve the catalogue in the browser (Streamlit) and print its URL."""
    del headless
    open_catalog(ctx).close()
    serve(settings_of(ctx), host, port, user_header, upload_mb)


def sample_folder(settings: Settings) -> Path:
    """The checkout's sample_media/, else the same photos generated into the data folder."""
    if CHECKOUT_SAMPLES.is_dir():
        return CHECKOUT_SAMPLES
    from media_manager.samples import generate

    target = settings.data_dir / "sample_media"
    if not target.is_dir():
        generate(target)
    return target


def import_sample_captions(catalog, samples: Path) -> None:  # type: ignore[no-untyped-def]
    """Pair the sample wire story and caption sheet with the photos they belong to, as a
    desk would with `import-captions`: a fresh demo shows the import's batch, a
    correction and an unmatched row (the sheet's deliberate one)."""
    files = [path for path in (samples / "stories", samples / "captions.csv") if path.exists()]
    if not files:
        return
    imported = catalog.import_captions(files)
    click.echo(f"sample captions: {imported.line()}")
    for source, reason in imported.errors:
        click.echo(f"failed: {source}: {reason}", err=True)


@click.command("demo")
@serve_options
@click.option("--headless", is_flag=True, hidden=True, help="Kept for old scripts: always headless.")
@click.option("--no-serve", is_flag=True, help="Build the demo catalogue, then stop.")
@click.pass_context
def demo_command(ctx: click.Context, host: str, port: int, user_header: str | None,
                 upload_mb: int, headless: bool, no_serve: bool) -> None:
    """Catalogue the sample wire photos and serve them in the browser."""
    del headless
    settings = settings_of(ctx)
    catalog = open_catalog(ctx)
    samples = sample_folder(settings)
    summary = catalog.ingest([samples])
    thumbnails = catalog.build_thumbnails()
    click.echo(f"sample_media: {summary.line()}; thumbnails {thumbnails['made']} made")
    for error in summary.errors:
        click.echo(f"failed: {error['path']}: {error['reason']}", err=True)
    if summary.counts()["added"]:
        import_sample_captions(catalog, samples)
    catalog.close()
    if not no_serve:
        serve(settings, host, port, user_header, upload_mb)
