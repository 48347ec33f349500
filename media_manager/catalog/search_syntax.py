"""The desk's search syntax, parsed into terms: pure, no SQL, no database.

``reuters lagos flood``       every word must match (any searchable field)
``"prime minister"``          a phrase: the words next to each other
``minib*``                    a prefix
``-protest``                  exclude photos that match
``credit:reuters``            one field: credit, source, creator, city, country,
                              keyword, person (``credit:"AFP/Getty"`` for a phrase)
``date:2024-05``              taken in May 2024 (also ``2024``, ``2024-05-01``)
``date:2024-05-01..2024-05-31``  taken in that range (either end may be left open)

:func:`parse_query` returns a :class:`ParsedQuery`; the search backends turn its
terms into bound parameters, never into SQL text. A query the syntax cannot read
raises :class:`SearchSyntaxError` with a one-line message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from media_manager.errors import MediaManagerError

#: The field names the syntax accepts, and the index column each one searches.
FIELD_COLUMNS: dict[str, str] = {
    "credit": "credit", "credit_line": "credit",
    "source": "source", "agency": "source",
    "creator": "creator", "by": "creator", "photographer": "creator",
    "city": "city",
    "country": "country",
    "keyword": "keyword", "keywords": "keyword",
    "person": "person", "people": "person", "persons_shown": "person",
}
DATE_FIELDS = frozenset({"date", "taken"})
_FIELD = re.compile(r"([A-Za-z_]+):(.*)", re.DOTALL)
_WORD_CHARACTER = re.compile(r"\w")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class SearchSyntaxError(MediaManagerError):
    """A search the syntax cannot read; the message says what and where."""

    exit_code = 2


@dataclass(frozen=True)
class Term:
    """One thing a photo must (or, with ``exclude``, must not) match.

    ``text`` is what the desk typed, without quotes or the trailing ``*``;
    ``column`` is an index column (``credit``, ``city``, ...) or None for any field.
    """

    text: str
    column: str | None = None
    phrase: bool = False
    prefix: bool = False
    exclude: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """Terms, and the range of dates taken as ISO text: ``taken_from <= taken < taken_before``."""

    terms: tuple[Term, ...] = ()
    taken_from: str | None = None
    taken_before: str | None = None

    @property
    def positive(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.exclude)

    @property
    def excluded(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.exclude)

    @property
    def empty(self) -> bool:
        return not self.terms and self.taken_from is None and self.taken_before is None


@dataclass
class _Reading:
    terms: list[Term] = field(default_factory=list)
    taken_from: str | None = None
    taken_before: str | None = None


def parse_query(text: str) -> ParsedQuery:
    """Parse the desk's search text; raises :class:`SearchSyntaxError` on a mistake."""
    reading = _Reading()
    for start, token in _tokens(text):
        _read_token(reading, token, start)
    return ParsedQuery(tuple(reading.terms), reading.taken_from, reading.taken_before)


def _tokens(text: str) -> list[tuple[int, str]]:
    """Whitespace-separated tokens, a double-quoted part staying whole (with its position)."""
    tokens: list[tuple[int, str]] = []
    position, length = 0, len(text)
    while position < length:
        if text[position].isspace():
            position += 1
            continue
        start = position
        while position < length and not text[position].isspace():
            if text[position] == '"':
                close = text.find('"', position + 1)
                if close < 0:
                    raise SearchSyntaxError(
                        f"search: the quote at character {position + 1} is never closed")
                position = close
            position += 1
        tokens.append((start, text[start:position]))
    return tokens


def _read_token(reading: _Reading, token: str, start: int) -> None:
    exclude = token.startswith("-")
    body = token[1:] if exclude else token
    if not body:
        raise SearchSyntaxError(f"search: '-' at character {start + 1} needs a word after it")
    named = _FIELD.fullmatch(body) if not body.startswith('"') else None
    column = None
    if named:
        name, body = named.group(1).lower(), named.group(2)
        if name in DATE_FIELDS:
            if exclude:
                raise SearchSyntaxError(f"search: a date range cannot be excluded ({token})")
            _read_dates(reading, body, token)
            return
        if name not in FIELD_COLUMNS:
            known = ", ".join(sorted({*FIELD_COLUMNS.values(), "date"}))
            raise SearchSyntaxError(f"search: unknown field {name!r} in {token!r} "
                                    f"(known: {known})")
        if not body:
            raise SearchSyntaxError(f"search: {token!r} needs a value after the colon")
        column = FIELD_COLUMNS[name]
    term = _term(body, column, exclude, token)
    if term is not None:
        reading.terms.append(term)


def _term(body: str, column: str | None, exclude: bool, token: str) -> Term | None:
    prefix = body.endswith("*")
    text = body[:-1] if prefix else body
    phrase = text.startswith('"')
    if phrase:
        if len(text) < 2 or not text.endswith('"') or '"' in text[1:-1]:
            raise SearchSyntaxError(f"search: put the whole phrase in quotes: {token}")
        text = text[1:-1]
    if "*" in text:
        raise SearchSyntaxError(f"search: '*' may only end a word, as in minib*: {token}")
    if not _WORD_CHARACTER.search(text):
        if prefix:
            raise SearchSyntaxError(f"search: '*' needs the start of a word before it: {token}")
        return None  # punctuation alone says nothing to search for
    return Term(text.strip(), column, phrase, prefix, exclude)


def _read_dates(reading: _Reading, body: str, token: str) -> None:
    if ".." in body:
        first, _, last = body.partition("..")
        if not first and not last:
            raise SearchSyntaxError(f"search: {token!r} needs a date on one side of '..'")
    else:
        first = last = body
    if first:
        start = day_range(first, token)[0].isoformat()
        if reading.taken_from is None or start > reading.taken_from:
            reading.taken_from = start
    if last:
        end = day_range(last, token)[1].isoformat()
        if reading.taken_before is None or end < reading.taken_before:
            reading.taken_before = end


def day_range(text: str, token: str) -> tuple[date, date]:
    """The first day of YYYY, YYYY-MM or YYYY-MM-DD, and the day after its last."""
    found = _DATE.fullmatch(text)
    try:
        if not found:
            raise ValueError(text)
        year, month, day = (int(part) if part else None for part in found.groups())
        assert year is not None
        if month is None:
            return date(year, 1, 1), date(year + 1, 1, 1)
        if day is None:
            first = date(year, month, 1)
            return first, (first + timedelta(days=32)).replace(day=1)
        one = date(year, month, day)
        return one, one + timedelta(days=1)
    except (ValueError, OverflowError):
        raise SearchSyntaxError(f"search: {text!r} in {token!r} is not a date "
                                "(YYYY, YYYY-MM or YYYY-MM-DD)") from None
