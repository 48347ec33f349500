"""Reports: credits, a story's credit block, restrictions, problems and cost, with a chart
and downloads in CSV, XLSX, PDF and HTML. Metadata is shown only as text cells."""

from __future__ import annotations

from functools import partial

import altair as alt
import streamlit as st
from desk import catalog
from literal import heading

from media_manager.catalog.report_config import config_path, load_report_config
from media_manager.catalog.report_formats import FORMATS, MEDIA_TYPES, render
from media_manager.catalog.report_model import DateRange, Report, chart_table
from media_manager.catalog.report_request import REPORT_NAMES, ReportRequest
from media_manager.catalog.reports import GROUPINGS
from media_manager.catalog.sqlparts import PERIODS
from media_manager.config import Settings
from media_manager.errors import MediaManagerError

desk = catalog()
LABELS = {"credits": "Credits", "story": "Story credit block", "restrictions": "Restrictions",
          "problems": "Problems", "cost": "Cost"}


def ask() -> ReportRequest:
    """The report, range and grouping the desk picked."""
    name = st.selectbox("Report", REPORT_NAMES, format_func=LABELS.__getitem__, key="report-name")
    left, right, third = st.columns(3)
    start = left.date_input("From", value=None, key="report-from")
    end = right.date_input("To", value=None, key="report-to")
    by, period, story = "source", "month", ""
    if name == "credits":
        by = third.selectbox("Group by", GROUPINGS, key="report-by")
    if name == "story":
        story = third.text_input("Story slug", key="report-story")
    if (name == "credits" and by == "period") or name == "cost":
        period = st.selectbox("Period", PERIODS, index=PERIODS.index("month"),
                              key="report-period")
    return ReportRequest(name, DateRange(start, end), by=by, period=period, story=story)


def chart(report: Report) -> None:
    categories, series, matrix = chart_table(report)
    if not categories:
        return
    points = [{"category": c, "series": s, "value": v}
              for c, numbers in zip(categories, matrix, strict=True)
              for s, v in zip(series, numbers, strict=True)]
    drawn = alt.Chart(alt.Data(values=points)).mark_bar().encode(
        x=alt.X("category:N", sort=None, title=None), xOffset="series:N",
        y=alt.Y("value:Q", title=None), color=alt.Color("series:N", title=None),
        tooltip=["category:N", "series:N", "value:Q"])
    st.altair_chart(drawn, key="report-chart")


def downloads(report: Report) -> None:
    """One button per format; each file is made only when its button is clicked."""
    for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
        column.download_button(f"Download {fmt.upper()}", partial(render, report, fmt),
                               file_name=f"{report.name}.{fmt}", mime=MEDIA_TYPES[fmt],
                               key=f"download-{fmt}")


st.title("Reports")
request = ask()
if request.name == "story" and not request.story.strip():
    st.info("Type the story's slug to see its credit block.")
    st.stop()
try:
    settings = Settings.from_env()
    report = desk.report(request, load_report_config(config_path(None, settings.data_dir)))
except (MediaManagerError, ValueError) as problem:
    st.error("The report could not be made:")
    st.text(str(problem))
    st.stop()
    raise
heading(LABELS[request.name])
st.text(report.title)
st.text(f"Dates: {report.range.describe()} · {len(report.rows)} rows")
if report.text is not None:
    st.text(report.text or "(no credit to print)")
for note in report.notes:
    st.text(note)
chart(report)
st.dataframe(report.records(), key="report-table", hide_index=True)
downloads(report)
