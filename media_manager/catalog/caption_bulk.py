"""Applying a chunk of paired captions in a few statements instead of a few per caption.

The import's fast path. A chunk's photos are claimed with one UPDATE (the row locks
on PostgreSQL, the write lock on SQLite, as :func:`edits.claim` takes them one by
one), their columns and values read with one query each; every caption is then
planned in memory, in order, by :func:`caption_apply.plan_pairing` (the same rules
as applying one caption: the source rule, ``--force``, history rows, kills and
supersedes); a caption that fails leaves no trace in the plan. Then the chunk is
written: one DELETE and one INSERT of field rows, one INSERT of history rows, one
UPDATE of photos, the search index rows of the photos whose values changed, the
NewsML-G2 items and the review queue's new items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from media_manager.catalog.caption_apply import Diff, plan_pairing
from media_manager.catalog.pairing import REVIEW, STRONG, Pairing
from media_manager.catalog.search_index import document
from media_manager.catalog.values import PhotoValues, field_rows, values_from_rows
from media_manager.errors import MediaManagerError
from media_manager.models import (
    FieldValue,
    HistoryEntry,
    Photo,
    PhotoSearch,
    ReviewItem,
    WireItem,
    utcnow,
)

FIELD_VALUES, HISTORY, PHOTOS, SEARCH_ROWS, WIRE_ITEMS, REVIEW_ITEMS = (
    cast(Table, model.__table__)
    for model in (FieldValue, HistoryEntry, Photo, PhotoSearch, WireItem, ReviewItem))
#: The photo columns planning reads and may change.
CHANGING = ("version", "search_text", "updated_at", "unwritten", "status", "status_note",
            "status_batch_id", "superseded_by_id")


@dataclass
class PhotoRow:
    """A claimed photo's columns as plain values: planning changes them in memory."""

    id: int
    version: int
    search_text: str
    updated_at: datetime
    unwritten: bool
    status: str
    status_note: str | None
    status_batch_id: int | None
    superseded_by_id: int | None
    date_time_original: str | None
    added_at: datetime


@dataclass
class Applied:
    """One caption's result: its diff, or why it failed."""

    diff: Diff = field(default_factory=dict)
    failure: str = ""


@dataclass
class ChunkWrites:
    """The rows a chunk's plans add up to."""

    history: list[dict[str, Any]] = field(default_factory=list)
    fields: set[tuple[int, str]] = field(default_factory=set)
    dirty: set[int] = field(default_factory=set)
    reindexed: set[int] = field(default_factory=set)
    wire_items: list[dict[str, Any]] = field(default_factory=list)
    review_items: list[dict[str, Any]] = field(default_factory=list)


def apply_chunk(session: Session, pairings: list[Pairing], *, batch_id: int, user: str,
                force: bool) -> list[Applied]:
    """Apply the chunk's strong pairings and queue its review ones; one result each."""
    targets = [t for p in pairings if p.recommendation == STRONG and p.best
               for t in (p.best.photo_id, *p.superseded)]
    photos = claim_photos(session, targets)
    values = values_of(session, strong_photos(pairings))
    writes = ChunkWrites()
    results = [_plan_one(pairing, photos, values, writes, batch_id, user, force)
               for pairing in pairings]
    write_chunk(session, writes, photos, values)
    return results


def _plan_one(pairing: Pairing, photos: dict[int, PhotoRow], values: dict[int, PhotoValues],
              writes: ChunkWrites, batch_id: int, user: str, force: bool) -> Applied:
    if pairing.recommendation == REVIEW:
        writes.review_items.append({
            "batch_id": batch_id, "source": pairing.record.source,
            "record": pairing.record.to_json(), "reason": pairing.reason,
            "candidates": [c.to_json() for c in pairing.candidates], "status": "open",
            "created_at": utcnow()})
    if pairing.recommendation != STRONG or pairing.best is None:
        return Applied()
    photo_id = pairing.best.photo_id
    current = values.get(photo_id, PhotoValues())
    try:
        plan = plan_pairing(pairing, photo_id, photos, current, batch_id=batch_id, user=user,
                            force=force)
    except MediaManagerError as problem:
        return Applied(failure=str(problem))
    writes.history.extend(plan.history)
    writes.dirty.update(row["photo_id"] for row in plan.history)
    writes.fields.update((photo_id, name) for name in plan.changed)
    if plan.changed:
        writes.reindexed.add(photo_id)
    if plan.wire_item:
        writes.wire_items.append(plan.wire_item)
    return Applied(plan.diff)


def strong_photos(pairings: list[Pairing]) -> list[int]:
    """The photos the strong pairings go to."""
    return [p.best.photo_id for p in pairings if p.recommendation == STRONG and p.best]


def claim_photos(session: Session, photo_ids: list[int]) -> dict[int, PhotoRow]:
    """Claim the photos for this transaction (one conditional UPDATE, as ``claim`` does
    for one) and read their columns; a photo that is gone is simply not in the answer."""
    ids = sorted(set(photo_ids))
    if not ids:
        return {}
    session.execute(update(Photo).where(Photo.id.in_(ids)).values(version=Photo.version)
                    .execution_options(synchronize_session=False))
    columns = [getattr(Photo, name) for name in PhotoRow.__dataclass_fields__]
    return {row.id: PhotoRow(*row)
            for row in session.execute(select(*columns).where(Photo.id.in_(ids)))}


def values_of(session: Session, photo_ids: list[int]) -> dict[int, PhotoValues]:
    """The current values of these photos, in one query of plain rows (no ORM objects)."""
    ids = set(photo_ids)
    rows = session.execute(
        select(FieldValue.photo_id, FieldValue.name, FieldValue.value, FieldValue.source,
               FieldValue.origin).where(FieldValue.photo_id.in_(ids))
        .order_by(FieldValue.photo_id, FieldValue.name, FieldValue.position))
    grouped: dict[int, list[Any]] = {photo_id: [] for photo_id in ids}
    for row in rows:
        grouped[row.photo_id].append(row)
    return {photo_id: values_from_rows(found) for photo_id, found in grouped.items()}


def write_chunk(session: Session, writes: ChunkWrites, photos: dict[int, PhotoRow],
                values: dict[int, PhotoValues]) -> None:
    """Write what the chunk's plans say, a few statements in all."""
    execute = session.connection().execute
    if writes.fields:
        table = FIELD_VALUES
        execute(delete(table).where(table.c.photo_id == bindparam("p"),
                                    table.c.name == bindparam("n")),
                [{"p": photo_id, "n": name} for photo_id, name in sorted(writes.fields)])
        rows = [row for photo_id, name in sorted(writes.fields)
                for row in field_rows(photo_id, name, values[photo_id])]
        if rows:
            execute(insert(table), rows)
    if writes.history:
        execute(insert(HISTORY), writes.history)
    if writes.dirty:
        table = PHOTOS
        execute(update(table).where(table.c.id == bindparam("photo")).values(
            {name: bindparam(name) for name in CHANGING}),
            [{"photo": photo_id, **{name: getattr(photos[photo_id], name) for name in CHANGING}}
             for photo_id in sorted(writes.dirty)])
    _reindex(session, sorted(writes.reindexed), photos, values)
    if writes.wire_items:
        execute(insert(WIRE_ITEMS), writes.wire_items)
    if writes.review_items:
        execute(insert(REVIEW_ITEMS), writes.review_items)


def _reindex(session: Session, photo_ids: list[int], photos: dict[int, PhotoRow],
             values: dict[int, PhotoValues]) -> None:
    """The search index rows of these photos brought in step with their values (the bulk
    form of :func:`search_index.reindex`: updated, or inserted where missing)."""
    if not photo_ids:
        return
    execute = session.connection().execute
    table = SEARCH_ROWS
    indexed = set(session.scalars(select(PhotoSearch.photo_id)
                                  .where(PhotoSearch.photo_id.in_(photo_ids))))
    documents = {photo_id: document(values[photo_id].fields,
                                    photos[photo_id].date_time_original)
                 for photo_id in photo_ids}
    present = [{"photo": photo_id, **documents[photo_id]}
               for photo_id in photo_ids if photo_id in indexed]
    if present:
        columns = documents[photo_ids[0]].keys()
        execute(update(table).where(table.c.photo_id == bindparam("photo")).values(
            {name: bindparam(name) for name in columns}), present)
    missing = [{"photo_id": photo_id, "received": photos[photo_id].added_at,
                "status": photos[photo_id].status or "active", **documents[photo_id]}
               for photo_id in photo_ids if photo_id not in indexed]
    if missing:
        execute(insert(table), missing)
