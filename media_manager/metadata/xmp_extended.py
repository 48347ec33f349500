"""Extended XMP: the JPEG transport for a packet too big for one APP1 segment.

A JPEG's main XMP packet must fit 64 KB; the rest travels in "extended" APP1
chunks named by the GUID (the MD5 of the extended part) that the main packet
gives in ``xmpNote:HasExtendedXMP``. Reading joins the chunks (any order,
bounded) and merges their properties into the main packet's gaps; writing keeps
every caption-bearing property in the main packet and moves the rest out.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET

from media_manager.fields import FIELDS, XmpKind
from media_manager.metadata.xmp import (
    EXTENDED_XMP_HEADER,
    MAX_XMP_BYTES,
    PADDING_BYTES,
    XmpReading,
    XmpWriteError,
    fields_from_properties,
    find_property,
    parse_packet,
    parse_xmp,
    qname,
    rdf,
    remove_property,
    serialise,
    wrap_packet,
)

MAX_EXTENDED_CHUNKS = 1000
MAX_MAIN_PACKET = 65502  # 65533 minus the "http://ns.adobe.com/xap/1.0/\0" header, with margin
LIST_KINDS = (XmpKind.BAG, XmpKind.SEQ)


def extended_chunks(payloads: list[bytes]) -> dict[str, dict]:
    """Extended XMP APP1 payloads grouped by GUID: {guid: {"length": n, "parts": {off: data}}}."""
    groups: dict[str, dict] = {}
    for payload in payloads[:MAX_EXTENDED_CHUNKS]:
        body = payload[len(EXTENDED_XMP_HEADER):]
        if len(body) < 40:
            continue
        guid = body[:32].decode("ascii", errors="replace")
        full_length = int.from_bytes(body[32:36], "big")
        offset = int.from_bytes(body[36:40], "big")
        group = groups.setdefault(guid, {"length": full_length, "parts": {}})
        group["parts"].setdefault(offset, body[40:])
    return groups


def reassemble_extended(groups: dict[str, dict], guid: str | None,
                        warnings: list[str]) -> bytes | None:
    """The Extended XMP whose GUID the main packet names, if complete and within bounds."""
    if not groups:
        return None
    if guid is None or guid not in groups:
        warnings.append("Extended XMP found without a matching xmpNote:HasExtendedXMP; ignored")
        return None
    group = groups[guid]
    if group["length"] > MAX_XMP_BYTES:
        warnings.append("Extended XMP is over the size limit; ignored")
        return None
    assembled = bytearray()
    for offset in sorted(group["parts"]):
        if offset != len(assembled):
            break
        assembled += group["parts"][offset]
    if len(assembled) != group["length"]:
        warnings.append("Extended XMP is incomplete; ignored")
        return None
    return bytes(assembled)


def extended_packet(main: bytes, payloads: list[bytes], warnings: list[str]) -> bytes | None:
    """The Extended XMP (from APP1 payloads) that the ``main`` packet names, if complete."""
    if not payloads:
        return None
    return reassemble_extended(extended_chunks(payloads), parse_xmp(main).extended_guid,
                               warnings)


def merge_extended(main: XmpReading, extended: XmpReading) -> None:
    """Properties moved to Extended XMP fill the gaps of the main packet."""
    for name, value in extended.properties.items():
        main.properties.setdefault(name, value)
    main.fields = fields_from_properties(main.properties)
    main.warnings.extend(extended.warnings)


def _drop_extended_note(root: ET.Element) -> None:
    remove_property(root, "xmpNote:HasExtendedXMP")


def merge_packets(main: bytes, extended: bytes | None) -> bytes:
    """One packet holding the main XMP plus the Extended XMP's properties (for editing)."""
    if not extended:
        return main
    root, prefixes = parse_packet(main)
    extra_root, extra_prefixes = parse_packet(extended)
    _drop_extended_note(root)
    rdf_root = root.find(rdf("RDF"))
    assert rdf_root is not None
    for description in extra_root.iter(rdf("Description")):
        rdf_root.append(description)
    return wrap_packet(serialise(root, {**extra_prefixes, **prefixes}), 0)


def split_for_jpeg(packet: bytes) -> tuple[bytes, bytes | None, str | None]:
    """(main packet, Extended XMP, GUID); caption-bearing properties stay in the main packet.

    Every managed property goes in the main packet; when even they do not fit,
    the lists (keywords, people, creators) move to the extended part too.
    """
    if len(packet) <= MAX_MAIN_PACKET:
        return packet, None, None
    managed = [spec.xmp for spec in FIELDS if spec.xmp]
    texts = [spec.xmp for spec in FIELDS if spec.xmp and spec.xmp_kind not in LIST_KINDS]
    for keep in (managed, texts):
        main, extended, guid = _split(packet, keep)  # type: ignore[arg-type]
        if len(main) <= MAX_MAIN_PACKET:
            return main, extended, guid
    raise XmpWriteError("the caption fields alone do not fit the 64 KB main XMP packet")


def _split(packet: bytes, keep_in_main: list[str]) -> tuple[bytes, bytes, str]:
    """Move ``keep_in_main`` properties to a fresh main packet; the rest is extended."""
    root, prefixes = parse_packet(packet)
    _drop_extended_note(root)
    main_root = ET.Element(root.tag, dict(root.attrib))
    main_description = ET.SubElement(ET.SubElement(main_root, rdf("RDF")), rdf("Description"),
                                     {rdf("about"): ""})
    for prop in keep_in_main:
        found = find_property(root, prop)
        if found is None:
            continue
        remove_property(root, prop)
        if isinstance(found, str):
            main_description.set(qname(prop), found)
        else:
            main_description.append(found)
    extended = serialise(root, prefixes).encode("utf-8")
    guid = hashlib.md5(extended).hexdigest().upper()
    main_description.set(qname("xmpNote:HasExtendedXMP"), guid)
    main = wrap_packet(serialise(main_root, prefixes), PADDING_BYTES)
    if len(main) > MAX_MAIN_PACKET:
        main = wrap_packet(serialise(main_root, prefixes), 0)
    return main, extended, guid
