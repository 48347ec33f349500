"""Hot folders: ingest pictures and import caption files as they land in watched folders.

The watcher (the maintained ``watchfiles`` library) reports new and changed files;
a file is taken only once its size and modification time have held still for one
interval, so an FTP upload arriving in pieces is read whole. A file that vanishes
before or while it is read is logged and dropped. Each file ends in one log line.
Files already present when watching starts are taken too, and caption files are
remembered by content hash, so a stop (Ctrl-C, SIGTERM) between two files loses
nothing and a restart imports nothing twice. Captions that matched no photo are
tried again, alone, each time a new picture is added (captions often land first).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from media_manager.catalog.caption_import import CAPTION_SUFFIXES, ImportOptions, files_inside
from media_manager.catalog.discover import is_hidden_or_system, is_photo_name
from media_manager.filenames import shown_path

if TYPE_CHECKING:
    from media_manager.catalog.service import Catalog

Log = Callable[[str], None]


@dataclass
class Seen:
    size: int
    mtime_ns: int
    since: float


class HotFolder:
    """Watch ``roots``; take each new file once it has stopped growing for ``interval`` s."""

    def __init__(self, catalog: Catalog, roots: Iterable[Path], *, interval: float = 2.0,
                 log: Log = print, options: ImportOptions | None = None) -> None:
        self.catalog = catalog
        self.roots = [Path(r).absolute() for r in roots]
        self.interval = interval
        self.log = log
        self.options = options
        self.pending: dict[Path, Seen] = {}
        #: Caption files with captions no photo matched yet → those captions' places.
        self.waiting: dict[Path, frozenset[str]] = {}

    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: pick up what is there, then what arrives."""
        from watchfiles import Change, watch

        for root in self.roots:
            for path in sorted(files_inside(root)):
                self.note(path)
        self.tick()
        for changes in watch(*self.roots, stop_event=stop, yield_on_timeout=True,
                             rust_timeout=max(50, int(self.interval * 500)),
                             debounce=max(50, int(self.interval * 500)), raise_interrupt=False):
            for change, name in changes:
                if change != Change.deleted:
                    self.note(Path(name))
            if stop.is_set():
                break
            self.tick()

    def note(self, path: Path) -> None:
        if is_hidden_or_system(path.name) or not _wanted(path) or path in self.pending:
            return
        self.pending[path] = Seen(-1, -1, time.monotonic())

    def tick(self) -> None:
        """Take every pending file that has held still for one interval."""
        now = time.monotonic()
        for path, seen in list(self.pending.items()):
            try:
                info = path.stat()
            except FileNotFoundError:
                del self.pending[path]
                self._say(f"vanished: {path}")
                continue
            if (info.st_size, info.st_mtime_ns) != (seen.size, seen.mtime_ns):
                self.pending[path] = Seen(info.st_size, info.st_mtime_ns, now)
            elif now - seen.since >= self.interval:
                del self.pending[path]
                self.take(path)

    def take(self, path: Path) -> None:
        try:
            if is_photo_name(path.name):
                self._ingest(path)
            else:
                self._import(path)
        except FileNotFoundError:
            self._say(f"vanished: {path}")
        except Exception as problem:  # noqa: BLE001 - one bad file must not stop the watch
            self._say(f"failed: {path}: {type(problem).__name__}: {problem}")

    def _ingest(self, path: Path) -> None:
        summary = self.catalog.ingest([path], workers=1)
        if not summary.outcomes:
            self._say(f"vanished: {path}")
            return
        outcome = summary.outcomes[0]
        if outcome.photo_id and outcome.outcome in ("added", "updated"):
            self.catalog.build_thumbnails(workers=1, photo_ids=[outcome.photo_id])
        reason = f": {outcome.reason}" if outcome.reason else ""
        photo = f" (photo {outcome.photo_id})" if outcome.photo_id else ""
        self._say(f"ingested {path}: {outcome.outcome}{photo}{reason}")
        if outcome.outcome == "added":
            self._retry_waiting()

    def _retry_waiting(self) -> None:
        """A new picture may be the one captions that arrived before it were waiting for."""
        for path, sources in list(self.waiting.items()):
            options = replace(self.options or ImportOptions(
                weights=self.catalog.pairing_weights()), only=sources)
            try:
                summary = self.catalog.import_captions([path], options=options)
            except OSError:
                del self.waiting[path]
                continue
            if summary.counts()["applied"] or summary.counts()["review"]:
                self._say(f"imported {path} again: {summary.line()}")
            self._wait_for(path, summary.unmatched)

    def _wait_for(self, path: Path, unmatched: frozenset[str]) -> None:
        if unmatched:
            self.waiting[path] = unmatched
        else:
            self.waiting.pop(path, None)

    def _import(self, path: Path) -> None:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        earlier = self.catalog.imported_file_batch(digest)
        if earlier is not None:
            self._say(f"skipped {path}: already imported (batch {earlier})")
            return
        summary = self.catalog.import_captions([path], options=self.options)
        if not summary.items and summary.errors and summary.errors[0][0] in (
                shown_path(str(path)), shown_path(path.name)):
            self._say(f"failed: {path}: {summary.errors[0][1]}")
            return
        self.catalog.remember_imported_file(path, digest, summary.batch_id)
        self._say(f"imported {path}: {summary.line()}")
        self._wait_for(path, summary.unmatched)

    def _say(self, line: str) -> None:
        self.log(f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {shown_path(line)}")


def _wanted(path: Path) -> bool:
    return is_photo_name(path.name) or path.suffix.lower() in CAPTION_SUFFIXES
