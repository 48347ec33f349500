"""Export with ExifTool's column names (the ExifTool round trip is in tests/cli)."""

from __future__ import annotations

import csv
import io
import json

from media_manager.catalog.export import COLUMNS, columns_of, to_csv, to_json
from media_manager.fields import FIELDS_BY_NAME
from tests.photos import make_wire_photo


def test_column_names_follow_exiftool():
    assert COLUMNS[0] == "SourceFile"
    assert columns_of(FIELDS_BY_NAME["description"]) == [
        "IPTC:Caption-Abstract", "XMP-dc:Description", "IFD0:ImageDescription"]
    assert columns_of(FIELDS_BY_NAME["persons_shown"]) == ["XMP-iptcExt:PersonInImage"]
    assert columns_of(FIELDS_BY_NAME["country_code"]) == [
        "IPTC:Country-PrimaryLocationCode", "XMP-iptcCore:CountryCode"]


def test_export_rows_carry_the_values_write_would_write(catalog, tmp_path):
    make_wire_photo(tmp_path / "w" / "a.jpg", 1, description="Floods in Porto Alegre, Brazil, "
                    "May 7, 2024. (AP Photo/Marta Quiroga)", keywords=["flood", "Brazil"],
                    creator=["Marta Quiroga", "Zoë Ng"], date_created="2024-05-07")
    catalog.ingest([tmp_path / "w"], workers=1)
    photo_id = catalog.list_photos()[0].id
    catalog.edit(photo_id, {"headline": "Floods «Brazil»"})
    [row] = catalog.export_rows()
    assert row["SourceFile"].endswith("a.jpg")
    assert row["XMP-photoshop:Headline"] == row["IPTC:Headline"] == "Floods «Brazil»"
    assert row["IFD0:Artist"] == "Marta Quiroga; Zoë Ng"
    assert row["IPTC:DateCreated"] == row["XMP-photoshop:DateCreated"] == "2024:05:07"
    assert "IPTC:City" not in row  # a parsed suggestion, not accepted: not exported
    [parsed] = csv.DictReader(io.StringIO(to_csv([row])))
    assert parsed["IPTC:Keywords"] == "flood, Brazil" and parsed["IPTC:City"] == ""
    assert json.loads(to_json([row]))[0]["XMP-dc:Subject"] == ["flood", "Brazil"]
