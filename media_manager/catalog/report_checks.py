"""Reports for the legal desk: restrictions honoured, and credit problems (issue 8).

``problems`` is a UNION of SQL checks over the photos, counted per kind in SQL.
``restrictions`` lets SQL find the uses whose photo's instructions or usage terms mention a
restriction; the wording (embargo dates, territories) is then read by the pure parser in
:mod:`media_manager.captions.restrictions`, once per distinct text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Text,
    and_,
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

from media_manager.captions.restrictions import Restrictions, parse_restrictions
from media_manager.catalog.credit_sql import (
    HANDOUT,
    POOL,
    credit_facts,
    mm_fold,
    prepare,
    source_facts,
)
from media_manager.catalog.report_config import ReportConfig
from media_manager.catalog.report_model import (
    ALL_DATES,
    DATE,
    INTEGER,
    Chart,
    Column,
    DateRange,
    Report,
)
from media_manager.catalog.reports import received_between, used_between
from media_manager.catalog.sqlparts import field_join
from media_manager.models import FieldValue, Photo, PhotoUse

RESTRICTION_FIELDS = ("instructions", "usage_terms")
_HINTS = ("%mandatory credit%", "%credit must%", "%credit should%", "%must credit%",
          "%no sales%", "%no archiv%", "%editorial use%", "%embargo%")
HONOURED, BROKEN, CHECK = "honoured", "broken", "check"


def _restriction_text() -> tuple[Any, list[Any]]:
    """The photo's instructions and usage terms joined, and the joins that bring them."""
    instructions, on_instructions = field_join(PhotoUse.photo_id, "instructions")
    terms, on_terms = field_join(PhotoUse.photo_id, "usage_terms")
    text = func.trim(func.coalesce(instructions.value, "") + " " + func.coalesce(terms.value, ""))
    return text, [(instructions, on_instructions), (terms, on_terms)]


def restrictions_report(session: Session, *, config: ReportConfig,
                        dates: DateRange = ALL_DATES) -> Report:
    """Each use of a restricted photo, its restrictions and whether the use honoured them."""
    text, joins = _restriction_text()
    credit, on_credit = field_join(PhotoUse.photo_id, "credit_line")
    worded = FieldValue.value
    hinted = select(FieldValue.photo_id).where(
        FieldValue.name.in_(RESTRICTION_FIELDS),
        or_(*(func.lower(worded).like(h) for h in _HINTS), worded.like("% OUT%"))
    ).distinct().subquery("hinted")
    query = select(PhotoUse.id, PhotoUse.photo_id, PhotoUse.story, PhotoUse.publication,
                   PhotoUse.used_on, PhotoUse.credit, credit.value, text).select_from(hinted) \
        .join(PhotoUse, PhotoUse.photo_id == hinted.c.photo_id)
    for alias, condition in [*joins, (credit, on_credit)]:
        query = query.outerjoin(alias, condition)
    query = query.where(*used_between(dates))
    countries = {name.casefold(): country for name, country in config.publications.items()}
    rows = []
    for use_id, photo_id, story, publication, used_on, printed, credit_line, words in \
            session.execute(query):
        found = _parsed(words)
        if not found:
            continue
        country = countries.get(publication.casefold())
        verdict, reasons = judge(found, used_on, country, printed, credit_line)
        rows.append((use_id, photo_id, story, publication, used_on, "; ".join(found.kinds),
                     found.embargo_until.strftime("%Y-%m-%d %H:%M") if found.embargo_until
                     else None, verdict, "; ".join(reasons), words))
    rows.sort(key=lambda row: (row[7] != BROKEN, row[4], row[0]))
    verdicts = [(v, sum(1 for r in rows if r[7] == v)) for v in (BROKEN, CHECK, HONOURED)]
    return Report(
        name="restrictions", title="Restrictions on published photos", range=dates,
        columns=[Column("use_id", "Use", INTEGER), Column("photo_id", "Photo", INTEGER),
                 Column("story", "Story"), Column("publication", "Publication"),
                 Column("used_on", "Used on", DATE), Column("restrictions", "Restrictions"),
                 Column("embargo_until", "Embargo until (UTC)"), Column("verdict", "Verdict"),
                 Column("reasons", "Why"), Column("terms", "Instructions and usage terms")],
        rows=rows, chart=Chart("verdict", ("uses",), title="Uses by verdict", data=verdicts),
        notes=[", ".join(f"{count} {verdict}" for verdict, count in verdicts)])


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Restrictions:
    return parse_restrictions(text)


def judge(found: Restrictions, used_on: Any, country: str | None, printed: str | None,
          credit_line: str | None) -> tuple[str, list[str]]:
    """Whether one use honoured the restrictions: broken, check (cannot tell) or honoured."""
    broken, unsure = [], []
    if found.embargo_day is not None:
        if used_on < found.embargo_day:
            broken.append(f"used {used_on} before the embargo lifted "
                          f"({found.embargo_until:%Y-%m-%d %H:%M} UTC)")
        elif used_on == found.embargo_day and found.embargo_time is not None \
                and found.embargo_time.hour + found.embargo_time.minute > 0:
            unsure.append(f"used on the day the embargo lifts at {found.embargo_time:%H:%M} UTC")
    for territory in found.territories_out:
        if country and country.casefold() == territory.casefold():
            broken.append(f"published in {country}: {territory} OUT")
        elif country is None:
            unsure.append("publication's country not configured")
    if found.mandatory_credit:
        shown = (printed if printed is not None else credit_line) or ""
        if not shown.strip():
            broken.append("mandatory credit, but no credit printed")
        elif found.required_credit and found.required_credit.casefold() not in shown.casefold():
            broken.append(f"credit must read {found.required_credit!r}")
    if broken:
        return BROKEN, broken
    return (CHECK, sorted(set(unsure))) if unsure else (HONOURED, [])


# problems

def photo_credits(dates: DateRange) -> Any:
    """One row per photo with a credit line: its agency, photographer half, source and the
    source's agency. Each distinct credit line and source is looked up once."""
    credits, sources = credit_facts(), source_facts()
    credit = aliased(FieldValue, name="credit")
    source = aliased(FieldValue, name="source")
    query = select(
        credit.photo_id.label("photo_id"), credit.value.label("credit_line"),
        credits.c.agency.label("credit_agency"), credits.c.photographer,
        credits.c.photographer_raw, source.value.label("source"),
        sources.c.agency.label("source_agency"),
    ).select_from(credit).join(credits, credits.c.credit_line == credit.value) \
        .outerjoin(source, and_(source.photo_id == credit.photo_id, source.name == "source",
                                source.position == 0)) \
        .outerjoin(sources, sources.c.source == source.value) \
        .where(credit.name == "credit_line", credit.position == 0)
    query = query.where(*_scoped(credit.photo_id, dates))
    return query.cte("photo_credits").prefix_with("MATERIALIZED"), sources


def _problem_queries(dates: DateRange) -> list[Any]:
    """One SELECT (photo id, problem, detail) per kind of problem."""
    facts, sources = photo_credits(dates)
    byline = aliased(FieldValue, name="byline")
    no_credit = ~exists().where(FieldValue.photo_id == Photo.id, FieldValue.name == "credit_line")
    scope = _in_scope(dates)

    def kind(label: str, detail: Any, table: Any, photo_id: Any, *where: Any,
             credit: Any = None, source: Any = None) -> Any:
        """One kind of problem: (photo, problem, detail, credit line, source)."""
        credit = _value_of(photo_id, "credit_line") if credit is None else credit
        source = _value_of(photo_id, "source") if source is None else source
        return select(photo_id.label("photo_id"), _text(label).label("problem"),
                      cast(detail, Text).label("detail"), cast(credit, Text).label("credit_line"),
                      cast(source, Text).label("source")).select_from(table).where(*where)

    on_facts = {"credit": facts.c.credit_line, "source": facts.c.source}

    lone_source = aliased(FieldValue, name="lone_source")
    return [
        kind("no credit", _text(""), Photo, Photo.id, no_credit, scope, credit=null()),
        kind("unknown agency", facts.c.credit_line, facts, facts.c.photo_id,
             facts.c.credit_agency.is_(None), **on_facts),
        kind("unknown agency", facts.c.source, facts, facts.c.photo_id,
             facts.c.source.is_not(None), facts.c.source_agency.is_(None), **on_facts),
        kind("unknown agency", lone_source.value, lone_source, lone_source.photo_id,
             lone_source.name == "source", lone_source.position == 0,
             lone_source.value.in_(select(sources.c.source).where(sources.c.agency.is_(None))),
             ~exists().where(FieldValue.photo_id == lone_source.photo_id,
                             FieldValue.name == "credit_line"), *_scoped(lone_source.photo_id, dates),
             credit=null(), source=lone_source.value),
        kind("credit disagrees with source", facts.c.credit_line + " / " + facts.c.source,
             facts, facts.c.photo_id, facts.c.credit_agency.is_not(None),
             facts.c.source_agency.is_not(None), facts.c.credit_agency.not_in((HANDOUT, POOL)),
             facts.c.credit_agency != facts.c.source_agency, **on_facts),
        kind("credit disagrees with by-line", facts.c.credit_line, facts, facts.c.photo_id,
             facts.c.photographer != "",
             exists().where(byline.photo_id == facts.c.photo_id, byline.name == "creator"),
             ~exists().where(byline.photo_id == facts.c.photo_id, byline.name == "creator",
                             or_(byline.value == facts.c.photographer_raw,
                                 mm_fold(byline.value) == facts.c.photographer)), **on_facts),
        kind("killed but published", func.coalesce(Photo.status_note, ""), Photo, Photo.id,
             Photo.status == "killed", _used(dates)),
        kind("superseded but published", func.coalesce(Photo.status_note, ""), Photo, Photo.id,
             Photo.status == "superseded", _used(dates)),
    ]


def _value_of(photo_id: Any, name: str) -> Any:
    """A photo's (first) value of one field, as a scalar subquery."""
    value = aliased(FieldValue, name=f"value_{name}")
    return select(value.value).where(value.photo_id == photo_id, value.name == name,
                                     value.position == 0).scalar_subquery()


def _text(value: str) -> Any:
    return cast(literal(value), Text)


def _scoped(photo_id: Any, dates: DateRange) -> list[Any]:
    return [photo_id.in_(_scope_ids(dates))] if dates.start or dates.end else []


def _scope_ids(dates: DateRange) -> Any:
    """Ids of the photos received in the range or used in it."""
    received = select(Photo.id).where(*received_between(dates))
    used = select(PhotoUse.photo_id).where(*used_between(dates))
    return union(received, used)


def _used(dates: DateRange) -> Any:
    return exists().where(PhotoUse.photo_id == Photo.id, *used_between(dates))


def _in_scope(dates: DateRange) -> Any:
    """Photos received in the range or used in it (every photo when the range is open)."""
    if not dates.start and not dates.end:
        return literal(True)
    return or_(and_(*received_between(dates)), _used(dates))


def problems_report(session: Session, *, dates: DateRange = ALL_DATES) -> Report:
    """Photos with no credit, an unknown agency, a credit at odds with by-line or source,
    and killed or superseded photos that were published; one row per photo and problem."""
    prepare(session)
    problems = union_all(*_problem_queries(dates)).subquery("problems")
    creator, on_creator = field_join(problems.c.photo_id, "creator")
    uses = select(func.count(PhotoUse.id)).where(PhotoUse.photo_id == problems.c.photo_id,
                                                 *used_between(dates)).scalar_subquery()
    per_kind = func.count().over(partition_by=problems.c.problem)
    query = select(problems.c.photo_id, problems.c.problem, problems.c.detail,
                   problems.c.credit_line, problems.c.source, creator.value, Photo.status, uses,
                   per_kind) \
        .select_from(problems).join(Photo, Photo.id == problems.c.photo_id) \
        .outerjoin(creator, on_creator)
    found = session.execute(query).all()
    rows = [tuple(row[:7]) + (int(row[7] or 0),) for row in found]
    rows.sort(key=lambda row: (row[1], row[0]))
    counts = sorted({(str(row[1]), int(row[8])) for row in found})
    return Report(
        name="problems", title="Credit problems", range=dates,
        columns=[Column("photo_id", "Photo", INTEGER), Column("problem", "Problem"),
                 Column("detail", "Detail"), Column("credit_line", "Credit line"),
                 Column("source", "Source"), Column("creator", "Photographer"),
                 Column("status", "Status"), Column("uses", "Uses", INTEGER)],
        rows=rows, chart=Chart("problem", ("photos",), title="Problems by kind", data=counts),
        notes=[f"{n} {p}" for p, n in counts])
