"""Write-back: the catalogue's values into the files (or XMP sidecars), photo by photo.

What is written is each photo's current catalogue values from the file itself,
sidecars, imports and the desk (never unaccepted parsed suggestions: accepting
one makes it manual). The byte-level work, the temporary file, the read-back and
the atomic rename live in :mod:`media_manager.metadata.writer`; this module
chooses the values, refuses files changed on disk since they were catalogued,
records the new size and time (so the next ingest does not read the file again)
and clears the photo's "not yet written" mark. One failure never stops the job.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.results import (
    FAILED,
    PLANNED,
    UNCHANGED,
    WRITTEN,
    JobSummary,
    PhotoOutcome,
)
from media_manager.catalog.values import PARSED, PhotoValues, load_values
from media_manager.catalog.write_journal import WriteJournal, settle_pending_writes
from media_manager.errors import MediaManagerError, PhotoNotFound
from media_manager.fields import FIELDS
from media_manager.metadata import read_metadata, read_sidecar
from media_manager.metadata.files import WriteResult
from media_manager.metadata.sidecar import sidecar_path, write_sidecar
from media_manager.metadata.writer import (
    PlannedChange,
    managed_values,
    normalise,
    plan_write,
    write_metadata,
)
from media_manager.models import Photo, PhotoFile, utcnow


@dataclass(frozen=True)
class WriteOptions:
    sidecar: bool = False
    dry_run: bool = False
    backup: bool = False
    truncate_iim: bool = False


@dataclass
class WriteSummary(JobSummary):
    """Per-photo outcomes (written, unchanged, planned, failed) and the --dry-run plans."""

    kinds: tuple[str, ...] = (WRITTEN, UNCHANGED, FAILED)
    plans: dict[int, list[PlannedChange]] = field(default_factory=dict)


def values_to_write(values: PhotoValues) -> dict[str, object]:
    """Every field the file should carry: all current values except parsed suggestions."""
    return {spec.name: values.fields[spec.name] for spec in FIELDS
            if spec.name in values.fields and values.sources.get(spec.name) != PARSED}


def write_back(sessions: sessionmaker, photo_ids: Sequence[int] | None, *, changed: bool,
               options: WriteOptions) -> WriteSummary:
    """Write the chosen photos (``changed``: those with edits not yet in their file)."""
    summary = WriteSummary()
    if options.dry_run:
        summary.kinds = (PLANNED, UNCHANGED, FAILED)
    else:
        settle_pending_writes(sessions)  # writes a killed process left half done (issue 11)
    with sessions() as session:
        ids = list(photo_ids or [])
        if changed:
            ids += [i for i in session.scalars(
                select(Photo.id).where(Photo.unwritten).order_by(Photo.id)) if i not in ids]
    for photo_id in ids:
        with sessions() as session:
            summary.add(write_one(session, photo_id, options, summary))
            if not options.dry_run:  # what was written is remembered, failures included
                session.commit()
    return summary


def write_one(session: Session, photo_id: int, options: WriteOptions,
              summary: WriteSummary) -> PhotoOutcome:
    """Write one photo into every file that holds it (a resend's copies too)."""
    photo = session.get(Photo, photo_id)
    if photo is None:
        return PhotoOutcome(photo_id, FAILED, str(PhotoNotFound(photo_id)))
    values = values_to_write(load_values(session, photo_id))
    if options.dry_run:
        try:
            plan = planned(photo.path, values, options)
        except (MediaManagerError, OSError) as problem:
            return PhotoOutcome(photo_id, FAILED, one_line(problem), path=photo.path)
        summary.plans[photo_id] = plan
        return PhotoOutcome(photo_id, PLANNED if plan else UNCHANGED, path=photo.path,
                            fields=sorted({p.field for p in plan}))
    results: list[WriteResult] = []
    failures: list[str] = []
    paths = copies(session, photo)
    for path in paths:
        try:
            results.append(write_copy(session, photo, path, values, options))
        except (MediaManagerError, OSError) as problem:
            failures.append(one_line(problem))
    if failures:
        written = f"{len(results)} of {len(paths)} copies written; " if len(paths) > 1 else ""
        return PhotoOutcome(photo_id, FAILED, written + "; ".join(failures), path=photo.path)
    mark_written(session, photo)
    changed = any(r.changed for r in results)
    return PhotoOutcome(photo_id, WRITTEN if changed else UNCHANGED, notes(results, paths),
                        path=str(results[0].path))


def copies(session: Session, photo: Photo) -> list[str]:
    """Every file that holds the photo's picture, its own path first."""
    others = session.scalars(select(PhotoFile.path).where(
        PhotoFile.photo_id == photo.id, PhotoFile.path != photo.path).order_by(PhotoFile.path))
    return [photo.path, *others]


def write_copy(session: Session, photo: Photo, path: str, values: dict[str, object],
               options: WriteOptions) -> WriteResult:
    if options.sidecar:
        return write_sidecar(path, values)
    check_unchanged_on_disk(session, path)
    journal = WriteJournal.begin(session, photo, path)
    try:
        result = write_metadata(path, values, truncate_iim=options.truncate_iim,
                                backup=options.backup, verify=journal.verifying(read_back))
    except BaseException:
        journal.abandon()
        raise
    remember_file(session, photo, path)
    journal.finish(session)
    session.commit()  # this copy's new size and time; the journal of the next opens its own
    return result


def notes(results: list[WriteResult], paths: list[str]) -> str | None:
    """What the desk should know about a written photo: cuts, carried values, copies."""
    said: list[str] = []
    truncated = sorted({name for r in results for name in r.iim_truncated})
    if truncated:
        said.append(f"IIM cut to its limit: {', '.join(truncated)}")
    for warning in (w for r in results for w in r.warnings):
        if warning not in said:
            said.append(warning)
    if len(paths) > 1:
        said.append(f"{len(paths)} copies written")
    return "; ".join(said) or None


def planned(path: str, values: dict[str, object], options: WriteOptions) -> list[PlannedChange]:
    """The --dry-run table: per field and store, before → after; nothing written."""
    if not options.sidecar:
        return plan_write(path, values, truncate_iim=options.truncate_iim)
    target = sidecar_path(path)
    before = read_sidecar(target) if target.exists() else {}
    after: dict[str, Any] = {k: v for k, v in managed_values(values).items()
                             if v not in (None, "", [])}
    return [PlannedChange(spec.name, "XMP sidecar", before.get(spec.name), after.get(spec.name))
            for spec in FIELDS
            if normalise(spec.name, before.get(spec.name)) !=
            normalise(spec.name, after.get(spec.name))]


def read_back(path: Path) -> dict[str, object]:
    """The project's own reader on the written copy: a second, independent check."""
    return dict(read_metadata(path).fields)


def check_unchanged_on_disk(session: Session, path: str) -> None:
    """Refuse to overwrite a file someone changed after it was catalogued."""
    known = session.scalar(select(PhotoFile).where(PhotoFile.path == path))
    info = os.stat(path)
    if known is not None and (known.file_size, known.mtime_ns) != (info.st_size,
                                                                   info.st_mtime_ns):
        raise MediaManagerError(f"{path}: changed on disk since it was catalogued; "
                                "ingest it again before writing")


def remember_file(session: Session, photo: Photo, path: str) -> None:
    """The file's new size and time, so the next ingest sees it as unchanged (the image
    data, and so the photo's identity, is byte-identical)."""
    info = os.stat(path)
    session.execute(update(PhotoFile).where(PhotoFile.path == path).values(
        file_size=info.st_size, mtime_ns=info.st_mtime_ns, read_at=utcnow()))
    if path == photo.path:
        photo.file_size = info.st_size


def mark_written(session: Session, photo: Photo) -> None:
    """Clear 'not yet written' unless another save came in meanwhile (version moved on)."""
    session.execute(update(Photo).where(Photo.id == photo.id, Photo.version == photo.version)
                    .values(unwritten=False, written_at=utcnow())
                    .execution_options(synchronize_session=False))


def one_line(problem: BaseException) -> str:
    if isinstance(problem, OSError):
        return f"{problem.filename or ''}: {problem.strerror or problem}".lstrip(": ")
    return str(problem).splitlines()[0] if str(problem) else type(problem).__name__
