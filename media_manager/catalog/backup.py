"""Backup and restore: a whole catalogue in one file, from either backend into either backend.

The file is gzip-compressed JSON Lines: a header (format, schema revision, tables),
then one line per row of every table of the models (photos, files, values, history,
batches, templates and whatever later issues add) in foreign-key order, then one line
per thumbnail or preview, named as in a folder store (``ab/<hash>.jpg``,
``ab/<hash>-1600.jpg``) whichever store it came from, so a backup moves a catalogue
between stores as well as between backends (``thumbnail_image`` is carried as those
lines, not as rows). The search index is restored with the photos' rows, so the
database rebuilds its own index (FTS5 triggers, PostgreSQL generated columns).
Rows stream in and out a chunk at a time; a catalogue of any size fits in memory.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    LargeBinary,
    Table,
    func,
    insert,
    select,
    text,
    update,
)

from media_manager.catalog.thumbnail_store import ThumbnailStore, stored_files
from media_manager.errors import MediaManagerError
from media_manager.models import Base, ThumbnailImage

FORMAT = "media-manager-backup"
FORMAT_VERSION = 1
CHUNK = 2000
#: Columns that point at a row of their own table, set once every row is in.
SELF_REFERENCES = {"photo": ("superseded_by_id",)}
#: Tables carried as thumbnail lines (store-independent), not as rows.
IMAGE_TABLES = {ThumbnailImage.__tablename__}


class BackupError(MediaManagerError):
    """A backup file that cannot be restored here, or a catalogue that cannot take it."""


@dataclass
class BackupSummary:
    """How many rows of each table, and how many thumbnails, went into or out of the file."""

    rows: dict[str, int] = field(default_factory=dict)
    #: Thumbnail and preview images (two per photo).
    thumbnails: int = 0
    #: Images a restore into the database store left out: no photo of theirs in the backup.
    orphans: int = 0

    def describe(self) -> str:
        photos = self.rows.get("photo", 0)
        total = sum(self.rows.values())
        orphans = f" ({self.orphans} with no photo left out)" if self.orphans else ""
        return f"{photos} photos, {total} rows in {len(self.rows)} tables, " \
               f"{self.thumbnails} thumbnails and previews{orphans}"


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in IMAGE_TABLES]


def backup(engine: Engine, store: ThumbnailStore, target: Path) -> BackupSummary:
    """Write every row of the catalogue at ``engine``, and every image in ``store``
    of its photos, into ``target``."""
    summary = BackupSummary()
    tables = _tables()
    with engine.connect() as connection, gzip.open(target, "wt", encoding="utf-8") as out:
        header = {"format": FORMAT, "version": FORMAT_VERSION,
                  "revision": _revision(connection), "tables": [t.name for t in tables]}
        out.write(json.dumps(header) + "\n")
        for table in tables:
            summary.rows[table.name] = 0
            for row in _rows(connection, table):
                out.write(json.dumps({"table": table.name, "row": row}, ensure_ascii=False,
                                     default=_encoded) + "\n")
                summary.rows[table.name] += 1
        for relative, data in stored_files(connection, store):
            out.write(json.dumps({"thumbnail": relative, "data": base64.b64encode(
                data).decode("ascii")}) + "\n")
            summary.thumbnails += 1
    return summary


def _rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = connection.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*order))
    for row in result.mappings():
        yield dict(row)


def _encoded(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


def _revision(connection: Connection) -> str:
    return str(connection.scalar(text("SELECT version_num FROM alembic_version")))


def restore(engine: Engine, store: ThumbnailStore, source: Path) -> BackupSummary:
    """Load a backup into the empty, migrated catalogue at ``engine``, its images into
    ``store``."""
    summary = BackupSummary()
    tables = {t.name: t for t in _tables()}
    try:
        with gzip.open(source, "rt", encoding="utf-8") as lines, engine.begin() as connection:
            header = json.loads(next(lines, "{}"))
            _check(connection, header, source, tables)
            summary.rows = {name: 0 for name in header["tables"] if name in tables}
            pending: dict[str, list[dict[str, Any]]] = {}
            images: list[tuple[str, bytes]] = []
            for number, line in enumerate(lines, start=2):
                item = json.loads(line)
                if "thumbnail" in item:
                    for name, rows in pending.items():  # the photos come first
                        _insert(connection, tables[name], rows)
                    pending = {}
                    images.append(_image(item, source, number))
                    if len(images) >= CHUNK // 10:
                        summary.orphans += _keep_images(connection, store, images, source)
                        images = []
                    summary.thumbnails += 1
                    continue
                name = item.get("table")
                if name not in tables:
                    raise BackupError(f"{source}: line {number}: unknown table {name!r}")
                pending.setdefault(name, []).append(_decoded(tables[name], item["row"]))
                summary.rows[name] = summary.rows.get(name, 0) + 1
                if len(pending[name]) >= CHUNK:
                    _insert(connection, tables[name], pending.pop(name))
            for name, rows in pending.items():
                _insert(connection, tables[name], rows)
            summary.orphans += _keep_images(connection, store, images, source)
            _finish(connection, tables, source)
    except (OSError, EOFError, json.JSONDecodeError, KeyError) as problem:
        raise BackupError(f"{source}: not a readable media-manager backup ({problem})") from None
    return summary


def _check(connection: Connection, header: dict[str, Any], source: Path,
           tables: dict[str, Table]) -> None:
    if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
        raise BackupError(f"{source}: not a media-manager backup (version {FORMAT_VERSION})")
    here = _revision(connection)
    if header.get("revision") != here:
        raise BackupError(f"{source}: made at schema revision {header.get('revision')}, this "
                          f"catalogue is at {here}; restore it with the same media-manager")
    photos = connection.scalar(select(func.count()).select_from(tables["photo"]))
    if photos:
        raise BackupError(f"the catalogue already holds {photos} photos; "
                          "restore into an empty catalogue")


def _decoded(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    decoded = {}
    for name, value in row.items():
        column = table.columns.get(name)
        if column is None:
            continue
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        elif value is not None and isinstance(column.type, LargeBinary):
            value = base64.b64decode(value)
        decoded[name] = value
    return decoded


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    later = SELF_REFERENCES.get(table.name, ())
    if later:
        links = [(row, {c: row.get(c) for c in later}) for row in rows]
        rows = [{**row, **dict.fromkeys(later)} for row in rows]
    connection.execute(insert(table), rows)
    if later:
        key = table.c.id
        for row, values in links:
            if any(v is not None for v in values.values()):
                connection.execute(update(table).where(key == row["id"]).values(**values))


def _finish(connection: Connection, tables: dict[str, Table], source: Path) -> None:
    """PostgreSQL: move each id sequence past the restored ids."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables.values():
        if "id" in table.c and table.c.id.autoincrement is not False and \
                len(table.primary_key.columns) == 1:
            highest = connection.scalar(select(func.max(table.c.id)))
            if highest:
                connection.execute(text("SELECT setval(pg_get_serial_sequence(:name, 'id'), "
                                        ":highest)"), {"name": table.name, "highest": highest})


def _image(item: dict[str, Any], source: Path, number: int) -> tuple[str, bytes]:
    relative = item["thumbnail"]
    if not isinstance(relative, str):
        raise BackupError(f"{source}: line {number}: thumbnail name {relative!r} is not text")
    try:
        return relative, base64.b64decode(item["data"], validate=True)
    except (ValueError, TypeError):
        raise BackupError(f"{source}: line {number}: thumbnail {relative!r} is not "
                          "base64 data") from None


def _keep_images(connection: Connection, store: ThumbnailStore,
                 images: list[tuple[str, bytes]], source: Path) -> int:
    if not images:
        return 0
    try:
        return store.restore(connection, images)
    except ValueError as problem:
        raise BackupError(f"{source}: {problem}") from None
