"""What a report is: a title, a date range, typed columns, rows, a chart and notes.

Every report (credits, story, restrictions, problems, cost) comes out as one
:class:`Report`; the CSV, XLSX, PDF and HTML writers and the UI only read this shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

TEXT, INTEGER, DATE, MONEY = "text", "integer", "date", "money"


@dataclass(frozen=True)
class Column:
    """One column: its name (the CSV header), a label for people, and the kind of its cells."""

    name: str
    label: str
    kind: str = TEXT


@dataclass(frozen=True)
class Chart:
    """A bar chart: categories from one column, a bar per value column (or per ``series``)."""

    category: str
    values: tuple[str, ...]
    title: str = ""
    series: str | None = None  # a column whose values split the one value column into bars
    #: (category, value) counted apart from the rows (e.g. problems per kind), when given
    data: list[tuple[str, int]] | None = None


@dataclass(frozen=True)
class DateRange:
    """Inclusive dates; either end may be open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"the range starts ({self.start}) after it ends ({self.end})")

    @property
    def start_moment(self) -> datetime | None:
        return datetime.combine(self.start, time(0), UTC) if self.start else None

    @property
    def end_moment(self) -> datetime | None:
        """The first moment after the range (its end day is included)."""
        return datetime.combine(self.end + timedelta(days=1), time(0), UTC) if self.end else None

    def describe(self) -> str:
        if not self.start and not self.end:
            return "all dates"
        return f"{self.start or '…'} to {self.end or '…'}"


#: The open range: every date.
ALL_DATES = DateRange()


@dataclass
class Report:
    """A finished report: everything a writer needs, nothing it must compute."""

    name: str
    title: str
    range: DateRange
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    chart: Chart | None = None
    text: str | None = None  # the story's credit block
    notes: list[str] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def records(self) -> list[dict[str, Any]]:
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        index = self.column_names.index(name)
        return [row[index] for row in self.rows]


def chart_table(report: Report, limit: int = 30) -> tuple[list[str], list[str], list[list[float]]]:
    """The chart's data as (categories, series names, one row of numbers per category).

    Only the first ``limit`` categories: a chart of a thousand bars says nothing.
    """
    chart = report.chart
    if chart is None:
        return [], [], []
    if chart.data is not None:
        shown = chart.data[:limit]
        return [c for c, _ in shown], list(chart.values), [[float(v)] for _, v in shown]
    names = report.column_names
    category_at = names.index(chart.category)
    if chart.series is None:
        value_at = [names.index(v) for v in chart.values]
        rows = report.rows[:limit]
        return ([_label(r[category_at]) for r in rows], list(chart.values),
                [[float(r[i] or 0) for i in value_at] for r in rows])
    series_at, value = names.index(chart.series), names.index(chart.values[0])
    categories: dict[str, dict[str, float]] = {}
    series: list[str] = []
    for row in report.rows:
        name = _label(row[series_at])
        if name not in series:
            series.append(name)
        cell = categories.setdefault(_label(row[category_at]), {})
        cell[name] = cell.get(name, 0.0) + float(row[value] or 0)
    shown = list(categories)[:limit]
    return shown, series, [[categories[c].get(s, 0.0) for s in series] for c in shown]


def _label(value: Any) -> str:
    return "(none)" if value is None or value == "" else str(value)
