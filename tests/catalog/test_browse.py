"""The contact sheet's queries, checks before a save, batch revert, uploads and previews."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update

from media_manager.catalog.browse import SheetQuery
from media_manager.catalog.desk_jobs import safe_name, word_diff
from media_manager.catalog.operations import SET, FieldEdit
from media_manager.catalog.validation import check_changes
from media_manager.errors import BadEdit
from media_manager.models import Photo
from tests.photos import make_picture, make_wire_photo

DESK = [("lagos.jpg", "REUTERS", "Temilade Okafor", "Lagos", "2025-07-08", ["flood"]),
        ("bern.jpg", "AP", "Lukas Brunner", "Bern", "2024-06-09", ["vote"]),
        ("lyon.jpg", "AFP", "Claire Moreau", "Lyon", "2025-01-15", ["market", "flood"])]


@pytest.fixture
def sheet(catalog, tmp_path: Path):  # type: ignore[no-untyped-def]
    for seed, (name, credit, who, city, day, keywords) in enumerate(DESK, start=1):
        make_wire_photo(tmp_path / "wire" / name, seed, headline=f"{city} today",
                        description=f"A street in {city}. {credit}/{who}", credit_line=credit,
                        creator=[who], city=city, date_created=day, keywords=keywords)
    catalog.ingest([tmp_path / "wire"], workers=1)
    catalog.build_thumbnails(workers=1)
    return catalog


def cities(catalog, query: SheetQuery) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.fields.get("city") for p in catalog.sheet(query, limit=10)]


def test_filters_narrow_by_field_text_and_date(sheet):
    assert sheet.sheet_count(SheetQuery()) == 3
    assert cities(sheet, SheetQuery(credit="reut")) == ["Lagos"]
    assert cities(sheet, SheetQuery(photographer="moreau")) == ["Lyon"]
    assert sorted(cities(sheet, SheetQuery(keyword="flood"))) == ["Lagos", "Lyon"]
    assert cities(sheet, SheetQuery(date_from="2025-01-01", date_to="2025-06-30")) == ["Lyon"]
    assert cities(sheet, SheetQuery(text="okafor lagos")) == ["Lagos"]
    assert sheet.sheet_count(SheetQuery(city="100%_")) == 0


def test_filters_and_words_match_word_starts_through_the_search_index(sheet):
    assert cities(sheet, SheetQuery(city="LAGOS")) == ["Lagos"]
    assert cities(sheet, SheetQuery(text="temi oka")) == ["Lagos"]
    assert cities(sheet, SheetQuery(text="REUTERS/Temilade")) == ["Lagos"]
    assert cities(sheet, SheetQuery(photographer="claire more", keyword="flo")) == ["Lyon"]
    assert sorted(cities(sheet, SheetQuery(text="street"))) == ["Bern", "Lagos", "Lyon"]
    assert sheet.sheet_count(SheetQuery(text="reet")) == 0  # a word's start, not its middle
    assert sheet.sheet_count(SheetQuery(text="a street zanzibar")) == 0
    assert cities(sheet, SheetQuery(text=".")) == cities(sheet, SheetQuery())  # substring
    with sheet.sessions.begin() as session:
        session.execute(update(Photo).where(Photo.path.like("%lagos.jpg"))
                        .values(status="killed"))
    assert sheet.sheet_count(SheetQuery(city="lagos")) == 0
    assert sheet.sheet_count(SheetQuery(city="lagos", withdrawn=True)) == 1


def test_pages_are_the_same_whether_the_sheet_order_is_walked_or_matches_sorted(sheet):
    # SQLite walks the sheet's order index when matches are many for the page asked
    # (page 1 of size 1 here: 2 floods among 3 photos), else looks matches up and sorts
    everything = cities(sheet, SheetQuery(keyword="flood"))
    for sort in ("received-newest", "taken-oldest"):
        query = SheetQuery(keyword="flood", sort=sort)
        pages = [p.fields.get("city") for offset in (0, 1)
                 for p in sheet.sheet(query, limit=1, offset=offset)]
        assert pages == cities(sheet, query), sort
    assert sorted(everything) == ["Lagos", "Lyon"]


def test_sort_and_pages(sheet):
    newest = cities(sheet, SheetQuery())
    assert newest == list(reversed(cities(sheet, SheetQuery(sort="received-oldest"))))
    first = [p.id for p in sheet.sheet(SheetQuery(), limit=2)]
    second = [p.id for p in sheet.sheet(SheetQuery(), limit=2, offset=2)]
    assert len(first) == 2 and len(second) == 1 and not set(first) & set(second)
    assert sheet.sheet_ids(SheetQuery()) == first + second


def test_markers_and_status(sheet):
    lagos = sheet.sheet(SheetQuery(city="lagos"), limit=1)[0]
    assert "source" in lagos.suggestions and not lagos.unwritten
    sheet.edit(lagos.id, {"sublocation": "Ikeja"}, user="anna")
    assert sheet.sheet_count(SheetQuery(unwritten=True)) == 1
    with sheet.sessions.begin() as session:
        session.get(Photo, lagos.id).status = "killed"
    assert sheet.sheet_count(SheetQuery()) == 2
    [killed] = sheet.sheet(SheetQuery(withdrawn=True, city="lagos"), limit=5)
    assert killed.status == "killed"


def test_query_round_trips_through_url_parameters():
    query = SheetQuery(text="flood", credit="AP", unwritten=True, sort="taken-oldest")
    params = query.to_params()
    assert params == {"text": "flood", "credit": "AP", "unwritten": "1", "sort": "taken-oldest"}
    assert SheetQuery.from_params(params) == query
    assert SheetQuery.from_params({"sort": "nonsense", "junk": "x"}) == SheetQuery()


def test_checks_before_a_save():
    problems = check_changes({"date_created": "2025-02-30", "country_code": "ZZ",
                              "city": "Ä" * 17, "headline": "fine"})
    assert [(p.field, p.message) for p in problems] == [
        ("date_created", "'2025-02-30' is not a real date: day is out of range for month"),
        ("country_code", ("'ZZ' is not an ISO 3166 country code (two or three capital "
                          "letters, e.g. NG, NGA)")),
        ("city", "34 bytes, over the IIM limit of 32")]
    assert check_changes({"city": "Ä" * 17}, xmp_only=["city"]) == []
    assert check_changes({"date_created": "2025-07-08T14:05:00+01:00",
                          "country_code": "NGA"}) == []
    assert [p.message for p in check_changes({"date_created": "July 8"})] == [
        ("'July 8' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM[:SS][+HH:MM])")]
    assert [p.message for p in check_changes({"description": "Flood\x00water"})] == [
        "'Flood\\x00water' must not hold control characters (NUL, escape ...)"]
    assert [p.message for p in check_changes({"keywords": ["flood", "Lagos"]})] == []


def test_word_diff():
    assert word_diff("Flood in Lagos Island", "Flood in Lagos") == "Flood in Lagos [-Island-]"
    assert word_diff(None, ["a", "b"]) == "{+a; b+}"
    assert word_diff("old words", None) == "[-old words-]"


def test_revert_batch_undoes_every_photo_of_a_bulk_edit(sheet):
    ids = sheet.sheet_ids(SheetQuery())
    before = {i: sheet.photo(i).fields.get("city") for i in ids}
    done = sheet.bulk_edit(ids, [FieldEdit("city", SET, "Abuja")], user="anna")
    assert done.line() == "3 updated, 0 unchanged, 0 failed"
    undone = sheet.revert_batch(done.batch_id, user="bruno")
    assert undone.line() == "3 updated, 0 unchanged, 0 failed"
    assert {i: sheet.photo(i).fields.get("city") for i in ids} == before
    assert {h.user for i in ids for h in sheet.history(i) if h.batch_id == undone.batch_id} \
        == {"bruno"}
    assert sheet.recent_batches()[0].description == f"revert batch {done.batch_id}"


def test_upload_names_never_leave_the_folder(catalog, tmp_path: Path):
    assert safe_name("../../etc/passwd.jpg") == "passwd.jpg"
    assert safe_name("C:\\wire\\Été à Lagos!.JPG") == "Ete_a_Lagos.jpg"
    assert safe_name("....jpg") == "upload.jpg"
    data = make_picture(tmp_path / "p.jpg", 4).read_bytes()
    first = catalog.receive_upload("../x/../../photo.jpg", data, max_bytes=10**6)
    second = catalog.receive_upload("photo.jpg", data, max_bytes=10**6)
    uploads = catalog.settings.data_dir / "uploads"
    assert first.parent.parent == uploads and first.name == "photo.jpg"
    assert second.name == "photo-1.jpg"
    with pytest.raises(BadEdit, match="over the upload limit"):
        catalog.receive_upload("big.jpg", data, max_bytes=10)
    with pytest.raises(BadEdit, match="not a picture type"):
        catalog.receive_upload("run.sh", b"#!/bin/sh", max_bytes=10**6)
    summary = catalog.ingest_uploads([first], user="carla")
    assert summary.counts()["added"] == 1


def test_thumbnail_pass_draws_a_1600_px_preview(catalog, tmp_path: Path):
    make_picture(tmp_path / "big" / "wide.jpg", 9, size=(3000, 2000))
    catalog.ingest([tmp_path / "big"], workers=1)
    catalog.build_thumbnails(workers=1)
    [photo] = catalog.sheet(SheetQuery(), limit=1)
    with Image.open(io.BytesIO(catalog.preview_image(photo.id, photo.thumbnail))) as preview:
        assert preview.size == (1600, 1067)
    with Image.open(catalog.thumbnail_path(photo.thumbnail)) as thumbnail:
        assert thumbnail.size == (512, 341)
    assert catalog.small_image_url(photo.id, photo.thumbnail).startswith(
        "data:image/jpeg;base64,")
