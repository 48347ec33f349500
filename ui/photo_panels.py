"""The photo page's panels beside the form: preview, suggestions to accept, the
linter's findings by field, where each value came from, history with word diffs and
revert, and writing to the file after a dry run."""

from __future__ import annotations

import streamlit as st
from literal import alert, as_text, heading, lines, note, table, text

from media_manager.catalog.desk_jobs import word_diff
from media_manager.catalog.operations import SET, FieldEdit
from media_manager.catalog.queries import PhotoRecord
from media_manager.catalog.service import Catalog
from media_manager.errors import MediaManagerError
from media_manager.fields import FIELDS, FIELDS_BY_NAME

PARSED = "parsed"
WRITE_PLAN = "write-planned"


def preview(desk: Catalog, record: PhotoRecord) -> None:
    """The 1600-px preview from the thumbnail store (held in memory once read), shown at
    its own width, capped by the column, so Streamlit never resizes nor re-encodes it."""
    data = desk.preview_image(record.id, record.thumbnail)
    if data:
        st.image(data, width=image_width(data))
    else:
        text("(no preview yet: run media-manager thumbnails)")


def image_width(data: bytes) -> int:
    """A JPEG's width in pixels, from its header (Streamlit would resize anything shown
    wider than 1460 px on every rerun, so the preview is given its own width)."""
    from io import BytesIO

    from PIL import Image

    with Image.open(BytesIO(data)) as image:
        return image.width


def findings_by_field(desk: Catalog, record: PhotoRecord) -> dict[str, list[str]]:
    """The linter's messages keyed by the field they concern (the caption by default)."""
    found: dict[str, list[str]] = {}
    for finding in desk.lint([record.id])[0].findings:
        name = finding.get("field") or "description"
        if name not in FIELDS_BY_NAME:
            name = "description"
        found.setdefault(name, []).append(f"{finding['rule_id']}: {finding['message']}")
    return found


def accept(desk: Catalog, record: PhotoRecord, user: str, names: list[str]) -> None:
    edits = [FieldEdit(name, SET, record.fields.get(name)) for name in names]
    try:
        version = desk.edit(record.id, edits, user=user, expected_version=record.version)
    except MediaManagerError as problem:
        st.session_state["panel-problem"] = str(problem)
        return
    st.session_state["saved"] = f"Accepted {', '.join(names)} as version {version}."
    st.session_state.pop("editing", None)


def suggestions(desk: Catalog, record: PhotoRecord, user: str) -> None:
    """Values parsed from the caption, shown apart, each with one-click accept."""
    names = [s.name for s in FIELDS if record.values.sources.get(s.name) == PARSED]
    if not names:
        return
    heading("Suggested from the caption")
    for name in names:
        left, right = st.columns([4, 1], vertical_alignment="center")
        with left:
            text(f"{FIELDS_BY_NAME[name].label}: {as_text(record.fields.get(name))}")
        right.button("Accept", key=f"accept-{name}", on_click=accept,
                     args=(desk, record, user, [name]))
    st.button("Accept all suggestions", key="accept-all", on_click=accept,
              args=(desk, record, user, names))


def sources(record: PhotoRecord) -> None:
    rows = [{"field": spec.label, "source": record.values.sources.get(spec.name, ""),
             "from": record.values.origins.get(spec.name, "")}
            for spec in FIELDS if spec.name in record.values.sources]
    table(rows, key="sources")


def revert(desk: Catalog, record: PhotoRecord, user: str, field: str, entry: int) -> None:
    try:
        version = desk.revert(record.id, field, entry, user=user, before=True,
                              expected_version=record.version)
    except MediaManagerError as problem:
        st.session_state["panel-problem"] = str(problem)
        return
    st.session_state["saved"] = f"Reverted {field} (entry #{entry}) as version {version}."
    st.session_state.pop("editing", None)


def history(desk: Catalog, record: PhotoRecord, user: str) -> None:
    """Every change, newest first, as a word diff, with a revert button per entry."""
    rows = list(reversed(desk.history(record.id)))[:50]
    if not rows:
        text("No changes since the photo was catalogued.")
        return
    for row in rows:
        left, right = st.columns([6, 1], vertical_alignment="center")
        with left:
            lines([f"#{row.id} · {row.field} · v{row.version} · {row.user} · "
                   f"{row.at:%Y-%m-%d %H:%M}" + (f" · batch {row.batch_id}"
                                                 if row.batch_id else ""),
                   word_diff(row.old_value, row.new_value)])
        right.button("Revert", key=f"revert-{row.id}", on_click=revert,
                     args=(desk, record, user, row.field, row.id),
                     help="Set this field back to its value before this change")


def write_panel(desk: Catalog, record: PhotoRecord) -> None:
    """Dry run first (the before → after table per store), then write on request."""
    truncate = st.checkbox("Cut over-long IIM values (the full text stays in XMP)",
                           key="write-truncate")
    if st.button("Write to file…", key="write-plan"):
        summary = desk.write_back([record.id], dry_run=True, truncate_iim=truncate)
        st.session_state[WRITE_PLAN] = (record.id, summary.plans.get(record.id, []),
                                        [o.reason for o in summary.failures])
    plan = st.session_state.get(WRITE_PLAN)
    if plan and plan[0] == record.id:
        _, changes, failures = plan
        if failures:
            alert("error", "The file cannot be written", "\n".join(map(as_text, failures)))
        elif not changes:
            note("The file already holds these values.")
        else:
            table([{"field": c.field, "store": c.store, "before": as_text(c.before),
                    "after": as_text(c.after)} for c in changes], key="write-diff")
            if st.button("Write these changes", key="write-now", type="primary"):
                done = desk.write_back([record.id], truncate_iim=truncate)
                st.session_state.pop(WRITE_PLAN, None)
                st.session_state["written"] = (done.line(),
                                               [o.reason or "" for o in done.failures])
                st.rerun()
    if "written" in st.session_state:
        line, failures = st.session_state.pop("written")
        alert("error" if failures else "success", "Write to file", "\n".join([line, *failures]))
