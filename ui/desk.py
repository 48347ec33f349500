"""What every page shares: the catalogue (one per database per server) and small formatters."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from media_manager.catalog.service import Catalog
from media_manager.config import Settings

PHOTO_PAGE = "pages/photo.py"


@st.cache_resource(show_spinner=False)
def _open(database_url: str, data_dir: str, user: str) -> Catalog:
    return Catalog.open(Settings(database_url=database_url, data_dir=Path(data_dir), user=user))


def catalog() -> Catalog:
    """The catalogue named by MEDIA_MANAGER_DB (default: the user's SQLite file)."""
    settings = Settings.from_env()
    return _open(settings.database_url, str(settings.data_dir), settings.user)


def shown(value: object) -> str:
    """A field value as text: lists joined with semicolons."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def open_photo(photo_id: int) -> None:
    st.session_state["photo_id"] = photo_id
    st.switch_page(PHOTO_PAGE)
