"""The Review page, driven by Streamlit's AppTest (widgets picked by key)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from media_manager.catalog.service import Catalog
from tests.ui.conftest import UI


def queue_two_captions(settings, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """Two captions for lagos.jpg, both sent to review; returns that photo's id."""
    sheet = tmp_path / "rival.csv"
    sheet.write_text("filename,headline,description\n"
                     "lagos.jpg,Lagos rain,**Bold** claim <b>not</b> markup\n"
                     "lagos.jpg,Lagos flood,Second caption for the same picture\n",
                     encoding="utf-8")
    with Catalog.open(settings) as catalog:
        summary = catalog.import_captions([sheet])
        [lagos] = [p.id for p in catalog.list_photos() if p.path.endswith("/lagos.jpg")]
    assert summary.counts()["review"] == 2
    return lagos


def review_page() -> AppTest:
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    app.run()
    app.switch_page("pages/review.py").run()
    assert not app.exception, app.exception
    return app


def test_review_page_shows_the_caption_as_literal_text_and_accepts(desk_env, tmp_path):
    lagos = queue_two_captions(desk_env, tmp_path)
    app = review_page()
    assert "2 captions waiting for review" in [t.value for t in app.text]
    assert app.code[0].value == "**Bold** claim <b>not</b> markup"
    assert not any("Bold" in m.value for m in app.markdown)
    assert any(t.value.startswith("Why it needs a look: competes with rival.csv:3")
               for t in app.text)
    assert app.selectbox(key="review-photo").value == lagos
    app.button(key="review-accept").click().run()
    assert not app.exception, app.exception
    assert any(t.value == f"review item 1 accepted for photo {lagos}: headline, description"
               for t in app.text)
    assert "1 caption waiting for review" in [t.value for t in app.text]
    app.button(key="review-reject").click().run()
    assert "0 captions waiting for review" in [t.value for t in app.text]
    with Catalog.open(desk_env) as catalog:
        assert catalog.photo(lagos).fields["headline"] == "Lagos rain"


def test_review_page_imports_a_file_from_the_server(desk_env, tmp_path):
    sheet = tmp_path / "more.csv"
    sheet.write_text("filename,headline\nbern.jpg,Swiss vote count\n", encoding="utf-8")
    app = review_page()
    app.text_input(key="import-path").input(str(sheet))
    app.checkbox(key="import-dry-run").check()
    app.button(key="import-run").click().run()
    assert not app.exception, app.exception
    assert "1 applied, 0 review, 0 unmatched, 0 failed (dry run: nothing changed)" in [
        t.value for t in app.text]
