"""Write a :class:`Report` as PDF (reportlab): title, date range, chart, table, notes.

The text is set in an embedded TrueType font that covers accented Latin, Greek and
Cyrillic (DejaVu Sans: Debian's ``fonts-dejavu-core``), found in the usual font folders or
named by ``$MEDIA_MANAGER_PDF_FONT``. Every cell goes through reportlab's Paragraph, whose
mini-markup is escaped first, so a caption's ``<b>`` is printed, not obeyed.
"""

from __future__ import annotations

import html
import io
import os
from functools import lru_cache
from pathlib import Path

from media_manager.catalog.report_formats import cell_text
from media_manager.catalog.report_model import INTEGER, MONEY, Report, chart_table
from media_manager.errors import ConfigError

FONT_ENV = "MEDIA_MANAGER_PDF_FONT"
FONT_FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
                Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"))
MAX_ROWS = 2000
_COLOURS = ("#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6")


def font_files() -> tuple[Path, Path]:
    """(regular, bold) TrueType files; the bold falls back to the regular."""
    named = os.environ.get(FONT_ENV)
    if named:
        regular = Path(named)
        if not regular.is_file():
            raise ConfigError(f"{FONT_ENV}={named}: no such font file")
        return regular, regular
    for folder in FONT_FOLDERS:
        regular = folder / "DejaVuSans.ttf"
        if regular.is_file():
            bold = folder / "DejaVuSans-Bold.ttf"
            return regular, bold if bold.is_file() else regular
    raise ConfigError("PDF reports need the DejaVu Sans font: install Debian's fonts-dejavu-core "
                      f"or set {FONT_ENV} to a .ttf file")


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont("DeskSans", str(regular)))
    pdfmetrics.registerFont(TTFont("DeskSans-Bold", str(bold)))
    return "DeskSans", "DeskSans-Bold"


def to_pdf(report: Report) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    regular, bold = _fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    text = ParagraphStyle("text", fontName=regular, fontSize=9, leading=11)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    story = [Paragraph(_escaped(report.title), title),
             Paragraph(_escaped(f"Dates: {report.range.describe()}"), text)]
    if report.text:
        story += [Spacer(1, 3 * mm), Paragraph(_escaped(report.text), head)]
    story += [Paragraph(_escaped(note), text) for note in report.notes]
    chart = _chart(report, regular)
    if chart is not None:
        story += [Spacer(1, 4 * mm), chart]
    rows = report.rows[:MAX_ROWS]
    if len(report.rows) > MAX_ROWS:
        story.append(Paragraph(_escaped(f"The first {MAX_ROWS:,} of {len(report.rows):,} rows; "
                                        "the CSV and XLSX hold them all."), text))
    data = [[Paragraph(_escaped(c.label), head) for c in report.columns]]
    data += [[Paragraph(_escaped(cell_text(v)), cell) for v in row] for row in rows]
    table = LongTable(data, repeatRows=1, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(report.columns)
              if c.kind in (INTEGER, MONEY)]
    table.setStyle(TableStyle(style))
    story += [Spacer(1, 4 * mm), table]
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=landscape(A4), title=report.title,
                                 leftMargin=12 * mm, rightMargin=12 * mm,
                                 topMargin=12 * mm, bottomMargin=12 * mm)
    document.build(story)
    return out.getvalue()


def _escaped(text: str) -> str:
    """Text for a reportlab Paragraph: its markup characters escaped, controls dropped."""
    text = "".join(c for c in text if c in "\n\t" or ord(c) >= 32)
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _chart(report: Report, font: str):  # type: ignore[no-untyped-def]
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    categories, series, matrix = chart_table(report)
    if not categories:
        return None
    drawing = Drawing(760, 230)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 60, 560, 150
    chart.data = [tuple(row[j] for row in matrix) for j in range(len(series))]
    chart.categoryAxis.categoryNames = [c[:22] for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    for j in range(len(series)):
        chart.bars[j].fillColor = colors.HexColor(_COLOURS[j % len(_COLOURS)])
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 620, 200, font, 8
    legend.colorNamePairs = [(colors.HexColor(_COLOURS[j % len(_COLOURS)]), name[:30])
                             for j, name in enumerate(series)]
    drawing.add(chart)
    drawing.add(legend)
    drawing.add(String(40, 218, (report.chart.title if report.chart else "")[:80],
                       fontName=font, fontSize=10))
    return drawing
