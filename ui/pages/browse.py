"""Browse: the contact sheet, with filters, sort, search, selection and a table view."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from desk import BULK_PAGE, catalog, editor, selection, set_selection, sheet_count, sheet_ids
from literal import heading, note, text
from sheet import (
    VIEWS,
    card,
    filter_widgets,
    findings,
    load_from_url,
    page_images,
    table_view,
    url_params,
    write_to_url,
)

PAGE_SIZE = 48
COLUMNS = 8
STYLE = Path(__file__).resolve().parents[1] / "sheet.css"

desk = catalog()
editor()
st.html(STYLE)
load_from_url(url_params())
query = filter_widgets()
total = sheet_count(desk, desk.settings.database_url, query)
pages = max(1, -(-total // PAGE_SIZE))
st.session_state["q-page"] = min(st.session_state["q-page"], pages)

top = st.columns([3, 2, 2, 4], vertical_alignment="bottom")
with top[0]:
    heading("Contact sheet")
    note(f"{total:,} photo{'s' * (total != 1)}, page {st.session_state['q-page']} of {pages}")
top[1].radio("View", VIEWS, key="q-view", horizontal=True)
top[2].number_input("Page", min_value=1, max_value=pages, step=1, key="q-page")
page, view = int(st.session_state["q-page"]), st.session_state["q-view"]
write_to_url(query, view, page)

with top[3]:
    chosen = selection()
    note(f"{len(chosen):,} selected")
    pick = st.columns(3)
    on_page_button = pick[0].button("Select page", key="select-page")
    all_button = pick[1].button("Select all", key="select-all")
    if pick[2].button("Clear", key="select-clear"):
        set_selection([])
        st.rerun()
    st.page_link(BULK_PAGE, label="Bulk edit the selection", icon=":material/edit_note:")

photos = desk.sheet(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
if on_page_button:
    set_selection([*chosen, *(p.id for p in photos)])
    st.rerun()
if all_button:
    set_selection([*chosen, *sheet_ids(desk, desk.settings.database_url, query)])
    st.rerun()
if not photos:
    text("No photos match." if total == 0 and query.to_params() else
         "No photos here yet: run media-manager ingest FOLDER, or upload pictures.")
link_params = {k: v for k, v in url_params().items() if k != "page"}
if view == "Table":
    table_view(desk, photos, page)
else:
    found, images = findings(desk, photos), page_images(desk, photos)
    for start in range(0, len(photos), COLUMNS):
        for column, photo in zip(st.columns(COLUMNS, gap="xsmall"),
                                 photos[start:start + COLUMNS], strict=False):
            with column:
                card(photo, images.get(photo.id), found.get(photo.id, 0), link_params)
