"""A small catalogue of wire photos for the front end, named through the environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.photos import make_picture, make_wire_photo
from tests.ui.serving import CHROMIUM, CHROMIUM_FLAGS

UI = Path(__file__).resolve().parents[2] / "ui"


def fill_desk(folder: Path) -> None:
    make_wire_photo(folder / "lagos.jpg", 1, headline="Lagos floods",
                    description="Residents wade through a flooded street in Lagos, Nigeria, "
                                "July 8, 2025. REUTERS/Temilade Okafor",
                    credit_line="REUTERS", creator=["Temilade Okafor"], city="Lagos",
                    country="Nigeria", date_created="2025-07-08")
    make_wire_photo(folder / "bern.jpg", 2, headline="Swiss referendum",
                    description="Voters queue outside a polling station in Bern, Switzerland, "
                                "Sunday, June 9, 2024. (AP Photo/Lukas Brunner)",
                    credit_line="AP", creator=["Lukas Brunner"], city="Bern")
    make_picture(folder / "untitled.jpg", 3)


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    """Debian's headless Chromium driven by Playwright (no browser is downloaded)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    pytest.importorskip("playwright.sync_api")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def desk_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings for a filled catalogue (SQLite, and PostgreSQL where one answers), exported
    as MEDIA_MANAGER_DB / MEDIA_MANAGER_DATA."""
    settings = Settings(database_url=database_url, data_dir=tmp_path / "data", user="tester")
    fill_desk(tmp_path / "wire")
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
    monkeypatch.setenv("MEDIA_MANAGER_DB", settings.database_url)
    monkeypatch.setenv("MEDIA_MANAGER_DATA", str(settings.data_dir))
    monkeypatch.setenv("MEDIA_MANAGER_USER", "tester")
    monkeypatch.syspath_prepend(str(UI))
    return settings


CITIES = [("Lagos", "Nigeria", "REUTERS", "Temilade Okafor"), ("Bern", "Switzerland", "AP",
          "Lukas Brunner"), ("Lyon", "France", "AFP", "Claire Moreau"),
          ("Nairobi", "Kenya", "EPA", "Wanjiru Kamau")]


def fill_wire(folder: Path, count: int) -> None:
    """``count`` wire photos made here, of 600×400 pixels, cycling through four agencies."""
    from media_manager.metadata.writer import write_metadata

    for number in range(count):
        city, country, credit, photographer = CITIES[number % len(CITIES)]
        path = make_picture(folder / f"wire-{number:03d}.jpg", 100 + number, size=(600, 400))
        day = 1 + number % 27
        write_metadata(path, {
            "headline": f"{city} street scene {number}",
            "description": f"People walk past a market stall in {city}, {country}, "
                           f"March {day}, 2025. {credit}/{photographer}",
            "credit_line": credit, "creator": [photographer], "city": city,
            "date_created": f"2025-03-{day:02d}"})


@pytest.fixture
def wire_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A catalogue of the three desk photos and 33 wire photos, named through the environment."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'wire.sqlite3'}",
                        data_dir=tmp_path / "data", user="server-user")
    fill_desk(tmp_path / "wire")
    fill_wire(tmp_path / "wire", 33)
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
    monkeypatch.setenv("MEDIA_MANAGER_DB", settings.database_url)
    monkeypatch.setenv("MEDIA_MANAGER_DATA", str(settings.data_dir))
    monkeypatch.setenv("MEDIA_MANAGER_USER", "server-user")
    monkeypatch.syspath_prepend(str(UI))
    return settings


def hostile_fields(port: int) -> list[tuple[str, dict[str, str]]]:
    """File names and field values that would be markup if anything rendered them; every
    link and image points at the local port that counts requests."""
    origin = f"http://127.0.0.1:{port}"
    return [
        ("<img src=x onerror=alert(1)>.jpg", {
            "headline": f"<script>fetch('{origin}/script')</script>",
            "description": f"![pic]({origin}/markdown.png) [click]({origin}/link) "
                           f"<img src={origin}/tag.png onerror=alert(1)>",
            "credit_line": ":red[RED] :material/home:", "city": "# Heading",
            "country": "- item one"}),
        ("# Heading [link](x) ~~gone~~.jpg", {
            "description": "## Second heading\n\n1. first\n2. second\n\n$E=mc^2$ ~~struck~~",
            "credit_line": "**bold** _it_ $x^2$", "city": "~~Lagos~~",
            "country": ":material/warning:"}),
    ]


@pytest.fixture
def hostile_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A catalogue of hostile metadata, and the counting server its links point at."""
    import http.server
    import threading

    from media_manager.metadata.writer import write_metadata

    hits: list[str] = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    counter = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=counter.serve_forever, daemon=True).start()
    photos = hostile_fields(counter.server_address[1])
    for seed, (name, values) in enumerate(photos, start=50):
        write_metadata(make_picture(tmp_path / "wire" / name, seed, size=(300, 200)), values)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'hostile.sqlite3'}",
                        data_dir=tmp_path / "data")
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        catalog.build_thumbnails(workers=1)
    monkeypatch.syspath_prepend(str(UI))
    yield settings, photos, hits
    counter.shutdown()
