"""Usage records: one at a time by id, file name or transmission reference; CSVs in bulk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from media_manager.catalog.usage import BadUse, UseRequest
from media_manager.models import PhotoUse
from tests.catalog.desk_fixture import PHOTOS, fill


def use_count(catalog) -> int:  # type: ignore[no-untyped-def]
    with catalog.sessions() as session:
        return session.scalar(select(func.count()).select_from(PhotoUse))


def request(photo: str, **changes: object) -> UseRequest:
    values = {"story": "zeta-feature", "publication": "Weekend Review",
              "used_on": date(2026, 12, 6), "page": "14"} | changes
    return UseRequest(photo=photo, **values)  # type: ignore[arg-type]


def test_a_use_is_found_by_id_file_name_or_transmission_reference(catalog):
    ids = fill(catalog)
    before = use_count(catalog)
    assert catalog.record_use(request(str(ids["zeta"]))) == ("added", ids["zeta"])
    assert catalog.record_use(request("zeta.jpg", page="15")) == ("added", ids["zeta"])
    assert catalog.record_use(request("XLAG101")) == ("added", ids["ap-lagos-1"])
    assert catalog.record_use(request("zeta.jpg")) == ("duplicate", ids["zeta"])
    assert use_count(catalog) == before + 3
    [use] = [u for u in catalog.uses(ids["zeta"]) if u.page == "15"]
    assert (use.story, use.publication, use.used_on, use.recorded_by) == (
        "zeta-feature", "Weekend Review", date(2026, 12, 6), "tester")


@pytest.mark.parametrize(("photo", "changes", "message"), [
    ("nothing.jpg", {}, "no photo found for photo 'nothing.jpg'"),
    ("zeta.jpg", {"story": "  "}, "a use needs a story"),
    ("zeta.jpg", {"url": "https://x.example/a"}, "give a page or a URL, not both"),
    ("zeta.jpg", {"page": "", "url": "ftp://x"},
     "URL 'ftp://x' does not start with http:// or https://"),
    ("zeta.jpg", {"publication": "Weekend\x00Review"}, "publication holds a control character"),
])
def test_bad_uses_are_refused_with_one_line(catalog, photo, changes, message):
    fill(catalog)
    before = use_count(catalog)
    with pytest.raises(BadUse) as refused:
        catalog.record_use(request(photo, **changes))
    assert str(refused.value) == message
    assert use_count(catalog) == before


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_import_reports_bad_rows_by_line_and_adds_nothing_twice(catalog, tmp_path):
    ids = fill(catalog)
    sheet = write_csv(tmp_path / "uses.csv", (
        "filename,story,publication,date,page,url\r\n"
        "zeta.jpg,zeta-feature,Weekend Review,2026-12-06,14,\r\n"
        "missing.jpg,zeta-feature,Weekend Review,2026-12-06,15,\r\n"
        "afp-duo.jpg,zeta-feature,Weekend Review,06/12/2026,16,\r\n"
        "afp-duo.jpg,zeta-feature,Weekend Review,2026-12-06,,https://review.example/zeta\r\n"
        "zeta.jpg,zeta-feature,Weekend Review,2026-12-06,14,\r\n"
        "epa-athens.jpg,,Weekend Review,2026-12-06,17,\r\n"))
    before = use_count(catalog)
    summary = catalog.import_uses(sheet)
    assert (summary.added, summary.duplicate) == (2, 1)
    assert summary.errors == [
        (3, "no photo found for file name 'missing.jpg'"),
        (4, "date '06/12/2026' is not a date as YYYY-MM-DD"),
        (7, "a use needs a story"),
    ]
    assert use_count(catalog) == before + 2
    again = catalog.import_uses(sheet)
    assert (again.added, again.duplicate, again.failed) == (0, 3, 3)
    assert use_count(catalog) == before + 2
    assert {u.url for u in catalog.uses(ids["afp-duo"])} == {"https://review.example/zeta"}


def test_csv_in_cp1252_with_semicolons_and_job_ids(catalog, tmp_path):
    ids = fill(catalog)
    sheet = write_csv(tmp_path / "excel.csv", (
        "job_id;story;publication;date;page\r\n"
        "XLAG101;lagos-café;Le Quotidien Suisse;2026-12-07;3\r\n"), "cp1252")
    summary = catalog.import_uses(sheet)
    assert (summary.added, summary.failed) == (1, 0)
    assert [u.publication for u in catalog.uses(ids["ap-lagos-1"]) if u.story == "lagos-café"] \
        == ["Le Quotidien Suisse"]


def test_csv_without_the_needed_columns_is_refused_whole(catalog, tmp_path):
    fill(catalog)
    sheet = write_csv(tmp_path / "bad.csv", "photo,when\r\n1,2026-12-01\r\n")
    with pytest.raises(BadUse) as refused:
        catalog.import_uses(sheet)
    assert str(refused.value) == "bad.csv: missing column(s): story, publication, date"


def test_every_fixture_use_is_recorded_once(catalog):
    fill(catalog)
    assert use_count(catalog) == sum(len(p.uses) for p in PHOTOS)
