"""The Streamlit pages, driven by Streamlit's AppTest (widgets picked by key)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from media_manager.catalog.service import Catalog
from tests.ui.conftest import UI


def start(name: str = "anna", **params: str) -> AppTest:
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, app.exception
    app.text_input(key="editor-name").input(name)
    app.button(key="editor-start").click().run()
    assert not app.exception, app.exception
    return app


def shown(app: AppTest) -> str:
    return "\n".join(t.value for t in app.text)


def notes(app: AppTest) -> list[str]:
    return [c.value.replace("\\", "") for c in app.caption]


def photo_id(settings, word: str) -> int:  # type: ignore[no-untyped-def]
    with Catalog.open(settings) as desk:
        [photo] = desk.list_photos(text=word)
        return photo.id


def open_photo(app: AppTest, number: int) -> AppTest:
    app.switch_page("pages/photo.py")
    app.query_params["id"] = str(number)
    app.run()
    assert not app.exception, app.exception
    return app


def test_the_editor_names_themselves_before_the_sheet_shows(desk_env):
    app = AppTest.from_file(str(UI / "app.py"), default_timeout=60)
    app.run()
    assert app.text_input(key="editor-name").label.startswith("Your name")
    assert "Lagos floods" not in shown(app)


def test_browse_lists_the_catalogue_as_text(desk_env):
    app = start()
    assert "3 photos, page 1 of 1" in notes(app)
    assert "Lagos floods" in shown(app) and "Swiss referendum" in shown(app)
    assert "REUTERS" in shown(app)
    assert not app.markdown.values or all("Lagos" not in m for m in app.markdown.values)


def test_search_narrows_the_sheet_and_goes_into_the_url(desk_env):
    app = start()
    app.text_input(key="q-text").input("okafor").run()
    assert not app.exception, app.exception
    assert "1 photo, page 1 of 1" in notes(app)
    assert "Lagos floods" in shown(app) and "Swiss referendum" not in shown(app)
    assert app.query_params["text"] == "okafor"


def test_sidebar_filters_narrow_the_sheet(desk_env):
    app = start()
    app.text_input(key="q-credit").input("ap").run()
    assert "Swiss referendum" in shown(app) and "Lagos floods" not in shown(app)
    app.text_input(key="q-credit").input("").run()
    app.text_input(key="q-city").input("lagos").run()
    assert "Lagos floods" in shown(app) and "Swiss referendum" not in shown(app)


def test_a_shared_link_restores_the_view(desk_env):
    app = start(text="bern", sort="received-oldest")
    assert app.text_input(key="q-text").value == "bern"
    assert app.selectbox(key="q-sort").value == "received-oldest"
    assert "Swiss referendum" in shown(app) and "Lagos floods" not in shown(app)


def test_no_match_says_so(desk_env):
    app = start()
    app.text_input(key="q-text").input("zanzibar").run()
    assert "No photos match." in shown(app)


def test_selection_by_ticking_cards(desk_env):
    app = start()
    lagos, bern = photo_id(desk_env, "lagos"), photo_id(desk_env, "bern")
    app.checkbox(key=f"pick-{lagos}").check().run()
    app.checkbox(key=f"pick-{bern}").check().run()
    assert app.session_state["selection"] == [lagos, bern]
    assert "2 selected" in notes(app)


def test_the_table_view_lists_the_page_as_rows(desk_env):
    app = start(view="Table")
    assert not app.exception, app.exception
    [table] = app.dataframe
    with Catalog.open(desk_env) as desk:
        expected = sorted(p.id for p in desk.list_photos())
    assert sorted(table.value["id"]) == expected
    assert app.query_params["view"] == "Table"


def test_deep_link_opens_the_photo_with_its_fields_and_sources(desk_env):
    bern = photo_id(desk_env, "bern")
    app = open_photo(start(), bern)
    assert "Swiss referendum" in shown(app)
    city = app.text_input(key="edit-city")
    assert city.value == "Bern" and city.label == "City · embedded"
    assert "4 / 32 bytes" in notes(app)


def test_invalid_date_is_refused_then_the_fix_is_saved_under_the_editors_name(desk_env):
    bern = photo_id(desk_env, "bern")
    app = open_photo(start("anna"), bern)
    app.text_input(key="edit-date_created").input("2024-02-30")
    app.button(key="save").click().run()
    assert "Not saved: fix the fields marked above." in [e.value.replace("\\", "")
                                                          for e in app.error]
    assert "'2024-02-30' is not a real date: day is out of range for month" in shown(app)
    with Catalog.open(desk_env) as desk:
        assert desk.history(bern) == []
    app.text_input(key="edit-date_created").input("2024-06-09T10:30:00")
    app.button(key="save").click().run()
    assert "Saved date_created as version 2." in shown(app)
    with Catalog.open(desk_env) as desk:
        [row] = desk.history(bern)
        assert (row.user, row.new_value) == ("anna", "2024-06-09T10:30:00")


def test_over_limit_value_needs_the_xmp_only_choice(desk_env):
    bern = photo_id(desk_env, "bern")
    app = open_photo(start(), bern)
    app.text_input(key="edit-city").input("Ä" * 20).run()
    assert "40 / 32 bytes  over the IIM limit" in notes(app)
    app.button(key="save").click().run()
    assert "40 bytes, over the IIM limit of 32" in shown(app)
    app.checkbox(key="xmp-only-city").check().run()
    app.button(key="save").click().run()
    with Catalog.open(desk_env) as desk:
        assert desk.photo(bern).fields["city"] == "Ä" * 20


def test_accepting_a_suggestion_makes_it_the_desks_value(desk_env):
    lagos = photo_id(desk_env, "lagos")
    with Catalog.open(desk_env) as desk:
        parsed = [n for n, s in desk.photo(lagos).values.sources.items() if s == "parsed"]
    assert "country_code" in parsed
    app = open_photo(start("bruno"), lagos)
    app.button(key="accept-country_code").click().run()
    assert not app.exception, app.exception
    with Catalog.open(desk_env) as desk:
        record = desk.photo(lagos)
        assert record.values.sources["country_code"] == "manual"
        assert record.fields["country_code"] == "NG"
        assert [h.user for h in desk.history(lagos)] == ["bruno"]
    app.button(key="accept-all").click().run()
    with Catalog.open(desk_env) as desk:
        assert "parsed" not in desk.photo(lagos).values.sources.values()


def test_history_shows_a_word_diff_and_reverts_an_entry(desk_env):
    bern = photo_id(desk_env, "bern")
    app = open_photo(start(), bern)
    app.text_input(key="edit-headline").input("Swiss voters decide")
    app.button(key="save").click().run()
    assert "[-Swiss referendum-] {+Swiss voters decide+}" not in shown(app)
    assert "Swiss {+voters decide+} [-referendum-]" in shown(app) or \
        "Swiss [-referendum-] {+voters decide+}" in shown(app)
    with Catalog.open(desk_env) as desk:
        [entry] = desk.history(bern)
    app.button(key=f"revert-{entry.id}").click().run()
    with Catalog.open(desk_env) as desk:
        assert desk.photo(bern).fields["headline"] == "Swiss referendum"
        assert len(desk.history(bern)) == 2


def test_a_stale_save_names_the_other_editor_and_can_overwrite(desk_env):
    bern = photo_id(desk_env, "bern")
    app = open_photo(start("bruno"), bern)
    with Catalog.open(desk_env) as desk:
        desk.edit(bern, {"headline": "Swiss voters decide"}, user="anna")
    app.text_input(key="edit-city").input("Geneva")
    app.button(key="save").click().run()
    assert "changed since version 1: headline by anna" in shown(app)
    with Catalog.open(desk_env) as desk:
        assert desk.photo(bern).fields["city"] == "Bern"
    app.button(key="conflict-overwrite").click().run()
    with Catalog.open(desk_env) as desk:
        record = desk.photo(bern)
        assert (record.fields["city"], record.fields["headline"]) == ("Geneva",
                                                                     "Swiss voters decide")


def test_unknown_photo_id_is_a_clear_error(desk_env):
    app = open_photo(start(), 99)
    assert "no photo with id 99 in the catalogue" in shown(app)


def test_bulk_set_is_one_batch_and_reverts_as_one(desk_env):
    lagos, bern = photo_id(desk_env, "lagos"), photo_id(desk_env, "bern")
    app = start("carla")
    app.session_state["selection"] = [lagos, bern]
    app.switch_page("pages/bulk.py").run()
    assert not app.exception, app.exception
    app.selectbox(key="bulk-field").set_value("sublocation")
    app.text_input(key="bulk-value").input("Old town")
    app.button(key="bulk-apply").click().run()
    assert "2 updated, 0 unchanged, 0 failed" in shown(app)
    with Catalog.open(desk_env) as desk:
        rows = desk.history(lagos) + desk.history(bern)
        assert {(r.field, r.user) for r in rows} == {("sublocation", "carla")}
        assert len({r.batch_id for r in rows}) == 1
        batch = rows[0].batch_id
        summary = desk.revert_batch(batch, user="carla")
        assert summary.line() == "2 updated, 0 unchanged, 0 failed"
        assert "sublocation" not in desk.photo(lagos).fields


def test_bulk_append_and_replace(desk_env):
    lagos, bern = photo_id(desk_env, "lagos"), photo_id(desk_env, "bern")
    app = start()
    app.session_state["selection"] = [lagos, bern]
    app.switch_page("pages/bulk.py").run()
    app.selectbox(key="bulk-field").set_value("keywords")
    app.radio(key="bulk-mode").set_value("append")
    app.text_input(key="bulk-value").input("news; weather")
    app.button(key="bulk-apply").click().run()
    app.selectbox(key="bulk-field").set_value("description")
    app.radio(key="bulk-mode").set_value("replace").run()
    app.text_input(key="bulk-pattern").input(r"\bLagos\b")
    app.text_input(key="bulk-value").input("Lagos State")
    app.button(key="bulk-apply").click().run()
    with Catalog.open(desk_env) as desk:
        assert desk.photo(bern).fields["keywords"] == ["news", "weather"]
        assert "in Lagos State, Nigeria" in desk.photo(lagos).fields["description"]


def test_upload_page_offers_the_picture_types(desk_env):
    app = start()
    app.switch_page("pages/upload.py").run()
    assert not app.exception, app.exception
    assert "JPEG, TIFF, PNG, WebP or HEIC, up to 200 MB each." in notes(app)


def test_write_to_file_shows_the_dry_run_then_writes(desk_env):
    from media_manager.metadata import read_metadata

    bern = photo_id(desk_env, "bern")
    app = open_photo(start(), bern)
    app.text_input(key="edit-city").input("Geneva")
    app.button(key="save").click().run()
    app.button(key="write-plan").click().run()
    assert not app.exception, app.exception
    [plan] = [d for d in app.dataframe if d.value is not None and "store" in d.value.columns]
    assert ("city", "Bern", "Geneva") in {(r.field, r.before, r.after)
                                          for r in plan.value.itertuples()}
    app.button(key="write-now").click().run()
    assert "1 written, 0 unchanged, 0 failed" in shown(app)
    with Catalog.open(desk_env) as desk:
        assert read_metadata(desk.photo(bern).path).fields["city"] == "Geneva"


def test_a_field_forgotten_by_an_interrupted_run_is_not_saved_blank(desk_env):
    """Streamlit forgets the values of widgets a run did not draw (a run interrupted by the
    editor typing while the page loads; a visit to another page). Coming back to the same
    photo, the form shows its values again, and a save never writes them as empty."""
    bern = photo_id(desk_env, "bern")
    app = open_photo(start("anna"), bern)
    with Catalog.open(desk_env) as desk:
        caption = desk.photo(bern).fields["description"]
    assert caption  # the fixture's photo has a caption to lose
    app.switch_page("pages/browse.py").run()  # a run that draws none of the form's widgets
    app = open_photo(app, bern)
    assert app.text_area(key="edit-description").value == caption
    app.text_input(key="edit-city").input("Berne").run()
    app.button(key="save").click().run()
    assert "Saved city as version 2." in shown(app)
    with Catalog.open(desk_env) as desk:
        fields = desk.photo(bern).fields
        assert (fields["city"], fields["description"]) == ("Berne", caption)
