"""Write a :class:`Report` as CSV, XLSX or standalone HTML (PDF: :mod:`report_pdf`).

Cells hold metadata, which is untrusted text: in HTML it is escaped, in XLSX it is stored
as a string (never a formula), in CSV a text cell that a spreadsheet would run as a
formula (= + - @ first) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import html
import io
from datetime import date
from typing import Any

from media_manager.catalog.report_model import DATE, INTEGER, MONEY, Report, chart_table

FORMATS = ("csv", "xlsx", "pdf", "html")
MEDIA_TYPES = {"csv": "text/csv", "html": "text/html", "pdf": "application/pdf",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(report: Report, fmt: str) -> bytes:
    """The report as the bytes of a ``fmt`` file."""
    if fmt == "csv":
        return to_csv(report).encode("utf-8")
    if fmt == "html":
        return to_html(report).encode("utf-8")
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "pdf":
        from media_manager.catalog.report_pdf import to_pdf

        return to_pdf(report)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def cell_text(value: Any) -> str:
    """A cell as people read it: empty for nothing, ISO dates, money with two decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(report.column_names)
    for row in report.rows:
        writer.writerow([_safe_csv(cell_text(v)) if isinstance(v, str) else cell_text(v)
                         for v in row])
    return out.getvalue()


def _safe_csv(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_xlsx(report: Report) -> bytes:
    """A workbook: the report (header row, typed cells), a chart sheet, and an About sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Report"
    sheet.append([c.name for c in report.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in report.rows:
        sheet.append([_xlsx_value(v) for v in row])
    for index, column in enumerate(report.columns, start=1):
        _type_column(sheet, index, column.kind, len(report.rows))
    sheet.freeze_panes = "A2"
    _chart_sheet(book, report)
    about = book.create_sheet("About")
    for line in (("report", report.title), ("dates", report.range.describe()),
                 ("credit block", report.text or ""), *(("note", n) for n in report.notes)):
        about.append(list(line))
        for cell in about[about.max_row]:
            cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 32)
    return value


def _type_column(sheet: Any, index: int, kind: str, count: int) -> None:
    for (cell,) in sheet.iter_rows(min_row=2, max_row=count + 1, min_col=index, max_col=index):
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a caption starting with "=" stays text, never a formula
        elif kind == DATE and cell.value is not None:
            cell.number_format = "yyyy-mm-dd"
        elif kind == MONEY and cell.value is not None:
            cell.number_format = "#,##0.00"
        elif kind == INTEGER and cell.value is not None:
            cell.number_format = "0"


def _chart_sheet(book: Any, report: Report) -> None:
    from openpyxl.chart import BarChart, Reference

    categories, series, matrix = chart_table(report)
    if not categories:
        return
    sheet = book.create_sheet("Chart")
    sheet.append([report.chart.category if report.chart else "category", *series])
    for category, numbers in zip(categories, matrix, strict=True):
        sheet.append([category, *numbers])
        sheet.cell(row=sheet.max_row, column=1).data_type = "s"
    chart = BarChart()
    chart.title = report.chart.title if report.chart else report.title
    data = Reference(sheet, min_col=2, max_col=1 + len(series), min_row=1,
                     max_row=1 + len(categories))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=1 + len(categories)))
    chart.width, chart.height = 24, 12
    sheet.add_chart(chart, f"{chr(ord('A') + len(series) + 2)}2")


def to_html(report: Report) -> str:
    """One standalone page: title, range, notes, credit block, an SVG chart, the table."""
    esc = html.escape
    head = "".join(f"<th>{esc(c.label)}</th>" for c in report.columns)
    body = "\n".join(
        "<tr>" + "".join(f'<td class="{c.kind}">{esc(cell_text(v))}</td>'
                         for c, v in zip(report.columns, row, strict=True)) + "</tr>"
        for row in report.rows)
    notes = "".join(f"<li>{esc(n)}</li>" for n in report.notes)
    block = f'<p class="block">{esc(report.text)}</p>' if report.text else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(report.title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{esc(report.title)}</h1><p class=\"range\">{esc(report.range.describe())}</p>"
        f"{block}<ul>{notes}</ul>{svg_chart(report)}"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"
        f"<p class=\"count\">{len(report.rows)} rows</p></body></html>\n")


_CSS = ("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25em .5em;"
        "vertical-align:top}th{background:#eee}td.integer,td.money{text-align:right}"
        ".block{font-weight:bold}.range,.count{color:#555}")
_COLOURS = ("#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6")


def svg_chart(report: Report) -> str:
    """A plain bar chart as inline SVG (no script, labels escaped)."""
    categories, series, matrix = chart_table(report)
    if not categories:
        return ""
    top = max((v for row in matrix for v in row), default=0) or 1
    bar, gap, height = 14, 10, 160
    width = len(categories) * (bar * len(series) + gap) + 40
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
              f'height="{height + 90}" role="img">')]
    for i, (category, numbers) in enumerate(zip(categories, matrix, strict=True)):
        x0 = 30 + i * (bar * len(series) + gap)
        for j, value in enumerate(numbers):
            h = value / top * height
            parts.append(f'<rect x="{x0 + j * bar}" y="{height - h + 10:.1f}" width="{bar - 2}" '
                         f'height="{h:.1f}" fill="{_COLOURS[j % len(_COLOURS)]}">'
                         f'<title>{html.escape(category)}: {html.escape(series[j])} {value:g}'
                         '</title></rect>')
        parts.append(f'<text x="{x0}" y="{height + 24}" font-size="10" transform="rotate(30 '
                     f'{x0} {height + 24})">{html.escape(category[:24])}</text>')
    legend = " ".join(f'<tspan fill="{_COLOURS[j % len(_COLOURS)]}">■ {html.escape(s)}</tspan>'
                      for j, s in enumerate(series))
    parts.append(f'<text x="30" y="{height + 84}" font-size="11">{legend}</text></svg>')
    return "".join(parts)
