"""The photo page's form: generated from the table of fields, with IIM byte counters,
checks before saving, and conflict handling that names who saved meanwhile.

No ``st.form``: each change reruns the page, so the byte counter under a field is
current as soon as the editor leaves it (Enter or Tab).
"""

from __future__ import annotations

import streamlit as st
from literal import alert, as_text, note, text

from media_manager.catalog.operations import LIST_SEPARATOR
from media_manager.catalog.queries import PhotoRecord
from media_manager.catalog.service import Catalog
from media_manager.catalog.validation import iim_bytes
from media_manager.errors import EditConflict, MediaManagerError
from media_manager.fields import FIELDS, Field

LOADED, CONFLICT, SAVED, XMP_ONLY = "editing", "conflict", "saved", "xmp-only"
PARSED = "parsed"


def base_values(record: PhotoRecord) -> dict[str, str]:
    """What the form starts from: the values, with parsed suggestions left out (shown apart)."""
    return {spec.name: "" if record.values.sources.get(spec.name) == PARSED
            else as_text(record.fields.get(spec.name)) for spec in FIELDS}


def load(record: PhotoRecord, *, force: bool = False) -> None:
    """Fill the form when another photo is shown, after a save, or on "reload"."""
    loaded = st.session_state.get(LOADED)
    if loaded and loaded[0] == record.id and not force:
        # A run interrupted before a field's widget was drawn (the editor typed, or clicked,
        # while the page was still loading) makes Streamlit forget that field's value; it
        # must come back as loaded, never as an empty box that a save would write.
        for name, value in loaded[2].items():
            st.session_state.setdefault(f"edit-{name}", value)
        return
    base = base_values(record)
    for name, value in base.items():
        st.session_state[f"edit-{name}"] = value
    st.session_state[LOADED] = (record.id, record.version, base)
    st.session_state.pop(CONFLICT, None)


def label(spec: Field, record: PhotoRecord) -> str:
    source = record.values.sources.get(spec.name)
    return f"{spec.label} · {source if source and source != PARSED else 'empty'}"


def counter(spec: Field) -> None:
    if not spec.iim_max_bytes or spec.name == "date_created":
        return
    typed = str(st.session_state.get(f"edit-{spec.name}", ""))
    items = typed.split(LIST_SEPARATOR) if spec.repeatable else [typed]
    used = max((iim_bytes(i.strip()) for i in items), default=0)
    each = " each" if spec.repeatable else ""
    note(f"{used:,} / {spec.iim_max_bytes:,} bytes{each}" + ("  over the IIM limit"
                                                              if used > spec.iim_max_bytes
                                                              else ""))
    if used > spec.iim_max_bytes:
        st.checkbox("Keep the full text in XMP only (IIM cut at its limit on write)",
                    key=f"{XMP_ONLY}-{spec.name}")


def field_widget(spec: Field, record: PhotoRecord, problems: dict[str, list[str]],
                 findings: dict[str, list[str]]) -> None:
    widget = st.text_area if spec.multiline else st.text_input
    hint = "Several values: separate with ;" if spec.repeatable else None
    widget(label(spec, record), key=f"edit-{spec.name}", help=hint)
    counter(spec)
    for message in problems.get(spec.name, []):
        alert("error", "Refused", message)
    if findings.get(spec.name):
        alert("warning", "Linter", "\n".join(findings[spec.name]))


def typed_changes() -> dict[str, object]:
    """What differs from the values the form was loaded with."""
    _, _, base = st.session_state[LOADED]
    changes: dict[str, object] = {}
    for spec in FIELDS:
        key = f"edit-{spec.name}"
        if key not in st.session_state:
            continue  # a field the page never drew is not a change (and never a blank)
        typed = str(st.session_state[key]).strip()
        if typed == base[spec.name]:
            continue
        changes[spec.name] = [v.strip() for v in typed.split(LIST_SEPARATOR) if v.strip()] \
            if spec.repeatable else typed
    return changes


def xmp_only_fields() -> list[str]:
    return [spec.name for spec in FIELDS if st.session_state.get(f"{XMP_ONLY}-{spec.name}")]


def save(desk: Catalog, photo_id: int, user: str, *, version: int | None = None) -> None:
    """Check, then save the typed changes at the loaded version (or ``version``)."""
    changes = typed_changes()
    if not changes:
        st.session_state[SAVED] = "Nothing changed."
        return
    problems = desk.check_changes(changes, xmp_only=xmp_only_fields())
    if problems:
        st.session_state["problems"] = {p.field: p.message for p in problems}
        return
    expected = version if version is not None else st.session_state[LOADED][1]
    try:
        new_version = desk.edit(photo_id, changes, user=user, expected_version=expected)
    except EditConflict as conflict:
        st.session_state[CONFLICT] = str(conflict)
        return
    except MediaManagerError as problem:
        st.session_state["problems"] = {"": str(problem)}
        return
    st.session_state[SAVED] = f"Saved {', '.join(changes)} as version {new_version}."
    st.session_state.pop(LOADED, None)


def conflict_box(desk: Catalog, record: PhotoRecord, user: str) -> None:
    """Someone saved this photo meanwhile: say who and what, then reload or overwrite."""
    alert("error", "Not saved: this photo changed while you were editing.",
          st.session_state[CONFLICT])
    reload, overwrite = st.columns(2)
    reload.button("Reload their version (drop mine)", key="conflict-reload", on_click=load,
                  args=(record,), kwargs={"force": True})
    overwrite.button("Overwrite with mine", key="conflict-overwrite", type="primary",
                     on_click=save, args=(desk, record.id, user),
                     kwargs={"version": record.version})


def edit_form(desk: Catalog, record: PhotoRecord, user: str,
              findings: dict[str, list[str]]) -> None:
    load(record)
    problems: dict[str, list[str]] = {}
    for name, message in st.session_state.pop("problems", {}).items():
        problems.setdefault(name, []).append(message)
    general = problems.pop("", [])
    for spec in FIELDS:
        field_widget(spec, record, problems, findings)
    if general:
        alert("error", "Not saved", "\n".join(general))
    if problems:
        alert("error", "Not saved: fix the fields marked above.")
    if SAVED in st.session_state:
        alert("success", "Saved", st.session_state.pop(SAVED))
    if CONFLICT in st.session_state:
        conflict_box(desk, record, user)
    left, right = st.columns(2)
    left.button("Save changes", key="save", type="primary", on_click=save,
                args=(desk, record.id, user))
    right.button("Discard my changes and reload", key="reload", on_click=load, args=(record,),
                 kwargs={"force": True})
    text(f"version {record.version}")
