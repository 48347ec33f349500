"""Photo status changes from the wire: superseded by a resend, or killed by the agency.

Each change is a history row (field ``status``) tied to its import batch, so the
photo's history says which import did it and the batch can be undone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from media_manager.catalog.values import IMPORTED
from media_manager.models import HistoryEntry, Photo, utcnow

ACTIVE, SUPERSEDED, KILLED = "active", "superseded", "killed"
STATUS_FIELD = "status"


def set_status(session: Session, photo: Photo, status: str, note: str, *, batch_id: int | None,
               user: str, superseded_by: int | None = None) -> bool:
    """Set the photo's status with its note; False when it already had that status."""
    row = status_change(photo, status, note, batch_id=batch_id, user=user,
                        superseded_by=superseded_by)
    if row is not None:
        session.add(HistoryEntry(**row))
    return row is not None


def status_change(photo: Any, status: str, note: str, *, batch_id: int | None, user: str,
                  superseded_by: int | None = None) -> dict[str, Any] | None:
    """:func:`set_status` in memory: the photo (a :class:`Photo` or any object with its
    status columns) takes the status; returns its history row, None when nothing changed."""
    if photo.status == status and photo.superseded_by_id == superseded_by:
        return None
    photo.version += 1
    row = {"photo_id": photo.id, "field": STATUS_FIELD, "old_value": photo.status,
           "new_value": status, "old_source": None, "new_source": IMPORTED, "user": user,
           "at": utcnow(), "version": photo.version, "batch_id": batch_id}
    photo.status = status
    photo.status_note = note[:2000] if status != ACTIVE else None
    photo.status_batch_id = batch_id if status != ACTIVE else None
    photo.superseded_by_id = superseded_by
    photo.updated_at = utcnow()
    return row
