"""Ingest refresh: the outcome of a re-read, and the precedence rule on real re-ingests."""

from __future__ import annotations

from pathlib import Path

from media_manager.metadata.segments import SOF_MARKERS
from tests.photos import make_wire_photo


def reshape_header(path: Path, height: int) -> None:
    """Change the frame height in SOFn and add a comment segment: the file's size and its
    technical facts change while the image data (and so the photo's identity) does not."""
    data = bytearray(path.read_bytes())
    pos = 2
    while data[pos + 1] not in SOF_MARKERS:
        pos += 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
    data[pos + 5:pos + 7] = height.to_bytes(2, "big")
    comment = b"\xff\xfe\x00\x0ddesk note"
    path.write_bytes(bytes(data[:2]) + comment + bytes(data[2:]))


def test_a_reread_that_changes_only_technical_facts_is_updated(catalog, tmp_path: Path):
    photo = make_wire_photo(tmp_path / "wire" / "a.jpg", 11, city="Lagos")
    catalog.ingest([tmp_path / "wire"], workers=1)
    reshape_header(photo, 60)
    summary = catalog.ingest([tmp_path / "wire"], workers=1)
    assert summary.counts() == {"added": 0, "updated": 1, "unchanged": 0, "duplicate": 0,
                                "failed": 0}
    [listed] = catalog.list_photos()
    record = catalog.photo(listed.id)
    assert record.technical["height"] == 60 and record.technical["width"] == 96
    assert record.technical["file_size"] == photo.stat().st_size
    assert record.version == 1  # technical facts are not desk values: no new version


def test_a_resend_refreshes_embedded_values_but_never_a_desk_edit(catalog, tmp_path: Path):
    make_wire_photo(tmp_path / "wire" / "a.jpg", 12, headline="Old headline", city="Lagos")
    catalog.ingest([tmp_path / "wire"], workers=1)
    [listed] = catalog.list_photos()
    catalog.edit(listed.id, {"city": "Ikeja"})
    make_wire_photo(tmp_path / "resend" / "a_v2.jpg", 12, headline="New headline", city="Abuja")
    catalog.ingest([tmp_path / "resend"], workers=1)
    record = catalog.photo(listed.id)
    assert (record.fields["headline"], record.values.sources["headline"]) == (
        "New headline", "embedded")
    assert (record.fields["city"], record.values.sources["city"]) == ("Ikeja", "manual")
