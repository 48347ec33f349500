"""Where thumbnails and previews live: a folder (the data folder's or a desk's share) or the
catalogue database itself, so every UI server and ingest worker on any machine reaches them.

A photo's ``thumbnail`` column holds its thumbnail's *name* (``ab/abcdef….jpg``, from
the image hash) whatever the store; the preview's name is derived from it. A folder
store keeps the two JPEG files under those names; the database store keeps their bytes
in ``thumbnail_image``, keyed by photo and kind. Pictures never change under a name, so
a process may keep the bytes it read (:class:`ImageCache`) for as long as it likes.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, func, select

from media_manager.config import DATABASE_STORE, Settings
from media_manager.models import Photo, ThumbnailImage, utcnow

THUMBNAIL, PREVIEW = "thumbnail", "preview"
KINDS = (THUMBNAIL, PREVIEW)
#: The photo page's large preview, drawn by the same pass from the same decode.
PREVIEW_SIDE = 1600
CHUNK = 500


def thumbnail_name(image_hash: str) -> str:
    """A picture's thumbnail name: its path under a folder store."""
    return f"{image_hash[:2]}/{image_hash}.jpg"


def preview_name(thumbnail: str) -> str:
    """The 1600-px preview's name, beside its thumbnail's."""
    return thumbnail.removesuffix(".jpg") + f"-{PREVIEW_SIDE}.jpg"


def file_name(name: str, kind: str) -> str:
    """The name of a thumbnail (``kind`` thumbnail) or of its preview."""
    return preview_name(name) if kind == PREVIEW else name


def parse_file_name(relative: str) -> tuple[str, str] | None:
    """(thumbnail name, kind) of a file name a backup carries; None for any other file."""
    preview_suffix = f"-{PREVIEW_SIDE}.jpg"
    if relative.endswith(preview_suffix):
        return relative.removesuffix(preview_suffix) + ".jpg", PREVIEW
    if relative.endswith(".jpg") and relative.count("/") == 1:
        return relative, THUMBNAIL
    return None


class ThumbnailStore(Protocol):
    """What the thumbnail pass, the UI pages and backup need of a store."""

    description: str

    def save(self, connection: Connection, photo_id: int, name: str,
             images: dict[str, bytes]) -> None:
        """Keep a photo's images (by kind) under its thumbnail ``name``."""

    def present(self, connection: Connection, photos: list[tuple[int, str]]) -> set[int]:
        """Which of these (photo id, thumbnail name) have every kind in the store."""

    def load(self, connection: Connection, kind: str,
             photos: list[tuple[int, str]]) -> dict[int, bytes]:
        """The ``kind`` images of these photos that the store holds, by photo id."""

    def restore(self, connection: Connection, files: list[tuple[str, bytes]]) -> int:
        """Keep images a backup carries, by file name; returns how many had no photo."""


class FolderStore:
    """JPEG files under their names in a folder: ``thumbnails/`` in the data folder, or a
    share every machine mounts. Written to a temporary name, then renamed: a reader never
    sees half a file, and two ingests drawing the same picture both succeed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = f"folder {folder}"

    def path(self, name: str, kind: str = THUMBNAIL) -> Path:
        return self.folder / file_name(name, kind)

    def save(self, connection: Connection, photo_id: int, name: str,
             images: dict[str, bytes]) -> None:
        del connection, photo_id
        self.write(name, images)

    def write(self, name: str, images: dict[str, bytes]) -> None:
        for kind, data in images.items():
            self._write(self.path(name, kind), data)

    def _write(self, target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def present(self, connection: Connection, photos: list[tuple[int, str]]) -> set[int]:
        del connection
        return {photo_id for photo_id, name in photos
                if all(self.path(name, kind).is_file() for kind in KINDS)}

    def load(self, connection: Connection, kind: str,
             photos: list[tuple[int, str]]) -> dict[int, bytes]:
        del connection
        found = {}
        for photo_id, name in photos:
            try:
                found[photo_id] = self.path(name, kind).read_bytes()
            except OSError:
                continue
        return found

    def restore(self, connection: Connection, files: list[tuple[str, bytes]]) -> int:
        del connection
        root = self.folder.resolve()
        for relative, data in files:
            target = (root / relative).resolve()
            if not target.is_relative_to(root) or target == root:
                raise ValueError(f"thumbnail path {relative!r} leaves the thumbnail folder")
            self._write(target, data)
        return 0


class DatabaseStore:
    """The images' bytes in ``thumbnail_image``, in the catalogue every machine opens. Saved
    in the transaction that records the photo's thumbnail name, so the two agree."""

    description = "database (table thumbnail_image)"

    def save(self, connection: Connection, photo_id: int, name: str,
             images: dict[str, bytes]) -> None:
        del name
        table = ThumbnailImage.__table__
        if connection.dialect.name == "postgresql":  # imported here: it costs a SQLite
            from sqlalchemy.dialects import postgresql as dialect  # run 50 ms at start-up
        else:
            from sqlalchemy.dialects import sqlite as dialect
        statement = dialect.insert(table)
        # Two ingests may draw the same photo at once: the last one's images stand.
        statement = statement.on_conflict_do_update(
            index_elements=["photo_id", "kind"],
            set_={"data": statement.excluded.data, "made_at": statement.excluded.made_at})
        connection.execute(statement, [{"photo_id": photo_id, "kind": kind, "data": data,
                                        "made_at": utcnow()} for kind, data in images.items()])

    def present(self, connection: Connection, photos: list[tuple[int, str]]) -> set[int]:
        table = ThumbnailImage.__table__
        found: set[int] = set()
        for chunk in _chunks([photo_id for photo_id, _ in photos]):
            found.update(connection.scalars(
                select(table.c.photo_id).where(table.c.photo_id.in_(chunk),
                                               table.c.kind.in_(KINDS))
                .group_by(table.c.photo_id)
                .having(func.count(table.c.kind) == len(KINDS))))
        return found

    def load(self, connection: Connection, kind: str,
             photos: list[tuple[int, str]]) -> dict[int, bytes]:
        table = ThumbnailImage.__table__
        found: dict[int, bytes] = {}
        for chunk in _chunks([photo_id for photo_id, _ in photos]):
            found.update((row.photo_id, bytes(row.data)) for row in connection.execute(
                select(table.c.photo_id, table.c.data).where(
                    table.c.photo_id.in_(chunk), table.c.kind == kind)))
        return found

    def restore(self, connection: Connection, files: list[tuple[str, bytes]]) -> int:
        placed = [(parse_file_name(relative), data) for relative, data in files]
        hashes = {Path(where[0]).stem for where, _ in placed if where}
        owners: dict[str, int] = {}
        if hashes:  # by the image hash, which is indexed
            owners = {row.thumbnail: row.id for row in connection.execute(
                select(Photo.thumbnail, Photo.id).where(Photo.image_hash.in_(hashes)))}
        orphans = 0
        for where, data in placed:
            if where is None or where[0] not in owners:
                orphans += 1
                continue
            self.save(connection, owners[where[0]], where[0], {where[1]: data})
        return orphans


def open_store(settings: Settings) -> ThumbnailStore:
    """The store the settings name (``--thumbnails`` / ``$MEDIA_MANAGER_THUMBNAILS``)."""
    if settings.thumbnail_store == DATABASE_STORE:
        return DatabaseStore()
    return FolderStore(settings.thumbnail_dir)


def stored_files(connection: Connection, store: ThumbnailStore) -> Iterator[tuple[str, bytes]]:
    """Every image of every photo that has a thumbnail, by file name, a chunk at a time
    (what a backup carries, whichever store it came from)."""
    after = 0
    while True:
        photos = [(row.id, row.thumbnail) for row in connection.execute(
            select(Photo.id, Photo.thumbnail).where(Photo.id > after,
                                                    Photo.thumbnail.is_not(None))
            .order_by(Photo.id).limit(CHUNK))]
        if not photos:
            return
        after = photos[-1][0]
        images = {kind: store.load(connection, kind, photos) for kind in KINDS}
        for photo_id, name in photos:
            for kind in KINDS:
                if photo_id in images[kind]:
                    yield file_name(name, kind), images[kind][photo_id]


class ImageCache:
    """The images a process has read, newest kept, up to ``budget`` bytes. A name never
    gets another picture, so nothing here goes stale; reruns and other sessions of a UI
    server are served from memory instead of the store."""

    def __init__(self, budget: int = 96 * 1024 ** 2) -> None:
        self.budget = budget
        self.held = 0
        self.lock = threading.Lock()  # a UI server's sessions share the cache
        self.images: OrderedDict[tuple[str, int, str], bytes] = OrderedDict()
        #: Images read from the store (not served from memory) since the process began.
        self.read_from_store = 0

    def get_many(self, connection_of, store: ThumbnailStore, kind: str,  # type: ignore[no-untyped-def]
                 photos: Iterable[tuple[int, str | None]]) -> dict[int, bytes]:
        """These photos' images of ``kind`` (those that exist), reading only the ones
        not held; ``connection_of`` opens a connection when the store must be asked."""
        wanted = [(photo_id, name) for photo_id, name in photos if name]
        found: dict[int, bytes] = {}
        missing = []
        with self.lock:
            for photo_id, name in wanted:
                key = (kind, photo_id, name)
                if key in self.images:
                    self.images.move_to_end(key)
                    found[photo_id] = self.images[key]
                else:
                    missing.append((photo_id, name))
        if missing:
            with connection_of() as connection:
                loaded = store.load(connection, kind, missing)
            with self.lock:
                self.read_from_store += len(loaded)
                for photo_id, name in missing:
                    if photo_id in loaded:
                        found[photo_id] = loaded[photo_id]
                        self._keep((kind, photo_id, name), loaded[photo_id])
        return found

    def _keep(self, key: tuple[str, int, str], data: bytes) -> None:
        if len(data) > self.budget or key in self.images:
            return
        self.images[key] = data
        self.held += len(data)
        while self.held > self.budget:
            _, dropped = self.images.popitem(last=False)
            self.held -= len(dropped)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
