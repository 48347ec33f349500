"""End to end: `media-manager ui` on a free port, driven in Debian's headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from media_manager.catalog.service import Catalog
from tests.ui.serving import artifact, desk_server, wait_for_images

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser
NAME_LABEL = "Your name, for the history of every change you make"
VISIBLE_CARDS = """() => [...document.querySelectorAll('[class*="st-key-card-"]')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
}).length"""


def sign_in(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_label(NAME_LABEL).fill(name)
    page.get_by_role("button", name="Start editing").click()


def open_page(context, url: str, name: str):  # type: ignore[no-untyped-def]
    page = context.new_page()
    page.set_default_timeout(45_000)
    page.goto(url)
    sign_in(page, name)
    return page


def field(page, name: str):  # type: ignore[no-untyped-def]
    return page.locator(f".st-key-edit-{name} input, .st-key-edit-{name} textarea")


def settle(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app has finished its rerun (no "running" indicator, no stale elements)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached")
    page.locator('[data-stale="true"]').first.wait_for(state="detached")


def press(page, key: str) -> None:  # type: ignore[no-untyped-def]
    settle(page)
    page.locator(f".st-key-{key} button").first.click()


def exiftool_caption(path: str) -> str:
    answer = subprocess.run(["exiftool", "-j", "-IPTC:Caption-Abstract", path],
                            capture_output=True, text=True, check=True)
    return json.loads(answer.stdout)[0]["Caption-Abstract"]


def test_find_select_bulk_edit_correct_write_and_resolve_a_conflict(wire_env, browser,
                                                                    tmp_path):
    lyon = [n for n in range(33) if n % 4 == 2]
    found = [n for n in lyon if "1" in f"{n} {1 + n % 27}"]
    with desk_server(wire_env, tmp_path / "ui.log") as (url, first_line):
        assert first_line.startswith(f"the desk is at {url}/")
        anna = browser.new_context(viewport={"width": 1440, "height": 900})
        page = open_page(anna, url, "anna")
        page.get_by_text("36 photos, page 1 of 1").wait_for()
        # every card's thumbnail loaded before the screenshot (a fixed pause left blank cells)
        wait_for_images(page, '[class*="st-key-card-"] [data-testid="stImage"] img', 36)
        assert page.evaluate(VISIBLE_CARDS) >= 24
        page.screenshot(path=str(artifact("contact-sheet.png")))

        city = page.get_by_label("City", exact=True)
        city.fill("Lyon")
        city.press("Enter")
        page.get_by_text(f"{len(lyon)} photos, page 1 of 1").wait_for()
        search = page.get_by_label("Search captions, credits, people, places")
        search.fill("scene 1")
        search.press("Enter")
        page.get_by_text(f"{len(found)} photos, page 1 of 1").wait_for()
        page.wait_for_function("() => location.search.includes('city=Lyon') && "
                               "location.search.includes('text=scene+1')")

        with Catalog.open(wire_env) as desk:
            headlines = {p.fields["headline"]: p.id
                         for p in desk.list_photos(text="lyon street scene", limit=50)}
            ids = {n: headlines[f"Lyon street scene {n}"] for n in found}
        for number in found:
            settle(page)
            page.locator(f".st-key-pick-{ids[number]} label").first.click()
        page.get_by_text(f"{len(found)} selected").wait_for()
        settle(page)
        page.get_by_role("link", name="Bulk edit the selection").click()
        page.get_by_text(f"{len(found)} photos selected").wait_for()
        settle(page)
        page.locator(".st-key-bulk-field").click()
        page.get_by_role("option", name="Sublocation").click()
        value = page.locator(".st-key-bulk-value input")
        value.fill("Vieux Lyon")
        value.press("Enter")
        press(page, "bulk-apply")
        page.get_by_test_id("stText").get_by_text(
            f"{len(found)} updated, 0 unchanged, 0 failed").wait_for()
        with Catalog.open(wire_env) as desk:
            assert [desk.photo(ids[n]).fields.get("sublocation") for n in found] == \
                ["Vieux Lyon"] * len(found)
            batches = {h.batch_id for n in found for h in desk.history(ids[n])}
            assert len(batches) == 1

        page.get_by_role("link", name="Choose photos on the contact sheet").click()
        page.get_by_text(f"{len(found)} photos, page 1 of 1").wait_for()
        target = ids[14]
        settle(page)
        page.locator(f".st-key-card-{target}").get_by_role("link", name="Open").click()
        page.get_by_text(f"photo {target}, 2 of {len(found)} in the sheet").wait_for()
        page.wait_for_function(f"() => location.search.includes('id={target}')")
        page.get_by_role("link", name="Next").wait_for()
        page.get_by_role("link", name="Previous").wait_for()

        with Catalog.open(wire_env) as desk:
            record = desk.photo(target)
            suggested = sorted(n for n, s in record.values.sources.items() if s == "parsed")
        press(page, f"accept-{suggested[0]}")
        page.get_by_text(f"Accepted {suggested[0]} as version").wait_for()

        date = field(page, "date_created")
        date.fill("2025-02-30")
        date.press("Tab")
        press(page, "save")
        page.get_by_text("'2025-02-30' is not a real date: day is out of range for month"
                         ).wait_for()
        with Catalog.open(wire_env) as desk:
            assert desk.photo(target).fields["date_created"] == "2025-03-15"
        date.fill("2025-03-14")
        date.press("Tab")
        press(page, "save")
        page.get_by_text("Saved date_created as version").wait_for()
        page.get_by_text("[-2025-03-15-] {+2025-03-14+}").wait_for()
        with Catalog.open(wire_env) as desk:
            entry = [h for h in desk.history(target) if h.field == "date_created"][-1]
            assert entry.user == "anna"
        press(page, f"revert-{entry.id}")
        page.get_by_text("Reverted date_created").wait_for()
        with Catalog.open(wire_env) as desk:
            assert desk.photo(target).fields["date_created"] == "2025-03-15"

        caption = "Shoppers crowd a covered market in Lyon, France, March 15, 2025. AFP/Claire Moreau"
        field(page, "description").fill(caption)
        field(page, "description").press("Tab")
        press(page, "save")
        page.get_by_text("Saved description as version").wait_for()
        press(page, "write-plan")
        press(page, "write-now")
        page.get_by_text("1 written, 0 unchanged, 0 failed").wait_for()
        page.screenshot(path=str(artifact("photo-page.png")), full_page=True)
        if shutil.which("exiftool"):
            assert exiftool_caption(record.path) == caption

        bruno = browser.new_context(viewport={"width": 1440, "height": 900})
        other = open_page(bruno, f"{url}/photo?id={target}", "bruno")
        field(other, "headline").wait_for()
        field(page, "city").fill("Villeurbanne")
        field(page, "city").press("Tab")
        press(page, "save")
        page.get_by_text("Saved city as version").wait_for()
        field(other, "headline").fill("Lyon market day")
        field(other, "headline").press("Tab")
        press(other, "save")
        other.get_by_text("Not saved: this photo changed while you were editing.").wait_for()
        other.get_by_text("city by anna at", exact=False).wait_for()
        other.screenshot(path=str(artifact("conflict.png")))
        press(other, "conflict-overwrite")
        other.get_by_text("Saved headline as version").wait_for()
        with Catalog.open(wire_env) as desk:
            record = desk.photo(target)
            assert (record.fields["city"], record.fields["headline"]) == ("Villeurbanne",
                                                                         "Lyon market day")
            assert desk.history(target)[-1].user == "bruno"
            assert "server-user" not in {h.user for h in desk.history(target)}


MARKUP_RENDERED = """(port) => {
    const found = [];
    for (const e of document.querySelectorAll('img[src], a[href], iframe, video, audio')) {
        const where = e.getAttribute('src') || e.getAttribute('href') || '';
        if (where.includes(':' + port)) found.push(e.outerHTML);
    }
    for (const e of document.querySelectorAll('h1, h2, h3, h4, h5, h6, li, del, s, .katex')) {
        if (/Heading|heading|item one|first|struck|gone|Lagos|E=mc/.test(e.textContent))
            found.push(e.outerHTML);
    }
    for (const e of document.querySelectorAll('script')) {
        if (e.textContent.includes('fetch(')) found.push(e.outerHTML);
    }
    for (const e of document.querySelectorAll('strong, em, b, i')) {
        if (/bold|it$/.test(e.textContent)) found.push(e.outerHTML);
    }
    return found;
}"""


def test_metadata_shows_as_literal_text_and_fetches_nothing(hostile_env, browser, tmp_path):
    settings, photos, hits = hostile_env
    port = photos[0][1]["headline"].split(":")[2].split("/")[0]
    editor = "<b>anna</b> :red[x] $y$"
    with desk_server(settings, tmp_path / "ui.log", "--user-header", "X-Desk-User") as (url, _):
        context = browser.new_context(viewport={"width": 1440, "height": 900},
                                      extra_http_headers={"X-Desk-User": editor})
        elsewhere: list[str] = []
        context.on("request", lambda r: None if r.url.startswith((url, "data:", "blob:"))
                   else elsewhere.append(r.url))
        page = context.new_page()
        page.set_default_timeout(45_000)
        page.goto(url)
        page.get_by_text("2 photos, page 1 of 1").wait_for()
        settle(page)
        page.wait_for_timeout(1500)
        body = page.inner_text("body")
        for name, values in photos:
            assert values["credit_line"] in body
        assert "# Heading, - item one" in body
        assert "~~Lagos~~, :material/warning:" in body
        assert "# Heading [link](x) ~~gone~~.jpg" in body
        assert "<script>fetch('http://127.0.0.1:" in body
        assert page.evaluate(MARKUP_RENDERED, port) == []
        page.screenshot(path=str(artifact("hostile-sheet.png")))

        with Catalog.open(settings) as desk:
            ids = {p.path.rsplit("/", 1)[-1]: p.id for p in desk.list_photos()}
        for name, values in photos:
            page.goto(f"{url}/photo?id={ids[name]}")
            field(page, "city").wait_for()
            settle(page)
            page.wait_for_timeout(1000)
            body = page.inner_text("body")
            assert name in body
            if "headline" in values:
                assert values["headline"] in body
            for key, value in values.items():
                assert field(page, key).input_value() == value
            assert page.evaluate(MARKUP_RENDERED, port) == []
            page.screenshot(path=str(artifact(f"hostile-photo-{ids[name]}.png")),
                            full_page=True)
        field(page, "sublocation").fill("[Old](//127.0.0.1:1) **x**")
        field(page, "sublocation").press("Tab")
        press(page, "save")
        page.get_by_text("Saved sublocation as version 2.").wait_for()
        page.get_by_text(f"· {editor} ·", exact=False).wait_for()
        page.get_by_text("{+[Old](//127.0.0.1:1) **x**+}").wait_for()
        assert page.evaluate(MARKUP_RENDERED, port) == []
        with Catalog.open(settings) as desk:
            assert [h.user for h in desk.history(ids[name])] == [editor]
        page.wait_for_timeout(500)
    assert hits == []
    assert elsewhere == []
