"""The "Record use" form: where and when one photo was published, and its uses so far."""

from __future__ import annotations

from datetime import date

import streamlit as st

from media_manager.catalog.service import Catalog
from media_manager.catalog.usage import ADDED, UseRequest
from media_manager.errors import MediaManagerError


def record_use_form(catalog: Catalog, photo_id: int, user: str | None = None) -> None:
    """A form that records a use of ``photo_id`` as ``user`` (the editor), then the table of
    its recorded uses."""
    with st.form(f"use-form-{photo_id}"):
        story = st.text_input("Story slug", key="use-story")
        publication = st.text_input("Publication", key="use-publication")
        used_on = st.date_input("Published on", value=date.today(), key="use-date")
        page = st.text_input("Page (print)", key="use-page")
        url = st.text_input("URL (online)", key="use-url")
        credit = st.text_input("Credit as printed (optional)", key="use-credit")
        saved = st.form_submit_button("Record use", key="use-save")
    if saved:
        request = UseRequest(photo=str(photo_id), story=story, publication=publication,
                             used_on=used_on, page=page, url=url, credit=credit or None)
        try:
            outcome, _ = catalog.record_use(request, user=user)
        except MediaManagerError as problem:
            st.error("The use was not recorded:")
            st.text(str(problem))
        else:
            if outcome == ADDED:
                st.success("Use recorded.")
            else:
                st.info("That use was already recorded.")
    uses = catalog.uses(photo_id)
    if uses:
        st.dataframe([{"story": u.story, "publication": u.publication, "date": u.used_on,
                       "page": u.page, "url": u.url, "credit": u.credit or "",
                       "recorded by": u.recorded_by} for u in uses],
                     key=f"uses-{photo_id}", hide_index=True)
    else:
        st.text("No uses recorded yet.")
