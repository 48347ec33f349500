"""The catalogue service: the one place that opens the database and runs its jobs.

The CLI and the UI build a :class:`Catalog` from their Settings and call it;
neither touches SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Self

from sqlalchemy import Engine

from media_manager.catalog.ingest import IngestTask, ingest
from media_manager.catalog.outcomes import IngestSummary
from media_manager.catalog.thumbnail_store import (
    PREVIEW,
    THUMBNAIL,
    FolderStore,
    ImageCache,
    open_store,
)
from media_manager.config import Settings
from media_manager.db import make_engine, migrate, session_factory
from media_manager.errors import PhotoNotFound
from media_manager.lazy import LazyModule

if TYPE_CHECKING:  # the jobs' modules load when a job first runs (a quick `ingest` start)
    from media_manager import codes
    from media_manager.catalog import backup as backup_file
    from media_manager.catalog import (
        browse,
        caption_import,
        caption_undo,
        desk_jobs,
        edits,
        export,
        hot_files,
        lint,
        operations,
        pairing_weights,
        queries,
        report_config,
        report_request,
        review,
        search,
        thumbnails,
        usage,
        usage_import,
        validation,
        writeback,
    )
    from media_manager.catalog import templates as template_store
    from media_manager.catalog.caption_import import ImportOptions, ImportSummary
    from media_manager.catalog.caption_undo import UndoSummary
    from media_manager.catalog.lint import PhotoFindings
    from media_manager.catalog.operations import FieldEdit
    from media_manager.catalog.pairing import Pairing
    from media_manager.catalog.pairing_weights import PairingWeights
    from media_manager.catalog.report_config import ReportConfig
    from media_manager.catalog.report_model import Report
    from media_manager.catalog.report_request import ReportRequest
    from media_manager.catalog.results import JobSummary
    from media_manager.catalog.templates import Template, TemplateEntry
    from media_manager.catalog.thumbnails import ThumbnailJob
    from media_manager.catalog.usage import UseRequest
    from media_manager.catalog.usage_import import UseImportSummary
    from media_manager.codes import CodeReplacements
else:
    backup_file, template_store = (LazyModule("media_manager.catalog.backup"),
                                   LazyModule("media_manager.catalog.templates"))
    codes = LazyModule("media_manager.codes")
    (browse, caption_import, caption_undo, desk_jobs, edits, export, hot_files, lint,
     operations, pairing_weights, queries, report_config, report_request, review, search,
     thumbnails, usage, usage_import, validation, writeback) = (
        LazyModule(f"media_manager.catalog.{name}") for name in (
            "browse", "caption_import", "caption_undo", "desk_jobs", "edits", "export",
            "hot_files", "lint", "operations", "pairing_weights", "queries",
            "report_config", "report_request", "review", "search", "thumbnails", "usage",
            "usage_import", "validation", "writeback"))


class Catalog:
    """A catalogue of photos at ``settings.database_url``."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.engine = engine or make_engine(settings.database_url,
                                            create_folder=settings.uses_default_database)
        self.sessions = session_factory(self.engine)
        self.codes: CodeReplacements | None = None
        #: Where thumbnails and previews live (``--thumbnails``): a folder or the database.
        self.thumbnail_store = open_store(settings)
        self.images = ImageCache()

    @classmethod
    def open(cls, settings: Settings) -> Catalog:
        """Open the catalogue, creating or upgrading its schema first."""
        catalog = cls(settings)
        migrate(catalog.engine)
        return catalog

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # jobs
    def ingest(self, roots: Iterable[Path], *, workers: int | None = None,
               progress: Callable[[IngestTask], None] | None = None) -> IngestSummary:
        return ingest(roots, self.sessions, user=self.settings.user, workers=workers,
                      progress=progress)

    def build_thumbnails(self, *, workers: int | None = None,
                         progress: Callable[[ThumbnailJob], None] | None = None,
                         photo_ids: list[int] | None = None) -> dict[str, int]:
        return thumbnails.build_thumbnails(self.sessions, self.thumbnail_store, workers=workers,
                                progress=progress, photo_ids=photo_ids)

    def thumbnail_path(self, relative: str | None) -> Path | None:
        """A thumbnail's file, in a folder store (None in the database store)."""
        if not relative or not isinstance(self.thumbnail_store, FolderStore):
            return None
        path = self.thumbnail_store.path(relative)
        return path if path.exists() else None

    def thumbnail_images(self, photos: Iterable[tuple[int, str | None]],
                         kind: str = THUMBNAIL) -> dict[int, bytes]:
        """The JPEG bytes of these (photo id, thumbnail name)s' thumbnails (or previews), by
        id, in one read of the store for those this process does not hold yet."""
        return self.images.get_many(self.engine.connect, self.thumbnail_store, kind, photos)

    def thumbnail_image(self, photo_id: int, name: str | None) -> bytes | None:
        return self.thumbnail_images([(photo_id, name)]).get(photo_id)

    def preview_image(self, photo_id: int, name: str | None) -> bytes | None:
        """The photo's 1600-px preview, else its thumbnail, else None."""
        return self.thumbnail_images([(photo_id, name)], PREVIEW).get(photo_id) or \
            self.thumbnail_image(photo_id, name)

    # reading
    def photo(self, photo_id: int) -> queries.PhotoRecord:
        with self.sessions() as session:
            return queries.photo_record(session, photo_id)

    def list_photos(self, *, text: str = "", limit: int = 50, offset: int = 0,
                    newest_first: bool = False, include_inactive: bool = False
                    ) -> list[queries.PhotoSummary]:
        """A page of photos; superseded and killed ones only with ``include_inactive``."""
        with self.sessions() as session:
            return queries.list_photos(session, text=text, limit=limit, offset=offset,
                                       newest_first=newest_first,
                                       include_inactive=include_inactive)

    def lint(self, photo_ids: list[int] | None = None) -> list[PhotoFindings]:
        """The caption linter's findings for these photos (all when None)."""
        with self.sessions() as session:
            results = lint.lint_photos(session, photo_ids)
        missing = sorted(set(photo_ids or ()) - {r.photo_id for r in results})
        if missing:
            raise PhotoNotFound(missing[0])
        return results

    def count(self, text: str = "", *, include_inactive: bool = False) -> int:
        with self.sessions() as session:
            return queries.count_photos(session, text, include_inactive=include_inactive)

    # editing (issue 4): the CLI and the UI save through these, never through SQL
    def use_code_replacements(self, path: str | Path | None = None, delimiter: str = "=") -> int:
        """Expand ``=code=`` from this file on every save; the default file is
        ``code_replacements.txt`` in the data folder, used when present. Returns the code count."""
        path = Path(path) if path else self.settings.data_dir / "code_replacements.txt"
        if not path.exists() and path == self.settings.data_dir / "code_replacements.txt":
            self.codes = None
            return 0
        self.codes = codes.load_codes(path, delimiter)
        return len(self.codes)

    def _expand(self) -> Callable[[str], str] | None:
        return self.codes.expand if self.codes else None

    def edit(self, photo_id: int, changes: Mapping[str, object] | Sequence[FieldEdit], *,
             user: str | None = None, expected_version: int | None = None) -> int:
        """Save the desk's changes to one photo; returns its new version.

        Refused with :class:`EditConflict` when ``expected_version`` is stale.
        """
        planned = operations.sets(changes) if isinstance(changes, Mapping) else list(changes)
        with self.sessions() as session:
            result = edits.edit(session, photo_id, planned, user=user or self.settings.user,
                                expected_version=expected_version, expand=self._expand())
            if result.changed:
                session.commit()
            else:
                session.rollback()
            return result.version

    def bulk_edit(self, photo_ids: Sequence[int], changes: Sequence[FieldEdit], *,
                  user: str | None = None) -> JobSummary:
        """The same edits on every photo of a selection, as one batch; outcomes per photo."""
        return edits.bulk_edit(self.sessions, photo_ids, changes, user=user or self.settings.user,
                               expand=self._expand(), description=_describe(changes))

    def revert(self, photo_id: int, field_name: str, history_id: int, *,
               user: str | None = None, before: bool = False,
               expected_version: int | None = None) -> int:
        """Set a field back to the value a history entry gave it (or replaced); new version."""
        with self.sessions.begin() as session:
            return edits.revert(session, photo_id, field_name, history_id,
                                user=user or self.settings.user, before=before,
                                expected_version=expected_version).version

    def history(self, photo_id: int, field_name: str | None = None) -> list[edits.HistoryRow]:
        with self.sessions() as session:
            return edits.history(session, photo_id, field_name)

    # templates
    def save_template(self, name: str, entries: Sequence[TemplateEntry], *,
                      user: str | None = None) -> Template:
        with self.sessions.begin() as session:
            return template_store.save_template(session, name, entries,
                                           user=user or self.settings.user)

    def templates(self) -> list[Template]:
        with self.sessions() as session:
            return template_store.list_templates(session)

    def template(self, name: str) -> Template:
        with self.sessions() as session:
            return template_store.get_template(session, name)

    def delete_template(self, name: str) -> None:
        with self.sessions.begin() as session:
            template_store.delete_template(session, name)

    def apply_template(self, name: str, photo_ids: Sequence[int], *,
                       user: str | None = None) -> JobSummary:
        """Apply a template to a selection (each photo's own fields fill its {variables})."""
        return template_store.apply_template(self.sessions, self.template(name), photo_ids,
                                        user=user or self.settings.user, expand=self._expand())

    # write-back and export
    def write_back(self, photo_ids: Sequence[int] | None = None, *, changed: bool = False,
                   sidecar: bool = False, dry_run: bool = False, backup: bool = False,
                   truncate_iim: bool = False) -> writeback.WriteSummary:
        """Write the catalogue's values into the files (or sidecars); outcomes per photo."""
        options = writeback.WriteOptions(sidecar=sidecar, dry_run=dry_run, backup=backup,
                                         truncate_iim=truncate_iim)
        return writeback.write_back(self.sessions, photo_ids, changed=changed, options=options)

    def export_rows(self, photo_ids: Sequence[int] | None = None) -> list[dict[str, object]]:
        """One ExifTool-style row per photo (SourceFile, IPTC:..., XMP-dc:..., IFD0:...)."""
        with self.sessions() as session:
            return export.export_rows(session, photo_ids)

    # caption import and pairing (issue 7)
    def pairing_weights(self, path: str | Path | None = None) -> PairingWeights:
        """Pairing weights: defaults, then ``pairing.toml`` in the data folder (or ``path``)."""
        return pairing_weights.PairingWeights.load(path or self.settings.data_dir / "pairing.toml")

    def import_captions(self, paths: Iterable[Path], *, options: ImportOptions | None = None,
                        progress: Callable[[Pairing], None] | None = None) -> ImportSummary:
        """Read caption files, pair each caption with a photo, apply the strong ones."""
        options = options or caption_import.ImportOptions(weights=self.pairing_weights())
        return caption_import.import_captions(self.sessions, paths, user=self.settings.user,
                               options=options, progress=progress)

    def undo_import(self, batch_id: int) -> UndoSummary:
        with self.sessions.begin() as session:
            return caption_undo.undo_batch(session, batch_id, user=self.settings.user)

    def review_items(self, status: str | None = "open") -> list[review.ReviewEntry]:
        with self.sessions() as session:
            return review.review_items(session, status=status)

    def accept_review(self, item_id: int, photo_id: int | None = None, *,
                      force: bool = False) -> tuple[int, dict[str, list[object]]]:
        with self.sessions.begin() as session:
            return review.accept(session, item_id, user=self.settings.user,
                                 photo_id=photo_id, force=force)

    def reject_review(self, item_id: int) -> None:
        with self.sessions.begin() as session:
            review.reject(session, item_id, user=self.settings.user)

    def imported_file_batch(self, sha256: str) -> int | None:
        """The batch that imported a caption file with this content (hot folders)."""
        with self.sessions() as session:
            return hot_files.imported_batch(session, sha256)

    def remember_imported_file(self, path: Path, sha256: str, batch_id: int | None) -> None:
        with self.sessions.begin() as session:
            hot_files.remember(session, path, sha256, batch_id)

    # the browser desk (issue 9): contact sheet, checks before a save, batches, uploads
    def sheet(self, query: browse.SheetQuery, *, limit: int = 48,
              offset: int = 0) -> list[browse.SheetPhoto]:
        """One page of the contact sheet for ``query`` (words, filters, sort)."""
        with self.sessions() as session:
            return browse.sheet_page(session, query, limit=limit, offset=offset)

    def sheet_count(self, query: browse.SheetQuery) -> int:
        with self.sessions() as session:
            return browse.count_sheet(session, query)

    def sheet_ids(self, query: browse.SheetQuery, limit: int | None = None) -> list[int]:
        """Every photo id ``query`` matches, in sheet order."""
        with self.sessions() as session:
            return browse.sheet_ids(session, query, limit)

    def findings_counts(self, photo_ids: list[int]) -> dict[int, int]:
        """The linter's finding count per photo, for one page of the sheet in one read."""
        with self.sessions() as session:
            return browse.findings_counts(session, photo_ids)

    def small_image_url(self, photo_id: int, name: str | None, side: int = 120) -> str | None:
        data = self.thumbnail_image(photo_id, name)
        return browse.small_image_url(data, side) if data else None

    def check_changes(self, changes: Mapping[str, object], *,
                      xmp_only: Iterable[str] = ()) -> list[validation.Problem]:
        """What would be refused in these changes (dates, country codes, IIM byte limits)."""
        return validation.check_changes(changes, xmp_only=xmp_only)  # type: ignore[arg-type]

    def recent_batches(self, limit: int = 20) -> list[desk_jobs.BatchInfo]:
        with self.sessions() as session:
            return desk_jobs.recent_batches(session, limit)

    def revert_batch(self, batch_id: int, *, user: str | None = None) -> JobSummary:
        """Undo a whole batch (bulk edit, template, revert) as a new batch."""
        return desk_jobs.revert_batch(self.sessions, batch_id, user=user or self.settings.user)

    def receive_upload(self, name: str, data: bytes, *, max_bytes: int) -> Path:
        """Store an uploaded picture (sanitised name) in today's upload folder."""
        return desk_jobs.receive_upload(desk_jobs.upload_folder(self.settings.data_dir), name,
                                        data, max_bytes=max_bytes)

    def ingest_uploads(self, paths: Sequence[Path], *, user: str,
                       progress: Callable[[IngestTask], None] | None = None) -> IngestSummary:
        """Catalogue uploaded files as ``user``'s batch, then draw their thumbnails."""
        summary = ingest(paths, self.sessions, user=user, workers=1, progress=progress)
        ids = [o.photo_id for o in summary.outcomes if o.photo_id is not None]
        if ids:
            self.build_thumbnails(workers=1, photo_ids=ids)
        return summary
    # usage records and reports (issue 8)
    def record_use(self, request: UseRequest, *, user: str | None = None) -> tuple[str, int]:
        """Record one publication of a photo: (added or duplicate, photo id)."""
        with self.sessions.begin() as session:
            return usage.record_use(session, request, user=user or self.settings.user)

    def import_uses(self, path: str | Path, *, user: str | None = None) -> UseImportSummary:
        """Record the uses of a CSV; bad rows are reported with their line, the rest go in."""
        return usage_import.import_uses(self.sessions, Path(path), user=user or self.settings.user)

    def uses(self, photo_id: int) -> list[usage.UseRow]:
        with self.sessions() as session:
            return usage.uses_of(session, photo_id)

    def report(self, request: ReportRequest, config: ReportConfig | None = None) -> Report:
        """Run one credit/attribution report (read only)."""
        with self.sessions() as session:
            return report_request.build_report(session, request,
                                               config or report_config.ReportConfig())

    # search (issue 10): full-text search, filters, keyset pages; the UI's contact sheet
    def search(self, query: str = "", *, limit: int = 24, after: str | None = None,
               sort: str = "relevance",
               filters: search.SearchFilters | None = None) -> search.SearchPage:
        """A page of photos matching the desk's ``query`` and ``filters``, and their count.

        ``query`` syntax (:mod:`media_manager.catalog.search_syntax`): words (all must
        match), ``"phrases"``, ``prefix*``, ``-exclude``, ``credit:``/``source:``/
        ``creator:``/``city:``/``country:``/``keyword:``/``person:value`` and
        ``date:2024-05`` or ``date:2024-05-01..2024-05-31``; a mistake raises
        :class:`SearchSyntaxError` with a one-line message.

        ``filters`` is a :class:`SearchFilters` (date taken range, source, credit, creator,
        city, country, keyword, person, statuses — superseded and killed photos are
        hidden unless asked for — unwritten edits, reading warnings), so a page needs no
        SQL. ``sort`` is one of :data:`search.SORTS`: ``relevance`` (newest first when
        more than 1,000 match or with no words; by date taken for dates alone), ``taken``/``received`` newest first,
        ``taken_oldest``/``received_oldest``, ``id``, ``id_desc``. Pass the page's
        ``next_after`` as ``after`` for the next page (keyset: as fast on page 1,000 as
        on page 1). The returned page has ``photos`` (summaries), ``count``, ``capped``,
        ``count_text`` ("10,000+") and the ``sort`` used.
        """
        with self.sessions() as session:
            return queries.search_page(session, query, filters=filters, limit=limit,
                                       after=after, sort=sort)

    # backup and restore (issue 10): the whole catalogue in one file, either backend
    def backup(self, target: Path) -> backup_file.BackupSummary:
        """Write every row and thumbnail of this catalogue into ``target`` (gzip JSON Lines)."""
        return backup_file.backup(self.engine, self.thumbnail_store, Path(target))

    def restore(self, source: Path) -> backup_file.BackupSummary:
        """Load a backup into this catalogue, which must be empty (refused otherwise)."""
        return backup_file.restore(self.engine, self.thumbnail_store, Path(source))


def _describe(changes: Sequence[FieldEdit]) -> str:
    return "; ".join(f"{c.mode} {c.name}" for c in changes)
