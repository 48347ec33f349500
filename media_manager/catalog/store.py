"""Store: put one examined file into the catalogue and decide its outcome.

A picture is known by the key of its image data (``photo.image_hash``): the
fingerprint in a catalogue begun with fingerprints, else the full hash (see
``metadata/identity.py``). A fingerprint match with a copy that still exists is a
duplicate only when the full hashes agree. The same file read again
refreshes only values whose source is the file itself (embedded or sidecar) and
parsed suggestions; imported and manual values stay. The same picture under
another name is a duplicate (a resend); if the original file has gone, it moved.

Several ingest processes may store at once: a new picture is an upsert on its
image hash (``INSERT ... ON CONFLICT DO NOTHING``), and a picture another
process stored first is then handled as a known one, never as a failed insert.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from media_manager.catalog.bulk_insert import insert_in_few_statements, insert_rows
from media_manager.catalog.edits import claim
from media_manager.catalog.outcomes import ADDED, DUPLICATE, FAILED, UNCHANGED, UPDATED
from media_manager.catalog.search_index import document, index_documents
from media_manager.catalog.values import (
    EMBEDDED,
    FILE_SOURCES,
    PARSED,
    SIDECAR,
    Change,
    PhotoValues,
    apply_changes,
    insert_value_tuples,
    load_values,
    normalise,
    search_text,
    value_tuples,
)
from media_manager.fields import FIELD_NAMES, empty
from media_manager.metadata.identity import image_identity, is_fingerprint
from media_manager.models import BatchItem, Photo, PhotoFile, utcnow
from media_manager.sources import Offer, prevailing

if TYPE_CHECKING:
    from media_manager.catalog.reading import IngestTask
    from media_manager.metadata import FileReading

#: Files stored per transaction: each costs a few fixed statements and a commit, and the
#: SQLite search index one more segment to merge later.
CHUNK = 256
TECHNICAL_COLUMNS = ("format", "width", "height", "file_size", "date_time_original",
                     "camera_make", "camera_model", "gps_latitude", "gps_longitude")
#: A new photo's columns, in the order of :func:`_photo_row`.
PHOTO_COLUMNS = ("image_hash", "path", "version", "search_text", "warnings", "added_at",
                 "updated_at", "unwritten", "status", *TECHNICAL_COLUMNS)
#: A picture another process stored first is left out, and then stored as a known one.
_NEW_PHOTOS_ONLY = " ON CONFLICT (image_hash) DO NOTHING RETURNING id, image_hash"
FILE_COLUMNS = ("photo_id", "path", "file_size", "mtime_ns", "read_at")
ITEM_COLUMNS = ("batch_id", "path", "outcome", "reason", "photo_id")


@dataclass
class NewPhoto:
    """How a picture the catalogue has not seen is stored: worked out from its reading
    alone, so the reading workers make it and the storing process only inserts it."""

    search_text: str
    #: Its row in the search index (:func:`search_index.document`).
    index: dict[str, str]
    #: Its ``field_value`` rows without the photo id (:func:`values.value_tuples`).
    value_rows: list[tuple]


def new_photo(task: IngestTask) -> NewPhoto:
    assert task.reading is not None
    values = _initial_values(task.reading, task.suggestions)
    return NewPhoto(search_text(values), document(values.fields, _exif_taken(task)),
                    value_tuples(values))


def store_chunk(session: Session, tasks: list[IngestTask], *, batch_id: int, user: str) -> None:
    """Store a chunk of examined files and set each one's outcome; failures are recorded.

    Pictures the catalogue has never seen are inserted together (the common case,
    and the fast one); files or pictures it knows go one by one through the rules.
    """
    known_paths, known_hashes = _known(session, tasks)
    new: list[IngestTask] = []
    for task in tasks:
        if task.outcome in (UNCHANGED, FAILED):
            continue
        image_hash = task.reading.image_hash if task.reading else None
        if str(task.path) not in known_paths and image_hash not in known_hashes:
            new.append(task)
            known_hashes.add(image_hash)
            continue
        if any(t.reading and t.reading.image_hash == image_hash for t in new):
            _add_all(session, new, batch_id, user)
            new = []
        _store_known(session, task, batch_id, user)
    _add_all(session, new, batch_id, user)
    items = [(batch_id, str(t.path), t.outcome, t.reason, t.photo_id)
             for t in tasks if t.outcome != UNCHANGED]
    insert_rows(session.connection(), BatchItem, ITEM_COLUMNS, items)


def _known(session: Session, tasks: list[IngestTask]) -> tuple[set[str], set[str | None]]:
    paths = [str(t.path) for t in tasks if t.outcome not in (UNCHANGED, FAILED)]
    hashes = [t.reading.image_hash for t in tasks if t.reading and t.reading.image_hash]
    known_paths = set(session.scalars(select(PhotoFile.path).where(PhotoFile.path.in_(paths))))
    known_hashes = set(session.scalars(
        select(Photo.image_hash).where(Photo.image_hash.in_(hashes))))
    return known_paths, known_hashes


def _add_all(session: Session, tasks: list[IngestTask], batch_id: int, user: str) -> None:
    """Pictures the catalogue had not seen: their photo rows, files and values, in bulk.
    One another process stored meanwhile is handled as a known picture instead."""
    if not tasks:
        return
    prepared = [t.new_photo or new_photo(t) for t in tasks]
    now = utcnow()
    connection = session.connection()  # driver tuples: the ORM's bulk path costs 10x here
    ids = _insert_new_photos(connection, [_photo_row(t, p, now) for t, p in zip(tasks, prepared)])
    added = [(ids[image_hash], t, p) for t, p in zip(tasks, prepared)
             if (image_hash := t.reading.image_hash if t.reading else None) in ids]
    insert_rows(connection, PhotoFile, FILE_COLUMNS,
                [(i, str(t.path), t.file_size, t.mtime_ns, now) for i, t, _ in added])
    insert_value_tuples(connection, [(i, *row) for i, _, p in added for row in p.value_rows])
    index_documents(connection, [(i, now, p.index) for i, _, p in added])
    for photo_id, task, _ in added:
        task.outcome, task.photo_id = ADDED, photo_id
    for task in tasks:
        if task.outcome != ADDED:  # another ingest stored this picture first
            _store_known(session, task, batch_id, user)


def _photo_row(task: IngestTask, prepared: NewPhoto, now: datetime) -> tuple:
    """A new photo's row in the order of ``PHOTO_COLUMNS``: version 1, active, written."""
    reading = task.reading
    assert reading is not None
    technical = reading.technical
    return (reading.image_hash, str(task.path), 1, prepared.search_text, _warnings(reading),
            now, now, False, "active",
            *[task.file_size if column == "file_size" else technical.get(column)
              for column in TECHNICAL_COLUMNS])


def _exif_taken(task: IngestTask) -> str | None:
    taken = task.reading.technical.get("date_time_original") if task.reading else None
    return str(taken) if taken else None


def _insert_new_photos(connection: Connection, rows: list[tuple]) -> dict[str, int]:
    """Insert the photo rows (``PHOTO_COLUMNS``) whose image hash is new; their ids by hash."""
    returned = insert_in_few_statements(connection, Photo, PHOTO_COLUMNS, rows,
                                        _NEW_PHOTOS_ONLY)
    return {image_hash: photo_id for photo_id, image_hash in returned}


def _store_known(session: Session, task: IngestTask, batch_id: int, user: str) -> None:
    """A file or a picture the catalogue already has: re-read, moved, or a duplicate."""
    reading = task.reading
    assert reading is not None and reading.image_hash
    path = str(task.path)
    known_file = session.scalar(select(PhotoFile).where(PhotoFile.path == path))
    if known_file is not None:
        _key_as_its_photo_is(session, task, known_file)
    photo = session.scalar(select(Photo).where(Photo.image_hash == reading.image_hash))
    if known_file is not None:
        _reread(session, task, known_file, photo, batch_id, user)
    elif photo is not None and not os.path.exists(photo.path):
        moved_from = photo.path
        _move(session, photo, moved_from, task)
        _refresh(session, task, photo, batch_id, user)
        task.outcome, task.reason = UPDATED, f"moved from {moved_from}"
    elif photo is not None and not _same_image_data(task, photo):
        _store_as_distinct(session, task, batch_id, user)
    elif photo is not None:
        refreshed = _refresh(session, task, photo, batch_id, user, technical=False)
        session.add(_file_row(photo.id, task))
        task.outcome = DUPLICATE
        task.reason = f"same picture as photo {photo.id} ({photo.path})" + (
            "; its values were refreshed from this copy" if refreshed else "")
    session.flush()


def _same_image_data(task: IngestTask, photo: Photo) -> bool:
    """A fingerprint match with a copy that still exists, checked with the full hash of
    both (the rare path: a resend). A full-hash key needs no check; an unreadable copy
    leaves the fingerprint to decide. The new file's full hash is kept on its reading."""
    if not is_fingerprint(photo.image_hash):
        return True
    try:
        mine, theirs = image_identity(task.path), image_identity(photo.path)
    except OSError:
        return True
    task.full_hash = mine
    return mine == theirs


def _key_as_its_photo_is(session: Session, task: IngestTask, known_file: PhotoFile) -> None:
    """A file read again whose photo is keyed by its full hash (its fingerprint is another
    photo's): if its image data are still those, it keeps that key."""
    assert task.reading is not None
    owner_key = session.scalar(select(Photo.image_hash).where(Photo.id == known_file.photo_id))
    if owner_key is None or is_fingerprint(owner_key) or not is_fingerprint(
            task.reading.image_hash):
        return
    try:
        full_hash = image_identity(task.path)
    except OSError:
        return
    if full_hash == owner_key:
        task.reading.image_hash = full_hash


def _store_as_distinct(session: Session, task: IngestTask, batch_id: int, user: str) -> None:
    """A picture whose fingerprint is another's but whose image data differ: keyed by its
    full hash instead (a later copy of it finds it the same way)."""
    assert task.reading is not None and task.full_hash
    task.reading.image_hash = task.full_hash
    if session.scalar(select(Photo.id).where(Photo.image_hash == task.full_hash)) is None:
        _add_all(session, [task], batch_id, user)
    else:
        _store_known(session, task, batch_id, user)


def _reread(session: Session, task: IngestTask, known_file: PhotoFile, photo: Photo | None,
            batch_id: int, user: str) -> None:
    """A file the catalogue knows, changed on disk since it was last read."""
    owner = session.get(Photo, known_file.photo_id)
    assert owner is not None and task.reading is not None
    if photo is not None and photo.id != owner.id:
        task.outcome, task.photo_id = FAILED, owner.id
        task.reason = (f"now holds the same picture as photo {photo.id} ({photo.path}); "
                       f"photo {owner.id} was left as it was")
        return
    if owner.image_hash != task.reading.image_hash:
        owner.image_hash = task.reading.image_hash
        task.reason = "the image data changed (retouched or replaced)"
    known_file.file_size, known_file.mtime_ns, known_file.read_at = (
        task.file_size, task.mtime_ns, utcnow())
    changed = _refresh(session, task, owner, batch_id, user,
                       technical=known_file.path == owner.path)
    task.outcome = UPDATED if changed or task.reason else UNCHANGED


def _refresh(session: Session, task: IngestTask, photo: Photo, batch_id: int, user: str,
             *, technical: bool = True) -> bool:
    """Apply the file's values under the source rule; True when anything changed.

    The photo is claimed first, as a desk edit claims it, and its values are read
    under that claim: an editor's save that came in meanwhile is seen, never overwritten.
    """
    reading = task.reading
    assert reading is not None
    photo = claim(session, photo.id, None)
    current = load_values(session, photo.id)
    changes = _file_changes(reading, current) + _suggestion_changes(task.suggestions, current)
    changed = apply_changes(session, photo, current, changes, user=user, batch_id=batch_id)
    task.photo_id = photo.id
    if not technical:
        return bool(changed)
    technical_changed = _update_technical(photo, reading, task)
    photo.warnings = _warnings(reading)
    return bool(changed) or technical_changed


def _file_changes(reading: FileReading, current: PhotoValues) -> list[Change]:
    changes = []
    for name in FIELD_NAMES:
        source, origin = _source_of(reading, name)
        if name in reading.fields:
            changes.append(Change(name, reading.fields[name], source, origin))
        elif current.sources.get(name) in FILE_SOURCES:
            changes.append(Change(name, None, current.sources[name]))
    return changes


def _suggestion_changes(suggestions: dict, current: PhotoValues) -> list[Change]:
    """The caption's suggestions, and clearing the ones it no longer makes; the precedence
    rule in apply_changes keeps them off every field a higher source holds."""
    return [Change(name, suggestions.get(name), PARSED, "caption" if name in suggestions else None)
            for name in FIELD_NAMES
            if name in suggestions or current.sources.get(name) == PARSED]


def _source_of(reading: FileReading, name: str) -> tuple[str, str | None]:
    where = reading.sources.get(name)
    return (SIDECAR, "sidecar") if where == "sidecar" else (EMBEDDED, where)


def _initial_values(reading: FileReading, suggestions: dict) -> PhotoValues:
    """A new photo's values: the file's, else the caption's suggestions (precedence rule)."""
    values = PhotoValues()
    fields = reading.fields
    for name in FIELD_NAMES:
        suggested, offered = name in suggestions, name in fields
        if not (suggested or offered):
            continue  # nothing offered: nothing could stand
        offers = []
        if suggested:
            offers.append(Offer(PARSED, "caption", normalise(name, suggestions[name])))
        if offered:
            offers.append(Offer(*_source_of(reading, name), normalise(name, fields[name])))
        # one offer (nearly every field: suggestions fill only what the file lacks) stands
        # unless it is empty, as the rule has it
        standing = prevailing(offers) if len(offers) > 1 else \
            None if empty(offers[0].value) else offers[0]
        if standing is not None:
            values.fields[name], values.sources[name] = standing.value, standing.source  # type: ignore[assignment]
            if standing.origin:
                values.origins[name] = standing.origin
    return values


def _technical(reading: FileReading, task: IngestTask) -> dict:
    facts = {column: reading.technical.get(column) for column in TECHNICAL_COLUMNS}
    facts["file_size"] = task.file_size
    return facts


def _update_technical(photo: Photo, reading: FileReading, task: IngestTask) -> bool:
    changed = False
    for column, value in _technical(reading, task).items():
        if column == "file_size" and photo.path != str(task.path):
            continue
        if getattr(photo, column) != value:
            setattr(photo, column, value)
            changed = changed or column != "file_size"
    return changed


def _warnings(reading: FileReading) -> str | None:
    return "\n".join(reading.warnings) or None


def _file_row(photo_id: int, task: IngestTask) -> PhotoFile:
    return PhotoFile(photo_id=photo_id, path=str(task.path), file_size=task.file_size,
                     mtime_ns=task.mtime_ns)


def _move(session: Session, photo: Photo, moved_from: str, task: IngestTask) -> None:
    old = session.scalar(select(PhotoFile).where(PhotoFile.path == moved_from))
    if old is not None:
        old.path, old.file_size, old.mtime_ns = str(task.path), task.file_size, task.mtime_ns
    else:
        session.add(_file_row(photo.id, task))
    photo.path = str(task.path)
