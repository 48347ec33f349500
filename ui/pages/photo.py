"""Photo: every field with its source, the caption linter's findings, edit and history."""

from __future__ import annotations

import streamlit as st
from desk import catalog, shown
from usage_form import record_use_form

from media_manager.catalog.queries import PhotoRecord
from media_manager.errors import MediaManagerError, PhotoNotFound
from media_manager.fields import FIELDS

desk = catalog()


def choose_photo() -> PhotoRecord:
    if "photo_id" not in st.session_state:
        asked = st.query_params.get("id", "1")
        st.session_state["photo_id"] = int(asked) if asked.isdigit() and int(asked) > 0 else 1
    photo_id = st.number_input("Photo id", min_value=1, step=1, key="photo_id")
    try:
        return desk.photo(int(photo_id))
    except PhotoNotFound as problem:
        st.error(str(problem))
        st.stop()
        raise


def load_form(record: PhotoRecord) -> None:
    """Fill the form from the catalogue when another photo is shown (or after a save).

    What the editor typed is kept across reruns, even if someone else saves meanwhile:
    the save then names the conflict instead of silently dropping either edit.
    """
    loaded = st.session_state.get("editing")
    if loaded and loaded[0] == record.id:
        return
    base = {spec.name: shown(record.fields.get(spec.name)) for spec in FIELDS}
    for name, value in base.items():
        st.session_state[f"edit-{name}"] = value
    st.session_state["editing"] = (record.id, record.version, base)


def source_note(record: PhotoRecord, name: str) -> str:
    source = record.values.sources.get(name)
    origin = record.values.origins.get(name)
    if not source:
        return "empty"
    return f"{source} ({origin})" if origin and origin != source else source


def edit_form(record: PhotoRecord) -> None:
    load_form(record)
    with st.form("edit-form"):
        for spec in FIELDS:
            label = f"{spec.label} · {source_note(record, spec.name)}"
            hint = "Several values: separate with ;" if spec.repeatable else None
            widget = st.text_area if spec.multiline else st.text_input
            widget(label, key=f"edit-{spec.name}", help=hint)
        saved = st.form_submit_button("Save changes", key="save", type="primary")
    if saved:
        save(record.id)
    if st.button("Discard my changes and reload", key="reload"):
        st.session_state.pop("editing", None)
        st.rerun()


def save(photo_id: int) -> None:
    """Save what differs from the values the form was loaded with, at that version."""
    _, version, base = st.session_state["editing"]
    changes: dict[str, object] = {}
    for spec in FIELDS:
        typed = st.session_state[f"edit-{spec.name}"].strip()
        if typed == base[spec.name]:
            continue
        changes[spec.name] = [v.strip() for v in typed.split(";") if v.strip()] \
            if spec.repeatable else typed
    if not changes:
        st.info("Nothing changed.")
        return
    try:
        new_version = desk.edit(photo_id, changes, expected_version=version)
    except MediaManagerError as problem:
        st.error(str(problem))
        return
    st.session_state["saved"] = f"Saved {', '.join(changes)} as version {new_version}."
    st.session_state.pop("editing", None)
    st.rerun()


def history(record: PhotoRecord) -> None:
    rows = desk.history(record.id)
    if not rows:
        st.caption("No changes since the photo was catalogued.")
        return
    st.table({
        "#": [row.id for row in rows], "field": [row.field for row in rows],
        "from": [shown(row.old_value) for row in rows], "to": [shown(row.new_value) for row in rows],
        "who": [row.user for row in rows], "when": [f"{row.at:%Y-%m-%d %H:%M}" for row in rows],
    })


record = choose_photo()
st.title(shown(record.fields.get("headline") or record.fields.get("title")) or f"Photo {record.id}")
st.caption(f"photo {record.id} · version {record.version} · {record.path}")
if "saved" in st.session_state:
    st.success(st.session_state.pop("saved"))
left, right = st.columns([2, 3])
with left:
    thumbnail = desk.thumbnail_path(record.thumbnail)
    if thumbnail:
        st.image(str(thumbnail), width="stretch")
    for finding in desk.lint([record.id])[0].findings:
        st.warning(f"{finding['rule_id']}: {finding['message']}")
    for warning in record.warnings:
        st.caption(f"file: {warning}")
    st.subheader("File")
    st.table({"fact": list(record.technical), "value": [str(v) for v in record.technical.values()]})
    if len(record.files) > 1:
        st.caption("Also received as: " + ", ".join(record.files[1:]))
with right:
    st.subheader("Caption and credits")
    edit_form(record)
    with st.expander("History"):
        history(record)
    with st.expander("Uses: where this photo was published"):
        record_use_form(desk, record.id)
