"""Field values with provenance: read a photo's values, change them, record history.

Sources rank ``parsed < embedded = sidecar < imported < manual``. A change from a
lower source never replaces a value from a higher one; that rule is
:func:`media_manager.sources.may_replace` (re-exported here), and every writer of
values goes through :func:`apply_changes`, which also refuses values that break
their field's kind when they come from the desk or an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from media_manager.catalog.bulk_insert import insert_rows
from media_manager.catalog.search_index import reindex
from media_manager.fields import FIELDS, FIELDS_BY_NAME, LIST_FIELDS, SEARCHABLE_FIELDS
from media_manager.models import FieldValue, HistoryEntry, Photo, utcnow
from media_manager.sources import (  # noqa: F401 - re-exported: callers import the rule from here
    EMBEDDED,
    FILE_SOURCES,
    IMPORTED,
    MANUAL,
    PARSED,
    SIDECAR,
    SOURCE_RANK,
    may_replace,
)

#: Sources whose values are held to their field's kind before anything is saved.
CHECKED_SOURCES = frozenset({MANUAL, IMPORTED})

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


def normalise(name: str, value: Any) -> Value:
    """The stored shape of a value, by its field's kind: a list of non-blank strings, a
    stripped string (a date in one ISO spelling), or None."""
    return FIELDS_BY_NAME[name].kind.normalise(value)


def validate_changes(changes: list[Change]) -> None:
    """Refuse the whole set (raise InvalidValue) when a desk or import value breaks its
    field's rule, before any row is touched."""
    for change in changes:
        spec = FIELDS_BY_NAME.get(change.name)
        if spec is not None and change.source in CHECKED_SOURCES:
            spec.validate(normalise(change.name, change.value))


def load_values(session: Session, photo_id: int) -> PhotoValues:
    """A photo's values, read as plain rows: none of them joins the session's objects, so a
    long job (a bulk edit, an undo of a large import) does not make each write slower."""
    rows = session.execute(
        select(FieldValue.name, FieldValue.value, FieldValue.source, FieldValue.origin)
        .where(FieldValue.photo_id == photo_id)
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

    Desk and import values are validated first (nothing is saved when one is
    refused). Each real change replaces the field's rows, writes a history row (unless
    ``record_history`` is off, as for a photo's first ingest) and, if anything
    changed, bumps the photo's version and search text. ``force`` lets a desk
    edit clear or replace any value (a manual change outranks everything anyway).
    """
    changed, history_rows = plan_changes(photo, current, changes, user=user, batch_id=batch_id,
                                         record_history=record_history, force=force)
    for name in changed:
        replace_rows(session, photo.id, name, current)
    session.add_all(HistoryEntry(**row) for row in history_rows)
    if changed:
        reindex(session, photo, current.fields)
    return changed


def plan_changes(
    photo: Any,
    current: PhotoValues,
    changes: list[Change],
    *,
    user: str,
    batch_id: int | None = None,
    record_history: bool = True,
    force: bool = False,
) -> tuple[list[str], list[dict[str, Any]]]:
    """:func:`apply_changes` without the database: the names of the fields that change and
    their history rows; ``current`` and ``photo`` (a :class:`Photo`, or any object with its
    ``id``, ``version``, ``search_text`` and ``updated_at``) take the new state in memory.

    Nothing is touched when a value is refused (InvalidValue). The bulk caption import
    plans a whole chunk of photos this way and writes the rows in a few statements.
    """
    known = [(change, normalise(change.name, change.value)) for change in changes
             if change.name in FIELDS_BY_NAME]
    for change, new_value in known:  # every value checked before anything changes
        if change.source in CHECKED_SOURCES:
            FIELDS_BY_NAME[change.name].validate(new_value)
    changed: list[str] = []
    history_rows: list[dict[str, Any]] = []
    new_version = photo.version + 1
    for change, new_value in known:
        old_value, old_source = current.fields.get(change.name), current.sources.get(change.name)
        if not may_replace(old_source, change.source, force=force):
            continue
        if new_value == old_value and (new_value is None or old_source == change.source):
            continue
        _remember(current, change, new_value)
        if change.name not in changed:
            changed.append(change.name)
        if record_history:
            history_rows.append({
                "photo_id": photo.id, "field": change.name, "old_value": old_value,
                "new_value": new_value, "old_source": old_source,
                "new_source": change.source if new_value is not None else None,
                "user": user, "at": utcnow(), "version": new_version, "batch_id": batch_id})
    if changed:
        if record_history:
            photo.version = new_version
        photo.search_text = search_text(current)
        photo.updated_at = utcnow()
    return changed, history_rows


def replace_rows(session: Session, photo_id: int, name: str, current: PhotoValues) -> None:
    """Replace the rows of field ``name`` with its value, source and origin in ``current``.

    Statements, not session objects: with objects, each DELETE would look through every
    object the session holds, and a job of thousands of photos would slow down as it went.
    """
    session.execute(delete(FieldValue).where(
        FieldValue.photo_id == photo_id, FieldValue.name == name)
        .execution_options(synchronize_session=False))
    rows = field_rows(photo_id, name, current)
    if rows:
        session.execute(insert(FieldValue), rows)


def field_rows(photo_id: int, name: str, current: PhotoValues) -> list[dict[str, Any]]:
    """The ``field_value`` rows that hold field ``name`` as ``current`` has it (none if empty)."""
    return [dict(zip(("photo_id", *VALUE_COLUMNS), (photo_id, *row)))
            for row in _field_tuples(name, current)]


def _field_tuples(name: str, current: PhotoValues) -> list[tuple]:
    """Field ``name``'s rows as (name, position, value, source, origin); none if empty."""
    value = current.fields.get(name)
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    source, origin = current.sources[name], current.origins.get(name)
    return [(name, i, item, source, origin) for i, item in enumerate(items)]


#: The columns of a ``field_value`` row as :func:`value_tuples` makes it (after the photo id).
VALUE_COLUMNS = ("name", "position", "value", "source", "origin")
def value_tuples(values: PhotoValues) -> list[tuple]:
    """Every ``field_value`` row of ``values`` as (name, position, value, source, origin), in
    the order of :func:`field_rows` field by field; the photo id goes in front when known."""
    rows: list[tuple] = []
    sources, origins = values.sources, values.origins
    for name, value in values.fields.items():  # the rows of _field_tuples, made in one loop
        if value is None:
            continue
        source, origin = sources[name], origins.get(name)
        if isinstance(value, list):
            rows.extend([(name, i, item, source, origin) for i, item in enumerate(value)])
        else:
            rows.append((name, 0, value, source, origin))
    return rows


def insert_value_tuples(connection: Connection, rows: list[tuple]) -> None:
    """Insert ``(photo id, *value_tuples row)`` rows in one driver ``executemany``: a new
    photo's rows are plain integers and texts, so they need none of SQLAlchemy's per-row
    handling."""
    insert_rows(connection, FieldValue, ("photo_id", *VALUE_COLUMNS), rows)


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
