"""The sample wire photos, catalogued as the demo catalogues them; ExifTool is the referee."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from media_manager.catalog.service import Catalog


def referee(exiftool: str, path: Path, *options: str) -> dict:
    """ExifTool's reading of one file (group names, unformatted numbers)."""
    run = subprocess.run([exiftool, "-j", "-G1", "-n", *options, str(path)], check=True,
                         capture_output=True)
    return json.loads(run.stdout)[0]


@pytest.fixture
def demo(catalog: Catalog, sample_media):  # type: ignore[no-untyped-def]
    summary = catalog.ingest([sample_media], workers=2)
    return catalog, summary


def by_name(catalog: Catalog, name: str):  # type: ignore[no-untyped-def]
    [photo] = [p for p in catalog.list_photos(limit=500) if p.path.endswith("/" + name)]
    return catalog.photo(photo.id)


def test_every_sample_photo_is_catalogued(demo, sample_media):
    _catalog, summary = demo
    photos = [p for p in sample_media.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg")]
    assert len(photos) == 21
    assert summary.counts() == {"added": 21, "updated": 0, "unchanged": 0, "duplicate": 0,
                                "failed": 0}


@pytest.mark.exiftool
def test_legacy_cp1252_record_reads_curly_quotes(demo, exiftool, sample_media):
    catalog, _ = demo
    record = by_name(catalog, "LEGACY_PA_Dublin_budget.jpg")
    told = referee(exiftool, sample_media / "LEGACY_PA_Dublin_budget.jpg", "-charset",
                   "iptc=cp1252")
    assert record.fields["description"] == told["IPTC:Caption-Abstract"]
    assert "\u2019" in told["IPTC:Caption-Abstract"]  # the record really holds cp1252 quotes
    assert record.values.origins["description"] == "iptc"


@pytest.mark.exiftool
def test_sidecar_only_photo_takes_its_values_from_the_sidecar(demo, exiftool, sample_media):
    catalog, _ = demo
    record = by_name(catalog, "sidecar_only_Lisbon_tram.jpg")
    told = referee(exiftool, sample_media / "sidecar_only_Lisbon_tram.xmp")
    assert record.fields["description"] == told["XMP-dc:Description"]
    assert record.fields["credit_line"] == told["XMP-photoshop:Credit"]
    assert record.values.sources["description"] == "sidecar"


@pytest.mark.exiftool
def test_photo_without_metadata_is_still_catalogued(demo, exiftool, sample_media):
    catalog, _ = demo
    record = by_name(catalog, "IMG_4071.jpg")
    told = referee(exiftool, sample_media / "IMG_4071.jpg")
    assert "IPTC:Caption-Abstract" not in told and "XMP-dc:Description" not in told
    assert "description" not in record.fields
    assert (record.technical["width"], record.technical["height"]) == (
        told["File:ImageWidth"], told["File:ImageHeight"])


@pytest.mark.exiftool
def test_non_ascii_names_and_text_survive(demo, exiftool, sample_media):
    catalog, _ = demo
    record = by_name(catalog, "São_Paulo_protesta.jpg")
    told = referee(exiftool, sample_media / "São_Paulo_protesta.jpg")
    assert record.path == str(sample_media / "São_Paulo_protesta.jpg")
    assert record.fields["description"] == told["XMP-dc:Description"] == told[
        "IPTC:Caption-Abstract"]
    assert [p.id for p in catalog.list_photos(text="são paulo")] == [record.id]
