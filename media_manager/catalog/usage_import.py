"""Import uses in bulk from a CSV: one use per row; a bad row is reported with its line.

Columns: ``filename`` (or ``photo`` / ``job_id``), ``story``, ``publication``, ``date`` and
optionally ``page``, ``url``, ``credit``. UTF-8 (with or without BOM) or Excel's cp1252;
comma, semicolon or tab separated. Importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.usage import (
    ADDED,
    ANY,
    DUPLICATE,
    FILENAME,
    JOB_ID,
    BadUse,
    UseRequest,
    checked,
    known_keys,
    new_use,
    parse_date,
    resolve_photos,
    use_key,
)
from media_manager.models import Batch, BatchItem, utcnow

REFERENCE_COLUMNS = (("filename", FILENAME), ("photo", ANY), ("job_id", JOB_ID))
REQUIRED = ("story", "publication", "date")


@dataclass
class UseImportSummary:
    """What an import did: counts, and one (line, reason) per row that failed."""

    added: int = 0
    duplicate: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    batch_id: int | None = None

    @property
    def failed(self) -> int:
        return len(self.errors)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "duplicate": self.duplicate, "failed": self.failed,
                "errors": [{"line": line, "reason": reason} for line, reason in self.errors],
                "batch_id": self.batch_id}


def read_csv_text(path: Path) -> str:
    """The file's text: UTF-8 (BOM dropped), else cp1252 as Excel writes it."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x00", "\ufffd")


def csv_rows(text: str, name: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, row with lower-case column names) for each data row."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in columns]
    if not any(c in columns for c, _ in REFERENCE_COLUMNS):
        missing.insert(0, "filename (or photo, job_id)")
    if missing:
        raise BadUse(f"{name}: missing column(s): {', '.join(missing)}")
    reader.fieldnames = columns
    rows = []
    for row in reader:
        cleaned = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        if any(cleaned.values()):
            rows.append((reader.line_num, cleaned))
    return rows


def request_of(row: dict[str, str]) -> UseRequest:
    """The use one row asks for; refused (BadUse) when something is missing or wrong."""
    reference = next(((row[c], how) for c, how in REFERENCE_COLUMNS if row.get(c)), None)
    if reference is None:
        raise BadUse("no photo given (filename, photo or job_id)")
    if not row.get("date"):
        raise BadUse("no date given")
    return checked(UseRequest(
        photo=reference[0], refers_by=reference[1], story=row.get("story", ""),
        publication=row.get("publication", ""), used_on=parse_date(row["date"]),
        page=row.get("page", ""), url=row.get("url", ""), credit=row.get("credit") or None))


def import_uses(sessions: sessionmaker, path: Path, *, user: str) -> UseImportSummary:
    """Record every good row of the CSV at ``path`` as one batch; report the bad ones."""
    rows = csv_rows(read_csv_text(path), path.name)
    summary = UseImportSummary()
    requests: list[tuple[int, UseRequest]] = []
    for line, row in rows:
        try:
            requests.append((line, request_of(row)))
        except BadUse as problem:
            summary.errors.append((line, str(problem)))
    with sessions.begin() as session:
        batch = Batch(kind="use-import", user=user, description=str(path))
        session.add(batch)
        session.flush()
        summary.batch_id = batch.id
        _store(session, requests, summary, batch, user=user)
        summary.errors.sort()
        session.add_all(BatchItem(batch_id=batch.id, path=f"{path}:{line}", outcome="failed",
                                  reason=reason) for line, reason in summary.errors)
        batch.counts = {ADDED: summary.added, DUPLICATE: summary.duplicate,
                        "failed": summary.failed}
        batch.finished_at = utcnow()
    return summary


def _store(session: Session, requests: list[tuple[int, UseRequest]],
           summary: UseImportSummary, batch: Batch, *, user: str) -> None:
    photos = resolve_photos(session, {(r.photo, r.refers_by) for _, r in requests})
    planned: dict[str, tuple[int, int, UseRequest]] = {}
    for line, request in requests:
        photo = photos[(request.photo, request.refers_by)]
        if isinstance(photo, str):
            summary.errors.append((line, photo))
            continue
        key = use_key(photo, request)
        if key in planned:
            summary.duplicate += 1
            continue
        planned[key] = (line, photo, request)
    known = known_keys(session, list(planned))
    summary.duplicate += len(known)
    for key, (_line, photo, request) in planned.items():
        if key not in known:
            session.add(new_use(photo, request, user=user, batch_id=batch.id))
            summary.added += 1
