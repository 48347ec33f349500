"""Each report in CSV, XLSX, PDF and HTML; read back with csv, openpyxl, pdftotext, pypdf."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from media_manager.catalog.report_config import ReportConfig
from media_manager.catalog.report_formats import render
from media_manager.catalog.report_model import DateRange
from media_manager.catalog.report_request import ReportRequest
from tests.catalog.desk_fixture import PHOTOS, PUBLICATIONS, fill

NAMES = ("Олег Петров", "Γιώργος Παπαδόπουλος", "Ünal Özdemir")


def by_creator(catalog):  # type: ignore[no-untyped-def]
    fill(catalog)
    return catalog.report(ReportRequest("credits", by="creator",
                                        dates=DateRange(date(2026, 11, 1), date(2026, 12, 31))))


def test_csv_columns_are_named_for_what_they_hold(catalog):
    report = by_creator(catalog)
    rows = list(csv.DictReader(io.StringIO(render(report, "csv").decode("utf-8"))))
    assert list(rows[0]) == ["creator", "received", "published", "photos_published"]
    jane = next(r for r in rows if r["creator"] == "Jane Doe")
    assert (jane["received"], jane["published"]) == ("2", "3")
    assert {r["creator"] for r in rows} >= set(NAMES)


def test_xlsx_has_a_header_typed_cells_and_a_chart(catalog):
    report = by_creator(catalog)
    book = load_workbook(io.BytesIO(render(report, "xlsx")))
    sheet = book["Report"]
    header = [c.value for c in sheet[1]]
    assert header == ["creator", "received", "published", "photos_published"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Jane Doe"] == (2, 3, 2)
    assert all(isinstance(v, int) for v in rows["Олег Петров"])
    assert set(NAMES) <= set(rows)
    assert len(book["Chart"]._charts) == 1
    assert book["About"]["B2"].value == "2026-11-01 to 2026-12-31"


def test_xlsx_keeps_formula_like_text_as_text_and_dates_as_dates(catalog):
    ids = fill(catalog)
    with catalog.sessions.begin() as session:
        from media_manager.models import FieldValue
        session.get(FieldValue, (ids["zeta"], "credit_line", 0)).value = "=HYPERLINK(\"x\")"
    book = load_workbook(io.BytesIO(render(
        catalog.report(ReportRequest("problems")), "xlsx")))
    cells = [c for row in book["Report"].iter_rows(min_row=2) for c in row]
    formula = [c for c in cells if c.value == "=HYPERLINK(\"x\")"]
    assert formula and all(c.data_type == "s" for c in formula)
    restrictions = catalog.report(ReportRequest("restrictions"), ReportConfig(
        publications=PUBLICATIONS))
    sheet = load_workbook(io.BytesIO(render(restrictions, "xlsx")))["Report"]
    used_on = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(v.date() in {d for p in PHOTOS for _s, _p, d, _pg, _u in p.uses} for v in used_on)


def pdf_text(data: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_has_title_range_table_and_every_script(catalog, tmp_path):
    report = by_creator(catalog)
    data = render(report, "pdf")
    text = pdf_text(data, tmp_path)
    assert "Credits by photographer" in text
    assert "Dates: 2026-11-01 to 2026-12-31" in text
    for name in NAMES:
        assert name in text, name
    assert b"DejaVuSans" in data  # the TrueType font is embedded (as a subset)
    from pypdf import PdfReader
    extracted = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert all(name in extracted for name in NAMES)


def test_pdf_and_html_print_markup_instead_of_obeying_it(catalog, tmp_path):
    ids = fill(catalog)
    with catalog.sessions.begin() as session:
        from media_manager.models import FieldValue
        session.get(FieldValue, (ids["zeta"], "credit_line", 0)).value = \
            "<b>Zeta</b> & <script>alert(1)</script>"
    report = catalog.report(ReportRequest("problems"))
    printed = pdf_text(render(report, "pdf"), tmp_path)
    assert "<b>Zeta</b> &" in printed and "<script>alert(1)</script>" in printed
    page = render(report, "html").decode("utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<svg" in page


def test_story_block_in_every_format(catalog, tmp_path):
    fill(catalog)
    report = catalog.report(ReportRequest("story", story="flood-lagos"))
    block = "Photos: AP Photo/Jane Doe; Ministry of Defence via AP"
    assert block in pdf_text(render(report, "pdf"), tmp_path)
    assert block in render(report, "html").decode("utf-8")
    assert load_workbook(io.BytesIO(render(report, "xlsx")))["About"]["B3"].value == block
    assert "AP Photo/Jane Doe" in render(report, "csv").decode("utf-8")


@pytest.mark.parametrize("name", ["credits", "restrictions", "problems", "cost"])
def test_every_report_renders_in_every_format(catalog, name):
    fill(catalog)
    report = catalog.report(ReportRequest(name), ReportConfig(publications=PUBLICATIONS))
    for fmt, magic in (("pdf", b"%PDF"), ("xlsx", b"PK"), ("html", b"<!DOCTYPE"),
                       ("csv", report.column_names[0].encode())):
        assert render(report, fmt).startswith(magic), fmt
