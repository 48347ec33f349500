"""The catalogue linter: equivalent values give no finding; a desk edit is a "manual value"."""

from __future__ import annotations

from tests.photos import make_wire_photo

CAPTION = ("Commuters board a matatu at a bus stop in Nairobi, Kenya, Thursday, Oct. 24, 2024. "
           "(AP Photo/Wanjiru Kamau)")


def field_findings(catalog):
    [result] = catalog.lint()
    return [f["message"] for f in result.findings if f["rule_id"] == "field-mismatch"]


def test_alpha3_country_code_in_the_file_gives_no_finding(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "nairobi.jpg", 1, description=CAPTION, city="Nairobi",
                    country="Kenya", country_code="KEN")
    catalog.ingest([tmp_path / "wire"], workers=1)
    assert field_findings(catalog) == []


def test_a_desk_edit_that_disagrees_is_named_a_manual_value(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "nairobi.jpg", 2, description=CAPTION, city="Nairobi")
    catalog.ingest([tmp_path / "wire"], workers=1)
    [photo] = catalog.list_photos()
    catalog.edit(photo.id, {"city": "Mombasa"}, user="anna")
    assert field_findings(catalog) == ["city: caption says 'Nairobi', manual value says 'Mombasa'"]
