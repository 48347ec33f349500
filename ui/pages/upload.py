"""Upload: drop pictures; they are stored under safe names in the data folder's upload
folder, then catalogued with a progress bar and the outcome summary."""

from __future__ import annotations

import os

import streamlit as st
from desk import catalog, editor
from literal import alert, heading, note, table

from media_manager.catalog.desk_jobs import UPLOAD_TYPES
from media_manager.errors import MediaManagerError

LIMIT_ENV = "MEDIA_MANAGER_UPLOAD_MB"
desk = catalog()
user = editor()
limit_mb = int(os.environ.get(LIMIT_ENV, "200") or 200)

heading("Upload pictures")
note(f"JPEG, TIFF, PNG, WebP or HEIC, up to {limit_mb:,} MB each.")
files = st.file_uploader("Pictures", type=list(UPLOAD_TYPES), accept_multiple_files=True,
                         key="upload-files", max_upload_size=limit_mb)
if st.button("Catalogue them", key="upload-ingest", type="primary", disabled=not files):
    stored, refused = [], []
    for upload in files or []:
        try:
            stored.append(desk.receive_upload(upload.name, upload.getvalue(),
                                              max_bytes=limit_mb * 1024 * 1024))
        except MediaManagerError as problem:
            refused.append({"file": upload.name, "outcome": "failed", "reason": str(problem)})
    bar = st.progress(0.0, text="Reading the pictures")
    done = [0]

    def step(_task: object) -> None:
        done[0] += 1
        bar.progress(min(1.0, done[0] / max(1, len(stored))), text="Reading the pictures")

    summary = desk.ingest_uploads(stored, user=user, progress=step) if stored else None
    bar.progress(1.0, text="Done")
    outcome = (summary.line() if summary else "nothing stored")
    alert("error" if refused or (summary and summary.errors) else "success",
          "Upload catalogued", outcome)
    table(refused + [{"file": e["path"], "outcome": "failed", "reason": e["reason"]}
                     for e in (summary.errors if summary else [])], key="upload-outcomes")
