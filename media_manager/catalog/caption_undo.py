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
    by_photo: dict[int, list[HistoryEntry]] = {}
    for row in rows:  # newest first, and so within each photo
        by_photo.setdefault(row.photo_id, []).append(row)
    for photo_id, photo_rows in by_photo.items():
        _revert_photo(session, photo_id, photo_rows, summary, user)
    session.execute(update(ReviewItem).where(
        ReviewItem.batch_id == batch_id, ReviewItem.status == "open").values(status="undone"))
    session.execute(delete(WireItem).where(WireItem.batch_id == batch_id))
    batch.counts = {**(batch.counts or {}), "undone_by": undo.id}
    undo.counts = {"reverted": summary.reverted, "kept": len(summary.kept)}
    undo.finished_at = utcnow()
    return summary


def _revert_photo(session: Session, photo_id: int, rows: list[HistoryEntry],
                  summary: UndoSummary, user: str) -> None:
    """One photo's rows of the batch, newest first: the photo is claimed and its values read
    once, and its field changes go back together (a field the batch set twice, in turn)."""
    photo = claim(session, photo_id, None)
    current = None
    pending: list[Change] = []

    def write_pending() -> None:
        if pending:
            assert current is not None
            apply_changes(session, photo, current, list(pending), user=user,
                          batch_id=summary.undo_batch_id, force=True)
            photo.unwritten = True
            pending.clear()

    for row in rows:
        if row.field == STATUS_FIELD:
            write_pending()
            if photo.status != row.new_value:
                summary.kept.append(f"photo {photo_id} status: now {photo.status}")
                continue
            set_status(session, photo, row.old_value or ACTIVE, f"undo of batch {row.batch_id}",
                       batch_id=summary.undo_batch_id, user=user)
        else:
            if any(change.name == row.field for change in pending):
                write_pending()  # the batch set this field twice: undo the later one first
            if current is None:
                current = load_values(session, photo_id)
            if current.fields.get(row.field) != row.new_value:
                summary.kept.append(f"photo {photo_id} {row.field}: changed since the import")
                continue
            pending.append(Change(row.field, row.old_value, row.old_source or IMPORTED,
                                  f"undo of batch {row.batch_id}"))
        summary.reverted += 1
        summary.photos.add(photo_id)
    write_pending()
