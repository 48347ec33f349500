"""Search on PostgreSQL: the query's terms as ``tsquery`` values made by functions.

A word or phrase is ``phraseto_tsquery('media_manager', :words)`` of its index
words (:func:`search_index.index_words`, already folded and stemmed), a prefix
``to_tsquery('media_manager', :word || ':*')`` of a word made of letters and digits
only, combined with ``tsquery_and`` / ``tsquery_or``; the desk's text is always a bound
parameter. A field term matches that field's own ``tsvector`` (``credit_document``, ...);
all of them and the whole ``document`` share one GIN index.
"""

from __future__ import annotations

from functools import reduce
from typing import Any

from sqlalchemy import ColumnClause, ColumnElement, Select, func, literal_column, not_, select
from sqlalchemy.dialects.postgresql import TSVECTOR

from media_manager.catalog.search_index import FIELD_COLUMNS, index_words
from media_manager.catalog.search_syntax import ParsedQuery, Term
from media_manager.models import Photo, PhotoSearch

CONFIG: ColumnClause[Any] = literal_column("'media_manager'::regconfig")
DOCUMENT = literal_column("photo_search.document", TSVECTOR)
FIELD_DOCUMENTS = {name: literal_column("photo_search." + name + "_document", TSVECTOR)
                   for name in FIELD_COLUMNS}


def tsquery(term: Term) -> ColumnElement:
    words = index_words(term.text, last_is_prefix=term.prefix)  # letters and digits only
    if not term.prefix:
        return func.phraseto_tsquery(CONFIG, words)
    *before, last = words.split() or [""]
    prefix = func.to_tsquery(CONFIG, last + ":*")
    if not before:
        return prefix
    return func.tsquery_phrase(func.phraseto_tsquery(CONFIG, " ".join(before)), prefix)


def _all(terms: list[Term]) -> ColumnElement:
    return reduce(func.tsquery_and, (tsquery(t) for t in terms))


def _any(terms: list[Term]) -> ColumnElement:
    return reduce(func.tsquery_or, (tsquery(t) for t in terms))


def matching(parsed: ParsedQuery, indexed: bool,
             statuses: tuple[str, ...] | None) -> tuple[Select, Any, str]:
    """The ids whose ``photo_search`` row matches every positive term and no excluded one
    and has one of ``statuses`` (None: any); from ``photo`` when there are no terms and
    no date is asked (``indexed`` false)."""
    if not parsed.terms and not indexed:
        query = select(Photo.id)
        if statuses is not None:
            query = query.where(Photo.status.in_(statuses))
        return query, Photo.id, "photo"
    query = select(PhotoSearch.photo_id)
    if statuses is not None:
        query = query.where(PhotoSearch.status.in_(statuses))
    for column, vector in [(None, DOCUMENT), *FIELD_DOCUMENTS.items()]:
        wanted = [t for t in parsed.positive if t.column == column]
        unwanted = [t for t in parsed.excluded if t.column == column]
        if wanted:
            query = query.where(vector.bool_op("@@")(_all(wanted)))
        if unwanted:
            query = query.where(not_(vector.bool_op("@@")(_any(unwanted))))
    return query, PhotoSearch.photo_id, "search"


def rank(parsed: ParsedQuery) -> ColumnElement:
    """ts_rank over the whole document, best first when sorted ascending."""
    return -func.ts_rank(DOCUMENT, _all(list(parsed.positive)))
