"""XMP: RDF shapes, lang-alt, lists, structs, safety, encodings, Extended XMP."""

from __future__ import annotations

from media_manager.kinds import tidy_iso as xmp_date
from media_manager.metadata.xmp import parse_xmp
from media_manager.metadata.xmp_extended import (
    extended_chunks,
    merge_extended,
    reassemble_extended,
)
from tests.metadata.builders import EXTENDED_XMP_HEADER, lang_alt, xmp_packet


def test_lang_alt_reads_x_default():
    packet = xmp_packet(lang_alt("dc:description", ("de", "Bild"), ("x-default", "Picture")))
    assert parse_xmp(packet).fields["description"] == "Picture"


def test_lang_alt_without_x_default_falls_back_to_first():
    packet = xmp_packet(lang_alt("dc:title", ("fr", "Titre"), ("en", "Title")))
    assert parse_xmp(packet).fields["title"] == "Titre"


def test_attribute_and_element_forms():
    packet = xmp_packet('<photoshop:City>Paris</photoshop:City>',
                        extra_ns='photoshop:Credit="AFP" Iptc4xmpCore:CountryCode="FRA"')
    fields = parse_xmp(packet).fields
    assert fields == {"city": "Paris", "credit_line": "AFP", "country_code": "FRA"}


def test_bag_and_seq_are_lists():
    packet = xmp_packet(
        "<dc:subject><rdf:Bag><rdf:li>news</rdf:li><rdf:li>sport</rdf:li></rdf:Bag></dc:subject>"
        "<dc:creator><rdf:Seq><rdf:li>Jane Roe</rdf:li></rdf:Seq></dc:creator>"
        "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>A. Person</rdf:li></rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage>")
    fields = parse_xmp(packet).fields
    assert fields["keywords"] == ["news", "sport"]
    assert fields["creator"] == ["Jane Roe"]
    assert fields["persons_shown"] == ["A. Person"]


def test_parse_type_resource_and_nested_description_are_structs():
    packet = xmp_packet(
        '<Iptc4xmpCore:CreatorContactInfo rdf:parseType="Resource">'
        "<Iptc4xmpCore:CiAdrCity>Oslo</Iptc4xmpCore:CiAdrCity></Iptc4xmpCore:CreatorContactInfo>"
        "<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li><rdf:Description>"
        "<Iptc4xmpExt:City>Bergen</Iptc4xmpExt:City></rdf:Description></rdf:li></rdf:Bag>"
        "</Iptc4xmpExt:LocationShown><photoshop:City>Oslo</photoshop:City>")
    reading = parse_xmp(packet)
    contact = reading.properties["{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}CreatorContactInfo"]
    assert contact == {"{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}CiAdrCity": "Oslo"}
    shown = reading.properties["{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}LocationShown"]
    assert shown == [{"{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}City": "Bergen"}]
    assert reading.fields == {"city": "Oslo"}


def test_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            b"&b;</x:xmpmeta>")
    reading = parse_xmp(bomb)
    assert reading.fields == {}
    assert reading.warnings and "refused" in reading.warnings[0]


def test_external_entity_is_refused():
    packet = (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
              b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&e;</x:xmpmeta>')
    reading = parse_xmp(packet)
    assert reading.fields == {} and "refused" in reading.warnings[0]


def test_entity_without_a_doctype_is_not_well_formed():
    reading = parse_xmp(b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&e;</x:xmpmeta>')
    assert reading.fields == {}
    assert reading.warnings == ["XMP is not well-formed XML: undefined entity: line 1, column 36"]


def test_packet_with_a_comment_reads_as_without():
    """A comment in a packet changes nothing of what it says."""
    plain = xmp_packet("<photoshop:City>Zürich</photoshop:City>")
    commented = plain.replace(b"<photoshop:City>", b"<!-- city --><photoshop:City>")
    assert b"<!" in commented and b"<!" not in plain
    assert parse_xmp(commented).fields == parse_xmp(plain).fields == {"city": "Zürich"}


def test_broken_xml_is_a_warning():
    reading = parse_xmp(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>")
    assert reading.fields == {} and "not well-formed" in reading.warnings[0]


def test_utf16_packet_without_bom():
    packet = xmp_packet("<photoshop:City>Zürich</photoshop:City>").decode("utf-8")
    reading = parse_xmp(packet.replace("\ufeff", "").encode("utf-16-be"))
    assert reading.fields == {"city": "Zürich"}


def test_dates_are_iso_8601():
    assert xmp_date("2017-09-14T10:22:05+03:00") == "2017-09-14T10:22:05+03:00"
    assert xmp_date("2017-09-14T10:22Z") == "2017-09-14T10:22:00+00:00"
    assert xmp_date("2017-09") == "2017-09"
    assert xmp_date("yesterday") is None


def _extended_payloads(guid: str, full: bytes, size: int) -> list[bytes]:
    return [EXTENDED_XMP_HEADER + guid.encode() + len(full).to_bytes(4, "big")
            + offset.to_bytes(4, "big") + full[offset:offset + size]
            for offset in range(0, len(full), size)]


def test_extended_xmp_is_reassembled_by_guid_and_offset():
    guid = "0123456789ABCDEF0123456789ABCDEF"
    main = parse_xmp(xmp_packet(f'<xmpNote:HasExtendedXMP>{guid}</xmpNote:HasExtendedXMP>'
                                "<photoshop:City>Oslo</photoshop:City>"))
    full = xmp_packet(lang_alt("dc:description", ("x-default", "A long caption " * 50)))
    payloads = _extended_payloads(guid, full, 300)
    payloads.reverse()  # order of segments must not matter
    assembled = reassemble_extended(extended_chunks(payloads), main.extended_guid, main.warnings)
    assert assembled == full
    merge_extended(main, parse_xmp(assembled))
    assert main.fields["city"] == "Oslo"
    assert main.fields["description"].startswith("A long caption")


def test_extended_xmp_with_another_guid_or_missing_part_is_ignored():
    guid, other = "A" * 32, "B" * 32
    full = xmp_packet("<photoshop:City>Oslo</photoshop:City>")
    warnings: list[str] = []
    assert reassemble_extended(extended_chunks(_extended_payloads(other, full, 100)),
                               guid, warnings) is None
    assert "matching" in warnings[0]
    partial = _extended_payloads(guid, full, 100)[:-1]
    assert reassemble_extended(extended_chunks(partial), guid, warnings) is None
    assert "incomplete" in warnings[-1]


def test_packets_read_one_after_another_keep_their_own_namespaces():
    photoshop = b'xmlns:p="http://ns.adobe.com/photoshop/1.0/"'
    other = b'xmlns:p="http://example.com/not-photoshop/"'
    template = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
                b'"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description %s>'
                b'<p:City>Lagos</p:City></rdf:Description></rdf:RDF></x:xmpmeta>')
    assert parse_xmp(template % photoshop).fields == {"city": "Lagos"}
    assert parse_xmp(template % other).fields == {}
    assert parse_xmp(template % photoshop).fields == {"city": "Lagos"}


def test_a_packet_of_thousands_of_names_does_not_grow_the_name_cache_for_ever():
    from media_manager.metadata import xmp

    names = b"".join(b"<e:n%d>x</e:n%d>" % (i, i) for i in range(6000))
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:e="http://example.com/e/"><rdf:RDF '
              b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>'
              + names + b"</rdf:Description></rdf:RDF></x:xmpmeta>")
    assert len(parse_xmp(packet).properties) == 6000
    assert len(xmp._NAMES) > xmp._MAX_NAMES
    assert parse_xmp(xmp_packet("<photoshop:City>Lagos</photoshop:City>")).fields == {
        "city": "Lagos"}
    assert len(xmp._NAMES) < 100


def test_padding_and_a_trailing_xpacket_are_left_out():
    packet = (b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
              + xmp_packet("<photoshop:City>Lagos</photoshop:City>")
              + b"\n" + b" " * 4000 + b'<?xpacket end="w"?>\x00\x00')
    assert parse_xmp(packet).fields == {"city": "Lagos"}
