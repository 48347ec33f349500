"""Serving the desk for browser tests: `media-manager ui` on a free port, Debian's Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from media_manager.config import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"media-manager ui exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"media-manager ui did not answer at {url}")


@contextmanager
def desk_server(settings: Settings, log_path: Path,
                *options: str) -> Iterator[tuple[str, str]]:
    """The real command, as a desk runs it; yields the URL and the first line it printed."""
    port = free_port()
    command = [sys.executable, "-m", "media_manager.cli", "--db", settings.database_url,
               "--data-dir", str(settings.data_dir),
               "--thumbnails", settings.thumbnails_setting, "ui", "--port", str(port), *options]
    with serving(command, port, log_path) as served:
        yield served


@contextmanager
def demo_server(data_dir: Path, log_path: Path) -> Iterator[tuple[str, str]]:
    """``media-manager demo`` (the README's first command) in its own data folder."""
    port = free_port()
    command = [sys.executable, "-m", "media_manager.cli", "--data-dir", str(data_dir),
               "demo", "--port", str(port)]
    with serving(command, port, log_path, seconds=240) as served:
        yield served


@contextmanager
def serving(command: list[str], port: int, log_path: Path,
            seconds: float = 90) -> Iterator[tuple[str, str]]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("MEDIA_MANAGER_DB", "MEDIA_MANAGER_THUMBNAILS")}
    with log_path.open("w") as log:
        process = subprocess.Popen(command, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_healthy(url, process, seconds)
            yield url, log_path.read_text().splitlines()[0]
        finally:
            os.killpg(process.pid, 15)
            process.wait(timeout=30)


#: Every picture of the page, once loaded: (count, how many decoded with a width > 0).
IMAGES_LOADED = """(selector) => {
    const images = [...document.querySelectorAll(selector)];
    return [images.length, images.filter(i => i.complete && i.naturalWidth > 0).length];
}"""


def wait_for_images(page, selector: str, count: int) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``count`` images match ``selector`` and every one has loaded (natural
    width > 0): a broken or missing image never passes, however long it is given."""
    page.wait_for_function(f"([s, n]) => ({IMAGES_LOADED})(s).every(v => v === n)",
                           arg=[selector, count])


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
