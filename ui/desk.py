"""What every page shares: the catalogue (one per database per server), the editor's
name and the contact sheet's state in the URL."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from identity import editor
from literal import as_text

from media_manager.catalog.browse import SheetQuery
from media_manager.catalog.service import Catalog
from media_manager.config import Settings

BROWSE_PAGE, PHOTO_PAGE = "pages/browse.py", "pages/photo.py"
BULK_PAGE, UPLOAD_PAGE = "pages/bulk.py", "pages/upload.py"
SELECTION = "selection"
__all__ = ["catalog", "editor", "selection", "sheet_ids", "sheet_query"]


@st.cache_resource(show_spinner=False)
def _open(database_url: str, data_dir: str, thumbnails: str) -> Catalog:
    settings = Settings.from_env(database_url=database_url, data_dir=Path(data_dir),
                                 thumbnails=thumbnails)
    catalog = Catalog.open(settings)
    catalog.use_code_replacements()
    return catalog


def catalog() -> Catalog:
    """The catalogue named by MEDIA_MANAGER_DB (default: the user's SQLite file), its
    thumbnails in the store MEDIA_MANAGER_THUMBNAILS names (default: the data folder)."""
    settings = Settings.from_env()
    return _open(settings.database_url, str(settings.data_dir), settings.thumbnails_setting)


def shown(value: object) -> str:
    """A field value as one line of literal text (lists joined with '; ')."""
    return as_text(value)


def sheet_query() -> SheetQuery:
    """The contact sheet's words, filters and sort, as the URL says."""
    return SheetQuery.from_params({k: st.query_params[k] for k in st.query_params})


def sheet_params() -> dict[str, str]:
    """The contact sheet's URL parameters as this session last showed them (for links)."""
    return dict(st.session_state.get("sheet-url", {}))


def selection() -> list[int]:
    """The photos the editor ticked, in the order ticked (kept across pages)."""
    return list(st.session_state.setdefault(SELECTION, []))


def set_selection(ids: list[int]) -> None:
    st.session_state[SELECTION] = list(dict.fromkeys(ids))


@st.cache_data(ttl=15, show_spinner=False, max_entries=200)
def sheet_count(_desk: Catalog, database_url: str, query: SheetQuery) -> int:
    """How many photos the query matches; kept 15 s, so turning pages does not recount."""
    del database_url
    return _desk.sheet_count(query)


@st.cache_data(ttl=30, show_spinner=False, max_entries=50)
def sheet_ids(_desk: Catalog, database_url: str, query: SheetQuery) -> list[int]:
    """Every id the sheet's query matches (for previous / next and select all)."""
    del database_url
    return _desk.sheet_ids(query)
