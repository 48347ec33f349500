"""Photo status changes from the wire: superseded by a resend, or killed by the agency.

Each change is a history row (field ``status``) tied to its import batch, so the
photo's history says which import did it and the batch can be undone.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from media_manager.catalog.values import IMPORTED
from media_manager.models import HistoryEntry, Photo, utcnow

ACTIVE, SUPERSEDED, KILLED = "active", "superseded", "killed"
STATUS_FIELD = "status"


def set_status(session: Session, photo: Photo, status: str, note: str, *, batch_id: int | None,
               user: str, superseded_by: int | None = None) -> bool:
    """Set the photo's status with its note; False when it already had that status."""
    if photo.status == status and photo.superseded_by_id == superseded_by:
        return False
    photo.version += 1
    session.add(HistoryEntry(
        photo_id=photo.id, field=STATUS_FIELD, old_value=photo.status, new_value=status,
        old_source=None, new_source=IMPORTED, user=user, version=photo.version,
        batch_id=batch_id))
    photo.status = status
    photo.status_note = note[:2000] if status != ACTIVE else None
    photo.status_batch_id = batch_id if status != ACTIVE else None
    photo.superseded_by_id = superseded_by
    photo.updated_at = utcnow()
    return True
