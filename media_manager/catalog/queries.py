"""Reading the catalogue: one photo whole, pages of photos, search pages with summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from media_manager.catalog import search
from media_manager.catalog.search import SearchFilters
from media_manager.catalog.search_syntax import parse_query
from media_manager.catalog.values import PhotoValues, load_values, ordered, values_from_rows
from media_manager.errors import PhotoNotFound
from media_manager.fields import TECHNICAL_FIELDS
from media_manager.models import FieldValue, Photo, PhotoFile

#: Filters that let every photo through, whatever its status, or only active ones.
EVERY_PHOTO = SearchFilters(statuses=None)
ACTIVE_PHOTOS = SearchFilters()
SUMMARY_FIELDS = ("headline", "description", "credit_line", "creator", "date_created",
                  "city", "country", "title")


@dataclass
class PhotoRecord:
    """Everything the catalogue knows of one photo."""

    id: int
    path: str
    version: int
    values: PhotoValues
    technical: dict[str, Any]
    thumbnail: str | None
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: active, superseded or killed (a kill notice hides the photo from browsing).
    status: str = "active"
    status_note: str | None = None

    @property
    def fields(self) -> dict[str, str | list[str]]:
        return ordered(self.values)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "path": self.path, "version": self.version,
            "fields": self.fields, "sources": dict(self.values.sources),
            "origins": dict(self.values.origins), "technical": self.technical,
            "files": self.files, "warnings": self.warnings, "thumbnail": self.thumbnail,
            "status": self.status, "status_note": self.status_note,
        }


@dataclass
class PhotoSummary:
    """A photo as a row of the browse list."""

    id: int
    path: str
    thumbnail: str | None
    fields: dict[str, str | list[str]]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "thumbnail": self.thumbnail, **self.fields}


def photo_record(session: Session, photo_id: int) -> PhotoRecord:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise PhotoNotFound(photo_id)
    technical = {name: getattr(photo, name) for name in TECHNICAL_FIELDS
                 if getattr(photo, name) is not None}
    files = list(session.scalars(
        select(PhotoFile.path).where(PhotoFile.photo_id == photo_id).order_by(PhotoFile.id)))
    return PhotoRecord(
        id=photo.id, path=photo.path, version=photo.version,
        values=load_values(session, photo.id), technical=technical,
        thumbnail=photo.thumbnail, files=files,
        warnings=(photo.warnings or "").splitlines(), status=photo.status,
        status_note=photo.status_note)


def count_photos(session: Session, text: str = "", *, include_inactive: bool = False,
                 filters: SearchFilters | None = None) -> int:
    """The exact number of photos matching ``text``; superseded and killed photos are left
    out unless ``include_inactive`` (or ``filters`` say which statuses)."""
    filters = filters or (EVERY_PHOTO if include_inactive else ACTIVE_PHOTOS)
    matching = search.matching_photos(session, parse_query(text), filters)
    return search.count(session, matching, cap=None)[0]


def list_photos(session: Session, *, text: str = "", limit: int = 50, offset: int = 0,
                newest_first: bool = False, include_inactive: bool = False
                ) -> list[PhotoSummary]:
    """A page of photos in id order, optionally only those matching the search ``text``.

    Superseded and killed photos are left out unless ``include_inactive``.
    """
    filters = EVERY_PHOTO if include_inactive else ACTIVE_PHOTOS
    page = search.search(session, text, filters=filters, limit=limit, offset=offset,
                         sort="id_desc" if newest_first else "id", with_count=False)
    return _with_summaries(session, page).photos


def search_page(session: Session, query: str, *, filters: SearchFilters | None = None,
                limit: int = 24, after: str | None = None,
                sort: str = "relevance") -> search.SearchPage:
    """A page of search results with their summaries (see :func:`search.search`)."""
    page = search.search(session, query, filters=filters, limit=limit, after=after, sort=sort)
    return _with_summaries(session, page)


def _with_summaries(session: Session, page: search.SearchPage) -> search.SearchPage:
    values = _summary_values(session, page.ids)
    page.photos = [PhotoSummary(i, path, thumbnail, values.get(i, {}))
                   for i, (path, thumbnail) in zip(page.ids, page.files)]
    return page


def _matching(query: Select, text: str) -> Select:
    """The old substring search (``LIKE``) on ``photo.search_text``, which the contact
    sheet's :func:`browse.text_matches` keeps for words with no letter or digit (``%``),
    the ones the search index does not hold."""
    for term in text.lower().split():
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Photo.search_text.like(f"%{escaped}%", escape="\\"))
    return query


def _summary_values(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = session.scalars(
        select(FieldValue)
        .where(FieldValue.photo_id.in_(ids), FieldValue.name.in_(SUMMARY_FIELDS))
        .order_by(FieldValue.photo_id, FieldValue.name, FieldValue.position))
    grouped: dict[int, list[FieldValue]] = {}
    for row in rows:
        grouped.setdefault(row.photo_id, []).append(row)
    return {photo_id: ordered(values_from_rows(rows)) for photo_id, rows in grouped.items()}
