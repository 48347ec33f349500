"""Photo: one photo by ?id=N, with previous / next in the sheet's results, a large
preview, the edit form, suggestions, findings, sources, history and write-back."""

from __future__ import annotations

import streamlit as st
from desk import BROWSE_PAGE, PHOTO_PAGE, catalog, editor, sheet_ids, sheet_query
from literal import alert, as_text, heading, lines, note, table
from photo_form import edit_form
from photo_panels import findings_by_field, history, preview, sources, suggestions, write_panel
from usage_form import record_use_form

from media_manager.catalog.queries import PhotoRecord
from media_manager.errors import PhotoNotFound

desk = catalog()
user = editor()


def chosen_id() -> int | None:
    asked = str(st.query_params.get("id", ""))
    return int(asked) if asked.isdigit() and int(asked) > 0 else None


def neighbours(photo_id: int) -> tuple[int | None, int | None, int, int]:
    """The photos before and after this one in the sheet's results, its place and count."""
    ids = sheet_ids(desk, desk.settings.database_url, sheet_query())
    if photo_id not in ids:
        return None, None, 0, len(ids)
    at = ids.index(photo_id)
    return (ids[at - 1] if at else None, ids[at + 1] if at + 1 < len(ids) else None,
            at + 1, len(ids))


def navigation(record: PhotoRecord) -> None:
    params = {k: st.query_params[k] for k in st.query_params if k != "id"}
    before, after, place, total = neighbours(record.id)
    cells = st.columns([1, 1, 1, 4], vertical_alignment="center")
    cells[0].page_link(BROWSE_PAGE, label="Contact sheet", icon=":material/grid_view:",
                       query_params=params)
    if before:
        cells[1].page_link(PHOTO_PAGE, label="Previous", icon=":material/arrow_back:",
                           query_params={**params, "id": str(before)})
    if after:
        cells[2].page_link(PHOTO_PAGE, label="Next", icon=":material/arrow_forward:",
                           query_params={**params, "id": str(after)})
    with cells[3]:
        note(f"photo {record.id}, {place:,} of {total:,} in the sheet" if place
             else f"photo {record.id} (not in the sheet's current results)")


def technical(record: PhotoRecord) -> None:
    table([{"fact": name, "value": as_text(value)} for name, value in record.technical.items()],
          key="technical")
    if len(record.files) > 1:
        lines(["Also received as:", *record.files[1:]])
    if record.warnings:
        lines(["File warnings:", *record.warnings])


photo_id = chosen_id()
if photo_id is None:
    first = desk.sheet(sheet_query(), limit=1)
    if not first:
        alert("info", "No photo to show: the catalogue (or the sheet's filter) is empty.")
        st.stop()
    photo_id = first[0].id
try:
    record = desk.photo(photo_id)
except PhotoNotFound as problem:
    alert("error", "No such photo", str(problem))
    st.stop()
    raise
navigation(record)
headline = as_text(record.fields.get("headline") or record.fields.get("title"))
lines([headline, record.path] if headline else [record.path])
if "panel-problem" in st.session_state:
    alert("error", "Not saved", st.session_state.pop("panel-problem"))
found = findings_by_field(desk, record)
left, right = st.columns([3, 2])
with left:
    preview(desk, record)
    suggestions(desk, record, user)
    heading("Write to file")
    write_panel(desk, record)
    with st.expander("Where each value came from"):
        sources(record)
    with st.expander("File and camera"):
        technical(record)
with right:
    heading("Caption and credits")
    edit_form(desk, record, user, found)
heading("History")
history(desk, record, user)
with st.expander("Uses: where this photo was published"):
    record_use_form(desk, record.id, user)
