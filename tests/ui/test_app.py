"""The Streamlit pages, driven by Streamlit's AppTest (widgets picked by key)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.ui.conftest import UI


def start() -> AppTest:
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    return app


def texts(app: AppTest) -> str:
    return "\n".join(m.value for m in [*app.markdown, *app.caption])


def test_browse_lists_the_catalogue(desk_env):
    app = start()
    assert "3 photos" in texts(app)
    assert "Lagos floods" in texts(app)
    assert "Swiss referendum" in texts(app)


def test_search_narrows_the_list(desk_env):
    app = start()
    app.text_input(key="search").input("okafor").run()
    assert not app.exception
    shown = texts(app)
    assert "1 photo matching “okafor”" in shown
    assert "Lagos floods" in shown and "Swiss referendum" not in shown


def test_search_without_match_says_so(desk_env):
    app = start()
    app.text_input(key="search").input("zanzibar").run()
    assert [i.value for i in app.info] == ["No photos match."]


def open_bern(app: AppTest) -> AppTest:
    app.text_input(key="search").input("bern").run()
    [button] = [b for b in app.button if b.key.startswith("open-")]
    button.click().run()
    assert not app.exception, app.exception
    return app


def test_open_shows_every_field_with_its_source(desk_env):
    app = open_bern(start())
    assert [t.value for t in app.title] == ["Swiss referendum"]
    city = app.text_input(key="edit-city")
    assert city.value == "Bern"
    assert city.label.startswith("City · embedded")
    assert app.text_input(key="edit-creator").value == "Lukas Brunner"
    assert app.text_input(key="edit-sublocation").label.endswith("empty")


def test_save_records_a_manual_edit_with_history(desk_env):
    app = open_bern(start())
    app.text_input(key="edit-city").input("Geneva")
    app.text_input(key="edit-keywords").input("vote; Switzerland")
    app.button(key="save").click().run()
    assert not app.exception, app.exception
    assert [s.value for s in app.success] == ["Saved keywords, city as version 2."]
    assert app.text_input(key="edit-city").label.startswith("City · manual")
    from media_manager.catalog.service import Catalog
    with Catalog.open(desk_env) as desk:
        [photo] = desk.list_photos(text="geneva")
        record = desk.photo(photo.id)
        assert record.fields["keywords"] == ["vote", "Switzerland"]
        assert sorted(h.field for h in desk.history(photo.id)) == ["city", "keywords"]


def test_stale_save_is_refused_and_names_the_other_editor(desk_env):
    app = open_bern(start())
    from media_manager.catalog.service import Catalog
    with Catalog.open(desk_env) as desk:
        [photo] = desk.list_photos(text="bern")
        desk.edit(photo.id, {"headline": "Swiss voters decide"}, user="anna")
    app.text_input(key="edit-city").input("Geneva")
    app.button(key="save").click().run()
    [error] = [e.value for e in app.error]
    assert "changed since version 1" in error and "anna" in error and "headline" in error
    with Catalog.open(desk_env) as desk:
        record = desk.photo(photo.id)
        assert record.fields["city"] == "Bern"
        assert record.fields["headline"] == "Swiss voters decide"


def test_unknown_photo_id_is_a_clear_error(desk_env):
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    app.run()
    app.switch_page("pages/photo.py").run()
    app.number_input(key="photo_id").set_value(99).run()
    assert [e.value for e in app.error] == ["no photo with id 99 in the catalogue"]
