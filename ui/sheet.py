"""The contact sheet's parts: filter widgets mirrored in the URL, cards, table rows, markers.

The URL is the state: every filter, the search words, sort, view and page are query
parameters, so a reload, the back button or a shared link shows the same sheet.
Widget values are (re)loaded from the URL whenever it differs from what this page
last wrote there, or when Streamlit has dropped a widget's state after another page.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import fields, replace

import streamlit as st
from desk import PHOTO_PAGE, selection, set_selection
from literal import as_text, clip, lines, table

from media_manager.catalog.browse import SORTS, SheetPhoto, SheetQuery
from media_manager.catalog.service import Catalog

SORT_LABELS = {"received-newest": "Received, newest first",
               "received-oldest": "Received, oldest first",
               "taken-newest": "Taken, newest first", "taken-oldest": "Taken, oldest first"}
TEXT_FILTERS = {"source": "Source / agency", "credit": "Credit", "photographer": "Photographer",
                "city": "City", "country": "Country", "keyword": "Keyword", "person": "Person"}
FLAGS = {"suggestions": "Has unaccepted suggestions", "unwritten": "Changed, not yet written",
         "withdrawn": "Show killed and superseded"}
VIEWS = ("Sheet", "Table")
WROTE = "sheet-url"


def url_params() -> dict[str, str]:
    return {k: st.query_params[k] for k in st.query_params}


def load_from_url(params: dict[str, str]) -> None:
    """Put the URL's values into the widgets when it changed or the widgets were dropped."""
    query = SheetQuery.from_params(params)
    fresh = st.session_state.get(WROTE) != params
    for spec in fields(SheetQuery):
        key = f"q-{spec.name}"
        if spec.name in ("date_from", "date_to"):
            value: object = _date(getattr(query, spec.name))
        else:
            value = getattr(query, spec.name)
        if fresh or key not in st.session_state:
            st.session_state[key] = value
    for key, value in (("q-view", params.get("view", VIEWS[0])), ("q-page", params.get("page"))):
        if fresh or key not in st.session_state:
            st.session_state[key] = _page(value) if key == "q-page" else \
                (value if value in VIEWS else VIEWS[0])


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _page(text: str | None) -> int:
    return int(text) if text and text.isdigit() and int(text) > 0 else 1


def filter_widgets() -> SheetQuery:
    """The sidebar: search, sort, date range, field filters and flags."""
    with st.sidebar:
        st.text_input("Search captions, credits, people, places", key="q-text",
                      placeholder="e.g. reuters flood lagos")
        st.selectbox("Sort by", list(SORTS), format_func=SORT_LABELS.__getitem__, key="q-sort")
        left, right = st.columns(2)
        left.date_input("Taken from", key="q-date_from", value=None, format="YYYY-MM-DD")
        right.date_input("to", key="q-date_to", value=None, format="YYYY-MM-DD")
        for name, label in TEXT_FILTERS.items():
            st.text_input(label, key=f"q-{name}")
        for name, label in FLAGS.items():
            st.checkbox(label, key=f"q-{name}")
    state = st.session_state
    values = {spec.name: state.get(f"q-{spec.name}") for spec in fields(SheetQuery)}
    for name in ("date_from", "date_to"):
        values[name] = values[name].isoformat() if values[name] else ""
    return replace(SheetQuery(), **{k: v for k, v in values.items() if v is not None})


def write_to_url(query: SheetQuery, view: str, page: int) -> None:
    params = query.to_params()
    if view != VIEWS[0]:
        params["view"] = view
    if page > 1:
        params["page"] = str(page)
    if url_params() != params:
        st.query_params.from_dict(params)
    st.session_state[WROTE] = params


@st.cache_data(show_spinner=False, max_entries=200)
def page_findings(_desk: Catalog, database_url: str,
                  versions: tuple[tuple[int, int], ...]) -> dict[int, int]:
    """The linter's findings per photo of one page (cached by photo versions)."""
    del database_url
    return _desk.findings_counts([photo_id for photo_id, _ in versions])


def findings(desk: Catalog, photos: list[SheetPhoto]) -> dict[int, int]:
    versions = tuple((p.id, p.version) for p in photos)
    return page_findings(desk, desk.settings.database_url, versions)


@st.cache_data(show_spinner=False, max_entries=5000)
def small_image(_desk: Catalog, database_url: str, photo_id: int,
                thumbnail: str | None) -> str | None:
    del database_url
    return _desk.small_image_url(photo_id, thumbnail)


def page_images(desk: Catalog, photos: list[SheetPhoto]) -> dict[int, bytes]:
    """The shown page's thumbnails (only those), from the store in one read, then from
    the catalogue's memory on every rerun."""
    return desk.thumbnail_images([(p.id, p.thumbnail) for p in photos])


def markers(photo: SheetPhoto, found: int) -> str:
    parts = [f"⚑ {found} finding{'s' * (found != 1)}" if found else "",
             f"? {len(photo.suggestions)} suggested" if photo.suggestions else "",
             "✎ not written" if photo.unwritten else "",
             photo.status.upper() if photo.status != "active" else ""]
    return " · ".join(p for p in parts if p) or "✓"


def place(photo: SheetPhoto) -> str:
    names = [as_text(photo.fields.get(n)) for n in ("city", "country")]
    return ", ".join(n for n in names if n)


def slug(photo: SheetPhoto) -> str:
    return as_text(photo.fields.get("headline") or photo.fields.get("title")) or photo.name


def toggle(photo_id: int) -> None:
    ticked = selection()
    if st.session_state.get(f"pick-{photo_id}"):
        set_selection([*ticked, photo_id])
    else:
        set_selection([i for i in ticked if i != photo_id])


def card(photo: SheetPhoto, image: bytes | None, found: int,
         link_params: dict[str, str]) -> None:
    """One photo of the sheet: thumbnail, slug, caption start, credit, date, place, markers."""
    with st.container(border=True, key=f"card-{photo.id}", gap="xxsmall"):
        if image:
            st.image(image, width="stretch")
        else:
            st.text("(no thumbnail yet)")
        credit = as_text(photo.fields.get("credit_line") or photo.fields.get("source"))
        day = as_text(photo.fields.get("date_created"))[:10]
        lines([clip(slug(photo), 34), clip(photo.fields.get("description"), 34),
               clip(credit, 34), clip(f"{day} {place(photo)}", 34), markers(photo, found)])
        st.session_state[f"pick-{photo.id}"] = photo.id in selection()
        tick, open_link = st.columns([1, 1], gap="xxsmall", vertical_alignment="center")
        tick.checkbox(f"#{photo.id}", key=f"pick-{photo.id}", on_change=toggle,
                      args=(photo.id,))
        open_link.page_link(PHOTO_PAGE, label="Open",
                            query_params={**link_params, "id": str(photo.id)})


def rows(desk: Catalog, photos: list[SheetPhoto]) -> list[dict[str, object]]:
    url, found = desk.settings.database_url, findings(desk, photos)
    return [{"thumbnail": small_image(desk, url, p.id, p.thumbnail), "id": p.id, "slug": slug(p),
             "caption": clip(p.fields.get("description"), 120),
             "credit": as_text(p.fields.get("credit_line")),
             "date": as_text(p.fields.get("date_created"))[:10], "place": place(p),
             "markers": markers(p, found.get(p.id, 0)), "file": p.name} for p in photos]


def table_view(desk: Catalog, photos: list[SheetPhoto], page: int) -> None:
    """The same page as a table: tick rows to select them."""
    key = f"sheet-table-{page}"
    # st.dataframe's on_select takes a callable but no args: the page's ids ride in a partial
    table(rows(desk, photos), key=key,
          on_select=functools.partial(picked_rows, key, [p.id for p in photos]),
          selection_mode="multi-row", row_height=64,
          column_config={"thumbnail": st.column_config.ImageColumn("thumbnail", width="small")})


def picked_rows(key: str, ids: list[int]) -> None:
    """The table's ticked rows become the selection of this page's photos."""
    ticked = [ids[i] for i in st.session_state[key].selection.rows if i < len(ids)]
    set_selection([i for i in selection() if i not in ids] + ticked)
