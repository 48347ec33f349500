"""The ingest's reading stage: each file's metadata, key and caption suggestions, read in
worker processes while this one stores (:mod:`media_manager.catalog.ingest` assembles the
stages). :class:`IngestTask` is one file on its way through the pipeline.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

from media_manager.catalog.outcomes import FAILED
from media_manager.catalog.store import CHUNK, NewPhoto, new_photo
from media_manager.catalog.workers import in_worker, run_in_workers
from media_manager.metadata import FileReading, read_metadata
from media_manager.metadata.identity import ask_for_samples

#: Files a reading worker is handed at a time. Handing a batch over and its results back
#: costs the processes about 0.25 ms of CPU whatever it holds (35 us a file at 8, 17 at 16),
#: so a batch is a good many files; 16 still shares an ingest of a few dozen between two
#: workers.
READ_BATCH = 16
#: Batches handed to each reading worker ahead of the results (a chunk of files each), so
#: the workers go on reading while this process stores a chunk.
READ_AHEAD = CHUNK // READ_BATCH
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


def ask_for_files(batch: list[IngestTask]) -> None:
    """Before a worker reads a batch: ask the disk for the fingerprint samples of every
    file in it still to be read, so that a cold disk fetches them together (see
    ``identity.ask_for_samples``). Runs in a worker process."""
    for task in batch:
        if not task.done and task.reading is None and task.fingerprint:
            ask_for_samples(task.path)


def read_file(task: IngestTask) -> IngestTask:
    """The reading half of :func:`examine`: metadata and key, no caption parsing (which
    needs the caption parser loaded). Runs in a worker process."""
    if task.done or task.reading is not None:
        return task
    reading = read_metadata(task.path, with_hash=True, fingerprint=task.fingerprint,
                            look_for_sidecar=task.may_have_sidecar, quiet_header=in_worker())
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
                                     in_flight=READ_AHEAD, on_drain=left.append,
                                     ahead=ask_for_files)
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
                           batch=READ_BATCH, in_flight=EARLY_READS // READ_BATCH,
                           ahead=ask_for_files)
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
    and its patterns) instead of each loading its own; and the file readers' own lazy
    imports with it."""
    from media_manager.captions import prepare
    from media_manager.metadata.reading import load_readers

    prepare()
    load_readers()


def reading_died(task: IngestTask, reason: str) -> IngestTask:
    """The file whose reading killed its worker process twice: failed, the batch goes on."""
    task.outcome, task.reason = FAILED, reason
    return task
