"""Bulk edit: the sheet's selection; a template, set / fill / append / find & replace on
one field, write the selection to files; each action one batch, revertible as a batch."""

from __future__ import annotations

import streamlit as st
from desk import BROWSE_PAGE, catalog, editor, selection, set_selection, sheet_params
from literal import alert, heading, note, table

from media_manager.catalog.operations import MODES, REPLACE, FieldEdit
from media_manager.errors import MediaManagerError
from media_manager.fields import FIELDS, FIELDS_BY_NAME

desk = catalog()
user = editor()
MODE_LABELS = {"set": "Set (replace the value)", "fill": "Fill if empty",
               "append": "Append", "replace": "Find and replace (regular expression)"}


def report(title: str, summary) -> None:  # type: ignore[no-untyped-def]
    failures = [f"#{o.photo_id}: {o.reason}" for o in summary.failures]
    batch = f" (batch {summary.batch_id})" if getattr(summary, "batch_id", None) else ""
    st.session_state["bulk-done"] = ("error" if failures else "success", title + batch,
                                     "\n".join([summary.line(), *failures]))
    st.rerun()


def field_edit(ids: list[int]) -> None:
    heading("Change one field")
    name = st.selectbox("Field", [f.name for f in FIELDS], key="bulk-field",
                        format_func=lambda n: FIELDS_BY_NAME[n].label)
    mode = st.radio("How", MODES, key="bulk-mode", format_func=MODE_LABELS.__getitem__,
                    horizontal=True)
    pattern = st.text_input("Find (regular expression)", key="bulk-pattern") \
        if mode == REPLACE else None
    value = st.text_input("Replace with" if mode == REPLACE else "Value", key="bulk-value",
                          help="Several values: separate with ; — codes like =ap= expand")
    if st.button(f"Apply to {len(ids):,} photos", key="bulk-apply", type="primary",
                 disabled=not ids):
        try:
            edit = FieldEdit(name, mode, value, pattern=pattern)
        except MediaManagerError as problem:
            st.session_state["bulk-done"] = ("error", "Not applied", str(problem))
            st.rerun()
        problems = desk.check_changes({name: value}) if mode != REPLACE else []
        if problems:
            st.session_state["bulk-done"] = ("error", "Not applied",
                                             "\n".join(p.message for p in problems))
            st.rerun()
        report(f"{MODE_LABELS[mode]}: {FIELDS_BY_NAME[name].label}",
               desk.bulk_edit(ids, [edit], user=user))


def template_apply(ids: list[int]) -> None:
    heading("Apply a template")
    templates = desk.templates()
    if not templates:
        note("No templates yet: media-manager template add NAME --set FIELD=VALUE")
        return
    picked = table([{"template": t.name, "fields": ", ".join(e.field for e in t.entries),
                     "by": t.user} for t in templates], key="bulk-templates",
                   on_select="rerun", selection_mode="single-row")
    rows = picked.selection.rows if picked is not None else []
    if st.button("Apply the chosen template", key="bulk-template-apply",
                 disabled=not (rows and ids)):
        template = templates[rows[0]]
        report("Template applied", desk.apply_template(template.name, ids, user=user))


def write_selection(ids: list[int]) -> None:
    heading("Write to files")
    truncate = st.checkbox("Cut over-long IIM values (the full text stays in XMP)",
                           key="bulk-truncate")
    if st.button(f"Write {len(ids):,} photos to their files", key="bulk-write",
                 disabled=not ids):
        report("Written", desk.write_back(ids, truncate_iim=truncate))


def batches() -> None:
    heading("Undo a batch")
    recent = desk.recent_batches()
    if not recent:
        note("No batches yet.")
        return
    picked = table([{"batch": b.id, "what": b.kind, "description": b.description,
                     "by": b.user, "when": f"{b.started_at:%Y-%m-%d %H:%M}",
                     "outcome": ", ".join(f"{v} {k}" for k, v in b.counts.items())}
                    for b in recent], key="bulk-batches", on_select="rerun",
                   selection_mode="single-row")
    rows = picked.selection.rows if picked is not None else []
    if st.button("Revert the chosen batch", key="bulk-revert", disabled=not rows):
        report(f"Reverted batch {recent[rows[0]].id}",
               desk.revert_batch(recent[rows[0]].id, user=user))


ids = selection()
heading("Bulk edit")
note(f"{len(ids):,} photos selected")
st.page_link(BROWSE_PAGE, label="Choose photos on the contact sheet", icon=":material/grid_view:",
             query_params=sheet_params())
if "bulk-done" in st.session_state:
    kind, title, detail = st.session_state.pop("bulk-done")
    alert(kind, title, detail)
if ids:
    with st.expander("The selection"):
        table([{"photo": i} for i in ids], key="bulk-selection")
        if st.button("Clear the selection", key="bulk-clear"):
            set_selection([])
            st.rerun()
left, right = st.columns(2)
with left:
    field_edit(ids)
    template_apply(ids)
with right:
    write_selection(ids)
    batches()
