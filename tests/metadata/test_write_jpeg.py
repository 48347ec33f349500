"""write_metadata on JPEGs: the safety rules, limits, legacy records, segments kept."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from media_manager.metadata import jpeg_write
from media_manager.metadata.iim import encode_dataset, encode_iim, parse_datasets
from media_manager.metadata.photoshop import encode_resource
from media_manager.metadata.sidecar import write_sidecar
from media_manager.metadata.writer import (
    IimLimitExceeded,
    WriteRefused,
    plan_write,
    read_stores,
    write_metadata,
)

ICC = Image.new("RGB", (1, 1)).info.get("icc_profile") or b"fake-icc-profile" * 40
OTHER_RESOURCES = (encode_resource(0x03ED, b"\x00\x00", b"\x00\x48\x00\x00" * 4)
                   + encode_resource(0x040C, b"\x00\x00", b"thumb" * 99))
VALUES = {"description": "Zoë Ñandú — Дмитрий 東京 🎉 (AP Photo/Jan Nowak)",
          "creator": ["Jan Nowak"], "keywords": ["a", "ü"], "city": "Zürich",
          "date_created": "2025-05-09T10:00:00+02:00", "copyright_notice": "© AP"}


def make_jpeg(path: Path, *, legacy_caption: str | None = None) -> Path:
    """A small JPEG with ICC, COM, APP14, a maker APP5 and a Photoshop IRB."""
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 140, 200)).save(out, "JPEG", quality=90,
                                                     icc_profile=b"ICC_TEST" * 64)
    segments, image = jpeg_write.split_jpeg(out.getvalue())
    extra = [jpeg_write.Segment(0xFE, b"desk comment"),
             jpeg_write.Segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01"),
             jpeg_write.Segment(0xE5, b"MAKER\x00" + bytes(range(200)))]
    irb = OTHER_RESOURCES
    if legacy_caption is not None:
        iim = encode_iim({"description": legacy_caption, "city": "Dublin"},
                         charset="cp1252") + encode_dataset(2, 10, b"5")
        irb += encode_resource(0x0404, b"\x00\x00", iim)
    body = segments[:1] + extra + jpeg_write.photoshop_segments(irb) + segments[1:]
    path.write_bytes(jpeg_write.SOI + b"".join(s.encode() for s in body) + image)
    return path


def kept_segments(data: bytes) -> list[jpeg_write.Segment]:
    return [s for s in jpeg_write.split_jpeg(data)[0] if s.kind == "other"]


def test_write_keeps_other_segments_resources_and_image_data(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    before = path.read_bytes()
    result = write_metadata(path, VALUES)
    after = path.read_bytes()
    assert result.changed
    assert kept_segments(after) == kept_segments(before)
    assert jpeg_write.image_data(after) == jpeg_write.image_data(before)
    irb = jpeg_write.photoshop_irb(jpeg_write.split_jpeg(after)[0])
    assert irb.startswith(OTHER_RESOURCES)
    assert Image.open(path).tobytes() == Image.open(io.BytesIO(before)).tobytes()
    stores = read_stores(after)
    assert stores["IIM"]["description"] == stores["XMP"]["description"] == VALUES["description"]
    assert stores["EXIF"]["creator"] == ["Jan Nowak"]
    assert not write_metadata(path, VALUES).changed


def test_over_limit_caption_is_refused_naming_field_and_bytes(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "long.jpg")
    original = path.read_bytes()
    caption = "é" * 1067  # 2,134 bytes
    with pytest.raises(IimLimitExceeded) as refused:
        write_metadata(path, {"description": caption})
    assert str(refused.value) == (f"{path}: description is 2,134 bytes; the IIM limit is "
                                  "2,000 (use --truncate-iim)")
    assert path.read_bytes() == original


def exiftool_tags(exiftool: str, path: Path, *tags: str) -> dict:
    run = subprocess.run([exiftool, "-j", "-G1", "-charset", "iptc=UTF8", *tags, str(path)],
                         check=True, capture_output=True)
    return {k: v for k, v in json.loads(run.stdout)[0].items() if k != "SourceFile"}


@pytest.mark.exiftool
def test_truncate_iim_cuts_iim_only_at_a_character_boundary(exiftool: str, tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "long.jpg")
    caption = "a" + "é" * 1100
    result = write_metadata(path, {"description": caption}, truncate_iim=True)
    stores = read_stores(path.read_bytes())
    assert result.iim_truncated == ["description"]
    assert stores["IIM"]["description"] == "a" + "é" * 999
    assert stores["XMP"]["description"] == caption == stores["EXIF"]["description"]
    assert exiftool_tags(exiftool, path, "-IPTC:Caption-Abstract", "-XMP-dc:Description",
                         "-IFD0:ImageDescription") == {
        "IPTC:Caption-Abstract": "a" + "é" * 999, "XMP-dc:Description": caption,
        "IFD0:ImageDescription": caption}


@pytest.mark.exiftool
def test_legacy_cp1252_record_is_rewritten_as_utf8(exiftool: str, tmp_path: Path) -> None:
    legacy = "A \u201cquoted\u201d word \u2013 Ó Briain"
    path = make_jpeg(tmp_path / "legacy.jpg", legacy_caption=legacy)
    write_metadata(path, {"description": legacy, "city": "Dublin"})
    iim = jpeg_write.iim_from_segments(jpeg_write.split_jpeg(path.read_bytes())[0])
    datasets = parse_datasets(iim or b"")[0]
    assert (1, 90, b"\x1b%G") in datasets and (2, 10, b"5") in datasets
    assert (2, 120, legacy.encode("utf-8")) in datasets
    assert exiftool_tags(exiftool, path, "-IPTC:Caption-Abstract", "-IPTC:City",
                         "-IPTC:CodedCharacterSet") == {
        "IPTC:Caption-Abstract": legacy, "IPTC:City": "Dublin", "IPTC:CodedCharacterSet": "UTF8"}


def test_interrupted_write_leaves_the_original_and_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    original = path.read_bytes()

    def power_cut(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        write_metadata(path, VALUES)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]


def test_backup_and_verify_hook(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    original = path.read_bytes()
    seen = []

    def reader(written: Path) -> dict:
        seen.append(written)
        return {**read_stores(written.read_bytes())["XMP"]}

    result = write_metadata(path, VALUES, backup=True, verify=reader)
    assert result.backup == tmp_path / "a.jpg.bak"
    assert result.backup.read_bytes() == original
    assert seen and seen[0] != path


def test_failed_verification_refuses(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    original = path.read_bytes()
    with pytest.raises(WriteRefused, match="description read back"):
        write_metadata(path, VALUES, verify=lambda _p: {"description": "something else"})
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg"]


def test_plan_write_lists_changes_without_writing(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    original = path.read_bytes()
    plan = plan_write(path, {"description": "New", "city": "Oslo"})
    assert path.read_bytes() == original
    rows = {(c.field, c.store): (c.before, c.after) for c in plan}
    assert rows[("description", "IIM")] == (None, "New")
    assert rows[("description", "EXIF")] == (None, "New")
    assert rows[("city", "XMP")] == (None, "Oslo")


def test_non_jpeg_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    Image.new("RGB", (4, 4)).save(path)
    with pytest.raises(WriteRefused, match="not a JPEG"):
        write_metadata(path, VALUES)


def test_big_irb_and_big_xmp_are_split_across_segments(tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    write_metadata(path, {**VALUES, "keywords": [f"kw{i:05d}" for i in range(9000)]})
    segments = jpeg_write.split_jpeg(path.read_bytes())[0]
    assert sum(s.kind == "photoshop" for s in segments) >= 2
    assert any(s.kind == "xmp-ext" for s in segments)
    stores = read_stores(path.read_bytes())
    assert len(stores["IIM"]["keywords"]) == len(stores["XMP"]["keywords"]) == 9000


def test_sidecar_keeps_unmanaged_properties(tmp_path: Path) -> None:
    image = tmp_path / "photo.jpg"
    sidecar = tmp_path / "photo.xmp"
    sidecar.write_bytes(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf="
                        b"'http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
                        b"xmlns:acme='http://example.com/a/' acme:Desk='Sport'/></rdf:RDF>"
                        b"</x:xmpmeta>")
    result = write_sidecar(image, {"description": "Caption"})
    assert result.path == sidecar and result.changed
    text = sidecar.read_text(encoding="utf-8")
    assert 'acme:Desk="Sport"' in text and "Caption" in text


@pytest.mark.exiftool
def test_exiftool_reads_the_written_values(exiftool: str, tmp_path: Path) -> None:
    path = make_jpeg(tmp_path / "a.jpg")
    write_metadata(path, VALUES)
    run = subprocess.run([exiftool, "-s3", "-charset", "iptc=UTF8", "-IPTC:Caption-Abstract",
                          "-XMP-dc:Description", "-IFD0:ImageDescription", "-validate",
                          "-warning", "-a", str(path)], check=False, capture_output=True,
                         text=True)
    lines = run.stdout.splitlines()
    assert lines.count(VALUES["description"]) == 3
    assert not any("IPTCDigest" in line for line in lines)
