"""The wire format parsers: content sniffing, and the records each format gives.

Expected values are the ones written into the test files here (our own NewsML-G2,
CSVs and stories) or, for ExifTool's exports, what ExifTool itself printed.
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from media_manager.wire import detect, read_captions
from tests.photos import make_wire_photo

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]


def read(name: str, data: bytes, format: str | None = None):  # type: ignore[no-untyped-def]
    return read_captions(data, name, format)


def test_newsml_picture_item_inside_a_news_message():
    wire = read("feed.xml", (DATA / "venice_feed.xml").read_bytes())
    assert wire.format == "newsml" and wire.errors == []
    [record] = wire.records  # the package and the text item are not pictures
    assert record.guid == "urn:newsml:example.org:20260304:VNZ101" and record.version == 1
    assert record.filenames == ["VNZ101.jpg", "VNZ101-hires.jpg", "VNZ101-thumb.jpg"]
    assert record.fields == {
        "title": "Italy Lagoon Tides",
        "instructions": "Picture moved with the lagoon tides story.",
        "source": "AP",
        "headline": "High water at the market",
        "description": ("Stallholders stack crates of artichokes above the water at the Rialto "
                        "market in Mestre, Italy, on Wednesday, March 4, 2026, as a high tide "
                        "floods the lagoon city. (AP Photo/Lucia Ferrante)"),
        "credit_line": "AP Photo/Lucia Ferrante",
        "creator": ["Lucia Ferrante"],
        "creator_job_title": "stringer",
        "description_writer": "mt",
        "keywords": ["tide", "market", "environment"],
        "date_created": "2026-03-04T09:41:00+01:00",
        "copyright_notice": "Copyright 2026 Example Wire. All rights reserved.",
        "city": "Venice", "province_state": "Veneto", "country": "Italy",
        "country_code": "ITA", "sublocation": "Rialto Market",
    }
    assert record.extra["usage_terms"] == "No sales. No archive after 30 days."
    assert record.action == "caption"
    assert record.notes == ["city: the item's structured place 'Venice' wins over the caption's "
                            + "'Mestre'"]


def test_newsml_iso_8859_1_prefixed_correction_and_kill():
    correction = read("v2.xml", (DATA / "venice_correction.xml").read_bytes()).records[0]
    assert correction.version == 2 and correction.action == "correction"
    assert correction.caption.startswith("Vendor Nicolò Bassà stacks crates")
    kill = read("v3.xml", (DATA / "venice_kill.xml").read_bytes()).records[0]
    assert kill.action == "kill" and kill.extra["pub_status"] == "canceled"
    assert kill.note.startswith("MANDATORY KILL")


def test_newsml_refuses_entities_and_reports_broken_xml():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaa">]>'
            b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&a;</newsItem>')
    wire = read("bomb.xml", bomb)
    assert wire.records == [] and wire.errors[0][0] == "bomb.xml"
    assert "refused" in wire.errors[0][1]
    broken = read("cut.xml", (DATA / "venice_feed.xml").read_bytes()[:900])
    assert broken.errors[0][1].startswith("not well-formed XML")


MANIFEST = ("filename,description,city,date_created\n"
            "a.jpg,\"Crowds line the quay in Genoa, Italy. (AP Photo/Ada Rossi)\",Genoa,2026-05-01\n"
            "b.jpg,,,\n"
            "c.jpg,Trams halt in Turin.,Turin,yesterday\n")


def test_csv_rows_become_records_and_bad_rows_errors():
    wire = read("m.csv", MANIFEST.encode())
    assert wire.format == "csv" and wire.encoding == "utf-8"
    [record] = wire.records
    assert record.source == "m.csv:2" and record.filenames == ["a.jpg"]
    assert record.fields == {"description": "Crowds line the quay in Genoa, Italy. "
                                            "(AP Photo/Ada Rossi)",
                             "city": "Genoa", "date_created": "2026-05-01"}
    assert wire.errors == [("m.csv:3", "no caption or field values"),
                           ("m.csv:4", "date_created 'yesterday' is not an ISO 8601 date")]


def test_csv_row_with_only_a_key_is_an_error_and_blank_rows_are_skipped():
    wire = read("m.csv", b"filename,description\nempty.jpg,\n")
    assert wire.records == [] and wire.errors == [("m.csv:2", "no caption or field values")]
    wire = read("m.csv", b"job_id,description\n,\n,  \nJ7,Text\n")
    assert [r.source for r in wire.records] == ["m.csv:4"] and wire.errors == []


def test_csv_with_bom_tsv_and_cp1252():
    bom = read("bom.csv", "\ufefffilename,headline\nx.jpg,Café “opens”\n".encode())
    assert bom.encoding == "utf-8-sig" and bom.records[0].fields == {"headline": "Café “opens”"}
    tsv = read("t.tsv", "job_id\tcity\nXJ1\tZürich\n".encode())
    assert tsv.records[0].fields == {"job_id": "XJ1", "city": "Zürich"}
    excel = read("excel.csv", "title,description\nSLUG,Señor Núñez – “hi”\n".encode("cp1252"))
    assert excel.encoding == "cp1252"
    assert excel.records[0].fields["description"] == "Señor Núñez – “hi”"


def test_csv_with_wrong_columns_fails_the_whole_file():
    wire = read("w.csv", b"filename,captoin\nx.jpg,Text\n")
    assert wire.records == []
    unknown = ("unknown column 'captoin' (use filename, job_id, title or guid and the "
               "canonical field names)")
    assert wire.errors == [("w.csv", unknown)]
    wire = read("k.csv", b"headline,description\nA,B\n", format="csv")
    assert wire.errors == [("k.csv", "no key column: filename, job_id, title or guid")]


def test_json_and_json_lines_with_a_bad_line():
    array = json.dumps([{"filename": "a.jpg", "keywords": ["x", "y"]},
                        {"guid": "g1", "headline": "H"}]).encode()
    wire = read("a.json", array)
    assert [r.source for r in wire.records] == ["a.json#1", "a.json#2"]
    assert wire.records[0].fields == {"keywords": ["x", "y"]} and wire.records[1].guid == "g1"
    lines = b'{"job_id": "J1", "city": "Oslo"}\n{not json\n{"job_id": "J2", "city": "Bergen"}\n'
    wire = read("l.jsonl", lines)
    assert [r.source for r in wire.records] == ["l.jsonl:1", "l.jsonl:3"]
    assert wire.errors[0][0] == "l.jsonl:2" and wire.errors[0][1].startswith("not JSON")


@pytest.mark.exiftool
def test_exiftool_csv_and_json_exports_map_to_canonical_names(tmp_path, exiftool):
    photo = make_wire_photo(tmp_path / "NAP301.jpg", 7, description="Fishermen mend nets in "
                            "Naples, Italy. (AP Photo/Gino Sale)", creator=["Gino Sale"],
                            keywords=["fishing", "port"], city="Naples", job_id="NAP301",
                            date_created="2026-02-11")
    expected = {"description": "Fishermen mend nets in Naples, Italy. (AP Photo/Gino Sale)",
                "creator": ["Gino Sale"], "keywords": ["fishing", "port"], "city": "Naples",
                "job_id": "NAP301", "date_created": "2026-02-11"}
    for args in (["-csv"], ["-csv", "-G1"], ["-json"], ["-json", "-G"]):
        out = subprocess.run([exiftool, *args, str(photo)], capture_output=True, check=True).stdout
        wire = read("export", out)
        assert wire.errors == [], args
        [record] = wire.records
        assert record.filenames == ["NAP301.jpg"], args
        got = {k: v for k, v in record.fields.items() if k in expected}
        if isinstance(got.get("date_created"), str):
            got["date_created"] = got["date_created"][:10]
        assert got == expected, args


def test_xmp_sidecar_pairs_by_its_name():
    wire = read("sidecar_only_Lisbon_tram.xmp",
                (REPO / "sample_media" / "sidecar_only_Lisbon_tram.xmp").read_bytes())
    assert wire.format == "xmp"
    [record] = wire.records
    assert record.filenames == ["sidecar_only_Lisbon_tram"]
    assert record.fields["job_id"] == "LIS107" and record.fields["city"] == "Lisbon"


def test_story_file_with_several_stories_in_cp1252():
    one = ("Harbour cranes idle as dockers strike\n\nGENOA, Italy (AP) – Dockers walked out.\n\n"
           "Dockers stand by idle cranes at the port of Genoa, Italy, Monday, May 4, 2026. "
           "(AP Photo/Ada Rossi)\n")
    two = ("Rain halts Turin marathon\n\nTURIN, Italy (AP) – Organisers stopped the race.\n\n"
           "Runners shelter under an arcade in Turin, Italy, Sunday, May 3, 2026. "
           "(AP Photo/Bruno Neri)\n")
    data = (one + "\n-----\n" + two).encode("cp1252")
    wire = read("two.txt", data)
    assert wire.format == "story" and wire.encoding == "cp1252"
    assert [r.source for r in wire.records] == ["two.txt#1", "two.txt#2"]
    assert wire.records[0].fields["headline"] == "Harbour cranes idle as dockers strike"
    assert wire.records[1].hints["creator"] == ["Bruno Neri"]
    assert wire.records[1].hints["date_created"] == "2026-05-03"


def test_the_seed_story_gives_its_two_captions():
    seed = REPO.parent / "shared" / "seeds" / "000_c910254738e46e95.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    wire = read(seed.name, seed.read_bytes())
    assert len(wire.records) == 2
    assert wire.records[1].hints["city"] == "Kfar Sir"


def test_detection_and_override():
    assert detect((DATA / "venice_feed.xml").read_bytes()) == "newsml"
    assert detect(b"filename,city\nx.jpg,Rome\n") == "csv"
    assert detect(b'[{"filename": "x.jpg"}]') == "json"
    assert detect(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    wire = read("odd.dat", b"hello", format="csv")
    assert wire.format == "csv" and wire.errors[0][1].startswith("unknown column 'hello'")
    unknown = read("odd.dat", b"\x00\x01binary")
    assert unknown.errors and unknown.errors[0][0] == "odd.dat"
    forced = read("feed.xml", (DATA / "venice_feed.xml").read_bytes(), format="story")
    assert forced.errors == [("feed.xml", "no captions found (read as story)")]


def test_nul_bytes_and_huge_values_never_crash():
    wire = read("n.csv", b"filename,headline\nx.jpg,Bad\x00 byte\n")
    assert wire.records[0].fields["headline"] == "Bad byte"
    huge = "filename,description\nx.jpg," + "a" * 70_000 + "\n"
    wire = read("h.csv", huge.encode())
    assert wire.records == [] and "over 64,000" in wire.errors[0][1]


def test_a_cell_past_the_csv_modules_own_cap_fails_its_row_alone():
    """Python's csv module stops a whole file at a cell over 131,072 characters; a manifest
    row with such a caption must fail alone, the rows around it still imported."""
    giant = "b" * 200_000
    sheet = f"filename,description\nfirst.jpg,Before it\nhuge.jpg,{giant}\nlast.jpg,After it\n"
    wire = read("g.csv", sheet.encode())
    assert [(r.source, r.fields["description"]) for r in wire.records] == [
        ("g.csv:2", "Before it"), ("g.csv:4", "After it")]
    assert wire.errors == [("g.csv:3", "description is 200,000 characters, over 64,000")]
    assert csv.field_size_limit() == 131_072  # the module's cap is left as it was
