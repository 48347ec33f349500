"""Who is running a job, and whether they still are: so the next run can tell a dead one.

An ingest batch or a write-back intent records its owner as ``host:pid``. On
PostgreSQL an ingest also holds a session advisory lock on its batch for as
long as it runs; the server drops it when the process or its machine dies, so
any desk machine can tell. On SQLite (one machine) the owner's process is asked.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select, text, update
from sqlalchemy.orm import Session

from media_manager.models import Batch, utcnow

_BATCH_LOCK = "SELECT {}(hashtext(current_schema()), :batch_id)"


def owner_tag() -> str:
    """This process, as a batch or an intent records it."""
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_alive(owner: str | None) -> bool:
    """False only when ``owner`` is a process of this machine that no longer runs."""
    host, _, pid = (owner or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True  # another machine's (or unknown): it cannot be asked from here
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def running_batch(engine: Engine, kind: str, user: str, description: str) -> Iterator[int]:
    """A new batch row, claimed for as long as the block runs; yields its id."""
    with engine.connect() as connection:
        row = {"kind": kind, "user": user, "description": description, "counts": {},
               "owner": owner_tag(), "started_at": utcnow()}
        batch_id = connection.execute(insert(Batch).returning(Batch.id), [row]).scalar_one()
        if _postgres(connection):  # taken before the row is visible to anyone else
            connection.execute(text(_BATCH_LOCK.format("pg_advisory_lock")),
                               {"batch_id": batch_id})
        connection.commit()
        try:
            yield batch_id
        finally:
            if _postgres(connection) and not connection.closed:
                connection.execute(text(_BATCH_LOCK.format("pg_advisory_unlock")),
                                   {"batch_id": batch_id})
                connection.commit()


def mark_interrupted(session: Session, kind: str = "ingest") -> list[int]:
    """Mark the unfinished batches whose process died; returns their ids."""
    rows = session.execute(select(Batch.id, Batch.owner).where(
        Batch.kind == kind, Batch.finished_at.is_(None),
        Batch.interrupted_at.is_(None))).all()
    dead = [batch_id for batch_id, owner in rows if not _still_running(session, batch_id, owner)]
    if dead:
        session.execute(update(Batch).where(Batch.id.in_(dead)).values(interrupted_at=utcnow()))
    return dead


def _still_running(session: Session, batch_id: int, owner: str | None) -> bool:
    connection = session.connection()
    if not _postgres(connection):
        return owner_alive(owner)
    free = connection.execute(text(_BATCH_LOCK.format("pg_try_advisory_lock")),
                              {"batch_id": batch_id}).scalar()
    if free:
        connection.execute(text(_BATCH_LOCK.format("pg_advisory_unlock")),
                           {"batch_id": batch_id})
    return not free


def _postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def age_seconds(since: datetime) -> float:
    moment = since if since.tzinfo else since.replace(tzinfo=utcnow().tzinfo)
    return (utcnow() - moment).total_seconds()
