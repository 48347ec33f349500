"""Search on SQLite: the query's terms as one FTS5 ``MATCH`` expression, a bound parameter.

Each term is an FTS5 string (``"..."``) of the term's index words
(:func:`search_index.index_words`: letters and digits only), so nothing the desk
types is read as FTS5 syntax; a field term gets a column filter
(``credit : "reuters"``), a prefix a trailing ``*``. Excluded terms are ``NOT`` parts
of the expression, or, when nothing else is asked, a ``NOT IN`` the matches.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, column, func, literal_column, select, table

from media_manager.catalog import search_index
from media_manager.catalog.photo_status import ACTIVE, KILLED, SUPERSEDED
from media_manager.catalog.search_index import index_words
from media_manager.catalog.search_syntax import ParsedQuery, Term
from media_manager.models import Photo, PhotoSearch

FTS = table("photo_fts", column("rowid", Integer), column("photo_fts"))
#: The desk's words search these columns of the FTS5 table, never ``status``.
TEXT_COLUMNS = "{" + " ".join(search_index.TEXT_COLUMNS) + "}"
STATUSES = (ACTIVE, SUPERSEDED, KILLED)


def match_expression(terms: tuple[Term, ...], excluded: tuple[Term, ...] = ()) -> str:
    """The FTS5 query for all ``terms`` and none of ``excluded`` (``terms`` not empty)."""
    expression = " AND ".join(fts_term(t) for t in terms)
    for term in excluded:
        expression = f"({expression}) NOT {fts_term(term)}"
    return expression


def fts_term(term: Term) -> str:
    words = index_words(term.text, last_is_prefix=term.prefix)  # letters and digits only
    quoted = '"' + words + '"' + (" *" if term.prefix else "")
    return f"{term.column or TEXT_COLUMNS} : {quoted}"


def status_expression(expression: str, statuses: tuple[str, ...] | None) -> str:
    """``expression`` limited to photos of these statuses, by the FTS5 ``status`` column."""
    if statuses is None:
        return expression
    if ACTIVE in statuses:
        others = [f'"{s}"' for s in STATUSES if s not in statuses]
        return f"({expression}) NOT status : ({' OR '.join(others)})" if others else expression
    wanted = [f'"{s}"' for s in STATUSES if s in statuses] or ['"none"']
    return f"({expression}) AND status : ({' OR '.join(wanted)})"


def matching(parsed: ParsedQuery, indexed: bool,
             statuses: tuple[str, ...] | None) -> tuple[Select, Any, str]:
    """The matching ids, their column and its table: FTS5's rowid when words must match
    (the status a part of the ``MATCH``), else ``photo_search`` (``indexed``: dates or a
    date order) or ``photo``."""
    if parsed.positive:
        expression = match_expression(parsed.positive, parsed.excluded)
        expression = status_expression(expression, statuses)
        return (select(FTS.c.rowid).where(FTS.c.photo_fts.op("MATCH")(expression)),
                FTS.c.rowid, "fts")
    key, source = (PhotoSearch.photo_id, "search") if indexed else (Photo.id, "photo")
    query = select(key)
    if statuses is not None:
        status = PhotoSearch.status if indexed else Photo.status
        query = query.where(status.in_(statuses))
    if parsed.excluded:
        expression = " OR ".join(fts_term(t) for t in parsed.excluded)
        excluded = select(FTS.c.rowid).where(FTS.c.photo_fts.op("MATCH")(expression))
        query = query.where(key.not_in(excluded))
    return query, key, source


def rank(parsed: ParsedQuery) -> ColumnElement:
    """BM25, best first when sorted ascending."""
    return func.bm25(literal_column("photo_fts"))
