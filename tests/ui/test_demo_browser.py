"""The README's first command, `media-manager demo`, shows real thumbnails on its contact
sheet and a real preview on the photo page, in Debian's headless Chromium."""

from __future__ import annotations

import pytest
from PIL import Image

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.conftest import SAMPLE_MEDIA
from tests.ui.serving import artifact, demo_server, wait_for_images
from tests.ui.test_browser import open_page, settle

pytestmark = pytest.mark.browser
CARD_IMAGES = '[class*="st-key-card-"] [data-testid="stImage"] img'
WIDTHS = """(selector) => [...document.querySelectorAll(selector)].map(i => i.naturalWidth)"""


def test_the_demo_contact_sheet_shows_every_thumbnail(browser, tmp_path):
    pictures = [p for p in SAMPLE_MEDIA.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg")]
    with demo_server(tmp_path / "data", tmp_path / "demo.log") as (url, first_line):
        assert first_line.startswith(f"sample_media: {len(pictures)} added")
        page = open_page(browser.new_context(viewport={"width": 1440, "height": 900}), url,
                         "anna")
        page.get_by_text(f"{len(pictures)} photos, page 1 of 1").wait_for()
        wait_for_images(page, CARD_IMAGES, len(pictures))
        widths = page.evaluate(WIDTHS, CARD_IMAGES)
        assert len(widths) == len(pictures) and min(widths) > 0
        page.screenshot(path=str(artifact("demo-contact-sheet.png")))
        settle(page)
        first = page.locator('[class*="st-key-card-"]').first
        photo_id = int(first.get_attribute("class").split("st-key-card-")[1].split()[0])
        first.get_by_role("link", name="Open").click()
        page.locator(".st-key-edit-headline input").wait_for()
        wait_for_images(page, '[data-testid="stImage"] img', 1)
        with Catalog.open(Settings.from_env(data_dir=tmp_path / "data",
                                            thumbnails="data")) as catalog:
            record = catalog.photo(photo_id)
        with Image.open(record.path) as original:  # the preview: longest side 1600 at most
            drawn = Image.new("L", original.size)
        drawn.thumbnail((1600, 1600))
        assert page.evaluate(WIDTHS, '[data-testid="stImage"] img') == [drawn.width]
