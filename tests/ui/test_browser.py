"""End to end: the real Streamlit server driven in real headless Chromium (Debian's build)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.ui.conftest import UI

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer at {url}")


@pytest.fixture
def server(desk_env, tmp_path: Path):  # type: ignore[no-untyped-def]
    port = free_port()
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(UI / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def test_browse_search_open_and_edit_a_photo(server, browser, desk_env, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(30_000)
    page.goto(server)
    page.get_by_text("Lagos floods").wait_for()
    page.get_by_text("3 photos").wait_for()
    search = page.get_by_label("Search captions, credits, people, places")
    search.fill("bern")
    search.press("Enter")
    page.get_by_text("1 photo matching “bern”").wait_for()
    expect(page.get_by_text("Lagos floods")).to_have_count(0)
    page.get_by_role("button", name="Open").click()
    page.get_by_role("heading", name="Swiss referendum").wait_for()
    expect(page.get_by_role("textbox", name="Photographer · embedded")).to_have_value(
        "Lukas Brunner")
    city = page.get_by_role("textbox", name="City · embedded")
    expect(city).to_have_value("Bern")
    city.fill("Geneva")
    page.get_by_role("button", name="Save changes").click()
    page.get_by_text("Saved city as version 2.").wait_for()
    page.screenshot(path=str(tmp_path / "photo-page.png"), full_page=True)
    from media_manager.catalog.service import Catalog
    with Catalog.open(desk_env) as desk:
        [found] = desk.list_photos(text="geneva")
        assert desk.photo(found.id).values.sources["city"] == "manual"
