"""The pages read thumbnails from the configured store: only the shown page's, once per
server process (reruns are served from memory), in the database store as in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from tests.ui.conftest import UI, fill_wire

PHOTOS, PAGE = 60, 48  # the sheet shows 48 a page


@pytest.fixture
def database_store_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    settings = Settings.from_env(database_url=database_url, data_dir=tmp_path / "data",
                                 user="tester", thumbnails="database")
    fill_wire(tmp_path / "wire", PHOTOS)
    with Catalog.open(settings) as catalog:
        catalog.ingest([tmp_path / "wire"], workers=1)
        assert catalog.build_thumbnails(workers=1) == {"made": PHOTOS, "failed": 0}
    monkeypatch.setenv("MEDIA_MANAGER_DB", settings.database_url)
    monkeypatch.setenv("MEDIA_MANAGER_DATA", str(settings.data_dir))
    monkeypatch.setenv("MEDIA_MANAGER_THUMBNAILS", "database")
    monkeypatch.syspath_prepend(str(UI))
    return settings


def served_catalog(settings: Settings) -> Catalog:
    """The UI's own catalogue (its st.cache_resource), as the pages opened it."""
    import desk  # the UI's module, on the path the fixture set

    return desk._open(settings.database_url, str(settings.data_dir), "database")


def test_the_sheet_reads_only_its_page_of_thumbnails_once(database_store_env):
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=90)
    app.run()
    app.text_input(key="editor-name").input("anna")
    app.button(key="editor-start").click().run()
    assert not app.exception, app.exception
    assert f"{PHOTOS} photos, page 1 of 2" in [c.value for c in app.caption]
    catalog = served_catalog(database_store_env)
    assert catalog.images.read_from_store == PAGE
    assert len(app.get("image")) == PAGE
    app.text_input(key="q-text").input("").run()  # a rerun of the same page
    app.run()
    assert catalog.images.read_from_store == PAGE
    app.number_input(key="q-page").set_value(2).run()
    assert not app.exception, app.exception
    assert catalog.images.read_from_store == PHOTOS
    assert len(app.get("image")) == PHOTOS - PAGE
    assert not (database_store_env.data_dir / "thumbnails").exists()
