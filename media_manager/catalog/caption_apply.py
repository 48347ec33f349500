"""Applying one paired caption to its photo: the changes the source rule allows, as history.

The planning is shared by ``--dry-run`` (which only shows the diff), by the import
and by accepting a review item, so all three agree on what a caption changes.
Imported values have source ``imported``: they replace embedded, sidecar and
parsed values, never a manual edit unless ``force``; a photo's transmission reference is
filled but never replaced (it names the picture). Values parsed from the new
caption fill the fields that stay empty, as ``parsed`` suggestions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.catalog.edits import claim
from media_manager.catalog.pairing import Pairing
from media_manager.catalog.photo_status import KILLED, SUPERSEDED, status_change
from media_manager.catalog.search_index import reindex
from media_manager.catalog.values import (
    IMPORTED,
    PARSED,
    Change,
    PhotoValues,
    load_values,
    may_replace,
    normalise,
    plan_changes,
    replace_rows,
)
from media_manager.errors import PhotoNotFound
from media_manager.fields import FIELDS_BY_NAME
from media_manager.models import HistoryEntry, Photo, WireItem, utcnow
from media_manager.wire.record import KILL, CaptionRecord

Diff = dict[str, list[Any]]
#: Fields that identify the picture: an import fills them but never replaces them.
IDENTIFYING = frozenset({"job_id"})


def planned_changes(current: PhotoValues, record: CaptionRecord, *, force: bool = False
                    ) -> list[Change]:
    """What ``record`` would change in a photo holding ``current`` values."""
    origin = f"import {record.source}"[:200]
    stated = {k: v for k, v in record.extra.items() if k in FIELDS_BY_NAME} | record.fields
    changes: list[Change] = []
    for name, value in stated.items():
        new = normalise(name, value)
        if new is None or new == current.fields.get(name):
            continue
        if name in IDENTIFYING and current.fields.get(name):
            continue  # a transmission reference names the picture: filled, never replaced
        if force or may_replace(current.sources.get(name), IMPORTED):
            changes.append(Change(name, new, IMPORTED, origin))
    if any(c.name == "description" for c in changes):
        changes += _suggestions(current, record, set(stated))
    return changes


def _suggestions(current: PhotoValues, record: CaptionRecord, stated: set[str]) -> list[Change]:
    """The record's hints (parsed from its caption when it was read) as suggestions."""
    out = []
    for name, value in record.hints.items():
        new = normalise(name, value)
        if name in stated or new == current.fields.get(name):
            continue
        if may_replace(current.sources.get(name), PARSED):
            out.append(Change(name, new, PARSED, "caption"))
    return out


def diff_of(current: PhotoValues, changes: list[Change]) -> Diff:
    return {c.name: [current.fields.get(c.name), c.value] for c in changes}


def preview(session: Session, pairing: Pairing, *, force: bool = False,
            current: PhotoValues | None = None) -> Diff:
    """The per-field diff applying ``pairing`` would make (nothing is written)."""
    assert pairing.best is not None
    if pairing.record.action == KILL:
        return {"status": [_status(session, pairing.best.photo_id), KILLED]}
    if current is None:
        current = load_values(session, pairing.best.photo_id)
    return diff_of(current, planned_changes(current, pairing.record, force=force))


def _status(session: Session, photo_id: int) -> str | None:
    return session.scalar(select(Photo.status).where(Photo.id == photo_id))


@dataclass
class PairingPlan:
    """What applying one caption does, worked out in memory: its diff, the fields of the
    photo whose rows are replaced, the history rows, and the NewsML-G2 item to remember."""

    diff: Diff = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    wire_item: dict[str, Any] | None = None


def apply_pairing(session: Session, pairing: Pairing, photo_id: int, *, batch_id: int,
                  user: str, force: bool = False, current: PhotoValues | None = None) -> Diff:
    """Apply the caption (or the kill) to ``photo_id`` and the photos it supersedes.

    ``current`` are the photo's values when the caller has read them already.
    """
    photos = {target: claim(session, target, None)
              for target in [photo_id, *pairing.superseded]}
    current = current if current is not None else load_values(session, photo_id)
    plan = plan_pairing(pairing, photo_id, photos, current, batch_id=batch_id, user=user,
                        force=force)
    for name in plan.changed:
        replace_rows(session, photo_id, name, current)
    session.add_all(HistoryEntry(**row) for row in plan.history)
    if plan.changed:
        reindex(session, photos[photo_id], current.fields)
    if plan.wire_item:
        session.add(WireItem(**plan.wire_item))
    return plan.diff


def plan_pairing(pairing: Pairing, photo_id: int, photos: Mapping[int, Any],
                 current: PhotoValues, *, batch_id: int, user: str, force: bool = False
                 ) -> PairingPlan:
    """What applying the caption (or the kill) to ``photo_id`` changes; ``photos`` (the
    photo and those it supersedes, by id: :class:`Photo` objects or rows with the same
    columns) and ``current`` (the photo's values) take the new state in memory.

    Raises (PhotoNotFound, InvalidValue) before anything is changed, so a caption that
    fails leaves no trace; :func:`apply_pairing` and the bulk import both plan this way.
    """
    record = pairing.record
    targets = [photo_id, *pairing.superseded]
    missing = [target for target in targets if target not in photos]
    if missing:
        raise PhotoNotFound(missing[0])
    photo, plan = photos[photo_id], PairingPlan()
    if record.action == KILL:
        for target in targets:
            row = status_change(photos[target], KILLED, _note("killed", record),
                                batch_id=batch_id, user=user)
            if row is not None:
                plan.history.append(row)
                if target == photo_id:
                    plan.diff["status"] = [row["old_value"], KILLED]
        return plan
    changes = planned_changes(current, record, force=force)
    plan.diff = diff_of(current, changes)
    plan.changed, plan.history = plan_changes(photo, current, changes, user=user,
                                              batch_id=batch_id, force=force)
    if plan.changed:
        photo.unwritten = True
    for older in pairing.superseded:
        row = status_change(photos[older], SUPERSEDED,
                            _note(f"superseded by photo {photo_id}:", record),
                            batch_id=batch_id, user=user, superseded_by=photo_id)
        if row is not None:
            plan.history.append(row)
    if record.guid:
        plan.wire_item = {"guid": record.guid[:250], "version": record.version,
                          "photo_id": photo_id, "batch_id": batch_id, "source": record.source,
                          "at": utcnow()}
    return plan


def _note(what: str, record: CaptionRecord) -> str:
    said = record.note or record.caption[:200] or record.extra.get("pub_status", "")
    return f"{what} {said} ({record.source})".strip()
