"""XMP editing: managed properties only, wrapper and padding, Extended XMP split.

Every packet is read back with the reader ingest uses (``parse_xmp``), and by
ExifTool where it is installed.
"""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from media_manager.metadata.xmp import parse_xmp, update_xmp
from media_manager.metadata.xmp_extended import MAX_MAIN_PACKET, merge_packets, split_for_jpeg


def read_xmp_fields(packet: bytes) -> dict:
    reading = parse_xmp(packet)
    assert reading.warnings == []
    return reading.fields

EXISTING = b"""<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/' x:xmptk='Some Tool 1.0'>
<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
 <rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'
   xmlns:acme='http://example.com/acme/1.0/' photoshop:City='Pariss' acme:Desk='Foreign'>
  <dc:description xmlns:dc='http://purl.org/dc/elements/1.1/'><rdf:Alt>
   <rdf:li xml:lang='x-default'>Old caption</rdf:li>
   <rdf:li xml:lang='fr-FR'>Ancienne l\xc3\xa9gende</rdf:li>
  </rdf:Alt></dc:description>
  <acme:Budget><rdf:Bag><rdf:li>A1</rdf:li></rdf:Bag></acme:Budget>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>"""


def test_new_packet_has_wrapper_padding_and_kinds() -> None:
    packet = update_xmp(None, {"description": "Café", "keywords": ["a", "b"],
                               "creator": ["Ann"], "city": "Zürich"})
    text = packet.decode("utf-8")
    assert text.startswith("<?xpacket begin=") and text.endswith('<?xpacket end="w"?>')
    assert 2000 <= text.count(" ") and len(packet) < 6000
    assert "<rdf:Bag>" in text and "<rdf:Seq>" in text and 'xml:lang="x-default"' in text
    assert read_xmp_fields(packet) == {"description": "Café", "keywords": ["a", "b"],
                                       "creator": ["Ann"], "city": "Zürich"}


def test_unmanaged_properties_and_other_languages_are_kept() -> None:
    packet = update_xmp(EXISTING, {"description": "New caption", "city": "Paris"})
    text = packet.decode("utf-8")
    assert 'acme:Desk="Foreign"' in text and "<rdf:li>A1</rdf:li>" in text
    assert "Ancienne légende" in text and "Old caption" not in text
    assert 'x:xmptk="Some Tool 1.0"' in text
    assert read_xmp_fields(packet)["city"] == "Paris"
    assert "Pariss" not in text


def test_removing_a_value_removes_the_property_in_either_form() -> None:
    packet = update_xmp(EXISTING, {})
    assert read_xmp_fields(packet) == {}
    assert "photoshop:City" not in packet.decode() and "dc:description" not in packet.decode()


def test_carriage_returns_and_markup_round_trip() -> None:
    caption = "Line one\r\nline <two> & \"three\""
    assert read_xmp_fields(update_xmp(None, {"description": caption}))["description"] == caption


def test_large_packet_splits_into_extended_xmp_keeping_the_caption_in_main() -> None:
    bulky = EXISTING.replace(b"<rdf:li>A1</rdf:li>", b"<rdf:li>" + b"x" * 90000 + b"</rdf:li>")
    packet = update_xmp(bulky, {"description": "The caption", "headline": "Head"})
    main, extended, guid = split_for_jpeg(packet)
    assert extended is not None and guid == hashlib.md5(extended).hexdigest().upper()
    assert len(main) <= MAX_MAIN_PACKET
    assert read_xmp_fields(main) == {"description": "The caption", "headline": "Head"}
    assert guid.encode() in main and b"x" * 90000 in extended
    merged = merge_packets(main, extended)
    assert b"x" * 90000 in merged and b"HasExtendedXMP" not in merged


def test_utf16_packet_is_read() -> None:
    packet = EXISTING.decode("utf-8").encode("utf-16-be")
    assert read_xmp_fields(packet)["description"] == "Old caption"


@pytest.mark.exiftool
def test_exiftool_reads_the_edited_packet_and_the_kept_properties(exiftool, tmp_path) -> None:
    path = tmp_path / "edited.xmp"
    path.write_bytes(update_xmp(EXISTING, {"description": "New caption", "city": "Paris",
                                           "keywords": ["flood", "Lagos"],
                                           "date_created": "2025-07-08T10:30:00+01:00"}))
    found = json.loads(subprocess.run([exiftool, "-j", "-G1", "-struct", str(path)],
                                      check=True, capture_output=True).stdout)[0]
    assert found["XMP-dc:Description"] == "New caption"
    assert found["XMP-dc:Description-fr-FR"] == "Ancienne légende"
    assert found["XMP-photoshop:City"] == "Paris"
    assert found["XMP-dc:Subject"] == ["flood", "Lagos"]
    assert found["XMP-photoshop:DateCreated"] == "2025:07:08 10:30:00+01:00"
    assert found["XMP-acme:Desk"] == "Foreign" and found["XMP-acme:Budget"] == ["A1"]
