"""Which report the desk asks for, with its options; one function runs any of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from media_manager.catalog.credit_sql import prepare
from media_manager.catalog.report_checks import restrictions_report
from media_manager.catalog.report_config import ReportConfig
from media_manager.catalog.report_model import DateRange, Report
from media_manager.catalog.report_problems import problems_report
from media_manager.catalog.reports import cost_report, credits_report, story_report
from media_manager.errors import MediaManagerError

REPORT_NAMES = ("credits", "story", "restrictions", "problems", "cost")


class BadReport(MediaManagerError):
    """A report asked for with options it cannot take."""


@dataclass(frozen=True)
class ReportRequest:
    name: str
    dates: DateRange = field(default_factory=DateRange)
    by: str = "source"
    period: str = "month"
    story: str = ""


def build_report(session: Session, request: ReportRequest, config: ReportConfig) -> Report:
    """Run the report ``request`` names."""
    prepare(session)
    try:
        if request.name == "credits":
            return credits_report(session, by=request.by, period=request.period,
                                  dates=request.dates)
        if request.name == "story":
            if not request.story.strip():
                raise BadReport("the story report needs a story slug")
            return story_report(session, request.story, style=config.house_style,
                                dates=request.dates)
        if request.name == "restrictions":
            return restrictions_report(session, config=config, dates=request.dates)
        if request.name == "problems":
            return problems_report(session, dates=request.dates)
        if request.name == "cost":
            return cost_report(session, config=config, period=request.period,
                               dates=request.dates)
    except ValueError as problem:
        raise BadReport(str(problem)) from None
    raise BadReport(f"no report named {request.name!r} (reports: {', '.join(REPORT_NAMES)})")
