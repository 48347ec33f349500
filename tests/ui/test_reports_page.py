"""The Reports page and the photo page's "Record use" form, driven by AppTest (keys)."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from media_manager.catalog.service import Catalog
from media_manager.catalog.usage import UseRequest
from tests.ui.conftest import UI
from tests.ui.test_app import open_photo, start


def reports_page() -> AppTest:
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    app.run()
    app.switch_page("pages/reports.py").run()
    assert not app.exception, app.exception
    return app


def record_uses(settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with Catalog.open(settings) as desk:
        ids = {p.path.rsplit("/", 1)[-1]: p.id for p in desk.list_photos()}
        for name, page in (("lagos.jpg", "A1"), ("bern.jpg", "A2"), ("untitled.jpg", "A3")):
            desk.record_use(UseRequest(photo=name, story="front-page", publication="Daily Planet",
                                       used_on=date(2026, 11, 30), page=page))
    return ids


def table(app: AppTest) -> list[dict[str, object]]:
    [frame] = [d for d in app.dataframe if d.key == "report-table"] or list(app.dataframe)
    return frame.value.to_dict("records")


def test_credits_table_chart_and_downloads(desk_env):
    record_uses(desk_env)
    app = reports_page()
    rows = table(app)
    assert sum(r["received"] for r in rows) == 3  # three photos in the desk fixture
    assert sum(r["published"] for r in rows) == 3  # and three uses recorded above
    assert len(app.get("download_button")) == 4
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")


def test_credits_by_photographer(desk_env):
    record_uses(desk_env)
    app = reports_page()
    app.selectbox(key="report-by").select("creator").run()
    assert not app.exception, app.exception
    rows = {r["creator"] if isinstance(r["creator"], str) else None:
            (r["received"], r["published"]) for r in table(app)}
    assert rows == {"Temilade Okafor": (1, 1), "Lukas Brunner": (1, 1), None: (1, 1)}


def test_story_block_and_problems(desk_env):
    record_uses(desk_env)
    app = reports_page()
    app.selectbox(key="report-name").select("story").run()
    assert [i.value for i in app.info] == ["Type the story's slug to see its credit block."]
    app.text_input(key="report-story").input("front-page").run()
    assert not app.exception, app.exception
    shown = [t.value for t in app.text]
    assert "Photos: REUTERS/Temilade Okafor; AP Photo/Lukas Brunner" in shown
    app.selectbox(key="report-name").select("problems").run()
    problems = {r["problem"] for r in table(app)}
    assert "no credit" in problems


def test_record_use_form_on_the_photo_page(desk_env):
    app = open_photo(start("maria"), 1)
    app.text_input(key="use-story").input("flood-lagos")
    app.text_input(key="use-publication").input("Daily Planet")
    app.text_input(key="use-page").input("A1")
    app.button(key="use-save").click().run()
    assert not app.exception, app.exception
    assert [s.value for s in app.success] == ["Use recorded."]
    with Catalog.open(desk_env) as desk:
        [use] = desk.uses(1)
        assert (use.story, use.publication, use.page) == ("flood-lagos", "Daily Planet", "A1")
        assert use.recorded_by == "maria"  # the editor who named themselves, not the server
    app.button(key="use-save").click().run()
    assert [i.value for i in app.info] == ["That use was already recorded."]
