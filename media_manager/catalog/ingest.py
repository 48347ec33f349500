"""Ingest: discover → skip unchanged → read and hash → suggest from the caption → store.

Each stage is a short function over :class:`IngestTask`; :func:`ingest` assembles
them. Reading, hashing and caption parsing run in worker processes; storing runs
in this process, a chunk of files per transaction, so an ingest killed halfway
keeps what it stored and the next run carries on from there. Thumbnails are a
second pass (:mod:`media_manager.catalog.thumbnails`).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from media_manager.catalog.claims import mark_interrupted, running_batch
from media_manager.catalog.discover import discover_photos
from media_manager.catalog.outcomes import FAILED, UNCHANGED, IngestSummary
from media_manager.catalog.statistics import (
    LARGE_INGEST,
    refresh_statistics,
    vacuum_search_index,
)
from media_manager.catalog.store import NewPhoto, new_photo, store_chunk
from media_manager.catalog.workers import run_in_workers
from media_manager.catalog.write_journal import settle_pending_writes
from media_manager.db import database_reason
from media_manager.filenames import shown_path
from media_manager.metadata import FileReading, read_metadata
from media_manager.metadata.identity import is_fingerprint
from media_manager.models import Batch, Photo, PhotoFile, utcnow

#: Files stored per transaction: each costs a few fixed statements and a commit, and the
#: SQLite search index one more segment to merge later.
CHUNK = 256
#: Files a reading worker is handed at a time (passing each alone costs about as much
#: as reading its headers).
READ_BATCH = 8
#: Batches handed to each reading worker ahead of the results (a chunk of files each), so
#: the workers go on reading while this process stores a chunk.
READ_AHEAD = CHUNK // READ_BATCH
#: Once every file has gone to a reading worker, a chunk is stored when it holds as many
#: files as are still to come (half the rest, a quarter, ...), down to this many: the
#: last results are stored while the workers finish, not all at once after them.
TAIL_CHUNK = 32
#: Files read by one process while this one loads the caption parser (about as many as
#: it reads in that time), before the workers that parse captions start.
EARLY_READS = 512


@dataclass
class IngestTask:
    """One file on its way through the pipeline."""

    path: Path
    #: Key the picture by its fingerprint (a catalogue begun with fingerprints) or by the
    #: full hash of its image data (a catalogue begun before them): see ``keys_by_fingerprint``.
    fingerprint: bool = True
    #: False when discovery saw no XMP file in the photo's folder: no sidecar to look for.
    may_have_sidecar: bool = True
    file_size: int = 0
    mtime_ns: int = 0
    reading: FileReading | None = None
    suggestions: dict[str, str | list[str]] = field(default_factory=dict)
    outcome: str | None = None
    reason: str | None = None
    photo_id: int | None = None
    #: The full hash of the image data, when a fingerprint match had to be checked.
    full_hash: str | None = None
    #: Its rows if the picture is new to the catalogue, made by the reading worker.
    new_photo: NewPhoto | None = None
    #: Once every file has gone to a reading worker: how many results are still to come
    #: after this one, so the store need not wait for a full chunk (see ``TAIL_CHUNK``).
    still_to_come: int | None = None

    @property
    def done(self) -> bool:
        return self.outcome is not None


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


def examine(task: IngestTask) -> IngestTask:
    """Read and hash one file and parse its caption. Runs in a worker process."""
    if task.done:
        return task
    if task.reading is None:
        read_file(task)
        if task.done:
            return task
    assert task.reading is not None
    task.suggestions = suggest_from_caption(task.reading)
    task.new_photo = new_photo(task)
    return task


def read_file(task: IngestTask) -> IngestTask:
    """The reading half of :func:`examine`: metadata and key, no caption parsing (which
    needs the caption parser loaded). Runs in a worker process."""
    if task.done or task.reading is not None:
        return task
    reading = read_metadata(task.path, with_hash=True, fingerprint=task.fingerprint,
                            look_for_sidecar=task.may_have_sidecar)
    task.reading = reading
    if reading.error:
        task.outcome, task.reason = FAILED, reading.error
    elif not reading.image_hash:
        task.outcome, task.reason = FAILED, "no image data to identify the picture by"
    reading.raw = {}  # each store's own values: the store never uses them, the pipe carries less
    return task


def suggest_from_caption(reading: FileReading) -> dict[str, str | list[str]]:
    """Values the caption states that the embedded fields lack, as suggestions."""
    caption = reading.fields.get("description")
    if not isinstance(caption, str) or not caption.strip():
        return {}
    return {name: list(value) if isinstance(value, list) else value
            for name, value in caption_suggestions(caption) if name not in reading.fields}


@lru_cache(maxsize=256)
def caption_suggestions(caption: str) -> tuple[tuple[str, str | list[str]], ...]:
    """What one caption text suggests. Parsing is pure, so a caption a series of pictures
    shares (a burst, a pool set, a handout) is parsed once per worker, not once a picture."""
    from media_manager.captions import parse_caption, suggest_fields

    return tuple(suggest_fields(parse_caption(caption)).items())


def read_stage(workers: int) -> Callable[[Iterable[IngestTask]], Iterator[IngestTask]]:
    """Examine files across ``workers`` processes (in this process when 1), in order."""
    def stage(tasks: Iterable[IngestTask]) -> Iterator[IngestTask]:
        if workers <= 1:
            yield from map(examine, tasks)
            return
        waiting = iter(tasks)
        for first in waiting:  # files already settled (unchanged, unreadable) need no worker:
            if not first.done:  # a run that finds nothing new starts no processes at all
                break
            yield first
        else:
            return
        waiting = chain([first], waiting)
        # what is loaded by now lives as long as the process: the garbage collector's
        # passes (here and in the workers, where they would copy every page they touch)
        # skip it; frozen before each fork, so this process copies none either
        gc.freeze()
        early: Generator[IngestTask, None, None] | None = None
        results: Iterator[IngestTask] | None = None
        try:
            early = _read_early(waiting)  # the first files of ``waiting``, read ahead
            _prepare_captions()
            gc.freeze()
            left: list[int] = []  # results still to come, once every file went out
            results = run_in_workers(examine, chain(early, waiting), workers,
                                     on_death=reading_died, batch=READ_BATCH,
                                     in_flight=READ_AHEAD, on_drain=left.append)
            for task in results:
                if left:
                    left[0] -= 1
                    task.still_to_come = left[0]
                yield task
        finally:  # closed now (a Ctrl-C, an error while storing): their processes end now
            for running in (results, early):
                close = getattr(running, "close", None)
                if close is not None:
                    close()
            gc.unfreeze()
    return stage


def _read_early(tasks: Iterator[IngestTask]) -> Generator[IngestTask, None, None]:
    """The first :data:`EARLY_READS` files, read (not examined) by one process forked
    before the caption parser is loaded, so that loading it here, which takes a good
    part of a second, is not time the other core spends idle. Its workers then only
    parse those files' captions. Nothing is read early when the parser is loaded already
    (a second ingest in one process)."""
    if caption_parser_loaded():
        return _chained([])
    early = run_in_workers(read_file, islice(tasks, EARLY_READS), 1, on_death=reading_died,
                           batch=READ_BATCH, in_flight=EARLY_READS // READ_BATCH)
    # the first result: by then every early file has been handed to the process
    return _chained(list(islice(early, 1)), early)


def _chained(first: list[IngestTask], rest: Iterator[IngestTask] | None = None
             ) -> Generator[IngestTask, None, None]:
    """``first``, then ``rest``, which is closed with this (its process ends then)."""
    try:
        yield from first
        if rest is not None:
            yield from rest
    finally:
        close = getattr(rest, "close", None)
        if close is not None:
            close()


def caption_parser_loaded() -> bool:
    """Whether this process has loaded the caption parser already."""
    return "media_manager.captions.parse" in sys.modules


def _prepare_captions() -> None:
    """Load the caption parser once here, so the forked workers share it (the gazetteer
    and its patterns) instead of each loading its own."""
    from media_manager.captions import prepare

    prepare()


def reading_died(task: IngestTask, reason: str) -> IngestTask:
    """The file whose reading killed its worker process twice: failed, the batch goes on."""
    task.outcome, task.reason = FAILED, reason
    return task


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
