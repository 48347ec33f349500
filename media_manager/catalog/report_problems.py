"""The problems report: credits the desk must fix before it prints or pays (issue 8).

One pass over the photos reads each photo's credit line and source once, beside the facts
of each distinct credit line and source (looked up once, in
:mod:`media_manager.catalog.credit_sql`), and keeps only the photos with a problem; each
kind of problem is then a SELECT over those few rows, counted per kind in SQL. A photo's
by-lines are read only when its credit names a photographer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Text,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from media_manager.catalog.credit_sql import (
    HANDOUT,
    POOL,
    credit_facts,
    mm_fold,
    prefer_hash_joins,
    prepare,
    source_facts,
)
from media_manager.catalog.report_model import ALL_DATES, INTEGER, Chart, Column, DateRange, Report
from media_manager.catalog.reports import received_between, used_between
from media_manager.catalog.sqlparts import field_join
from media_manager.models import FieldValue, Photo, PhotoUse

WITHDRAWN = ("killed", "superseded")


def _checked(dates: DateRange) -> Any:
    """The photos with a problem, one row each: credit line and source with their agencies,
    first by-line, status, uses in the range, and whether a by-line matches the credit's
    photographer. The photos are read in id order, so each one's field rows are looked up
    in the order they lie on disk."""
    credits, sources = credit_facts(), source_facts()
    credit, on_credit = field_join(Photo.id, "credit_line")
    source, on_source = field_join(Photo.id, "source")
    first_byline, on_first_byline = field_join(Photo.id, "creator")
    disagrees = and_(credits.c.agency.is_not(None), sources.c.agency.is_not(None),
                     credits.c.agency.not_in((HANDOUT, POOL)),
                     credits.c.agency != sources.c.agency)
    matches = _byline_matches(credits, first_byline)
    problem = or_(credit.value.is_(None), credits.c.agency.is_(None),
                  and_(source.value.is_not(None), sources.c.agency.is_(None)), disagrees,
                  matches == 0)
    query = select(
        Photo.id.label("photo_id"), Photo.status, Photo.status_note,
        credit.value.label("credit_line"), credits.c.agency.label("credit_agency"),
        source.value.label("source"), sources.c.agency.label("source_agency"),
        first_byline.value.label("creator"), _uses(Photo.id, dates).label("uses"),
        case((disagrees, 1), else_=0).label("disagrees"), matches.label("byline_matches"),
    ).select_from(Photo).outerjoin(credit, on_credit) \
        .outerjoin(credits, credits.c.credit_line == credit.value) \
        .outerjoin(source, on_source).outerjoin(sources, sources.c.source == source.value) \
        .outerjoin(first_byline, on_first_byline) \
        .where(or_(problem, Photo.status.in_(WITHDRAWN)))
    if dates.start or dates.end:
        # photos received or used in the range; a withdrawn photo counts only if used in it
        query = query.where(Photo.id.in_(_scope_ids(dates)))
    return query.cte("checked").prefix_with("MATERIALIZED")


def _byline_matches(credits: Any, first_byline: Any) -> Any:
    """0 when the credit names a photographer and none of the photo's by-lines is that
    photographer; 1 or NULL otherwise. The first by-line is compared in the join; the
    others are read only when it does not match."""
    byline = aliased(FieldValue, name="byline")
    photographer, raw = credits.c.photographer, credits.c.photographer_raw
    unmatched_first = and_(photographer != "", first_byline.value != raw,
                           mm_fold(first_byline.value) != photographer)
    any_match = select(func.max(case(
        (or_(byline.value == raw, mm_fold(byline.value) == photographer), 1), else_=0))
    ).where(byline.photo_id == first_byline.photo_id, byline.name == "creator",
            byline.position > 0).scalar_subquery()
    return case((unmatched_first, func.coalesce(any_match, 0)))


def _problem_queries(dates: DateRange) -> list[Any]:
    """One SELECT per kind of problem over the kept photos: (photo id, problem, detail,
    credit line, source, first by-line, status, uses)."""
    checked = _checked(dates)
    c = checked.c

    def kind(label: str, detail: Any, *where: Any, credit: Any = c.credit_line) -> Any:
        return select(c.photo_id, _text(label).label("problem"),
                      cast(detail, Text).label("detail"), cast(credit, Text).label("credit_line"),
                      cast(c.source, Text).label("source"), c.creator, c.status,
                      c.uses).where(*where)

    def withdrawn(status: str) -> Any:
        used = exists().where(PhotoUse.photo_id == c.photo_id, *used_between(dates))
        return kind(f"{status} but published", func.coalesce(c.status_note, ""),
                    c.status == status, used)

    return [
        kind("no credit", _text(""), c.credit_line.is_(None), credit=null()),
        kind("unknown agency", c.credit_line, c.credit_line.is_not(None),
             c.credit_agency.is_(None)),
        kind("unknown agency", c.source, c.source.is_not(None),
             c.source_agency.is_(None)),
        kind("credit disagrees with source", c.credit_line + " / " + c.source,
             c.disagrees == 1),
        kind("credit disagrees with by-line", c.credit_line, c.byline_matches == 0),
        withdrawn("killed"), withdrawn("superseded"),
    ]


def _uses(photo_id: Any, dates: DateRange) -> Any:
    """How many times the photo was used in the range, read for the kept photos only."""
    return select(func.count(PhotoUse.id)).where(PhotoUse.photo_id == photo_id,
                                                 *used_between(dates)).scalar_subquery()


def _text(value: str) -> Any:
    return cast(literal(value), Text)


def _scope_ids(dates: DateRange) -> Any:
    """Ids of the photos received in the range or used in it."""
    received = select(Photo.id).where(*received_between(dates))
    used = select(PhotoUse.photo_id).where(*used_between(dates))
    return union(received, used)


def problems_report(session: Session, *, dates: DateRange = ALL_DATES) -> Report:
    """Photos with no credit, an unknown agency, a credit at odds with by-line or source,
    and killed or superseded photos that were published; one row per photo and problem."""
    prepare(session)
    prefer_hash_joins(session)
    problems = union_all(*_problem_queries(dates)).subquery("problems")
    per_kind = func.count().over(partition_by=problems.c.problem)
    query = select(problems.c.photo_id, problems.c.problem, problems.c.detail,
                   problems.c.credit_line, problems.c.source, problems.c.creator,
                   problems.c.status, problems.c.uses, per_kind)
    found = session.connection().execute(query).all()
    rows = [tuple(row[:7]) + (int(row[7] or 0),) for row in found]
    rows.sort(key=lambda row: (row[1], row[0], row[2] or ""))
    counts = sorted({(str(row[1]), int(row[8])) for row in found})
    return Report(
        name="problems", title="Credit problems", range=dates,
        columns=[Column("photo_id", "Photo", INTEGER), Column("problem", "Problem"),
                 Column("detail", "Detail"), Column("credit_line", "Credit line"),
                 Column("source", "Source"), Column("creator", "Photographer"),
                 Column("status", "Status"), Column("uses", "Uses", INTEGER)],
        rows=rows, chart=Chart("problem", ("photos",), title="Problems by kind", data=counts),
        notes=[f"{n} {p}" for p, n in counts])
