"""Desk jobs the browser UI needs beyond single edits: word diffs of history entries,
reverting a whole batch, recent batches, and receiving uploaded pictures.

Uploaded names are reduced to safe letters so nothing is ever written outside the
upload folder; a name that exists already gets a numbered twin, never an overwrite.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.edits import edit_one, finish_batch, start_batch
from media_manager.catalog.operations import SET, FieldEdit
from media_manager.catalog.results import JobSummary, PhotoOutcome
from media_manager.errors import BadEdit
from media_manager.models import Batch, HistoryEntry

UPLOAD_TYPES = ("jpg", "jpeg", "tif", "tiff", "png", "webp", "heic", "heif")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def word_diff(old: Any, new: Any) -> str:
    """``old → new`` word by word: removed words as ``[-…-]``, added ones as ``{+…+}``."""
    before, after = _words(old), _words(new)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(" ".join(before[a1:a2]))
            continue
        if a2 > a1:
            parts.append("[-" + " ".join(before[a1:a2]) + "-]")
        if b2 > b1:
            parts.append("{+" + " ".join(after[b1:b2]) + "+}")
    return " ".join(p for p in parts if p)


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return str(value).split()


@dataclass
class BatchInfo:
    id: int
    kind: str
    user: str
    description: str
    started_at: datetime
    counts: dict[str, Any]


def recent_batches(session: Session, limit: int = 20) -> list[BatchInfo]:
    """The latest batches that changed values (edits, templates, reverts), newest first."""
    rows = session.scalars(select(Batch).where(Batch.kind != "ingest")
                           .order_by(Batch.id.desc()).limit(limit))
    return [BatchInfo(b.id, b.kind, b.user, b.description, b.started_at, dict(b.counts or {}))
            for b in rows]


def revert_batch(sessions: sessionmaker, batch_id: int, *, user: str) -> JobSummary:
    """Every field a batch changed back to its value before the batch, as a new batch."""
    with sessions() as session:
        if session.get(Batch, batch_id) is None:
            raise BadEdit(f"no batch {batch_id}")
        entries = session.scalars(select(HistoryEntry).where(HistoryEntry.batch_id == batch_id)
                                  .order_by(HistoryEntry.id)).all()
        before: dict[int, dict[str, Any]] = {}
        for entry in entries:
            before.setdefault(entry.photo_id, {}).setdefault(entry.field, entry.old_value)
    summary = JobSummary(batch_id=start_batch(sessions, "revert", user,
                                              f"revert batch {batch_id}"))
    for photo_id, values in before.items():
        summary.add(_revert_photo(sessions, photo_id, values, user, summary.batch_id))
    finish_batch(sessions, summary)
    return summary


def _revert_photo(sessions: sessionmaker, photo_id: int, values: dict[str, Any], user: str,
                  batch_id: int | None) -> PhotoOutcome:
    planned = [FieldEdit(name, SET, value) for name, value in values.items()]
    return edit_one(sessions, photo_id, planned, user=user, expand=None, batch_id=batch_id,
                    origin=f"{user}: revert batch")


def safe_name(name: str) -> str:
    """An uploaded file's name reduced to a plain file name in the upload folder."""
    base = unicodedata.normalize("NFKD", name.replace("\\", "/").rsplit("/", 1)[-1])
    base = base.encode("ascii", "ignore").decode("ascii")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:100] or "upload"
    extension = _UNSAFE.sub("", extension).lower()[:8]
    return f"{stem}.{extension}" if extension else stem


def receive_upload(folder: Path, name: str, data: bytes, *, max_bytes: int) -> Path:
    """Store one uploaded picture in ``folder``; refuses other types and oversize files."""
    clean = safe_name(name)
    extension = clean.rpartition(".")[2].lower() if "." in clean else ""
    if extension not in UPLOAD_TYPES:
        raise BadEdit(f"{clean}: not a picture type the desk takes "
                      f"({', '.join(UPLOAD_TYPES)})")
    if len(data) > max_bytes:
        raise BadEdit(f"{clean}: {len(data):,} bytes, over the upload limit of {max_bytes:,}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / clean
    stem, _, ext = clean.rpartition(".")
    number = 1
    while target.exists():
        target = folder / f"{stem}-{number}.{ext}"
        number += 1
    if target.resolve().parent != folder.resolve():
        raise BadEdit(f"{name!r}: would be written outside the upload folder")
    with open(target, "xb") as out:
        out.write(data)
    return target


def upload_folder(data_dir: Path) -> Path:
    """Today's upload folder under the data folder."""
    return data_dir / "uploads" / datetime.now(UTC).strftime("%Y-%m-%d")
