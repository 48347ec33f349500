"""A stateless desk (issue 10): two `media-manager ui` servers, as if on two hosts (each its
own data folder), on one PostgreSQL catalogue with the thumbnails in the database. An edit
made in Chromium through one is seen through the other, and both show the pictures."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.conftest import postgres_problem, postgres_schema_url
from tests.ui.conftest import fill_desk
from tests.ui.serving import artifact, desk_server, wait_for_images
from tests.ui.test_browser import field, open_page, press, settle

pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.browser, pytest.mark.postgres]
CARD_IMAGES = '[class*="st-key-card-"] [data-testid="stImage"] img'
PREVIEW = '[data-testid="stImage"] img'
#: fill_desk draws three pictures of 96×64 pixels: the thumbnail and the preview keep that.
WIDTHS = "() => [...document.querySelectorAll('[data-testid=\"stImage\"] img')]" \
         ".map(i => i.naturalWidth)"


@pytest.fixture
def shared_catalogue(tmp_path: Path):  # type: ignore[no-untyped-def]
    problem = postgres_problem()
    if problem:
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    url, drop = postgres_schema_url("two_ui_" + uuid.uuid4().hex[:10])
    yield url
    drop()


def host(url: str, folder: Path) -> Settings:
    return Settings.from_env(database_url=url, data_dir=folder, user="ingest",
                             thumbnails="database")


def test_an_edit_through_one_server_is_seen_through_the_other(shared_catalogue, browser,
                                                              tmp_path):
    host_a, host_b = host(shared_catalogue, tmp_path / "host-a"), \
        host(shared_catalogue, tmp_path / "host-b")
    fill_desk(tmp_path / "wire")
    with Catalog.open(host_a) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        assert catalog.build_thumbnails(workers=1) == {"made": 3, "failed": 0}
        [lagos] = [p.id for p in catalog.list_photos() if p.path.endswith("/lagos.jpg")]
    with desk_server(host_a, tmp_path / "a.log") as (url_a, _), \
            desk_server(host_b, tmp_path / "b.log") as (url_b, _):
        anna = open_page(browser.new_context(viewport={"width": 1440, "height": 900}),
                         f"{url_a}/photo?id={lagos}", "anna")
        field(anna, "headline").wait_for()
        # a deep link as the server's first request still runs through app.py's navigation
        anna.get_by_role("link", name="Browse").wait_for()
        wait_for_images(anna, PREVIEW, 1)
        assert anna.evaluate(WIDTHS) == [96]
        # the page's first run finished before typing: typing during it can blank the fields
        # below (a race of the photo form, reported with issue 10, not the subject here)
        settle(anna)
        field(anna, "headline").fill("Lagos floods worsen")
        field(anna, "headline").press("Tab")
        press(anna, "save")
        anna.get_by_text("Saved headline as version 2.", exact=True).wait_for()

        bruno = open_page(browser.new_context(viewport={"width": 1440, "height": 900}),
                          url_b, "bruno")
        bruno.get_by_text("3 photos, page 1 of 1").wait_for()
        wait_for_images(bruno, CARD_IMAGES, 3)
        bruno.locator(f".st-key-card-{lagos}").get_by_text("Lagos floods worsen").wait_for()
        bruno.screenshot(path=str(artifact("second-server-sheet.png")))
        settle(bruno)
        bruno.locator(f".st-key-card-{lagos}").get_by_role("link", name="Open").click()
        field(bruno, "headline").wait_for()
        assert field(bruno, "headline").input_value() == "Lagos floods worsen"
        wait_for_images(bruno, PREVIEW, 1)
        assert bruno.evaluate(WIDTHS) == [96]
        bruno.get_by_text("· headline · v", exact=False).get_by_text("anna", exact=False
                                                                     ).first.wait_for()

        settle(anna)
        anna.get_by_role("link", name="Browse").click()
        anna.get_by_text("3 photos, page 1 of 1").wait_for()
        wait_for_images(anna, CARD_IMAGES, 3)
    with Catalog.open(host_b) as catalog:
        [entry] = catalog.history(lagos)
        assert (entry.field, entry.new_value, entry.user) == ("headline",
                                                              "Lagos floods worsen", "anna")
    for machine in ("host-a", "host-b"):  # nothing of the desk's lives on a host
        assert not (tmp_path / machine / "thumbnails").exists()
