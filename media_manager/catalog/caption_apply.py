"""Applying one paired caption to its photo: the changes the source rule allows, as history.

The planning is shared by ``--dry-run`` (which only shows the diff), by the import
and by accepting a review item, so all three agree on what a caption changes.
Imported values have source ``imported``: they replace embedded, sidecar and
parsed values, never a manual edit unless ``force``; a photo's transmission reference is
filled but never replaced (it names the picture). Values parsed from the new
caption fill the fields that stay empty, as ``parsed`` suggestions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.catalog.edits import claim
from media_manager.catalog.pairing import Pairing
from media_manager.catalog.photo_status import KILLED, SUPERSEDED, set_status
from media_manager.catalog.values import (
    IMPORTED,
    PARSED,
    Change,
    PhotoValues,
    apply_changes,
    load_values,
    may_replace,
    normalise,
)
from media_manager.fields import FIELDS_BY_NAME
from media_manager.models import Photo, WireItem
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


def apply_pairing(session: Session, pairing: Pairing, photo_id: int, *, batch_id: int,
                  user: str, force: bool = False, current: PhotoValues | None = None) -> Diff:
    """Apply the caption (or the kill) to ``photo_id`` and the photos it supersedes.

    ``current`` are the photo's values when the caller has read them already.
    """
    record = pairing.record
    photo = claim(session, photo_id, None)
    if record.action == KILL:
        diff = {}
        for target in [photo_id, *pairing.superseded]:
            killed = claim(session, target, None) if target != photo_id else photo
            old = killed.status
            if set_status(session, killed, KILLED, _note("killed", record), batch_id=batch_id,
                          user=user) and target == photo_id:
                diff["status"] = [old, KILLED]
        return diff
    current = current if current is not None else load_values(session, photo_id)
    changes = planned_changes(current, record, force=force)
    diff = diff_of(current, changes)
    if apply_changes(session, photo, current, changes, user=user, batch_id=batch_id,
                     force=force):
        photo.unwritten = True
    for older in pairing.superseded:
        set_status(session, claim(session, older, None), SUPERSEDED,
                   _note(f"superseded by photo {photo_id}:", record), batch_id=batch_id,
                   user=user, superseded_by=photo_id)
    if record.guid:
        session.add(WireItem(guid=record.guid[:250], version=record.version, photo_id=photo_id,
                             batch_id=batch_id, source=record.source))
    return diff


def _note(what: str, record: CaptionRecord) -> str:
    said = record.note or record.caption[:200] or record.extra.get("pub_status", "")
    return f"{what} {said} ({record.source})".strip()
