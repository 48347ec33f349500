"""The desk's browser front end. This file only builds the navigation; pages hold widgets."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="media-manager", page_icon="📰", layout="wide")

pages = [
    st.Page("pages/browse.py", title="Browse", icon=":material/photo_library:", url_path="browse", default=True),
    st.Page("pages/photo.py", title="Photo", icon=":material/image:", url_path="photo"),
    st.Page("pages/review.py", title="Review", icon=":material/fact_check:", url_path="review"),
    st.Page("pages/bulk.py", title="Bulk edit", icon=":material/edit_note:", url_path="bulk"),
    st.Page("pages/upload.py", title="Upload", icon=":material/upload:", url_path="upload"),
    st.Page("pages/reports.py", title="Reports", icon=":material/bar_chart:", url_path="reports"),
]
st.navigation(pages).run()
