"""Search and browse: one function for both backends, pages by keyset, counts with a cap.

:func:`search` takes the desk's query (parsed by :mod:`search_syntax`) and
:class:`SearchFilters` (what the contact sheet's widgets set), and returns a
:class:`SearchPage`. The query's terms become bound parameters of an FTS5 ``MATCH``
(SQLite, :mod:`search_sqlite`) or of ``tsquery`` functions (PostgreSQL,
:mod:`search_postgres`), never SQL text.

Counts are exact up to :data:`COUNT_CAP`, then "10,000+": counting stops at the cap
instead of scanning every match of a very common word. The photo's status is in the
index (``photo_search.status``, and a column of the FTS5 table), so hiding withdrawn
photos never asks ``photo`` for them. Relevance ranking falls back
to newest first (id descending) when more than :data:`RANK_LIMIT` photos match:
ranking thousands of captions that all hold the word costs a score per match to show
24 photos, and among so many the desk wants the newest anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from media_manager.catalog.search_syntax import (
    ParsedQuery,
    SearchSyntaxError,
    Term,
    day_range,
    parse_query,
)
from media_manager.models import Photo, PhotoSearch

COUNT_CAP = 10_000
#: Relevance ranks at most this many matches; more are shown newest first.
RANK_LIMIT = 1_000
#: relevance; taken / received newest first (``_oldest``: oldest first); id ascending or not.
SORTS = ("relevance", "taken", "taken_oldest", "received", "received_oldest", "id", "id_desc")
DEFAULT_STATUSES = ("active",)
STATUSES = ("active", "superseded", "killed")


@dataclass(frozen=True)
class SearchFilters:
    """What the contact sheet filters on, beside the query text. Every field is optional.

    * ``taken_from`` / ``taken_to``: the date taken, inclusive; a ``date`` or text
      ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``taken_to="2024-05"`` means to May 31).
    * ``source``, ``credit``, ``creator``, ``city``, ``country``, ``keyword``, ``person``:
      the field must hold these words, in this order (as ``credit:"..."`` in the query).
    * ``statuses``: which photo statuses to show; by default only ``active``
      (superseded and killed photos hidden); ``None`` shows every photo.
    * ``unwritten``: True for photos with desk edits not yet written into the file,
      False for the others.
    * ``has_warnings``: True for photos whose file gave reading warnings.
    * ``prefix``: the field filters' last word may be the start of a word (the contact
      sheet's filters: ``credit="reut"`` finds ``REUTERS``, ``city="lagos"`` Lagos).
    """

    taken_from: date | str | None = None
    taken_to: date | str | None = None
    source: str | None = None
    credit: str | None = None
    creator: str | None = None
    city: str | None = None
    country: str | None = None
    keyword: str | None = None
    person: str | None = None
    statuses: tuple[str, ...] | None = DEFAULT_STATUSES
    unwritten: bool | None = None
    has_warnings: bool | None = None
    prefix: bool = False

    def apply_to(self, parsed: ParsedQuery) -> ParsedQuery:
        """The query with these filters' field terms and date range added."""
        terms = list(parsed.terms)
        for column in ("source", "credit", "creator", "city", "country", "keyword", "person"):
            wanted = getattr(self, column)
            if wanted and str(wanted).strip():
                terms.append(Term(str(wanted).strip(), column, phrase=True,
                                  prefix=self.prefix))
        start, before = parsed.taken_from, parsed.taken_before
        if self.taken_from:
            first = _day(self.taken_from)[0]
            start = max(start or first, first)
        if self.taken_to:
            last = _day(self.taken_to)[1]
            before = min(before or last, last)
        return ParsedQuery(tuple(terms), start, before)


def _day(value: date | str) -> tuple[str, str]:
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    first, after = day_range(text, f"date {text}")
    return first.isoformat(), after.isoformat()


@dataclass
class SearchPage:
    """One page of results: photo ids in order, the count and how to ask for the next page.

    ``count`` is exact unless ``capped`` (then more than ``count`` match);
    ``count_text`` is how to show it ("1,234" or "10,000+"); ``sort`` is the order
    actually used (relevance falls back to ``id_desc`` when very many match);
    ``next_after`` is the cursor for the next page, or None on the last one.
    """

    ids: list[int]
    count: int
    capped: bool
    sort: str
    next_after: str | None
    #: Each photo's (path, thumbnail), in the order of ``ids``.
    files: list[tuple[str, str | None]] = field(default_factory=list, repr=False)
    photos: list[Any] = field(default_factory=list)

    @property
    def count_text(self) -> str:
        return f"{self.count:,}+" if self.capped else f"{self.count:,}"


def search(session: Session, query: str | ParsedQuery = "", *,
           filters: SearchFilters | None = None, limit: int = 24, after: str | None = None,
           sort: str = "relevance", cap: int | None = COUNT_CAP, offset: int = 0,
           with_count: bool = True) -> SearchPage:
    """A page of photo ids matching ``query`` and ``filters``, with a (capped) count.

    ``after`` is the previous page's ``next_after``; ``offset`` skips rows instead
    (the old ``list --offset``). Without ``with_count`` the count is not taken (0).
    """
    if sort not in SORTS:
        raise SearchSyntaxError(f"search: unknown order {sort!r} (known: {', '.join(SORTS)})")
    parsed = parse_query(query) if isinstance(query, str) else query
    parsed = (filters or SearchFilters()).apply_to(parsed)
    text = _backend(session)
    plan = _matching(text, parsed, filters, sort)
    total, capped = count(session, plan.query, cap) if with_count else (0, False)
    effective = sort
    if sort == "relevance" and (not parsed.positive or capped or total > RANK_LIMIT
                                or not with_count):
        dated = not parsed.positive and (parsed.taken_from or parsed.taken_before)
        effective = "taken" if dated else "id_desc"
    page = _ordered(text, plan, parsed, effective, after, offset)
    rows = session.execute(page.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    next_after = _cursor(effective, rows[-1], offset + len(rows), after) if more and rows else None
    ids = [row[0] for row in rows]
    return SearchPage(ids, total, capped, effective, next_after, files=_files(session, ids))


def _files(session: Session, ids: list[int]) -> list[tuple[str, str | None]]:
    """Each photo's path and thumbnail, read for the page only (not for every match ranked)."""
    if not ids:
        return []
    found = {row.id: (row.path, row.thumbnail) for row in session.execute(
        select(Photo.id, Photo.path, Photo.thumbnail).where(Photo.id.in_(ids)))}
    return [found.get(i, ("", None)) for i in ids]


def count(session: Session, matching: Select, cap: int | None = COUNT_CAP) -> tuple[int, bool]:
    """How many rows ``matching`` selects, counting no further than ``cap`` (None: exact)."""
    inner = matching.order_by(None)
    if cap is not None:
        inner = inner.limit(cap + 1)
    total = session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    if cap is not None and total > cap:
        return cap, True
    return total, False


def matching_photos(session: Session, parsed: ParsedQuery,
                    filters: SearchFilters | None = None) -> Select:
    """The ``SELECT photo.id ...`` of every photo that matches (for counting)."""
    parsed = (filters or SearchFilters()).apply_to(parsed)
    return _matching(_backend(session), parsed, filters, "id").query


def _backend(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from media_manager.catalog import search_postgres

        return search_postgres
    from media_manager.catalog import search_sqlite

    return search_sqlite


@dataclass
class _Plan:
    """A query selecting the matching photos' ids from ``key``'s table (FTS5, index or photo)."""

    query: Select
    key: Any
    has_photo: bool


def _matching(text: Any, parsed: ParsedQuery, filters: SearchFilters | None,
              sort: str) -> _Plan:
    """The ids of the photos that match; ``photo`` rows are joined only where a filter needs
    them, so counting thousands of matches reads the index, not the catalogue's rows."""
    dated = parsed.taken_from is not None or parsed.taken_before is not None
    indexed = dated or sort.startswith(("taken", "received"))
    filters = filters or SearchFilters()
    query, key, source = text.matching(parsed, indexed, filters.statuses)
    if indexed and source != "search":
        query = query.join(PhotoSearch, PhotoSearch.photo_id == key)
    if parsed.taken_from:
        query = query.where(PhotoSearch.taken >= parsed.taken_from)
    if parsed.taken_before:
        query = query.where(PhotoSearch.taken < parsed.taken_before, PhotoSearch.taken != "")
    plan = _Plan(query, key, source == "photo")
    if filters.unwritten is not None:
        plan = _with_photo(plan)
        plan.query = plan.query.where(Photo.unwritten.is_(filters.unwritten))
    if filters.has_warnings is not None:
        plan = _with_photo(plan)
        has = Photo.warnings.is_not(None) & (Photo.warnings != "")
        plan.query = plan.query.where(has if filters.has_warnings else ~has)
    return plan


def _with_photo(plan: _Plan) -> _Plan:
    if plan.has_photo:
        return plan
    return _Plan(plan.query.join(Photo, Photo.id == plan.key), plan.key, True)


def _ordered(text: Any, plan: _Plan, parsed: ParsedQuery, sort: str, after: str | None,
             offset: int) -> Select:
    """The plan in ``sort`` order from the ``after`` cursor, with the columns the cursor needs."""
    query, key = plan.query, plan.key
    if sort == "relevance":
        start = _offset_of(after) if after else offset
        rank = text.rank(parsed)
        return query.add_columns(rank).order_by(rank, key.desc()).offset(start)
    if sort in ("id", "id_desc"):
        descending = sort == "id_desc"
        query = query.order_by(key.desc() if descending else key)
        if after:
            query = query.where(key < _id_of(after) if descending else key > _id_of(after))
        return query.offset(offset if not after else 0)
    column = PhotoSearch.taken if sort.startswith("taken") else PhotoSearch.received
    query = query.add_columns(column)
    descending = not sort.endswith("_oldest")
    pair = tuple_(column, PhotoSearch.photo_id)  # the index's own order: no sorting
    if after:
        value, last_id = _pair_of(after, sort)
        query = query.where(pair < tuple_(value, last_id) if descending
                            else pair > tuple_(value, last_id))
    order = ((column.desc(), PhotoSearch.photo_id.desc()) if descending
             else (column, PhotoSearch.photo_id))
    return query.order_by(*order).offset(offset if not after else 0)


def _cursor(sort: str, row: Any, position: int, after: str | None) -> str:
    if sort == "relevance":
        return f"@{position if not after else _offset_of(after) + position}"
    if sort in ("id", "id_desc"):
        return str(row[0])
    key = row[-1]
    return f"{key.isoformat() if isinstance(key, datetime) else key}|{row[0]}"


def _offset_of(after: str) -> int:
    if not after.startswith("@") or not after[1:].isdigit():
        raise SearchSyntaxError(f"search: {after!r} is not a page cursor of this search")
    return int(after[1:])


def _id_of(after: str) -> int:
    if not after.isdigit():
        raise SearchSyntaxError(f"search: {after!r} is not a page cursor of this search")
    return int(after)


def _pair_of(after: str, sort: str) -> tuple[Any, int]:
    value, _, last_id = after.rpartition("|")
    if not last_id.isdigit() or not value and sort.startswith("received"):
        raise SearchSyntaxError(f"search: {after!r} is not a page cursor of this search")
    if sort.startswith("received"):
        try:
            return datetime.fromisoformat(value), int(last_id)
        except ValueError:
            raise SearchSyntaxError(
                f"search: {after!r} is not a page cursor of this search") from None
    return value, int(last_id)
