"""Undoing one caption import batch: every value and status it set goes back.

Each history row of the batch is reverted, newest first, as a change of a new
``undo`` batch (so the undo itself is in the history); a field the desk changed
again after the import is left alone and reported. The batch's open review items
are closed and its NewsML-G2 items forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from media_manager.catalog.edits import claim
from media_manager.catalog.photo_status import ACTIVE, STATUS_FIELD, set_status
from media_manager.catalog.values import IMPORTED, Change, apply_changes, load_values
from media_manager.errors import BadEdit
from media_manager.models import Batch, HistoryEntry, ReviewItem, WireItem, utcnow

UNDO_KIND = "undo"


@dataclass
class UndoSummary:
    batch_id: int
    undo_batch_id: int
    reverted: int = 0
    photos: set[int] = field(default_factory=set)
    kept: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"batch {self.batch_id} undone as batch {self.undo_batch_id}: {self.reverted} "
                f"changes reverted on {len(self.photos)} photos, {len(self.kept)} kept")

    def to_json(self) -> dict[str, object]:
        return {"batch": self.batch_id, "undo_batch": self.undo_batch_id,
                "reverted": self.reverted, "photos": sorted(self.photos), "kept": self.kept}


def undo_batch(session: Session, batch_id: int, *, user: str) -> UndoSummary:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise BadEdit(f"no batch {batch_id}")
    if batch.kind != "caption-import":
        raise BadEdit(f"batch {batch_id} is a {batch.kind}, not a caption import")
    if (batch.counts or {}).get("undone_by"):
        raise BadEdit(f"batch {batch_id} was already undone by batch {batch.counts['undone_by']}")
    undo = Batch(kind=UNDO_KIND, user=user, description=f"undo batch {batch_id}")
    session.add(undo)
    session.flush()
    summary = UndoSummary(batch_id, undo.id)
    rows = session.scalars(select(HistoryEntry).where(HistoryEntry.batch_id == batch_id)
                           .order_by(HistoryEntry.id.desc())).all()
    for row in rows:
        _revert(session, row, summary, user)
    session.execute(update(ReviewItem).where(
        ReviewItem.batch_id == batch_id, ReviewItem.status == "open").values(status="undone"))
    session.execute(delete(WireItem).where(WireItem.batch_id == batch_id))
    batch.counts = {**(batch.counts or {}), "undone_by": undo.id}
    undo.counts = {"reverted": summary.reverted, "kept": len(summary.kept)}
    undo.finished_at = utcnow()
    return summary


def _revert(session: Session, row: HistoryEntry, summary: UndoSummary, user: str) -> None:
    photo = claim(session, row.photo_id, None)
    if row.field == STATUS_FIELD:
        if photo.status != row.new_value:
            summary.kept.append(f"photo {row.photo_id} status: now {photo.status}")
            return
        set_status(session, photo, row.old_value or ACTIVE, f"undo of batch {row.batch_id}",
                   batch_id=summary.undo_batch_id, user=user)
    else:
        current = load_values(session, row.photo_id)
        if current.fields.get(row.field) != row.new_value:
            summary.kept.append(f"photo {row.photo_id} {row.field}: changed since the import")
            return
        change = Change(row.field, row.old_value, row.old_source or IMPORTED,
                        f"undo of batch {row.batch_id}")
        apply_changes(session, photo, current, [change], user=user,
                      batch_id=summary.undo_batch_id, force=True)
        photo.unwritten = True
    summary.reverted += 1
    summary.photos.add(row.photo_id)
