"""Templates with {variables}, and code replacements expanded on save."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_manager.catalog.templates import TemplateEntry
from media_manager.codes import load_codes, parse_codes
from media_manager.errors import BadEdit, TemplateNotFound
from tests.photos import make_wire_photo


@pytest.fixture
def photo_id(catalog, tmp_path: Path) -> int:
    make_wire_photo(tmp_path / "wire" / "lagos.jpg", 1, description="Floods in Lagos.",
                    city="Lagos", creator=["Temilade Okafor", "Zoë Ng"], keywords=["flood"],
                    date_created="2025-07-08T10:30:00+01:00")
    catalog.ingest([tmp_path / "wire"], workers=1)
    return catalog.list_photos()[0].id


def test_template_modes_and_variables(catalog, photo_id):
    catalog.save_template("reuters", [
        TemplateEntry("instructions", "Shot in {city} by {creator} on {date_created:%B %-d, %Y}"),
        TemplateEntry("city", "Abuja", "fill"),
        TemplateEntry("country", "Nigeria", "fill"),
        TemplateEntry("keywords", "weather; Africa", "append"),
        TemplateEntry("credit_line", "REUTERS"),
    ], user="anna")
    summary = catalog.apply_template("reuters", [photo_id, 404])
    assert summary.counts() == {"updated": 1, "unchanged": 0, "failed": 1}
    fields = catalog.photo(photo_id).fields
    assert fields["instructions"] == (
        "Shot in Lagos by Temilade Okafor, Zoë Ng on July 8, 2025")
    assert fields["city"] == "Lagos" and fields["country"] == "Nigeria"
    assert fields["keywords"] == ["flood", "weather", "Africa"]
    assert {r.batch_id for r in catalog.history(photo_id)} == {summary.batch_id}
    assert catalog.apply_template("reuters", [photo_id]).counts()["unchanged"] == 1


def test_templates_are_stored_listed_replaced_and_deleted(catalog):
    catalog.save_template("pool", [TemplateEntry("credit_line", "POOL")])
    catalog.save_template("pool", [TemplateEntry("source", "POOL", "fill")])
    [stored] = catalog.templates()
    assert stored.name == "pool" and stored.to_json()["entries"] == [
        {"field": "source", "value": "POOL", "mode": "fill"}]
    catalog.delete_template("pool")
    with pytest.raises(TemplateNotFound, match="no template named 'pool'"):
        catalog.template("pool")


def test_bad_templates_are_refused():
    with pytest.raises(BadEdit, match="unknown field 'town'"):
        TemplateEntry("city", "{town}")
    with pytest.raises(BadEdit, match="unknown template mode 'prepend'"):
        TemplateEntry("city", "x", "prepend")
    with pytest.raises(BadEdit, match="bad template value"):
        TemplateEntry("city", "{city")


def test_code_replacements(tmp_path):
    codes_file = tmp_path / "codes.txt"
    codes_file.write_text("\ufefflagos\tLagos, Nigeria\tLAGOS\nrtr\tREUTERS/{x}\n\nno tab here\n",
                          encoding="utf-8")
    codes = load_codes(codes_file)
    assert len(codes) == 2
    assert codes.expand("In =lagos= (=LAGOS#2=), =rtr= =nope= =lagos#9= 2=2") == (
        "In Lagos, Nigeria (LAGOS), REUTERS/{x} =nope= =lagos#9= 2=2")
    assert parse_codes("kl\tKuala Lumpur", delimiter="\\").expand("\\kl\\ today") == (
        "Kuala Lumpur today")


def test_codes_are_expanded_on_every_save(catalog, photo_id, settings):
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    (settings.data_dir / "code_replacements.txt").write_text("ikj\tIkeja\n", encoding="utf-8")
    assert catalog.use_code_replacements() == 1
    catalog.edit(photo_id, {"sublocation": "=ikj=", "keywords": ["flood", "=ikj="]})
    catalog.save_template("t", [TemplateEntry("headline", "Floods in =ikj=, {city}")])
    catalog.apply_template("t", [photo_id])
    fields = catalog.photo(photo_id).fields
    assert fields["sublocation"] == "Ikeja" and fields["keywords"] == ["flood", "Ikeja"]
    assert fields["headline"] == "Floods in Ikeja, Lagos"
