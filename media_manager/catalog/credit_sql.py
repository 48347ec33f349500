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

from sqlalchemy import String, case, func, select, text
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement, FromClause

from media_manager.captions.tables import credit_table
from media_manager.catalog.sqlparts import backend_function, constant_table, strpos
from media_manager.models import FieldValue

HANDOUT, POOL = "Handout", "Pool"
#: A report reads much of the file: a larger page cache, memory-mapped reads, sorts in memory.
SQLITE_REPORT_PRAGMAS = ("PRAGMA cache_size = -131072", "PRAGMA mmap_size = 1073741824",
                         "PRAGMA temp_store = MEMORY")


#: Trimmed and lower-cased text, the same on SQLite (a Python function registered by
#: ``prepare``) and PostgreSQL.
mm_fold = backend_function(
    "mm_fold", "Trimmed and lower-cased text, the same on SQLite and PostgreSQL.",
    sqlite="mm_fold({args})", postgresql="lower(btrim({args}))", type_=String())


def fold_text(value: str | None) -> str | None:
    """What ``mm_fold`` does, in Python."""
    return None if value is None else value.strip(" ").lower()


def prepare(session: Session) -> None:
    """Ready a report's connection: on SQLite ``mm_fold`` (PostgreSQL has it built in) and a
    bigger cache; on PostgreSQL no JIT, whose compile time for these wide queries costs seconds
    and saves nothing."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL jit = off"))
    if connection.dialect.name == "sqlite":
        for pragma in SQLITE_REPORT_PRAGMAS:
            connection.execute(text(pragma))
        raw = connection.connection.driver_connection
        raw.create_function("mm_fold", 1, fold_text, deterministic=True)  # type: ignore[union-attr]


def prefer_hash_joins(session: Session) -> None:
    """On PostgreSQL, no merge joins in this transaction: joining a million photos' credit
    lines to the few thousand looked-up ones by sorting both costs more than hashing the few
    (a fifth of the problems report at a million photos)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL enable_mergejoin = off"))


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


@lru_cache(maxsize=1)
def alias_table() -> FromClause:
    """The credit table's aliases as a VALUES CTE (one object, so a query holds it once)."""
    return constant_table("agency_alias", {"alias": String(), "agency": String()},
                          list(alias_rows()))


@dataclass
class CreditParts:
    """A credit line split for lookup: folded text around its first slash and after "via",
    the provider before "via", and the raw halves (for exact comparison first)."""

    before_slash: ColumnElement[str]
    after_slash: ColumnElement[str]
    after_via: ColumnElement[str]
    provider: ColumnElement[str]
    raw_before: ColumnElement[str]
    raw_after: ColumnElement[str]


def credit_parts(credit: Any) -> CreditParts:
    slash = strpos(credit, "/")
    via = strpos(func.lower(credit), " via ")
    before = case((slash > 0, func.substr(credit, 1, slash - 1)), else_=credit)
    after = case((slash > 0, func.substr(credit, slash + 1)), else_="")
    return CreditParts(
        before_slash=mm_fold(before), after_slash=mm_fold(after),
        after_via=mm_fold(case((via > 0, func.substr(credit, via + 5)), else_="")),
        provider=case((via > 0, func.trim(func.substr(credit, 1, via - 1))), else_=""),
        raw_before=func.trim(before), raw_after=func.trim(after))


def _aliases(*names: str) -> list[Any]:
    aliases = alias_table()
    return [aliased(aliases, name=f"alias_{n}") for n in names]


def credit_facts(values: Any | None = None, name: str = "credit_facts") -> Any:
    """One row per distinct credit line: its agency, provider and photographer half.

    Looking up each distinct credit line once (not each photo) keeps the reports fast;
    ``values`` may narrow the credit lines (a subquery with one column).
    """
    if values is None:
        values = select(FieldValue.value).where(FieldValue.name == "credit_line").distinct()
    values = values.subquery(f"{name}_values")
    credit = values.c[0]
    via, before, after = _aliases("via", "before", "after")
    parts = credit_parts(credit)
    photographer = case((before.c.agency.is_not(None), parts.after_slash),
                        (after.c.agency.is_not(None), parts.before_slash), else_="")
    photographer_raw = case((before.c.agency.is_not(None), parts.raw_after),
                            (after.c.agency.is_not(None), parts.raw_before), else_="")
    query = select(
        credit.label("credit_line"),
        func.coalesce(via.c.agency, before.c.agency, after.c.agency).label("agency"),
        parts.provider.label("provider"), photographer.label("photographer"),
        photographer_raw.label("photographer_raw"),
    ).select_from(values) \
        .outerjoin(via, via.c.alias == parts.after_via) \
        .outerjoin(before, before.c.alias == parts.before_slash) \
        .outerjoin(after, after.c.alias == parts.after_slash)
    return query.cte(name).prefix_with("MATERIALIZED")


def source_facts(values: Any | None = None, name: str = "source_facts") -> Any:
    """One row per distinct source: the canonical agency it names (NULL when unknown)."""
    if values is None:
        values = select(FieldValue.value).where(FieldValue.name == "source").distinct()
    values = values.subquery(f"{name}_values")
    (known,) = _aliases("source")
    query = select(values.c[0].label("source"), known.c.agency.label("agency")) \
        .select_from(values).outerjoin(known, known.c.alias == mm_fold(values.c[0]))
    return query.cte(name).prefix_with("MATERIALIZED")


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

    def joined(self, query: Any, source_value: Any, credit_value: Any) -> Any:
        """``query`` outer-joined to the four lookups."""
        parts = credit_parts(credit_value)
        return (query
                .outerjoin(self.source, self.source.c.alias == mm_fold(source_value))
                .outerjoin(self.via, self.via.c.alias == parts.after_via)
                .outerjoin(self.before, self.before.c.alias == parts.before_slash)
                .outerjoin(self.after, self.after.c.alias == parts.after_slash))


def agency_lookups() -> AgencyLookups:
    return AgencyLookups(*_aliases("source", "via", "before", "after"))
