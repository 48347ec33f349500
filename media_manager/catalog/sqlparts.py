"""SQL pieces the reports need that SQLite and PostgreSQL spell differently.

Each is a SQLAlchemy construct compiled per dialect, so a report is one query that gives
the same rows on both backends: period labels as text (``2026-11-30`` for a day, the Monday
for a week, ``2026-11`` for a month), the position of a substring, a comma-joined list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, and_, column, func, values
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, aliased
from sqlalchemy.sql import ColumnElement, FromClause
from sqlalchemy.sql.functions import FunctionElement

from media_manager.models import FieldValue

PERIODS = ("day", "week", "month")


class period_label(FunctionElement[str]):
    """The period a date or UTC timestamp falls in, as text: day, week (its Monday) or month."""

    type = String()
    inherit_cache = False  # the unit is not part of SQLAlchemy's cache key: never cache

    def __init__(self, expression: Any, unit: str, timestamp: bool = False) -> None:
        if unit not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {unit!r}")
        self.unit = unit
        self.timestamp = timestamp
        super().__init__(expression)


@compiles(period_label, "sqlite")
def _period_sqlite(element: period_label, compiler: Any, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    if element.unit == "day":
        return f"date({value})"
    if element.unit == "week":
        return f"date({value}, 'weekday 0', '-6 days')"
    return f"strftime('%Y-%m', {value})"


@compiles(period_label, "postgresql")
def _period_postgresql(element: period_label, compiler: Any, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    value = f"(({value}) AT TIME ZONE 'UTC')" if element.timestamp else f"(({value})::timestamp)"
    if element.unit == "day":
        return f"to_char({value}, 'YYYY-MM-DD')"
    if element.unit == "week":
        return f"to_char(date_trunc('week', {value}), 'YYYY-MM-DD')"
    return f"to_char({value}, 'YYYY-MM')"


def backend_function(name: str, doc: str, *, sqlite: str, postgresql: str,
                     type_: Any = None) -> type[FunctionElement[Any]]:
    """A SQL function spelt per backend: each spelling is a template of ``{args}``."""
    element = type(name, (FunctionElement,), {"__doc__": doc, "inherit_cache": True,
                                               **({"type": type_} if type_ is not None else {})})
    for dialect, spelling in (("sqlite", sqlite), ("postgresql", postgresql)):
        def spelt(element: Any, compiler: Any, spelling: str = spelling, **kw: Any) -> str:
            return spelling.format(args=compiler.process(element.clauses, **kw))
        compiles(element, dialect)(spelt)
    return element


strpos = backend_function(
    "strpos", "1-based position of the second argument in the first; 0 when absent.",
    sqlite="instr({args})", postgresql="strpos({args})")
joined_list = backend_function(
    "joined_list", "The distinct values of a group joined with commas, in no set order.",
    sqlite="group_concat(DISTINCT {args})", postgresql="string_agg(DISTINCT ({args})::text, ',')",
    type_=String())


def field_join(photo_id: ColumnElement[int] | QueryableAttribute[int], name: str, *,
               first_only: bool = True) -> tuple[Any, ColumnElement[bool]]:
    """An alias of field_value for one field of the photo, and its join condition."""
    value = aliased(FieldValue, name=f"fv_{name}")
    condition = and_(value.photo_id == photo_id, value.name == name)
    if first_only:
        condition = and_(condition, value.position == 0)
    return value, condition


def constant_table(name: str, columns: dict[str, Any], rows: list[tuple[Any, ...]]
                   ) -> FromClause:
    """A small table of constants (credit table aliases, agency rates) as a VALUES CTE."""
    shape = [column(c, kind) for c, kind in columns.items()]
    if not rows:
        rows = [tuple(None for _ in columns)]
    return values(*shape, name=name).data(rows).cte(name)


def folded(expression: Any) -> ColumnElement[str]:
    """Lower-cased and trimmed, for comparing names the way the desk types them."""
    return func.lower(func.trim(expression))
