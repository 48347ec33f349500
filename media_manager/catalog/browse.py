"""The contact sheet's queries: filters, sort, one page of photos with their markers.

The Browse page of the UI asks for exactly one page (``limit``/``offset``) plus the
count, so its cost does not grow with the catalogue. The words of the search box and
the text filters go through the search index (:func:`indexed_matches`): each must
match the start of a word of the photo's text or of that field, accents and case
folded (a desk types ``reuters`` or ``reut`` for ``REUTERS/POOL``, ``zurich`` for
``Zürich``); a word with no letter or digit in it (``%``) is still looked for as a
substring. Dates compare the ISO text of ``date_created``.
"""

from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import Select, exists, func, literal_column, select
from sqlalchemy.orm import Session

from media_manager.catalog import search
from media_manager.catalog.queries import SUMMARY_FIELDS, _matching
from media_manager.catalog.search_index import folded_words
from media_manager.catalog.search_syntax import ParsedQuery, Term
from media_manager.catalog.values import PARSED, ordered, values_from_rows
from media_manager.models import FieldValue, Photo

ACTIVE = "active"
#: Sort orders the sheet offers: name -> (column, newest first).
SORTS: dict[str, tuple[str, bool]] = {
    "received-newest": ("added_at", True), "received-oldest": ("added_at", False),
    "taken-newest": ("date_time_original", True), "taken-oldest": ("date_time_original", False),
}
#: Filter name -> the field it looks into.
FIELD_FILTERS: dict[str, str] = {
    "source": "source", "credit": "credit_line", "photographer": "creator", "city": "city",
    "country": "country", "keyword": "keywords", "person": "persons_shown",
}
SHEET_FIELDS = (*SUMMARY_FIELDS, "source", "sublocation", "province_state")


@dataclass(frozen=True)
class SheetQuery:
    """What the desk asked the sheet for: words, filters and sort (all plain text, so it
    round-trips through a URL's query string)."""

    text: str = ""
    date_from: str = ""
    date_to: str = ""
    source: str = ""
    credit: str = ""
    photographer: str = ""
    city: str = ""
    country: str = ""
    keyword: str = ""
    person: str = ""
    suggestions: bool = False  # only photos with unaccepted parsed suggestions
    unwritten: bool = False  # only photos changed but not yet written to the file
    withdrawn: bool = False  # include killed and superseded photos
    sort: str = "received-newest"

    def to_params(self) -> dict[str, str]:
        """The non-default parts, as query-string parameters."""
        default = SheetQuery()
        return {f.name: _param(getattr(self, f.name)) for f in fields(self)
                if getattr(self, f.name) != getattr(default, f.name)}

    @classmethod
    def from_params(cls, params: dict[str, str]) -> SheetQuery:
        """From query-string parameters; unknown names and bad values are ignored."""
        query = cls()
        for spec in fields(cls):
            if spec.name not in params:
                continue
            raw = str(params[spec.name])
            value: Any = raw in ("1", "true", "yes") if spec.type in ("bool", bool) else raw
            query = replace(query, **{spec.name: value})
        if query.sort not in SORTS:
            query = replace(query, sort="received-newest")
        return query


@dataclass
class SheetPhoto:
    """One photo on the contact sheet: its summary fields and markers."""

    id: int
    path: str
    version: int
    thumbnail: str | None
    status: str
    unwritten: bool
    fields: dict[str, Any] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


def _param(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


#: Filter name -> the name of the same filter in :class:`search.SearchFilters`.
SEARCH_FILTERS: dict[str, str] = {
    "source": "source", "credit": "credit", "photographer": "creator", "city": "city",
    "country": "country", "keyword": "keyword", "person": "person",
}


def text_matches(query: Select, text: str) -> Select:
    """Photos whose text holds every word of ``text`` as a substring (the old plain
    search, kept for words with no letter or digit, which the index does not hold)."""
    return _matching(query, text)


def indexed_matches(session: Session, query: Select, wanted: SheetQuery, *,
                    walk: bool = False) -> Select:
    """``query`` narrowed to the photos whose index row matches the search box's words
    and the text filters, each word at the start of an indexed word (the last one may
    be cut short: ``reut``). ``walk``: see :func:`_walks_in_order`."""
    for word in wanted.text.split():
        if not folded_words(word):
            query = text_matches(query, word)
    for attribute, name in FIELD_FILTERS.items():
        value = getattr(wanted, attribute).strip()
        if value and not folded_words(value):
            query = query.where(_contains(name, value))
    index = _index_ids(session, wanted)
    if index is None:
        return query
    key = literal_column("+photo.id") if walk else Photo.id
    return query.where(key.in_(index))


def _walks_in_order(session: Session, wanted: SheetQuery, limit: int, offset: int) -> bool:
    """SQLite: True when walking the sheet's order index (``status, added_at, id``) and
    keeping the index's matches costs less than fetching every match and sorting them.

    SQLite's planner cannot tell how many rows the FTS5 table gives, and looks each one
    up then sorts: 55,000 look-ups to show 48 photos of a common city at 1M photos. The
    walk reads about ``(offset + limit) * photos / matches`` rows, the look-ups
    ``matches``, so the walk wins past ``sqrt((offset + limit) * photos)`` matches (and
    they are counted no further than that); ``+photo.id`` then keeps the planner off the look-ups (SQLite's way to
    say "not through this column's index"). PostgreSQL's planner weighs this itself.
    """
    if session.get_bind().dialect.name != "sqlite":
        return False
    index = _index_ids(session, wanted)
    if index is None:
        return False
    photos = session.scalar(select(func.max(Photo.id))) or 0
    # walk when matches > sqrt((offset + limit) * photos): count no further than that
    threshold = math.isqrt((offset + limit) * photos)
    return search.count(session, index, cap=threshold)[1]


def _index_ids(session: Session, wanted: SheetQuery) -> Select | None:
    """The ids of the photos the index finds for the words and text filters that hold a
    letter or digit, among active photos unless ``withdrawn`` (None: nothing to ask)."""
    terms = tuple(Term(word, phrase=True, prefix=True) for word in wanted.text.split()
                  if folded_words(word))
    wanted_fields = {SEARCH_FILTERS[attribute]: getattr(wanted, attribute).strip()
                     for attribute in FIELD_FILTERS
                     if folded_words(getattr(wanted, attribute).strip())}
    if not terms and not wanted_fields:
        return None
    filters = search.SearchFilters(statuses=None if wanted.withdrawn else (ACTIVE,),
                                   prefix=True, **wanted_fields)
    return search.matching_photos(session, ParsedQuery(terms), filters)


def _index_only(wanted: SheetQuery) -> bool:
    """True when the index alone says which photos ``wanted`` shows: every word and
    filter value holds a letter or digit, and no date, suggestion or unwritten filter."""
    values = [*wanted.text.split(), *(getattr(wanted, a) for a in FIELD_FILTERS)]
    return (all(folded_words(v) for v in values if v.strip())
            and not (wanted.date_from.strip() or wanted.date_to.strip()
                     or wanted.suggestions or wanted.unwritten))


def _contains(name: str, text: str) -> Any:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return exists().where(FieldValue.photo_id == Photo.id, FieldValue.name == name,
                          func.lower(FieldValue.value).like(f"%{escaped}%", escape="\\"))


def filtered(session: Session, query: Select, wanted: SheetQuery, *,
             walk: bool = False) -> Select:
    """``query`` narrowed by the words, filters and status of ``wanted``."""
    query = indexed_matches(session, query, wanted, walk=walk)
    day = func.substr(FieldValue.value, 1, 10)
    if wanted.date_from.strip():
        query = query.where(exists().where(FieldValue.photo_id == Photo.id,
                                           FieldValue.name == "date_created",
                                           day >= wanted.date_from.strip()))
    if wanted.date_to.strip():
        query = query.where(exists().where(FieldValue.photo_id == Photo.id,
                                           FieldValue.name == "date_created",
                                           day <= wanted.date_to.strip()))
    if wanted.suggestions:
        query = query.where(exists().where(FieldValue.photo_id == Photo.id,
                                           FieldValue.source == PARSED))
    if wanted.unwritten:
        query = query.where(Photo.unwritten)
    if not wanted.withdrawn:
        query = query.where(Photo.status == ACTIVE)
    return query


def _ordered(query: Select, sort: str) -> Select:
    column_name, newest_first = SORTS.get(sort, SORTS["received-newest"])
    column = getattr(Photo, column_name)
    if newest_first:
        return query.order_by(column.desc(), Photo.id.desc())
    return query.order_by(column, Photo.id)


def count_sheet(session: Session, wanted: SheetQuery) -> int:
    """How many photos the sheet shows; counted in the search index alone when it holds
    every filter (``photo_search.status`` is each photo's status)."""
    index = _index_ids(session, wanted) if _index_only(wanted) else None
    if index is not None:
        return search.count(session, index, cap=None)[0]
    return session.scalar(filtered(session, select(func.count()).select_from(Photo), wanted)) or 0


def sheet_ids(session: Session, wanted: SheetQuery, limit: int | None = None) -> list[int]:
    """Every matching photo's id in sheet order (select all, previous / next)."""
    query = _ordered(filtered(session, select(Photo.id), wanted), wanted.sort)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def sheet_page(session: Session, wanted: SheetQuery, *, limit: int,
               offset: int = 0) -> list[SheetPhoto]:
    """One page of the sheet: only these rows' values are read."""
    columns = select(Photo.id, Photo.path, Photo.version, Photo.thumbnail, Photo.status,
                     Photo.unwritten)
    walk = _walks_in_order(session, wanted, limit, offset)
    query = _ordered(filtered(session, columns, wanted, walk=walk), wanted.sort)
    query = query.limit(limit).offset(offset)
    rows = session.execute(query).all()
    photos = {row.id: SheetPhoto(row.id, row.path, row.version, row.thumbnail, row.status,
                                 bool(row.unwritten)) for row in rows}
    if photos:
        _fill_values(session, photos)
    return list(photos.values())


def _fill_values(session: Session, photos: dict[int, SheetPhoto]) -> None:
    rows = session.scalars(
        select(FieldValue)
        .where(FieldValue.photo_id.in_(list(photos)))
        .where((FieldValue.name.in_(SHEET_FIELDS)) | (FieldValue.source == PARSED))
        .order_by(FieldValue.photo_id, FieldValue.name, FieldValue.position))
    grouped: dict[int, list[FieldValue]] = {}
    for row in rows:
        grouped.setdefault(row.photo_id, []).append(row)
        if row.source == PARSED and row.name not in photos[row.photo_id].suggestions:
            photos[row.photo_id].suggestions.append(row.name)
    for photo_id, values in grouped.items():
        shown = [v for v in values if v.name in SHEET_FIELDS]
        photos[photo_id].fields = ordered(values_from_rows(shown))


def findings_counts(session: Session, photo_ids: list[int]) -> dict[int, int]:
    """How many linter findings each photo has, for a page of photos in one read."""
    from media_manager.captions import lint_report

    if not photo_ids:
        return {}
    taken = dict(session.execute(select(Photo.id, Photo.date_time_original)
                                 .where(Photo.id.in_(photo_ids))).all())
    rows = session.scalars(select(FieldValue).where(FieldValue.photo_id.in_(list(taken)))
                           .order_by(FieldValue.photo_id, FieldValue.name, FieldValue.position))
    grouped: dict[int, list[FieldValue]] = {photo_id: [] for photo_id in taken}
    for row in rows:
        grouped[row.photo_id].append(row)
    counts = {}
    for photo_id, values in grouped.items():
        fields = values_from_rows(stated_rows(values)).fields
        caption = fields.get("description")
        counts[photo_id] = len(lint_report(caption if isinstance(caption, str) else "", fields,
                                           date_time_original=taken[photo_id]))
    return counts


def stated_rows(values: list[FieldValue]) -> list[FieldValue]:
    """The values the caption must agree with: all but parsed suggestions."""
    return [v for v in values if v.source != PARSED]


def small_image_url(data: bytes, side: int = 120) -> str | None:
    """A thumbnail as a small JPEG ``data:`` URL for the table view (callers cache it)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((side, side))
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=75)
    except (OSError, ValueError):
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
