"""The sample wire photos, catalogued as the demo catalogues them."""

from __future__ import annotations

import pytest

from media_manager.catalog.service import Catalog


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
    assert summary.counts()["added"] == len(photos) >= 12
    assert summary.counts()["failed"] == 0


def test_legacy_cp1252_record_reads_curly_quotes(demo):
    catalog, _ = demo
    record = by_name(catalog, "LEGACY_PA_Dublin_budget.jpg")
    caption = record.fields["description"]
    assert any(mark in caption for mark in "‘’“”–")
    assert "\ufffd" not in caption and "â€" not in caption
    assert record.values.origins["description"] == "iptc"


def test_sidecar_only_photo_takes_its_values_from_the_sidecar(demo):
    catalog, _ = demo
    record = by_name(catalog, "sidecar_only_Lisbon_tram.jpg")
    assert record.fields["description"]
    assert record.values.sources["description"] == "sidecar"


def test_photo_without_metadata_is_still_catalogued(demo):
    catalog, _ = demo
    record = by_name(catalog, "IMG_4071.jpg")
    assert "description" not in record.fields
    assert record.technical["width"] >= 1000


def test_non_ascii_names_and_text_survive(demo):
    catalog, _ = demo
    record = by_name(catalog, "São_Paulo_protesta.jpg")
    assert record.path.endswith("São_Paulo_protesta.jpg")
    assert any(ord(c) > 127 for c in record.fields["description"])
    assert catalog.list_photos(text="são paulo")
