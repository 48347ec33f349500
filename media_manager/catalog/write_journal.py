"""The write-back journal: what a write meant to do, recorded before it does it.

A write-back renames a new file over the original and then commits the file's
new size and time to the catalogue. A kill between the two used to leave a
catalogue that thought the file changed behind its back. Now each write records
an intent first (photo, path, version, owner), and the new file's size, time and
SHA-256 just before the rename; the commit removes the intent. An intent whose
owner has died is settled by the next ``write`` or ``ingest``: if the file on disk
is the new one, the bookkeeping is finished (new size and time, "written"); if
not, the original never changed. Either way our temporary files are removed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.claims import age_seconds, owner_alive, owner_tag
from media_manager.models import Photo, PhotoFile, WriteIntent, utcnow

FOREIGN_OWNER_AFTER = 3600.0  # seconds: a write from another machine is long over by then


@dataclass
class WriteJournal:
    """One write under way: begun before the temporary file, finished with the commit."""

    engine: Engine
    intent_id: int

    @classmethod
    def begin(cls, session: Session, photo: Photo, path: str | None = None) -> WriteJournal:
        """The intent to write ``path`` (the photo's own file, or one of its copies)."""
        engine = session.get_bind().engine
        with engine.begin() as connection:  # its own transaction: visible even if we die
            intent_id = connection.execute(insert(WriteIntent).returning(WriteIntent.id), [{
                "photo_id": photo.id, "path": path or photo.path, "version": photo.version,
                "owner": owner_tag(), "started_at": utcnow()}]).scalar_one()
        return cls(engine, intent_id)

    def verifying(self, read_back: Callable[[Path], Mapping[str, object]]
                  ) -> Callable[[Path], Mapping[str, object]]:
        """``read_back`` that also records the checked new file, just before the rename."""
        def verify(temp: Path) -> Mapping[str, object]:
            values = read_back(temp)
            info = temp.stat()
            with self.engine.begin() as connection:
                connection.execute(update(WriteIntent).where(WriteIntent.id == self.intent_id)
                                   .values(temp_path=str(temp), new_size=info.st_size,
                                           new_mtime_ns=info.st_mtime_ns,
                                           new_sha256=file_sha256(temp)))
            return values
        return verify

    def finish(self, session: Session) -> None:
        """Part of the transaction that records the written file."""
        session.execute(delete(WriteIntent).where(WriteIntent.id == self.intent_id))

    def abandon(self) -> None:
        """The write did not happen (refused or failed; the writer removed its file)."""
        with self.engine.begin() as connection:
            connection.execute(delete(WriteIntent).where(WriteIntent.id == self.intent_id))


def settle_pending_writes(sessions: sessionmaker) -> list[int]:
    """Settle the intents of writers that died; returns the photo ids settled."""
    with sessions() as session:
        intents = session.scalars(select(WriteIntent).order_by(WriteIntent.id)).all()
    live = {i.path for i in intents if not _dead(i)}
    settled = []
    for intent in (i for i in intents if _dead(i)):
        with sessions.begin() as session:
            if session.get(WriteIntent, intent.id) is None:
                continue  # another process settled it
            _settle(session, intent, remove_temporaries=intent.path not in live)
            settled.append(intent.photo_id)
    return settled


def _dead(intent: WriteIntent) -> bool:
    return not owner_alive(intent.owner) or age_seconds(intent.started_at) > FOREIGN_OWNER_AFTER


def _settle(session: Session, intent: WriteIntent, *, remove_temporaries: bool) -> None:
    path = Path(intent.path)
    if intent.new_size is not None and _is_new_file(path, intent):
        session.execute(update(PhotoFile).where(PhotoFile.path == intent.path).values(
            file_size=intent.new_size, mtime_ns=intent.new_mtime_ns, read_at=utcnow()))
        session.execute(update(Photo).where(Photo.id == intent.photo_id, Photo.path == intent.path)
                        .values(file_size=intent.new_size))
        session.execute(update(Photo).where(Photo.id == intent.photo_id,
                                            Photo.version == intent.version)
                        .values(unwritten=False, written_at=utcnow())
                        .execution_options(synchronize_session=False))
    if remove_temporaries:
        remove_our_temporaries(path, intent.temp_path)
    session.execute(delete(WriteIntent).where(WriteIntent.id == intent.id))


def _is_new_file(path: Path, intent: WriteIntent) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return ((info.st_size, info.st_mtime_ns) == (intent.new_size, intent.new_mtime_ns)
            and file_sha256(path) == intent.new_sha256)


def remove_our_temporaries(path: Path, recorded: str | None = None) -> list[Path]:
    """The writer's temporary files beside ``path`` (``.NAME.XXXXXXXX.tmp``), removed."""
    found = [Path(recorded)] if recorded else []
    try:
        found += [entry for entry in path.parent.glob(f".{_glob_escape(path.name)}.*.tmp")]
    except OSError:
        return []
    removed = []
    for temporary in dict.fromkeys(found):
        try:
            temporary.unlink()
            removed.append(temporary)
        except FileNotFoundError:
            continue
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks (memory stays flat whatever its size)."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
