"""Credit and attribution reports: credits, a story's credit block, cost (issue 8).

Every count is a GROUP BY in the database over ``photo``, ``photo_use`` and the photo's
``field_value`` rows; Python only sorts and formats the grouped rows. Restrictions and
problems are in :mod:`media_manager.catalog.report_checks` and
:mod:`media_manager.catalog.report_problems`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Select,
    Text,
    cast,
    distinct,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from media_manager.catalog.credit_sql import (
    agency_lookups,
    credit_facts,
    credit_parts,
    prepare,
    source_facts,
)
from media_manager.catalog.report_config import AgencyRate, HouseStyle, ReportConfig
from media_manager.catalog.report_model import (
    ALL_DATES,
    INTEGER,
    MONEY,
    TEXT,
    Chart,
    Column,
    DateRange,
    Report,
)
from media_manager.catalog.sqlparts import PERIODS, field_join, joined_list, period_label
from media_manager.models import FieldValue, Photo, PhotoUse

GROUPINGS = ("source", "credit_line", "creator", "period")
_LABELS = {"source": "Source (agency)", "credit_line": "Credit line", "creator": "Photographer",
           "period": "Period"}


def used_between(dates: DateRange) -> list[Any]:
    """WHERE terms: the use's date in the range."""
    terms = []
    if dates.start:
        terms.append(PhotoUse.used_on >= dates.start)
    if dates.end:
        terms.append(PhotoUse.used_on <= dates.end)
    return terms


def received_between(dates: DateRange) -> list[Any]:
    """WHERE terms: the photo ingested in the range (UTC days)."""
    terms = []
    if dates.start_moment:
        terms.append(Photo.added_at >= dates.start_moment)
    if dates.end_moment:
        terms.append(Photo.added_at < dates.end_moment)
    return terms


def _received(by: str, period: str, dates: DateRange) -> list[Select[Any]]:
    """Photos received per key: driven from the field's rows (read in index order, no probe
    per photo), plus one NULL row for the photos without the field."""
    zero = literal_column("0")
    counts = (func.count().label("received"), zero.label("published"),
              zero.label("photos_published"))
    if by == "period":
        label = period_label(Photo.added_at, period, timestamp=True)
        return [select(label.label("key"), *counts).select_from(Photo)
                .where(*received_between(dates))
                .group_by(label)]
    value = aliased(FieldValue, name="fv_key")
    having = select(value.value.label("key"), *counts).where(value.name == by)
    if by != "creator":
        having = having.where(value.position == 0)
    if dates.start or dates.end:
        having = having.join(Photo, Photo.id == value.photo_id).where(*received_between(dates))
    # Photos without the field: those received, less those with a first value (position 0).
    first = aliased(FieldValue, name="fv_first")
    with_field = select(func.count()).select_from(first).where(first.name == by,
                                                               first.position == 0)
    if dates.start or dates.end:
        with_field = with_field.join(Photo, Photo.id == first.photo_id) \
            .where(*received_between(dates))
    photos = select(func.count()).select_from(Photo).where(*received_between(dates))
    missing = select(cast(null(), Text).label("key"),
                     (photos.scalar_subquery() - with_field.scalar_subquery()).label("received"),
                     zero.label("published"), zero.label("photos_published"))
    return [having.group_by(value.value), missing]


def _published(by: str, period: str, dates: DateRange) -> Select[Any]:
    zero = literal_column("0")
    counts = (zero.label("received"), func.count(PhotoUse.id).label("published"),
              func.count(distinct(PhotoUse.photo_id)).label("photos_published"))
    if by == "period":
        key = period_label(PhotoUse.used_on, period)
        query = select(key.label("key"), *counts)
    else:
        value, condition = field_join(PhotoUse.photo_id, by, first_only=by != "creator")
        key = value.value
        query = select(key.label("key"), *counts).select_from(PhotoUse).outerjoin(value, condition)
        query = query.where(in_photo_order())
    return query.where(*used_between(dates)).group_by(key)


def in_photo_order() -> Any:
    """A WHERE term that is always true but has SQLite read the uses along their photo_id
    index, so each photo's field rows are looked up in the order they lie on disk, not at
    random (at a million photos a third of the time)."""
    return PhotoUse.photo_id > 0


def credits_report(session: Session, *, by: str = "source", period: str = "month",
                   dates: DateRange = ALL_DATES) -> Report:
    """Photos received (ingested) and published (uses) per source, credit, photographer or period.

    A photo by two photographers counts once for each of them.
    """
    if by not in GROUPINGS:
        raise ValueError(f"group by one of {', '.join(GROUPINGS)}, not {by!r}")
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    counts = union_all(*_received(by, period, dates), _published(by, period, dates)
                       ).subquery("counts")
    query = select(counts.c.key, func.sum(counts.c.received), func.sum(counts.c.published),
                   func.sum(counts.c.photos_published)).group_by(counts.c.key)
    rows = [(key, int(r or 0), int(p or 0), int(pp or 0)) for key, r, p, pp in session.execute(query)]
    rows = [row for row in rows if row[1] or row[2]]
    if by == "period":
        rows.sort(key=lambda row: row[0] or "")
    else:
        rows.sort(key=lambda row: (-row[2], -row[1], row[0] is None, row[0] or ""))
    name = by
    title = f"Credits by {_LABELS[by].lower()}" + (f" ({period})" if by == "period" else "")
    return Report(
        name="credits", title=title, range=dates,
        columns=[Column(name, _LABELS[by] if by != "period" else f"Period ({period})", TEXT),
                 Column("received", "Received", INTEGER), Column("published", "Published (uses)",
                                                                  INTEGER),
                 Column("photos_published", "Photos published", INTEGER)],
        rows=rows, chart=Chart(name, ("received", "published"), title=title))


# the story's credit block

def story_report(session: Session, slug: str, *, style: HouseStyle,
                 dates: DateRange = ALL_DATES) -> Report:
    """The credit block to print with story ``slug``: photos with the same credit grouped."""
    prepare(session)
    credit, on_credit = field_join(PhotoUse.photo_id, "credit_line")
    creator, on_creator = field_join(PhotoUse.photo_id, "creator")
    source, on_source = field_join(PhotoUse.photo_id, "source")
    lookups = agency_lookups()
    parts = credit_parts(credit.value)
    query = select(
        credit.value, creator.value, source.value,
        func.min(func.coalesce(lookups.credit_agency(), lookups.source.c.agency)),
        func.min(parts.provider), func.count(distinct(PhotoUse.photo_id)),
        joined_list(PhotoUse.photo_id), joined_list(PhotoUse.page),
        func.min(PhotoUse.publication), func.min(PhotoUse.id),
    ).select_from(PhotoUse).outerjoin(credit, on_credit).outerjoin(creator, on_creator) \
        .outerjoin(source, on_source)
    query = lookups.joined(query, source.value, credit.value).where(
        PhotoUse.story == slug.strip(), *used_between(dates)
    ).group_by(credit.value, creator.value, source.value)
    groups = [_story_group(style, row) for row in session.execute(query)]
    groups.sort(key=lambda g: g["order"])
    rows, notes = _merge_credits(groups)
    printed = [row[0] for row in rows if row[0]]
    template = style.one if len(printed) == 1 else style.many
    block = template.format(credits=style.separator.join(printed)) if printed else ""
    if not groups:
        notes.append(f"no uses recorded for story {slug.strip()!r}")
    return Report(
        name="story", title=f"Credit block for {slug.strip()}", range=dates,
        columns=[Column("credit", "Credit as printed"), Column("photos", "Photos", INTEGER),
                 Column("photo_ids", "Photo ids"), Column("pages", "Pages"),
                 Column("credit_line", "Credit line in the file")],
        rows=rows, chart=None, text=block, notes=notes)


def _story_group(style: HouseStyle, row: Any) -> dict[str, Any]:
    credit_line, creator, source, agency, provider, photos, ids, pages, publication, first = row
    page_list = sorted(set(filter(None, (pages or "").split(","))), key=_natural)
    values = {"credit_line": credit_line or "", "creator": creator or "", "source": source or "",
              "agency": agency or source or "", "provider": provider or ""}
    return {"credit": printed_credit(style, values), "photos": int(photos),
            "ids": sorted(int(i) for i in (ids or "").split(",") if i), "pages": page_list,
            "credit_line": credit_line or "",
            "order": (publication or "", _natural(page_list[0]) if page_list else ((1, ""),),
                      first)}


def printed_credit(style: HouseStyle, values: dict[str, str]) -> str:
    """One photo's credit in the house style: "via" credits, the agency's own style, or as is."""
    if values["provider"] and values["agency"]:
        template = style.via
    elif values["creator"] and values["agency"] in style.agencies:
        template = style.agencies[values["agency"]]
    else:
        template = style.fallback
    text = template.format_map(values).strip()
    return text or values["source"] or values["creator"]


def _merge_credits(groups: list[dict[str, Any]]) -> tuple[list[tuple[Any, ...]], list[str]]:
    merged: dict[str, dict[str, Any]] = {}
    notes = []
    for group in groups:
        photos = ", ".join(map(str, group["ids"]))
        if not group["credit"]:
            notes.append(f"no credit to print for photo {photos}")
        elif not group["credit_line"]:
            notes.append(f"photo {photos} has no credit line; printed: {group['credit']}")
        into = merged.setdefault(group["credit"], {"photos": 0, "ids": [], "pages": [],
                                                   "lines": []})
        into["photos"] += group["photos"]
        into["ids"] += [i for i in group["ids"] if i not in into["ids"]]
        into["pages"] += [p for p in group["pages"] if p not in into["pages"]]
        if group["credit_line"] not in into["lines"]:
            into["lines"].append(group["credit_line"])
    rows = [(credit, m["photos"], ", ".join(map(str, m["ids"])), ", ".join(m["pages"]),
             "; ".join(line for line in m["lines"] if line)) for credit, m in merged.items()]
    return rows, notes


def _natural(text: str) -> tuple[tuple[int, Any], ...]:
    """Page A2 before A10: numbers compared as numbers."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.findall(r"\d+|\D+", text))


# cost

def cost_report(session: Session, *, config: ReportConfig, period: str = "month",
                dates: DateRange = ALL_DATES) -> Report:
    """Estimated cost per period and agency: uses × per-use rate, plus flat monthly fees."""
    prepare(session)
    source, on_source = field_join(PhotoUse.photo_id, "source")
    credit, on_credit = field_join(PhotoUse.photo_id, "credit_line")
    label = period_label(PhotoUse.used_on, period)
    # each use's source and credit line, read once; then each distinct value looked up once
    used = select(label.label("period"), PhotoUse.used_on, source.value.label("source"),
                  credit.value.label("credit_line")).select_from(PhotoUse) \
        .outerjoin(source, on_source).outerjoin(credit, on_credit) \
        .where(in_photo_order(), *used_between(dates)).cte("used").prefix_with("MATERIALIZED")
    credits = credit_facts(select(used.c.credit_line).where(used.c.credit_line.is_not(None))
                           .distinct())
    sources = source_facts(select(used.c.source).where(used.c.source.is_not(None)).distinct())
    agency = func.coalesce(sources.c.agency, credits.c.agency,
                           func.nullif(func.trim(used.c.source), ""),
                           func.nullif(func.trim(used.c.credit_line), ""))
    query = select(used.c.period, agency, func.count(), func.min(used.c.used_on),
                   func.max(used.c.used_on)).select_from(used) \
        .outerjoin(sources, sources.c.source == used.c.source) \
        .outerjoin(credits, credits.c.credit_line == used.c.credit_line) \
        .group_by(used.c.period, agency)
    found = session.execute(query).all()
    rates = {name.casefold(): rate for name, rate in config.rates.items()}
    uses: dict[tuple[str, str | None], int] = {}
    for key, name, count, _first, _last in found:
        rate = rates.get((name or "").casefold())
        agency_name = rate.agency if rate else name
        uses[(key, agency_name)] = uses.get((key, agency_name), 0) + int(count)
    first = dates.start or min((row[3] for row in found), default=None)
    last = dates.end or max((row[4] for row in found), default=None)
    for rate in config.rates.values():
        if rate.monthly is not None and first and last:
            for key in _periods(first, last, period):
                uses.setdefault((key, rate.agency), 0)
    rows = [_cost_row(key, agency_name, count, rates.get((agency_name or "").casefold()),
                      period, config.currency) for (key, agency_name), count in uses.items()]
    rows.sort(key=lambda row: (row[0] or "", row[1] is None, row[1] or ""))
    unrated = sorted({row[1] or "(none)" for row in rows if row[5] is None})
    notes = [f"no rate configured for: {', '.join(unrated)}"] if unrated else []
    return Report(
        name="cost", title=f"Estimated cost by agency ({period})", range=dates,
        columns=[Column("period", f"Period ({period})"), Column("agency", "Agency"),
                 Column("uses", "Uses", INTEGER), Column("per_use", "Per use", MONEY),
                 Column("monthly", "Monthly fee", MONEY), Column("cost", "Cost", MONEY),
                 Column("currency", "Currency")],
        rows=rows, chart=Chart("period", ("cost",), title="Cost per period", series="agency"),
        notes=notes)


def _cost_row(key: str, agency: str | None, uses: int, rate: AgencyRate | None, period: str,
              currency: str) -> tuple[Any, ...]:
    if rate is None:
        return (key, agency, uses, None, None, None, currency)
    cost = uses * (rate.per_use or 0.0)
    if rate.monthly is not None:
        cost += rate.monthly * _month_share(key, period)
    return (key, rate.agency, uses, rate.per_use, rate.monthly, round(cost, 2), currency)


def _periods(first: date, last: date, period: str) -> list[str]:
    """Labels of every period from ``first`` to ``last``, as the database writes them."""
    labels = []
    day = first
    while day <= last:
        labels.append(_label_of(day, period))
        day += timedelta(days=1)
    return sorted(set(labels))


def _label_of(day: date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return f"{day:%Y-%m}"


def _month_share(key: str, period: str) -> float:
    """The part of a monthly fee that falls in one period: a month whole, a day or week pro rata."""
    if period == "month":
        return 1.0
    start = date.fromisoformat(key)
    days = [start + timedelta(days=i) for i in range(1 if period == "day" else 7)]
    return sum(1 / monthrange(d.year, d.month)[1] for d in days)

