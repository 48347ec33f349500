"""The legal desk's report of restrictions honoured (issue 8); problems are in
:mod:`media_manager.catalog.report_problems`.

``restrictions`` lets SQL find the uses whose photo's instructions or usage terms mention a
restriction; the wording (embargo dates, territories) is then read by the pure parser in
:mod:`media_manager.captions.restrictions`, once per distinct text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from media_manager.captions.restrictions import Restrictions, parse_restrictions
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
from media_manager.catalog.reports import used_between
from media_manager.catalog.sqlparts import field_join
from media_manager.models import FieldValue, PhotoUse

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
