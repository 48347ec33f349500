"""Desk edits: one save path with conflict detection, history, revert and bulk edits.

Every save claims the photo first with one conditional UPDATE
(``... WHERE id = :id AND version = :expected``): on PostgreSQL it takes the row
lock, on SQLite the database write lock, so of two editors saving from the same
version exactly one matches; the other sees 0 rows and is told who changed which
fields since. Values then change through :func:`values.apply_changes`, which
writes the history rows and bumps the version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.operations import SET, FieldEdit, expand_value, known_field
from media_manager.catalog.results import FAILED, UNCHANGED, UPDATED, JobSummary, PhotoOutcome
from media_manager.catalog.values import (
    MANUAL,
    PARSED,
    Change,
    PhotoValues,
    Value,
    apply_changes,
    load_values,
)
from media_manager.errors import BadEdit, EditConflict, MediaManagerError, PhotoNotFound
from media_manager.models import Batch, BatchItem, HistoryEntry, Photo, utcnow

Expand = Callable[[str], str]
#: Edits, or a function that makes them from the photo's current values (templates).
Edits = Sequence[FieldEdit] | Callable[[PhotoValues], Sequence[FieldEdit]]


@dataclass
class EditResult:
    """The photo's version after a save and the fields that really changed."""

    photo_id: int
    version: int
    changed: list[str] = field(default_factory=list)


@dataclass
class HistoryRow:
    """One history entry as the desk sees it."""

    id: int
    field: str
    old_value: Any
    new_value: Any
    old_source: str | None
    new_source: str | None
    user: str
    at: datetime
    version: int
    batch_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {**vars(self), "at": self.at.isoformat()}


def claim(session: Session, photo_id: int, expected_version: int | None) -> Photo:
    """Lock the photo for this transaction if it is still at ``expected_version``."""
    query = update(Photo).where(Photo.id == photo_id).values(version=Photo.version)
    if expected_version is not None:
        query = query.where(Photo.version == expected_version)
    result = session.execute(query.execution_options(synchronize_session=False))
    matched = result.rowcount  # type: ignore[attr-defined]  # a CursorResult for an UPDATE
    if matched != 1:
        if session.get(Photo, photo_id) is None:
            raise PhotoNotFound(photo_id)
        assert expected_version is not None
        raise EditConflict(photo_id, expected_version,
                           changes_since(session, photo_id, expected_version))
    photo = session.get(Photo, photo_id, populate_existing=True)
    assert photo is not None
    return photo


def changes_since(session: Session, photo_id: int, version: int) -> str:
    """'description, city by anna at 2026-11-24 14:02' for every change after ``version``."""
    rows = session.execute(
        select(HistoryEntry.field, HistoryEntry.user, HistoryEntry.at)
        .where(HistoryEntry.photo_id == photo_id, HistoryEntry.version > version)
        .order_by(HistoryEntry.id)).all()
    by_user: dict[str, tuple[list[str], datetime]] = {}
    for name, user, at in rows:
        fields, _ = by_user.setdefault(user, ([], at))
        if name not in fields:
            fields.append(name)
        by_user[user] = (fields, at)
    if not by_user:
        current = session.scalar(select(Photo.version).where(Photo.id == photo_id))
        return f"it is now at version {current}"
    return "; ".join(f"{', '.join(fields)} by {user} at {at:%Y-%m-%d %H:%M}"
                     for user, (fields, at) in by_user.items())


def edit(session: Session, photo_id: int, edits: Edits, *, user: str,
         expected_version: int | None = None, batch_id: int | None = None,
         expand: Expand | None = None, origin: str | None = None) -> EditResult:
    """Apply ``edits`` as the desk's (manual) values; refuse a save from a stale version.

    Setting a parsed suggestion to its own value accepts it: it becomes manual.
    The caller commits; when nothing changed it may simply roll back.
    """
    photo = claim(session, photo_id, expected_version)
    current = load_values(session, photo_id)
    planned = edits(current) if callable(edits) else edits
    changes = planned_changes(current, planned, expand, origin or user)
    changed = apply_changes(session, photo, current, changes, user=user, batch_id=batch_id,
                            force=True)
    if changed:
        photo.unwritten = True
    return EditResult(photo_id, photo.version, changed)


def planned_changes(current: PhotoValues, edits: Sequence[FieldEdit], expand: Expand | None,
                    origin: str) -> list[Change]:
    """The manual Changes ``edits`` make to ``current`` values (several edits to one field
    compose, in order); code replacements are expanded in the values that change."""
    working: dict[str, Value] = dict(current.fields)
    touched: list[str] = []
    for item in edits:
        suggestion = current.sources.get(item.name) == PARSED
        working[item.name] = item.apply(working.get(item.name), current_is_suggestion=suggestion)
        if item.name not in touched:
            touched.append(item.name)
    changes = []
    for name in touched:
        value = expand_value(working.get(name), expand)
        same = value == current.fields.get(name)
        if same and (value is None or current.sources.get(name) != PARSED):
            continue
        changes.append(Change(name, value, MANUAL, origin))
    return changes


def revert(session: Session, photo_id: int, field_name: str, history_id: int, *, user: str,
           before: bool = False, expected_version: int | None = None) -> EditResult:
    """Set ``field_name`` back to the value history entry ``history_id`` gave it
    (or, with ``before``, the value that entry replaced)."""
    entry = session.get(HistoryEntry, history_id)
    if entry is None or entry.photo_id != photo_id:
        raise BadEdit(f"photo {photo_id} has no history entry {history_id}")
    if entry.field != field_name:
        raise BadEdit(f"history entry {history_id} changed {entry.field}, not {field_name}")
    value = entry.old_value if before else entry.new_value
    return edit(session, photo_id, [FieldEdit(field_name, SET, value)], user=user,
                expected_version=expected_version, origin=f"{user}: revert to #{history_id}")


def history(session: Session, photo_id: int, field_name: str | None = None) -> list[HistoryRow]:
    """Every change of the photo (or of one field), oldest first; an unknown field is refused."""
    if field_name is not None:
        known_field(field_name)
    if session.get(Photo, photo_id) is None:
        raise PhotoNotFound(photo_id)
    query = select(HistoryEntry).where(HistoryEntry.photo_id == photo_id)
    if field_name:
        query = query.where(HistoryEntry.field == field_name)
    return [HistoryRow(e.id, e.field, e.old_value, e.new_value, e.old_source, e.new_source,
                       e.user, e.at, e.version, e.batch_id)
            for e in session.scalars(query.order_by(HistoryEntry.id))]


def bulk_edit(sessions: sessionmaker, photo_ids: Sequence[int], edits: Edits, *,
              user: str, expand: Expand | None = None, kind: str = "edit",
              description: str = "") -> JobSummary:
    """The same edits on a selection, one transaction per photo, as one batch in history.

    A photo that cannot be changed ends as failed with its reason; the rest go on.
    """
    summary = JobSummary(batch_id=start_batch(sessions, kind, user, description))
    for photo_id in photo_ids:
        summary.add(edit_one(sessions, photo_id, edits, user=user, expand=expand,
                             batch_id=summary.batch_id))
    finish_batch(sessions, summary)
    return summary


def edit_one(sessions: sessionmaker, photo_id: int, edits: Edits, *, user: str,
             expand: Expand | None, batch_id: int | None,
             origin: str | None = None) -> PhotoOutcome:
    """One photo's edits in its own transaction, ended as updated, unchanged or failed."""
    with sessions() as session:
        try:
            result = edit(session, photo_id, edits, user=user, batch_id=batch_id, expand=expand,
                          origin=origin)
        except MediaManagerError as problem:
            session.rollback()
            return PhotoOutcome(photo_id, FAILED, str(problem))
        if not result.changed:
            session.rollback()
            return PhotoOutcome(photo_id, UNCHANGED, version=result.version)
        session.commit()
        return PhotoOutcome(photo_id, UPDATED, version=result.version, fields=result.changed)


def start_batch(sessions: sessionmaker, kind: str, user: str, description: str) -> int:
    with sessions.begin() as session:
        batch = Batch(kind=kind, user=user, description=description)
        session.add(batch)
        session.flush()
        return batch.id


def finish_batch(sessions: sessionmaker, summary: JobSummary) -> None:
    """Record each photo's outcome and the counts on the batch."""
    with sessions.begin() as session:
        batch = session.get(Batch, summary.batch_id)
        assert batch is not None
        batch.finished_at, batch.counts = utcnow(), summary.counts()
        paths = dict(session.execute(select(Photo.id, Photo.path).where(
            Photo.id.in_([o.photo_id for o in summary.outcomes]))).all())
        session.add_all(
            BatchItem(batch_id=batch.id, path=o.path or paths.get(o.photo_id, f"#{o.photo_id}"),
                      outcome=o.outcome, reason=o.reason,
                      photo_id=o.photo_id if o.photo_id in paths else None)
            for o in summary.outcomes)
