"""Browse: find photos by any word of their caption, credit, people or place."""

from __future__ import annotations

import streamlit as st
from desk import catalog, open_photo, shown

PAGE_SIZE = 24
COLUMNS = 4

desk = catalog()
st.title("Browse the catalogue")
text = st.text_input("Search captions, credits, people, places", key="search",
                     placeholder="e.g. Reuters flood Lagos")
total = desk.count(text)
pages = max(1, -(-total // PAGE_SIZE))
page = st.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key="page")
st.caption(f"{total} photo{'s' if total != 1 else ''}" + (f" matching “{text}”" if text else ""))

photos = desk.list_photos(text=text, limit=PAGE_SIZE, offset=(int(page) - 1) * PAGE_SIZE)
if not photos:
    st.info("No photos match." if text else
            "The catalogue is empty: run `media-manager ingest FOLDER` or `media-manager demo`.")

for start in range(0, len(photos), COLUMNS):
    for column, photo in zip(st.columns(COLUMNS), photos[start:start + COLUMNS]):
        with column.container(border=True, key=f"card-{photo.id}"):
            thumbnail = desk.thumbnail_path(photo.thumbnail)
            if thumbnail:
                st.image(str(thumbnail), width="stretch")
            else:
                st.caption("(no thumbnail yet)")
            fields = photo.fields
            st.markdown(f"**{shown(fields.get('headline') or fields.get('title')) or photo.path.rsplit('/', 1)[-1]}**")
            caption = shown(fields.get("description"))
            st.write(caption[:180] + ("…" if len(caption) > 180 else ""))
            facts = [shown(fields.get("credit_line")), shown(fields.get("date_created"))[:10],
                     shown(fields.get("city")), shown(fields.get("country"))]
            st.caption(" · ".join(f for f in facts if f))
            if st.button("Open", key=f"open-{photo.id}"):
                open_photo(photo.id)
