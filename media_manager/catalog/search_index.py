"""The search index: one row of text per photo in ``photo_search``, kept in step by the one write path.

Every change of a photo's values goes through :func:`values.apply_changes` and
every new photo through the ingest's bulk insert; they call :func:`reindex` or
:func:`index_documents` (with each photo's :func:`document`), so ``photo_search``
always says what the values say. The
database indexes that table itself (created by migration 0004):

* **SQLite**: an FTS5 external-content table ``photo_fts`` over ``photo_search``
  (``unicode61 remove_diacritics 2``), kept in step by triggers on it.
* **PostgreSQL**: generated ``tsvector`` columns on ``photo_search`` (the whole
  document, and one per field the syntax can name) under one GIN index, in the
  text search configuration ``media_manager``: ``simple`` with ``unaccent``.

``photo_search.status`` is not written here: it is ``photo.status``, copied by a
trigger on ``photo`` (migration 0009); a new photo is active. FTS5 indexes it as a
column of its own, which the desk's words never search.

**Words are prepared here, the same way for both backends** (:func:`index_words`):
accents folded (``Zürich`` → ``zurich``, ``ß`` → ``ss``, ``ø`` → ``o``), split on
anything that is not a letter or digit (so credits split on ``/``: ``REUTERS/Jane Doe``
→ ``reuters jane doe``), then stemmed by the Snowball English stemmer (PyStemmer,
the algorithm of PostgreSQL's ``english_stem``), so ``minibuses`` finds ``minibus``
and ``protesters`` ``protest``. SQLite's own ``porter`` tokenizer would stem
``minibus`` to ``minibu`` but ``minibuses`` to ``minibus``, and PostgreSQL's
``english`` configuration drops stop words; doing it once in Python gives both
backends the same answers. No stop words are dropped, so names stay searchable
(``Will``, ``May``, ``The Hague``); names are stemmed too (``James`` → ``jame``) but
a query is stemmed the same way, so a name finds itself; the price is that a
name and its plural match each other. The database's own folding
(``remove_diacritics``, ``unaccent``) stays on as a second net.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, insert, update
from sqlalchemy.orm import Session

from media_manager.catalog.bulk_insert import insert_in_few_statements
from media_manager.fields import SEARCHABLE_FIELDS
from media_manager.models import Photo, PhotoSearch

#: Index column → the fields it holds. ``words`` holds every other searchable field.
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "credit": ("credit_line",), "source": ("source",), "creator": ("creator",),
    "city": ("city",), "country": ("country",), "keyword": ("keywords",),
    "person": ("persons_shown",),
}
_IN_FIELD_COLUMNS = {name for names in FIELD_COLUMNS.values() for name in names}
WORD_FIELDS: tuple[str, ...] = tuple(n for n in SEARCHABLE_FIELDS if n not in _IN_FIELD_COLUMNS)
TEXT_COLUMNS: tuple[str, ...] = ("words", *FIELD_COLUMNS)
#: The columns of a :func:`document`.
DOCUMENT_COLUMNS: tuple[str, ...] = (*TEXT_COLUMNS, "taken")
_INDEX_COLUMNS = ("photo_id", "received", "status", *DOCUMENT_COLUMNS)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T]?(\d{2}:\d{2}:\d{2})?")


_WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLDED = str.maketrans({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
                         "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th"})


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

    return Stemmer.Stemmer("english")


def folded_words(text: str) -> list[str]:
    """The words of ``text``, lower case, accents folded, split on non-letters (``/`` too)."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLDED)))
    return _WORD.findall(text.casefold())


def index_words(text: str, *, last_is_prefix: bool = False) -> str:
    """Text as the index holds it: folded, stemmed words separated by spaces.

    For a prefix search the last word becomes :func:`word_prefix` (``minib*``, ``lagos*``).
    """
    words = folded_words(text)
    if last_is_prefix and words:
        return " ".join([*_stemmer().stemWords(words[:-1]), word_prefix(words[-1])])
    return " ".join(_stemmer().stemWords(words))


def word_prefix(word: str) -> str:
    """The start that every indexed (stemmed) word beginning with ``word`` shares.

    The index holds stems, so a whole word typed as a prefix must lose the suffix its
    stem drops: ``lagos`` is indexed as ``lago`` and ``agencies`` as ``agenc``, so
    ``lagos*`` looks for ``lago*`` and ``agenci*`` for ``agenc*``; a part of a word
    keeps what its stem keeps (``minib`` stays ``minib``). That is the longest common
    start of the folded word and its stem.
    """
    stem = _stemmer().stemWord(word)
    length = 0
    for typed, stemmed in zip(word, stem):
        if typed != stemmed:
            break
        length += 1
    return word[:length] or word


def document(fields: Mapping[str, Any], date_time_original: str | None = None) -> dict[str, str]:
    """The index row of a photo's values: a text per column, and ``taken`` as ISO text.

    Each column is :func:`index_words` of its fields' texts; the words of every column go
    to the stemmer together (it stems word by word), which costs a call, not eight."""
    words = [folded_words(text) if text is not None else None
             for text in (_text(fields, WORD_FIELDS),
                          *(_text(fields, names) for names in FIELD_COLUMNS.values()))]
    stems = iter(_stemmer().stemWords([word for found in words if found for word in found]))
    row = {column: " ".join([next(stems) for _word in found]) if found else ""
           for column, found in zip(TEXT_COLUMNS, words)}
    row["taken"] = taken(fields.get("date_created"), date_time_original)
    return row


def taken(date_created: Any, date_time_original: str | None) -> str:
    """When the picture was taken, as sortable ISO text (``''`` when nobody knows)."""
    if isinstance(date_created, list):
        date_created = date_created[0] if date_created else None
    if isinstance(date_created, str) and _ISO_DATE.match(date_created.strip()):
        return date_created.strip()[:19]
    found = _EXIF_DATE.match(date_time_original or "")
    if found:
        year, month, day, time = found.groups()
        return f"{year}-{month}-{day}" + (f"T{time}" if time else "")
    return ""


def _text(fields: Mapping[str, Any], names: Iterable[str]) -> str | None:
    """The texts of fields ``names`` joined by spaces; None when none of them has one."""
    parts: list[str] = []
    for name in names:
        value = fields.get(name)
        if isinstance(value, list):
            parts.extend(value)
        elif value:
            parts.append(str(value))
    return " ".join(parts) if parts else None


def index_documents(connection: Connection,
                    photos: Iterable[tuple[int, datetime, Mapping[str, str]]]) -> None:
    """Index photos just inserted: ``(photo id, added at, its document)`` each, the
    documents made already (by the ingest's reading workers). New photos are active; a
    later status change reaches the index by trigger. The rows go in a few multi-row
    statements, not one statement a row: SQLite's FTS5 writes out what it holds at every
    statement."""
    rows = [(photo_id, added_at, "active", *[row[column] for column in DOCUMENT_COLUMNS])
            for photo_id, added_at, row in photos]
    insert_in_few_statements(connection, PhotoSearch, _INDEX_COLUMNS, rows)


def reindex(session: Session, photo: Photo, fields: Mapping[str, Any]) -> None:
    """Bring one photo's index row in step with its values (inserting it if missing)."""
    row = document(fields, photo.date_time_original)
    done = session.execute(update(PhotoSearch).where(PhotoSearch.photo_id == photo.id)
                           .values(**row).execution_options(synchronize_session=False))
    if not done.rowcount:  # type: ignore[attr-defined]  # a CursorResult for an UPDATE
        session.execute(insert(PhotoSearch).values(photo_id=photo.id, received=photo.added_at,
                                                   status=photo.status or "active", **row))
