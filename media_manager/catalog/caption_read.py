"""Reading caption files: each file's bytes to caption records, several files side by side.

Reading is mostly parsing each caption for its hints (credit, date, place, people),
pure work that grows with the captions; an import of many files (a feed folder, a
day's stories and sheets) reads them in worker processes, the biggest first, and
keeps the files' order, while this process does other work (the pairing index). A file
whose reading kills its worker fails alone, with the reason; small imports are read here,
where starting processes would cost more.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TypeVar

from media_manager.catalog.workers import run_in_workers
from media_manager.filenames import shown_path
from media_manager.wire import WireFile, read_captions

Done = TypeVar("Done")
MAX_FILE_BYTES = 200_000_000
#: Below this many bytes in all, files are read in this process.
WORKERS_FROM_BYTES = 1_000_000


@dataclass
class FileRead:
    """One caption file: what it gave, or why it could not be read."""

    path: Path
    format: str | None
    size: int = 0
    wire: WireFile | None = None
    problem: str = ""


def read_files(paths: list[Path], format: str | None = None, *, workers: int | None = None,
               meanwhile: Callable[[], Done] | None = None) -> tuple[list[FileRead], Done | None]:
    """Each file read (in ``paths``' order), across worker processes when it pays; and what
    ``meanwhile`` returns, run in this process while the workers read (the import builds
    its pairing index then) or before reading here."""
    jobs = [FileRead(path, format, _size(path)) for path in paths]
    workers = min(len(jobs), workers or os.cpu_count() or 1)
    if workers <= 1 or sum(job.size for job in jobs) < WORKERS_FROM_BYTES:
        done = meanwhile() if meanwhile else None
        return [read_file(job) for job in jobs], done
    from media_manager.captions import prepare

    prepare()  # once here, so forked workers share the gazetteer instead of each loading it
    biggest_first = sorted(jobs, key=lambda job: -job.size)
    outcome: list[Done] = []
    # run_in_workers hands out every job it may keep in flight before it waits for the first
    # result, so ``meanwhile`` runs here once they are all out (or the first ones are).
    asked = chain(biggest_first, _then(meanwhile, outcome))
    reads = list(run_in_workers(read_file, asked, workers, on_death=_died))
    by_job = {id(job): read for job, read in zip(biggest_first, reads, strict=True)}
    return [by_job[id(job)] for job in jobs], outcome[0] if outcome else None


def _then(meanwhile: Callable[[], Done] | None, outcome: list[Done]) -> Iterator[FileRead]:
    """No jobs: the point where ``meanwhile`` runs, once the jobs before it are handed out."""
    if meanwhile is not None:
        outcome.append(meanwhile())
    yield from ()


def read_file(job: FileRead) -> FileRead:
    try:
        size = job.path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise OSError(f"{size:,} bytes is over the limit")
        data = job.path.read_bytes()
    except OSError as problem:
        job.problem = f"cannot read: {problem.strerror or problem}"
        return job
    job.wire = read_captions(data, shown_path(job.path.name), job.format)
    return job


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _died(job: FileRead, reason: str) -> FileRead:
    job.problem = reason
    return job
