"""Field values with provenance: read a photo's values, change them, record history.

Sources rank ``parsed < embedded = sidecar < imported < manual``. A change from a
lower source never replaces a value from a higher one; that rule lives here, in
:func:`may_replace`, and every writer of values goes through :func:`apply_changes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from media_manager.catalog.search_index import reindex
from media_manager.fields import FIELDS, FIELDS_BY_NAME, LIST_FIELDS, SEARCHABLE_FIELDS, empty
from media_manager.models import FieldValue, HistoryEntry, Photo, utcnow

PARSED, EMBEDDED, SIDECAR, IMPORTED, MANUAL = "parsed", "embedded", "sidecar", "imported", "manual"
SOURCE_RANK: dict[str, int] = {PARSED: 0, EMBEDDED: 1, SIDECAR: 1, IMPORTED: 2, MANUAL: 3}
#: Sources a re-read of the file may refresh.
FILE_SOURCES = frozenset({EMBEDDED, SIDECAR})

Value = str | list[str] | None


@dataclass
class PhotoValues:
    """A photo's current descriptive values, each with its source and origin."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> Value:
        return self.fields.get(name)


@dataclass(frozen=True)
class Change:
    """Set ``name`` to ``value`` (None or empty clears it), as ``source`` from ``origin``."""

    name: str
    value: Value
    source: str
    origin: str | None = None


def may_replace(current_source: str | None, new_source: str) -> bool:
    """Whether a value from ``new_source`` may replace one from ``current_source``."""
    if current_source is None:
        return True
    return SOURCE_RANK[new_source] >= SOURCE_RANK[current_source]


def normalise(name: str, value: Any) -> Value:
    """The stored shape of a value: a list of non-blank strings, a stripped string, or None."""
    if empty(value):
        return None
    if name in LIST_FIELDS:
        items = value if isinstance(value, (list, tuple)) else [value]
        seen: list[str] = []
        for item in items:
            text = str(item).strip()
            if text and text not in seen:
                seen.append(text)
        return seen or None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if not empty(v))
    return str(value).strip()


def load_values(session: Session, photo_id: int) -> PhotoValues:
    rows = session.scalars(
        select(FieldValue).where(FieldValue.photo_id == photo_id)
        .order_by(FieldValue.name, FieldValue.position)
    )
    return values_from_rows(rows)


def values_from_rows(rows: Any) -> PhotoValues:
    result = PhotoValues()
    for row in rows:
        if row.name in LIST_FIELDS:
            result.fields.setdefault(row.name, [])
            result.fields[row.name].append(row.value)  # type: ignore[union-attr]
        else:
            result.fields[row.name] = row.value
        result.sources[row.name] = row.source
        if row.origin:
            result.origins[row.name] = row.origin
    return result


def apply_changes(
    session: Session,
    photo: Photo,
    current: PhotoValues,
    changes: list[Change],
    *,
    user: str,
    batch_id: int | None = None,
    record_history: bool = True,
    force: bool = False,
) -> list[str]:
    """Apply ``changes`` that the source rule allows; returns the names of fields changed.

    Each real change replaces the field's rows, writes a history row (unless
    ``record_history`` is off, as for a photo's first ingest) and, if anything
    changed, bumps the photo's version and search text. ``force`` lets a desk
    edit clear or replace any value (a manual change outranks everything anyway).
    """
    changed: list[str] = []
    new_version = photo.version + 1
    for change in changes:
        if change.name not in FIELDS_BY_NAME:
            continue
        old_value, old_source = current.fields.get(change.name), current.sources.get(change.name)
        new_value = normalise(change.name, change.value)
        if not force and not may_replace(old_source, change.source):
            continue
        if new_value == old_value and (new_value is None or old_source == change.source):
            continue
        _replace_rows(session, photo.id, change, new_value)
        _remember(current, change, new_value)
        changed.append(change.name)
        if record_history:
            session.add(HistoryEntry(
                photo_id=photo.id, field=change.name, old_value=old_value, new_value=new_value,
                old_source=old_source, new_source=change.source if new_value is not None else None,
                user=user, version=new_version, batch_id=batch_id))
    if changed:
        if record_history:
            photo.version = new_version
        photo.search_text = search_text(current)
        photo.updated_at = utcnow()
        reindex(session, photo, current.fields)
    return changed


def _replace_rows(session: Session, photo_id: int, change: Change, value: Value) -> None:
    session.execute(delete(FieldValue).where(
        FieldValue.photo_id == photo_id, FieldValue.name == change.name))
    if value is None:
        return
    items = value if isinstance(value, list) else [value]
    session.add_all(
        FieldValue(photo_id=photo_id, name=change.name, position=i, value=item,
                   source=change.source, origin=change.origin)
        for i, item in enumerate(items)
    )


def _remember(current: PhotoValues, change: Change, value: Value) -> None:
    if value is None:
        current.fields.pop(change.name, None)
        current.sources.pop(change.name, None)
        current.origins.pop(change.name, None)
        return
    current.fields[change.name] = value
    current.sources[change.name] = change.source
    if change.origin:
        current.origins[change.name] = change.origin
    else:
        current.origins.pop(change.name, None)


def search_text(values: PhotoValues) -> str:
    """Lower-cased text of the searchable fields, for plain full-text search."""
    parts: list[str] = []
    for name in SEARCHABLE_FIELDS:
        value = values.fields.get(name)
        if isinstance(value, list):
            parts.extend(value)
        elif value:
            parts.append(value)
    return "\n".join(parts).lower()


def ordered(values: PhotoValues) -> dict[str, str | list[str]]:
    """Values in the order of the table of fields (for JSON output and forms)."""
    return {f.name: values.fields[f.name] for f in FIELDS if f.name in values.fields}
