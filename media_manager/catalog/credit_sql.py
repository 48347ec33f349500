"""The credit table (``captions/data/credits.tsv``) inside report queries.

A credit line names its agency before a slash (``AP Photo/Jane Doe``), after one
(``Jane Doe/AFP``) or after "via" (``Ministry of Defence via AP``). These expressions split
a credit line that way in SQL and look each part up in the credit table's aliases, so a
report over a million photos never loops over them in Python.

Names are compared case-folded by ``mm_fold``: PostgreSQL's ``lower(trim())``, and on
SQLite (whose ``lower`` folds ASCII only) the same function in Python, registered on the
report's connection, so both backends fold ``ÜNAL`` and ``Ünal`` alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import String, case, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement, FromClause
from sqlalchemy.sql.functions import FunctionElement

from media_manager.captions.tables import credit_table
from media_manager.catalog.sqlparts import constant_table, strpos

HANDOUT, POOL = "Handout", "Pool"


class mm_fold(FunctionElement[str]):
    """Trimmed and lower-cased text, the same on SQLite and PostgreSQL."""

    type = String()
    inherit_cache = True


@compiles(mm_fold, "postgresql")
def _fold_postgresql(element: mm_fold, compiler: Any, **kw: Any) -> str:
    return f"lower(btrim({compiler.process(element.clauses, **kw)}))"


@compiles(mm_fold, "sqlite")
def _fold_sqlite(element: mm_fold, compiler: Any, **kw: Any) -> str:
    return f"mm_fold({compiler.process(element.clauses, **kw)})"


def fold_text(value: str | None) -> str | None:
    """What ``mm_fold`` does, in Python."""
    return None if value is None else value.strip(" ").lower()


def prepare(session: Session) -> None:
    """Register ``mm_fold`` on a SQLite connection (PostgreSQL has it built in)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        raw.create_function("mm_fold", 1, fold_text, deterministic=True)  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def alias_rows() -> tuple[tuple[str, str], ...]:
    """(folded alias, canonical agency) for every agency, handout and pool form."""
    table = credit_table()
    rows: dict[str, str] = {}
    for alias, agency in (*table.agencies.items(), *table.exact_agencies.items()):
        rows.setdefault(fold_text(alias) or "", agency)
    for word in table.handout:
        rows.setdefault(fold_text(word) or "", HANDOUT)
    for word in table.pool:
        rows.setdefault(fold_text(word) or "", POOL)
    return tuple(sorted(rows.items()))


def alias_table() -> FromClause:
    return constant_table("agency_alias", {"alias": String(), "agency": String()},
                          list(alias_rows()))


@dataclass
class CreditParts:
    """A credit line split for lookup: the text around its first slash and after "via"."""

    before_slash: ColumnElement[str]
    after_slash: ColumnElement[str]
    after_via: ColumnElement[str]
    provider: ColumnElement[str]
    has_slash: ColumnElement[bool]


def credit_parts(credit: Any) -> CreditParts:
    slash = strpos(credit, "/")
    via = strpos(func.lower(credit), " via ")
    return CreditParts(
        before_slash=mm_fold(case((slash > 0, func.substr(credit, 1, slash - 1)), else_=credit)),
        after_slash=mm_fold(case((slash > 0, func.substr(credit, slash + 1)), else_="")),
        after_via=mm_fold(case((via > 0, func.substr(credit, via + 5)), else_="")),
        provider=case((via > 0, func.trim(func.substr(credit, 1, via - 1))), else_=""),
        has_slash=slash > 0,
    )


@dataclass
class AgencyLookups:
    """The alias table joined four times: to the source and to three parts of the credit."""

    source: Any
    via: Any
    before: Any
    after: Any

    def credit_agency(self) -> ColumnElement[str]:
        """The canonical agency the credit line names (after "via" first), else NULL."""
        return func.coalesce(self.via.c.agency, self.before.c.agency, self.after.c.agency)

    def agency(self, source_value: Any, credit_value: Any) -> ColumnElement[str]:
        """The canonical agency: from the source, else the credit line, else their raw text."""
        return func.coalesce(self.source.c.agency, self.credit_agency(),
                             func.nullif(func.trim(source_value), ""),
                             func.nullif(func.trim(credit_value), ""))

    def joined(self, query: Any, source_value: Any, credit_value: Any) -> Any:
        """``query`` outer-joined to the four lookups."""
        parts = credit_parts(credit_value)
        return (query
                .outerjoin(self.source, self.source.c.alias == mm_fold(source_value))
                .outerjoin(self.via, self.via.c.alias == parts.after_via)
                .outerjoin(self.before, self.before.c.alias == parts.before_slash)
                .outerjoin(self.after, self.after.c.alias == parts.after_slash))


def agency_lookups() -> AgencyLookups:
    aliases = alias_table()
    return AgencyLookups(*(aliased(aliases, name=f"alias_{n}")
                           for n in ("source", "via", "before", "after")))
