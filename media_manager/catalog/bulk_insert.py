"""Rows of a chunk of new photos handed to the database driver as plain tuples.

SQLAlchemy's ``executemany`` looks up and converts every parameter of every row in
Python; a chunk of new photos holds thousands of ints and texts that need none of
that. Here a statement is made once from the table's own column names (quoted by the
dialect, never a value in the text); only the columns whose type converts values for
this database (a date and time on SQLite, a file path) are converted, column by
column. :func:`insert_rows` sends the rows in one ``executemany``;
:func:`insert_in_few_statements` as rows of a few multi-row ``INSERT`` statements,
which the search index needs on SQLite: FTS5 writes its pending words out at every
statement, so a statement per row would make a segment per photo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

from media_manager.models import Base

#: Placeholders by the driver's parameter style (psycopg takes ``%s`` under pyformat).
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}
#: Bound parameters in one statement when the dialect does not say (SQLite's old limit).
_FEWEST_PARAMETERS = 999
_NOTHING = object()


def insert_rows(connection: Connection, model: type[Base], columns: Sequence[str],
                rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``) of ``model``'s table in one
    driver ``executemany``."""
    if not rows:
        return
    table = _table(model)
    placeholder = _PLACEHOLDER.get(connection.dialect.paramstyle)
    if placeholder is None:  # a driver of another parameter style: SQLAlchemy's own path
        connection.execute(insert(table), [dict(zip(columns, row)) for row in rows])
        return
    statement = _insert_into(connection, table, columns) + _values(placeholder, len(columns))
    connection.exec_driver_sql(statement, _converted(connection, table, columns, rows))


def insert_in_few_statements(connection: Connection, model: type[Base], columns: Sequence[str],
                             rows: list[tuple], suffix: str = "") -> list[tuple]:
    """Insert ``rows`` as multi-row ``INSERT ... VALUES`` statements, as many rows in each as
    the dialect binds; ``suffix`` follows the values (``ON CONFLICT ... RETURNING ...``).
    Returns the rows the statements return."""
    if not rows:
        return []
    table = _table(model)
    placeholder = _PLACEHOLDER.get(connection.dialect.paramstyle)
    if placeholder is None:
        raise NotImplementedError(f"parameter style {connection.dialect.paramstyle}")
    converted = _converted(connection, table, columns, rows)
    most = getattr(connection.dialect, "insertmanyvalues_max_parameters", _FEWEST_PARAMETERS)
    per_statement = max(1, most // len(columns))
    start, group = _insert_into(connection, table, columns), _values(placeholder, len(columns))
    returned: list[tuple] = []
    for first in range(0, len(converted), per_statement):
        piece = converted[first:first + per_statement]
        statement = start + ", ".join([group] * len(piece)) + suffix
        result = connection.exec_driver_sql(statement, tuple(v for row in piece for v in row))
        if suffix and result.returns_rows:
            returned.extend(tuple(row) for row in result)
    return returned


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert_into(connection: Connection, table: Table, columns: Sequence[str]) -> str:
    quote = connection.dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
            "VALUES ")


def _values(placeholder: str, count: int) -> str:
    return "(" + ", ".join([placeholder] * count) + ")"


def _converted(connection: Connection, table: Table, columns: Sequence[str],
               rows: list[tuple]) -> list[tuple]:
    """``rows`` with each value converted as its column's type does for this database.
    A value the row before had (a chunk's one time of adding) is converted once."""
    converters = _converters(connection, table, columns)
    if not converters:
        return rows
    last: list[tuple[Any, Any]] = [(_NOTHING, None)] * len(converters)
    converted = []
    for row in rows:
        values = list(row)
        for n, (index, convert) in enumerate(converters):
            value = values[index]
            before, done = last[n]
            if value is not before:
                done = convert(value)
                last[n] = (value, done)
            values[index] = done
        converted.append(tuple(values))
    return converted


def _converters(connection: Connection, table: Table,
                columns: Sequence[str]) -> list[tuple[int, Callable[[Any], Any]]]:
    dialect = connection.dialect
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(columns):
        column_type = table.c[name].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            found.append((index, convert))
    return found
