"""Ingest fills empty fields from the caption as suggestions; the linter flags disagreements."""

from __future__ import annotations

from tests.photos import make_wire_photo

CAPTION = ("Firefighters battle a blaze at a timber yard in Porto, Portugal, "
           "Friday, Aug. 15, 2025. (AP Photo/Rui Barbosa)")


def test_parsed_values_fill_only_empty_fields(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "porto.jpg", 1, description=CAPTION, city="Porto")
    catalog.ingest([tmp_path / "wire"], workers=1)
    [photo] = catalog.list_photos()
    record = catalog.photo(photo.id)
    assert record.values.sources["city"] == "embedded"
    assert record.fields["date_created"] == "2025-08-15"
    assert record.values.sources["date_created"] == "parsed"
    assert record.values.origins["date_created"] == "caption"
    assert record.fields["country"] == "Portugal"
    assert record.fields["creator"] == ["Rui Barbosa"]
    assert record.fields["credit_line"] == "AP Photo/Rui Barbosa"
    assert record.values.sources["credit_line"] == "parsed"


def test_parsed_suggestion_never_replaces_an_embedded_value(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "porto.jpg", 2, description=CAPTION,
                    country="Spain", creator=["Somebody Else"])
    catalog.ingest([tmp_path / "wire"], workers=1)
    [photo] = catalog.list_photos()
    record = catalog.photo(photo.id)
    assert record.fields["country"] == "Spain"
    assert record.values.sources["country"] == "embedded"
    assert record.fields["creator"] == ["Somebody Else"]


def test_linter_says_where_caption_and_fields_disagree(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "porto.jpg", 3, description=CAPTION,
                    city="Lisbon", creator=["Somebody Else"], credit_line="AP")
    catalog.ingest([tmp_path / "wire"], workers=1)
    [result] = catalog.lint()
    rules = {f["rule_id"]: f for f in result.findings}
    assert "field-mismatch" in rules
    assert "Lisbon" in rules["field-mismatch"]["message"]
    assert "credit-mismatch" in rules


def test_clean_caption_has_no_findings(catalog, tmp_path):
    make_wire_photo(tmp_path / "wire" / "porto.jpg", 4, description=CAPTION, city="Porto",
                    country="Portugal", creator=["Rui Barbosa"], credit_line="AP Photo/Rui Barbosa",
                    source="AP", date_created="2025-08-15")
    catalog.ingest([tmp_path / "wire"], workers=1)
    assert [r.findings for r in catalog.lint()] == [[]]
