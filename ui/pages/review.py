"""Review: imported captions the pairing was not sure of; accept one for a photo, or reject it.

Also imports caption files from a folder on the desk server. Every caption, field
value, file name and reason is shown as literal text (st.text, st.code, dataframe
cells), never as Markdown.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from desk import catalog, shown

from media_manager.catalog.caption_import import ImportOptions
from media_manager.errors import MediaManagerError
from media_manager.wire import FORMATS

desk = catalog()
st.title("Review imported captions")
if "review-done" in st.session_state:
    st.text(st.session_state.pop("review-done"))

with st.expander("Import caption files", expanded=False):
    where = st.text_input("File or folder on the desk server", key="import-path")
    chosen = st.selectbox("Format", ["detect", *FORMATS], key="import-format")
    dry_run = st.checkbox("Dry run (show what would change)", key="import-dry-run")
    if st.button("Import", key="import-run") and where:
        path = Path(where)
        if not path.exists():
            st.error("No such file or folder.")
        else:
            options = ImportOptions(format=None if chosen == "detect" else chosen,
                                    dry_run=dry_run, weights=desk.pairing_weights())
            summary = desk.import_captions([path], options=options)
            st.text(summary.line())
            st.dataframe([{"source": i.source, "outcome": i.outcome, "photo": i.photo_id,
                           "score": i.score, "changes": ", ".join(i.changes)}
                          for i in summary.items], key="import-items", hide_index=True)
            for source, reason in summary.errors:
                st.text(f"failed: {source}: {reason}")

items = desk.review_items()
st.text(f"{len(items)} caption{'s' if len(items) != 1 else ''} waiting for review")
if not items:
    st.stop()

labels = {item.id: f"{item.id} · {item.source}" for item in items}
chosen_id = st.selectbox("Caption", list(labels), format_func=labels.__getitem__,
                         key="review-item")
item = next(i for i in items if i.id == chosen_id)
st.code(item.caption or "(no caption text)", language=None, wrap_lines=True)
st.text(f"Why it needs a look: {item.reason}")
st.dataframe([{"field": name, "value": shown(value)} for name, value in item.record.fields.items()],
             key="review-fields", hide_index=True)

photo_ids = [int(c["photo_id"]) for c in item.candidates]
for candidate, column in zip(item.candidates, st.columns(max(1, len(item.candidates)))):
    with column.container(border=True, key=f"candidate-{candidate['photo_id']}"):
        try:
            photo = desk.photo(int(candidate["photo_id"]))
        except MediaManagerError:
            st.text(f"photo {candidate['photo_id']} is no longer in the catalogue")
            continue
        thumbnail = desk.thumbnail_image(photo.id, photo.thumbnail)
        if thumbnail:
            st.image(thumbnail, width="stretch")
        st.text(f"photo {photo.id} · score {candidate['score']:g}")
        st.text(photo.path.rsplit("/", 1)[-1])
        st.text(shown(photo.fields.get("description"))[:300])
        st.dataframe([{"part": k, "points": v} for k, v in candidate["parts"].items()],
                     key=f"parts-{photo.id}", hide_index=True)

target = st.selectbox("Pair with photo", photo_ids or [None], key="review-photo",
                      format_func=lambda i: "no candidate" if i is None else f"photo {i}")
other = st.number_input("…or another photo id", min_value=0, step=1, value=0,
                        key="review-other-photo")
accept, reject = st.columns(2)
if accept.button("Accept", key="review-accept", type="primary"):
    picked = int(other) or target
    try:
        photo_id, changes = desk.accept_review(item.id, picked)
    except MediaManagerError as problem:
        st.text(f"Not accepted: {problem}")
    else:
        st.session_state["review-done"] = (f"review item {item.id} accepted for photo "
                                           f"{photo_id}: {', '.join(changes) or 'no change'}")
        st.rerun()
if reject.button("Reject", key="review-reject"):
    desk.reject_review(item.id)
    st.session_state["review-done"] = f"review item {item.id} rejected"
    st.rerun()
