"""IPTC IIM: datasets, the character-set rule, dates, Photoshop resources."""

from __future__ import annotations

from media_manager.kinds import iim_to_iso as iim_date_time
from media_manager.metadata.iim import read_iim
from media_manager.metadata.photoshop import iim_digest, parse_irb
from tests.metadata.builders import dataset, iim_block, resource


def test_declared_utf8_is_decoded_as_utf8():
    block = iim_block([(2, 120, "Zürich – «Sechseläuten»".encode())], utf8=True)
    reading = read_iim(block)
    assert reading.fields["description"] == "Zürich – «Sechseläuten»"
    assert reading.charset == "utf-8"
    assert reading.warnings == []


def test_declared_utf8_with_bad_bytes_is_replaced_with_a_warning():
    reading = read_iim(iim_block([(2, 120, b"caf\xe9")], utf8=True))
    assert reading.fields["description"] == "caf\ufffd"
    assert any("invalid UTF-8" in w for w in reading.warnings)


def test_undeclared_valid_utf8_is_read_as_utf8():
    reading = read_iim(iim_block([(2, 90, "São Paulo".encode())]))
    assert reading.fields["city"] == "São Paulo"


def test_undeclared_legacy_bytes_are_cp1252_not_latin1():
    # 0x93/0x94 are curly quotes and 0x96 an en dash in cp1252 (C1 controls in Latin-1)
    raw = b"\x93Stop\x94 \x96 Ren\xe9 M\xfcller"
    reading = read_iim(iim_block([(2, 120, raw)]))
    assert reading.fields["description"] == "\u201cStop\u201d \u2013 René Müller"


def test_other_declared_charset_is_best_effort_with_warning():
    block = dataset(1, 90, b"\x1b-A") + dataset(2, 105, b"Fran\xe7ais")
    reading = read_iim(block)
    assert reading.fields["headline"] == "Français"
    assert any("character set" in w for w in reading.warnings)


def test_repeatable_datasets_become_lists_in_order():
    block = iim_block([(2, 25, b"news"), (2, 80, b"Jane Roe"), (2, 25, b"politics"),
                       (2, 80, b"John Doe"), (2, 25, b"")])
    fields = read_iim(block).fields
    assert fields["keywords"] == ["news", "politics"]
    assert fields["creator"] == ["Jane Roe", "John Doe"]


def test_extended_length_dataset():
    caption = ("x" * 40000).encode()
    fields = read_iim(dataset(2, 120, caption) + dataset(2, 5, b"SLUG")).fields
    assert len(fields["description"]) == 40000
    assert fields["title"] == "SLUG"


def test_dataset_running_past_the_end_is_a_warning():
    block = dataset(2, 5, b"SLUG") + b"\x1c\x02\x78\x00\xff" + b"short"
    reading = read_iim(block)
    assert reading.fields == {"title": "SLUG"}
    assert any("past the end" in w for w in reading.warnings)


def test_date_and_time_become_iso_8601():
    block = iim_block([(2, 55, b"20170914"), (2, 60, b"102205+0300")])
    assert read_iim(block).fields["date_created"] == "2017-09-14T10:22:05+03:00"
    assert iim_date_time("20170914", None) == "2017-09-14"
    assert iim_date_time("20100000", "000000") == "2010"
    assert iim_date_time("20080314", "135926.054-0600") == "2008-03-14T13:59:26.054-06:00"
    assert iim_date_time("0000000", None) is None


def test_photoshop_resources_and_digest():
    iim = iim_block([(2, 5, b"SLUG")])
    digest = iim_digest(iim)
    found = parse_irb(resource(0x0404, iim) + resource(0x0425, digest) + resource(0x0424, b"<x/>"))
    assert found.iim == iim
    assert found.iptc_digest == digest
    assert found.xmp == b"<x/>"
    assert len(digest) == 16
