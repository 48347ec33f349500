"""Ingest: outcomes, idempotence, resumability, provenance and re-ingest rules."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from media_manager.catalog.values import (
    VALUE_COLUMNS,
    Change,
    PhotoValues,
    apply_changes,
    field_rows,
    load_values,
    value_tuples,
)
from media_manager.models import FieldValue, Photo
from tests.photos import make_picture, make_wire_photo

CAPTION = ("Rescue workers carry a resident through floodwater in Porto Alegre, Brazil, "
           "Tuesday, May 7, 2024. (AP Photo/Marta Quiroga)")


def wire_folder(root: Path) -> Path:
    make_wire_photo(root / "a" / "flood.jpg", 1, description=CAPTION, credit_line="AP",
                    creator=["Marta Quiroga"], city="Porto Alegre", keywords=["flood", "Brazil"])
    make_wire_photo(root / "b" / "vote.jpg", 2, headline="Parliament votes",
                    description="Deputies vote in Lisbon.", credit_line="REUTERS")
    make_picture(root / "b" / "bare.jpg", 3)
    (root / "b" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not a photo")
    (root / ".hidden").mkdir()
    make_picture(root / ".hidden" / "secret.jpg", 4)
    (root / "notes.txt").write_text("not a photo")
    return root


def test_first_ingest_counts_each_outcome(catalog, tmp_path):
    summary = catalog.ingest([wire_folder(tmp_path / "wire")], workers=1)
    assert summary.counts() == {"added": 3, "updated": 0, "unchanged": 0, "duplicate": 0,
                                "failed": 1}
    [error] = summary.errors
    assert error["path"].endswith("broken.jpg") and error["reason"]
    assert "\n" not in error["reason"]
    assert catalog.count() == 3


def test_second_ingest_adds_nothing(catalog, tmp_path):
    folder = wire_folder(tmp_path / "wire")
    catalog.ingest([folder], workers=2)
    again = catalog.ingest([folder], workers=2)
    assert again.counts()["added"] == 0
    assert again.counts()["unchanged"] == 3
    assert catalog.count() == 3


def test_values_keep_their_source(catalog, tmp_path):
    catalog.ingest([wire_folder(tmp_path / "wire")], workers=1)
    [photo] = catalog.list_photos(text="porto alegre")
    record = catalog.photo(photo.id)
    assert record.fields["description"] == CAPTION
    assert record.fields["keywords"] == ["flood", "Brazil"]
    assert record.values.sources["description"] == "embedded"
    assert record.values.origins["description"] in {"iptc", "xmp", "exif"}
    assert record.technical["width"] == 96 and record.technical["format"] == "JPEG"


def test_same_picture_with_another_caption_is_a_duplicate(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "first.jpg", 7, description="First caption.")
    catalog.ingest([tmp_path / "wire"], workers=1)
    make_wire_photo(tmp_path / "later" / "resend.jpg", 7, description="Corrected caption.")
    summary = catalog.ingest([tmp_path / "later"], workers=1)
    assert summary.counts()["duplicate"] == 1
    [item] = summary.outcomes
    assert "same picture as photo" in item.reason
    assert catalog.count() == 1
    record = catalog.photo(item.photo_id)
    assert record.fields["description"] == "Corrected caption."
    assert len(record.files) == 2


def test_reingest_never_overwrites_a_manual_edit(catalog, tmp_path):
    path = make_wire_photo(tmp_path / "wire" / "p.jpg", 9, description="Wire caption.",
                           city="Lagos")
    catalog.ingest([path.parent], workers=1)
    [photo] = catalog.list_photos()
    with catalog.sessions.begin() as session:
        row = session.get(Photo, photo.id)
        current = load_values(session, photo.id)
        apply_changes(session, row, current, [Change("description", "Desk caption.", "manual",
                                                     "tester")], user="tester")
    make_wire_photo(path, 9, description="Wire caption, resent.", city="Abuja")
    os.utime(path, ns=(1, 1))
    summary = catalog.ingest([path.parent], workers=1)
    assert summary.counts()["updated"] == 1
    record = catalog.photo(photo.id)
    assert record.fields["description"] == "Desk caption."
    assert record.values.sources["description"] == "manual"
    assert record.fields["city"] == "Abuja"


def test_moved_file_is_updated_not_added(catalog, tmp_path):
    path = make_wire_photo(tmp_path / "wire" / "p.jpg", 11, description="A caption.")
    catalog.ingest([tmp_path / "wire"], workers=1)
    moved = tmp_path / "archive" / "p.jpg"
    moved.parent.mkdir()
    shutil.move(path, moved)
    summary = catalog.ingest([tmp_path / "archive"], workers=1)
    assert summary.counts()["updated"] == 1
    assert summary.outcomes[0].reason.startswith("moved from")
    assert catalog.photo(summary.outcomes[0].photo_id).path == str(moved)


def test_interrupted_ingest_resumes_to_the_same_catalogue(catalog, tmp_path, settings):
    folder = tmp_path / "wire"
    for seed in range(10):
        make_wire_photo(folder / f"p{seed:02}.jpg", 100 + seed, description=f"Caption {seed}.")

    class Killed(Exception):
        pass

    seen = []

    def kill_after_some(task):
        seen.append(task)
        if len(seen) == 3:
            raise Killed

    from media_manager.catalog import ingest as ingest_module
    monkey = pytest.MonkeyPatch()
    monkey.setattr(ingest_module, "CHUNK", 2)
    try:
        with pytest.raises(Killed):
            catalog.ingest([folder], workers=1, progress=kill_after_some)
        resumed = catalog.ingest([folder], workers=1)
    finally:
        monkey.undo()
    assert resumed.counts()["added"] + resumed.counts()["unchanged"] == 10
    assert resumed.counts()["unchanged"] >= 2
    assert catalog.count() == 10
    captions = sorted(catalog.photo(p.id).fields["description"] for p in catalog.list_photos())
    assert captions == [f"Caption {seed}." for seed in range(10)]


def test_symlink_out_of_the_root_is_not_followed(catalog, tmp_path):
    outside = make_picture(tmp_path / "elsewhere" / "private.jpg", 21)
    inside = tmp_path / "wire"
    make_picture(inside / "own.jpg", 22)
    (inside / "link.jpg").symlink_to(outside)
    summary = catalog.ingest([inside], workers=1)
    assert summary.counts()["added"] == 1


def test_thumbnails_are_a_second_pass(catalog, tmp_path):
    catalog.ingest([wire_folder(tmp_path / "wire")], workers=1)
    assert all(p.thumbnail is None for p in catalog.list_photos())
    counts = catalog.build_thumbnails(workers=1)
    assert counts == {"made": 3, "failed": 0}
    for photo in catalog.list_photos():
        path = catalog.thumbnail_path(photo.thumbnail)
        assert path is not None
        from PIL import Image
        with Image.open(path) as image:
            assert max(image.size) <= 512
        assert len(catalog.photo(photo.id).technical["sha256"]) == 64
    assert catalog.build_thumbnails(workers=1) == {"made": 0, "failed": 0}


def test_thumbnail_applies_exif_orientation(catalog, tmp_path):
    from PIL import Image

    path = tmp_path / "wire" / "rotated.jpg"
    path.parent.mkdir(parents=True)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown rotated 90° clockwise: portrait
    Image.new("RGB", (900, 600), (200, 40, 40)).save(path, "JPEG", exif=exif.tobytes())
    catalog.ingest([path.parent], workers=1)
    assert catalog.build_thumbnails(workers=1) == {"made": 1, "failed": 0}
    [photo] = catalog.list_photos()
    with Image.open(catalog.thumbnail_path(photo.thumbnail)) as thumbnail:
        assert thumbnail.size == (341, 512)


def test_a_run_that_finds_nothing_new_starts_no_workers(catalog, tmp_path, monkeypatch):
    from media_manager.catalog import reading as reading_module

    for seed in range(3):
        make_wire_photo(tmp_path / "wire" / f"p{seed}.jpg", seed, headline=f"Story {seed}")
    assert catalog.ingest([tmp_path / "wire"], workers=2).counts()["added"] == 3

    def no_workers(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("worker processes started for files already catalogued")

    monkeypatch.setattr(reading_module, "run_in_workers", no_workers)
    again = catalog.ingest([tmp_path / "wire"], workers=2)
    assert again.counts()["unchanged"] == 3 and again.counts()["added"] == 0


def test_a_series_sharing_one_caption_gets_suggestions_per_photo(catalog, tmp_path):
    """One caption parsed once per worker still suggests only what each file lacks; the
    rows the workers make for new photos are the ones searched."""
    for seed in range(4):  # more files than one worker's batch, both workers see the caption
        make_wire_photo(tmp_path / "wire" / f"burst{seed}.jpg", seed, description=CAPTION)
    make_wire_photo(tmp_path / "wire" / "canoas.jpg", 9, description=CAPTION, city="Canoas")
    assert catalog.ingest([tmp_path / "wire"], workers=2).counts()["added"] == 5
    [canoas] = catalog.list_photos(text="canoas")
    record = catalog.photo(canoas.id)
    assert (record.fields["city"], record.values.sources["city"]) == ("Canoas", "embedded")
    burst = catalog.search('city:"porto alegre"').photos
    assert sorted(Path(p.path).name for p in burst) == [f"burst{seed}.jpg" for seed in range(4)]
    for photo in burst:
        record = catalog.photo(photo.id)
        assert (record.fields["city"], record.values.sources["city"]) == ("Porto Alegre",
                                                                          "parsed")
        assert record.fields["creator"] == ["Marta Quiroga"]


def test_value_tuples_are_the_field_rows_of_every_field():
    values = PhotoValues(
        fields={"headline": "Flooded square", "keywords": ["flood", "Lagos", "news"],
                "creator": ["Ade Okafor"]},
        sources={"headline": "embedded", "keywords": "embedded", "creator": "parsed"},
        origins={"headline": "xmp", "creator": "caption"})
    assert value_tuples(values) == [
        ("headline", 0, "Flooded square", "embedded", "xmp"),
        ("keywords", 0, "flood", "embedded", None),
        ("keywords", 1, "Lagos", "embedded", None),
        ("keywords", 2, "news", "embedded", None),
        ("creator", 0, "Ade Okafor", "parsed", "caption"),
    ]
    rows = [row for name in values.fields for row in field_rows(7, name, values)]
    assert [(7, *row) for row in value_tuples(values)] == [
        tuple(row[column] for column in ("photo_id", *VALUE_COLUMNS)) for row in rows]


def test_a_new_photo_s_values_are_stored_row_for_row(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "flood.jpg", 1, description=CAPTION, credit_line="AP",
                    creator=["Marta Quiroga", "Ana Lima"], keywords=["flood", "Brazil", "rain"])
    catalog.ingest([tmp_path / "wire"], workers=1)
    with catalog.sessions() as session:
        rows = session.execute(select(FieldValue.name, FieldValue.position, FieldValue.value,
                                      FieldValue.source).order_by(FieldValue.name,
                                                                  FieldValue.position)).all()
    assert [tuple(r) for r in rows if r.name in ("creator", "keywords", "credit_line")] == [
        ("creator", 0, "Marta Quiroga", "embedded"), ("creator", 1, "Ana Lima", "embedded"),
        ("credit_line", 0, "AP", "embedded"),
        ("keywords", 0, "flood", "embedded"), ("keywords", 1, "Brazil", "embedded"),
        ("keywords", 2, "rain", "embedded")]
    assert ("city", 0, "Porto Alegre", "parsed") in [tuple(r) for r in rows]
