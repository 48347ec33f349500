"""Ingest: discover → skip unchanged → read and hash → suggest from the caption → store.

Each stage is a short function over :class:`IngestTask`; :func:`ingest` assembles
them. Reading, hashing and caption parsing run in worker processes; storing runs
in this process, a chunk of files per transaction, so an ingest killed halfway
keeps what it stored and the next run carries on from there. Thumbnails are a
second pass (:mod:`media_manager.catalog.thumbnails`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from media_manager.catalog.claims import mark_interrupted, running_batch
from media_manager.catalog.discover import discover_photos
from media_manager.catalog.outcomes import FAILED, UNCHANGED, IngestSummary
from media_manager.catalog.reading import IngestTask, read_stage
from media_manager.catalog.statistics import (
    LARGE_INGEST,
    refresh_statistics,
    vacuum_search_index,
)
from media_manager.catalog.store import CHUNK, store_chunk
from media_manager.catalog.write_journal import settle_pending_writes
from media_manager.db import database_reason
from media_manager.filenames import shown_path
from media_manager.metadata.identity import is_fingerprint
from media_manager.models import Batch, Photo, PhotoFile, utcnow

#: Once every file has gone to a reading worker, a chunk is stored when it holds as many
#: files as are still to come (half the rest, a quarter, ...), down to this many: the
#: last results are stored while the workers finish, not all at once after them.
TAIL_CHUNK = 32


def stat_stage(tasks: Iterable[IngestTask]) -> Iterator[IngestTask]:
    for task in tasks:
        try:
            info = task.path.stat()
        except OSError as problem:
            task.outcome, task.reason = FAILED, f"cannot read the file: {problem.strerror}"
        else:
            task.file_size, task.mtime_ns = info.st_size, info.st_mtime_ns
        yield task


def skip_unchanged_stage(sessions: sessionmaker
                         ) -> Callable[[Iterable[IngestTask]], Iterator[IngestTask]]:
    """Files whose size and modification time match the catalogue are not read again.

    The catalogue is asked about each chunk of files as it comes, so the cost and the
    memory stay the same whether it knows a thousand files or millions.
    """
    def stage(tasks: Iterable[IngestTask]) -> Iterator[IngestTask]:
        chunk: list[IngestTask] = []
        for task in tasks:
            chunk.append(task)
            if len(chunk) >= CHUNK:
                yield from _skip_known(sessions, chunk)
                chunk = []
        yield from _skip_known(sessions, chunk)
    return stage


def _skip_known(sessions: sessionmaker, chunk: list[IngestTask]) -> list[IngestTask]:
    paths = [str(task.path) for task in chunk if not task.done]
    if paths:
        with sessions() as session:
            known = {path: (size, mtime) for path, size, mtime in session.execute(
                select(PhotoFile.path, PhotoFile.file_size, PhotoFile.mtime_ns)
                .where(PhotoFile.path.in_(paths)))}
        for task in chunk:
            if not task.done and known.get(str(task.path)) == (task.file_size, task.mtime_ns):
                task.outcome = UNCHANGED
    return chunk


def ingest(
    roots: Iterable[Path],
    sessions: sessionmaker,
    *,
    user: str,
    workers: int | None = None,
    progress: Callable[[IngestTask], None] | None = None,
) -> IngestSummary:
    """Catalogue every photo under ``roots``; returns the counted outcomes."""
    roots = [Path(r) for r in roots]
    with sessions.begin() as session:
        interrupted = mark_interrupted(session)
    settle_pending_writes(sessions)
    engine = sessions.kw["bind"]
    with running_batch(engine, "ingest", user, " ".join(map(str, roots))) as batch_id:
        pipeline = default_stages(sessions, workers or os.cpu_count() or 1)
        scheme = keys_by_fingerprint(sessions)
        tasks: Iterable[IngestTask] = (
            IngestTask(path, fingerprint=scheme, may_have_sidecar=sidecars)
            for path, sidecars in discover_photos(roots))
        for stage in pipeline:
            tasks = stage(tasks)
        summary = IngestSummary(batch_id=batch_id, interrupted_batches=interrupted)
        try:
            _store_all(tasks, sessions, batch_id, user, summary, progress)
        finally:  # a Ctrl-C or an error while a chunk is stored: the reading workers end now,
            close = getattr(tasks, "close", None)  # not at exit, when they would be orphaned
            if close is not None:
                close()
        with sessions.begin() as session:
            finished = session.get(Batch, batch_id)
            finished.finished_at = utcnow()
            finished.counts = summary.counts()
            large = finished.counts["added"] + finished.counts["updated"] >= LARGE_INGEST
            if large:
                refresh_statistics(session.connection())
        if large:
            vacuum_search_index(engine)
    return summary


def keys_by_fingerprint(sessions: sessionmaker) -> bool:
    """Whether this catalogue keys pictures by fingerprint: yes when it is empty or its
    first photo has one. A catalogue begun with full hashes keeps them, so every key in
    one catalogue is of one kind and a resend always meets its first copy's key."""
    with sessions() as session:
        first = session.scalar(select(Photo.image_hash).order_by(Photo.id).limit(1))
    return first is None or is_fingerprint(first)


def default_stages(sessions: sessionmaker, workers: int
                   ) -> list[Callable[[Iterable[IngestTask]], Iterator[IngestTask]]]:
    return [stat_stage, skip_unchanged_stage(sessions), read_stage(workers)]


def _store_all(tasks: Iterable[IngestTask], sessions: sessionmaker, batch_id: int, user: str,
               summary: IngestSummary, progress: Callable[[IngestTask], None] | None) -> None:
    chunk: list[IngestTask] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= _chunk_size(task):
            _store_chunk(chunk, sessions, batch_id, user, summary, progress)
            chunk = []
    if chunk:
        _store_chunk(chunk, sessions, batch_id, user, summary, progress)


def _chunk_size(task: IngestTask) -> int:
    """How many files the chunk that ``task`` joined is stored at (see ``TAIL_CHUNK``)."""
    if task.still_to_come is None:
        return CHUNK
    return max(TAIL_CHUNK, min(CHUNK, task.still_to_come))


def _store_chunk(chunk: list[IngestTask], sessions: sessionmaker, batch_id: int, user: str,
                 summary: IngestSummary, progress: Callable[[IngestTask], None] | None) -> None:
    """The chunk in one transaction; if the database refuses it, file by file (a savepoint
    each), so one file the database cannot take fails alone and the rest is stored."""
    before = [(task.outcome, task.reason, task.photo_id) for task in chunk]
    try:
        with sessions.begin() as session:
            store_chunk(session, chunk, batch_id=batch_id, user=user)
    except Exception:  # noqa: BLE001 - retried file by file below, each failure one line
        for task, (outcome, reason, photo_id) in zip(chunk, before):
            task.outcome, task.reason, task.photo_id = outcome, reason, photo_id
        _store_one_by_one(chunk, sessions, batch_id, user)
    for task in chunk:
        summary.record(shown_path(str(task.path)), task.outcome or FAILED, task.reason,
                       task.photo_id)
        if progress:
            progress(task)


def _store_one_by_one(chunk: list[IngestTask], sessions: sessionmaker, batch_id: int,
                      user: str) -> None:
    with sessions.begin() as session:
        for task in chunk:
            outcome, reason = task.outcome, task.reason
            try:
                with session.begin_nested():
                    store_chunk(session, [task], batch_id=batch_id, user=user)
            except Exception as problem:  # noqa: BLE001 - this file fails, the chunk goes on
                task.photo_id = None
                task.outcome, task.reason = FAILED, (
                    reason if outcome == FAILED else f"not stored: {database_reason(problem)}")
                store_chunk(session, [task], batch_id=batch_id, user=user)
