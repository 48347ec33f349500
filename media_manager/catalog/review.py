"""The review queue: imported captions the pairing was not sure of, for the desk to decide.

Accepting applies the caption to the photo the desk picked (the best candidate
by default) as part of the item's own import batch, so undoing that batch undoes
it too; rejecting applies nothing. Either way the item is closed with who and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.catalog.caption_apply import Diff, apply_pairing
from media_manager.catalog.pairing import Candidate, Pairing
from media_manager.errors import BadEdit, PhotoNotFound
from media_manager.models import Photo, ReviewItem, utcnow
from media_manager.wire.record import CaptionRecord

OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"


@dataclass
class ReviewEntry:
    """A review item as the desk sees it."""

    id: int
    batch_id: int
    source: str
    status: str
    reason: str
    record: CaptionRecord
    candidates: list[dict[str, Any]]
    photo_id: int | None

    @property
    def caption(self) -> str:
        return self.record.caption

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "batch": self.batch_id, "source": self.source,
                "status": self.status, "reason": self.reason, "caption": self.caption,
                "fields": self.record.fields, "action": self.record.action,
                "candidates": self.candidates, "photo_id": self.photo_id}


def _entry(item: ReviewItem) -> ReviewEntry:
    return ReviewEntry(item.id, item.batch_id, item.source, item.status, item.reason,
                       CaptionRecord.from_json(item.record), list(item.candidates or []),
                       item.photo_id)


def review_items(session: Session, *, status: str | None = OPEN) -> list[ReviewEntry]:
    query = select(ReviewItem).order_by(ReviewItem.id)
    if status:
        query = query.where(ReviewItem.status == status)
    return [_entry(item) for item in session.scalars(query)]


def _open_item(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise BadEdit(f"no review item {item_id}")
    if item.status != OPEN:
        raise BadEdit(f"review item {item_id} is already {item.status}")
    return item


def accept(session: Session, item_id: int, *, user: str, photo_id: int | None = None,
           force: bool = False) -> tuple[int, Diff]:
    """Apply the item's caption to ``photo_id`` (default: its best candidate)."""
    item = _open_item(session, item_id)
    candidates = list(item.candidates or [])
    if photo_id is None:
        if not candidates:
            raise BadEdit(f"review item {item_id} has no candidate photo: name one with --photo")
        photo_id = int(candidates[0]["photo_id"])
    if session.get(Photo, photo_id) is None:
        raise PhotoNotFound(photo_id)
    chosen = next((c for c in candidates if c["photo_id"] == photo_id), None)
    pairing = Pairing(CaptionRecord.from_json(item.record), [Candidate(
        photo_id, chosen["score"] if chosen else 0.0, chosen["parts"] if chosen else {})])
    diff = apply_pairing(session, pairing, photo_id, batch_id=item.batch_id, user=user,
                         force=force)
    _close(item, ACCEPTED, user, photo_id)
    return photo_id, diff


def reject(session: Session, item_id: int, *, user: str) -> None:
    _close(_open_item(session, item_id), REJECTED, user, None)


def _close(item: ReviewItem, status: str, user: str, photo_id: int | None) -> None:
    item.status, item.resolved_by, item.resolved_at = status, user, utcnow()
    item.photo_id = photo_id
