"""Caption import: read caption files → pair each record → apply strong ones → queue the rest.

Stages as small functions over a list of :class:`Pairing`; :func:`import_captions`
assembles them. Every record ends as an outcome (applied, review, unmatched or
failed with its reason): a bad row, a bad file or a wrong encoding never stops the
batch. Strong matches are applied a chunk at a time (:mod:`caption_bulk`): each caption
is planned in memory and a caption that fails leaves nothing in the plan, so none is
half-applied; should the database refuse a chunk's statements, that chunk is applied
again caption by caption, each in its own savepoint.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from media_manager.catalog.caption_apply import Diff, apply_pairing, preview
from media_manager.catalog.caption_bulk import apply_chunk, strong_photos, values_of
from media_manager.catalog.caption_read import read_files
from media_manager.catalog.pairing import REVIEW, STRONG, Pairing, pair, settle_competition
from media_manager.catalog.pairing_index import PairingIndex, build_index
from media_manager.catalog.pairing_weights import PairingWeights
from media_manager.catalog.values import PhotoValues
from media_manager.errors import MediaManagerError
from media_manager.filenames import shown_path
from media_manager.models import Batch, ReviewItem, utcnow
from media_manager.wire import WireFile
from media_manager.wire.record import CaptionRecord

APPLIED, UNMATCHED, FAILED = "applied", "unmatched", "failed"
KIND = "caption-import"
CAPTION_SUFFIXES = frozenset({".xml", ".nml", ".csv", ".tsv", ".txt", ".json", ".jsonl",
                              ".ndjson", ".xmp"})
#: Captions applied in one transaction (a few bulk statements each).
CHUNK = 1000
Done = TypeVar("Done")


@dataclass
class ImportItem:
    """One record's outcome."""

    source: str
    outcome: str
    photo_id: int | None = None
    recommendation: str = "none"
    score: float | None = None
    parts: dict[str, float] = field(default_factory=dict)
    changes: Diff = field(default_factory=dict)
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "photo_id": self.photo_id,
                "recommendation": self.recommendation, "score": self.score,
                "parts": self.parts, "changes": self.changes}


@dataclass
class ImportSummary:
    batch_id: int | None = None
    items: list[ImportItem] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: list[WireFile] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counted = {APPLIED: 0, REVIEW: 0, UNMATCHED: 0, FAILED: len(self.errors)}
        for item in self.items:
            if item.outcome != FAILED:
                counted[item.outcome] += 1
        return counted

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch_id, **self.counts(),
                "items": [i.to_json() for i in self.items],
                "errors": [{"source": s, "reason": r} for s, r in self.errors]}

    @property
    def unmatched(self) -> frozenset[str]:
        return frozenset(i.source for i in self.items if i.outcome == UNMATCHED)

    def line(self) -> str:
        """'6 applied (2 with nothing to change), 0 review, 1 unmatched, 0 failed (batch 4)'."""
        counts = self.counts()
        parts = [f"{n} {k}" for k, n in counts.items()]
        same = sum(1 for i in self.items if i.outcome == APPLIED and not i.changes)
        if same:  # a sheet imported again: paired, but the photos already say so
            parts[0] += f" ({same} with nothing to change)"
        return ", ".join(parts) + (
            f" (batch {self.batch_id})" if self.batch_id else " (dry run: nothing changed)")


@dataclass(frozen=True)
class ImportOptions:
    format: str | None = None
    dry_run: bool = False
    force: bool = False
    weights: PairingWeights = field(default_factory=PairingWeights)
    #: Import only the records from these places ("FILE:LINE", "FILE#N"), e.g. to retry the
    #: captions a hot folder could not pair before their pictures arrived.
    only: frozenset[str] | None = None


def caption_files(roots: Iterable[Path]) -> Iterator[Path]:
    """Files named, and caption files (by suffix) under folders named, sorted; a link that
    leads out of its folder is not followed."""
    for root in roots:
        if root.is_dir():
            yield from sorted(p for p in files_inside(root)
                              if p.suffix.lower() in CAPTION_SUFFIXES)
        else:
            yield root


def files_inside(root: Path) -> Iterator[Path]:
    """Every file under ``root`` that really is inside it (no hidden names, no escaping links)."""
    real_root = os.path.realpath(root)
    for path in root.rglob("*"):
        if path.name.startswith(".") or not path.is_file():
            continue
        if os.path.commonpath([real_root, os.path.realpath(path)]) == real_root:
            yield path


def read_stage(paths: Iterable[Path], options: ImportOptions, summary: ImportSummary,
               meanwhile: Callable[[], Done] | None = None
               ) -> tuple[list[CaptionRecord], Done | None]:
    """Every file's records (unreadable files and bad rows become errors), and what
    ``meanwhile`` returns: run while worker processes read the files."""
    records: list[CaptionRecord] = []
    reads, done = read_files(list(paths), options.format, meanwhile=meanwhile)
    for read in reads:
        if read.wire is None:
            summary.errors.append((shown_path(str(read.path)), read.problem))
            continue
        wire = read.wire
        summary.files.append(wire)
        if wire.encoding == "cp1252":
            summary.notes.append(f"{read.path.name}: not UTF-8; read as cp1252 (Windows/Excel)")
        summary.errors.extend(wire.errors)
        records.extend(wire.records)
    return records, done


def dedupe_stage(records: list[CaptionRecord], summary: ImportSummary) -> list[CaptionRecord]:
    """The same caption twice in one import is applied once; the repeat is reported."""
    seen: dict[str, str] = {}
    kept = []
    for record in records:
        key = json.dumps([record.filenames, record.guid, record.version, record.fields,
                          record.action], sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(key.encode()).hexdigest()
        if digest in seen:
            summary.errors.append((record.source, f"duplicate of {seen[digest]}; skipped"))
            continue
        seen[digest] = record.source
        kept.append(record)
    return kept


def pair_stage(index: PairingIndex, records: list[CaptionRecord], weights: PairingWeights,
               progress: Callable[[Pairing], None] | None = None) -> list[Pairing]:
    pairings = []
    for record in records:
        pairing = pair(index, record, weights)
        _check_version(index, pairing)
        pairings.append(pairing)
        if progress:
            progress(pairing)
    settle_competition(pairings)
    return pairings


def _check_version(index: PairingIndex, pairing: Pairing) -> None:
    """A NewsML-G2 item not newer than the version already applied is not applied again."""
    record, best = pairing.record, pairing.best
    if not record.guid or best is None or pairing.recommendation != STRONG:
        return
    applied = index.by_guid.get(record.guid, {}).get(best.photo_id)
    if applied is not None and record.version is not None and record.version <= applied:
        pairing.recommendation = FAILED
        pairing.reason = (f"version {record.version} is not newer than version {applied} "
                          f"already applied to photo {best.photo_id}")
    elif applied is not None and record.action == "caption":
        record.action = "correction"


def import_captions(sessions: sessionmaker, paths: Iterable[Path], *, user: str,
                    options: ImportOptions = ImportOptions(),
                    progress: Callable[[Pairing], None] | None = None) -> ImportSummary:
    paths = [Path(p) for p in paths]
    summary = ImportSummary()
    records, index = read_stage(caption_files(paths), options, summary,
                                meanwhile=lambda: _pairing_index(sessions))
    records = dedupe_stage(records, summary)
    if options.only is not None:
        records = [r for r in records if r.source in options.only]
        summary.errors = [e for e in summary.errors if e[0] in options.only]
    assert index is not None
    with sessions() as session:
        pairings = pair_stage(index, records, options.weights, progress)
        if options.dry_run:
            for start in range(0, len(pairings), CHUNK):
                chunk = pairings[start:start + CHUNK]
                values = values_of(session, strong_photos(chunk))
                for pairing in chunk:
                    changes = (preview(session, pairing, force=options.force,
                                       current=values.get(pairing.best.photo_id))
                               if pairing.recommendation == STRONG and pairing.best else {})
                    summary.items.append(_outcome(pairing, changes))
            _errors_from(summary)
            return summary
    summary.batch_id = _start_batch(sessions, user, paths)
    for start in range(0, len(pairings), CHUNK):
        chunk = pairings[start:start + CHUNK]
        summary.items.extend(_apply_chunk(sessions, chunk, summary.batch_id, user,
                                          options.force))
    _errors_from(summary)
    _finish_batch(sessions, summary)
    return summary


def _apply_chunk(sessions: sessionmaker, chunk: list[Pairing], batch_id: int, user: str,
                 force: bool) -> list[ImportItem]:
    """The chunk in one transaction and a few bulk statements; should the database refuse
    one of them, the chunk again caption by caption, each in its own savepoint, so one
    bad caption fails alone."""
    try:
        with sessions.begin() as session:
            applied = apply_chunk(session, chunk, batch_id=batch_id, user=user, force=force)
    except (DataError, IntegrityError):
        return _apply_one_by_one(sessions, chunk, batch_id, user, force)
    items = []
    for pairing, result in zip(chunk, applied, strict=True):
        item = _outcome(pairing, result.diff)
        if result.failure:
            item.outcome, item.reason = FAILED, result.failure
        items.append(item)
    return items


def _apply_one_by_one(sessions: sessionmaker, chunk: list[Pairing], batch_id: int, user: str,
                      force: bool) -> list[ImportItem]:
    items = []
    with sessions.begin() as session:
        values = values_of(session, strong_photos(chunk))
        for pairing in chunk:
            items.append(_apply_one(session, pairing, batch_id, user, force, values))
            session.flush()
            session.expunge_all()  # keeps the ORM's DELETE bookkeeping per caption small
    return items


def _pairing_index(sessions: sessionmaker) -> PairingIndex:
    with sessions() as session:
        return build_index(session)


def _outcome(pairing: Pairing, changes: Diff) -> ImportItem:
    best = pairing.best
    outcome = {STRONG: APPLIED, REVIEW: REVIEW, FAILED: FAILED}.get(
        pairing.recommendation, UNMATCHED)
    return ImportItem(
        pairing.record.source, outcome,
        best.photo_id if best and outcome in (APPLIED, REVIEW, FAILED) else None,
        pairing.recommendation if pairing.recommendation != FAILED else STRONG,
        best.score if best else None, best.parts if best else {}, changes, pairing.reason)


def _apply_one(session: Session, pairing: Pairing, batch_id: int, user: str,
               force: bool, values: dict[int, PhotoValues]) -> ImportItem:
    if pairing.recommendation == REVIEW:
        session.add(ReviewItem(batch_id=batch_id, source=pairing.record.source,
                               record=pairing.record.to_json(), reason=pairing.reason,
                               candidates=[c.to_json() for c in pairing.candidates]))
    if pairing.recommendation != STRONG or pairing.best is None:
        return _outcome(pairing, {})
    try:
        with session.begin_nested(), session.no_autoflush:  # one flush per caption
            changes = apply_pairing(session, pairing, pairing.best.photo_id,
                                    batch_id=batch_id, user=user, force=force,
                                    current=values.get(pairing.best.photo_id))
    except (MediaManagerError, DataError, IntegrityError) as problem:
        item = _outcome(pairing, {})
        item.outcome, item.reason = FAILED, _reason(problem)
        return item
    return _outcome(pairing, changes)


def _reason(problem: Exception) -> str:
    """One line: the database's own complaint for a row it refused."""
    if isinstance(problem, DBAPIError):
        return "the database refused it: " + str(problem.orig).strip().splitlines()[0]
    return str(problem)


def _errors_from(summary: ImportSummary) -> None:
    for item in summary.items:
        if item.outcome == FAILED:
            summary.errors.append((item.source, item.reason))


def _start_batch(sessions: sessionmaker, user: str, paths: Iterable[Path]) -> int:
    with sessions.begin() as session:
        batch = Batch(kind=KIND, user=user,
                      description=" ".join(os.fspath(p) for p in paths)[:2000])
        session.add(batch)
        session.flush()
        return batch.id


def _finish_batch(sessions: sessionmaker, summary: ImportSummary) -> None:
    with sessions.begin() as session:
        batch = session.get(Batch, summary.batch_id)
        assert batch is not None
        batch.finished_at = utcnow()
        batch.counts = summary.counts()
