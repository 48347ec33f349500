"""XMP packets: find them in JPEG APP1 (standard and Extended XMP), parse them safely.

Untrusted XML goes through defusedxml (no entity expansion, no external
entities). RDF comes in several equivalent shapes; this module accepts
properties as attributes or elements, rdf:Alt (x-default, else the first),
rdf:Bag/rdf:Seq, rdf:parseType="Resource" and nested rdf:Description structs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from media_manager.fields import FIELDS, XMP_NAMESPACES

XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
EXTENDED_XMP_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
MAX_XMP_BYTES = 20 * 1024 * 1024
MAX_EXTENDED_CHUNKS = 1000
MAX_DEPTH = 64

RDF = "{" + XMP_NAMESPACES["rdf"] + "}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XMP_NOTE_HAS_EXTENDED = "{http://ns.adobe.com/xmp/note/}HasExtendedXMP"
_RDF_SYNTAX = {RDF + n for n in ("about", "ID", "nodeID", "parseType", "resource",
                                 "datatype", "bagID")}


def qualified(prefixed: str) -> str:
    """"dc:title" -> "{http://purl.org/dc/elements/1.1/}title" (ElementTree's spelling)."""
    prefix, local = prefixed.split(":", 1)
    return "{" + XMP_NAMESPACES[prefix] + "}" + local


_FIELD_PROPERTIES: dict[str, str] = {qualified(f.xmp): f.name for f in FIELDS if f.xmp}
_LIST_FIELDS = frozenset(f.name for f in FIELDS if f.repeatable)

XmpValue = str | list | dict


@dataclass
class XmpReading:
    """Canonical fields from an XMP packet, plus every top-level property seen."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    properties: dict[str, XmpValue] = field(default_factory=dict)
    extended_guid: str | None = None
    warnings: list[str] = field(default_factory=list)


def parse_xmp(packet: bytes) -> XmpReading:
    """Parse one packet; bad XML ends as a warning and an empty reading."""
    reading = XmpReading()
    if len(packet) > MAX_XMP_BYTES:
        reading.warnings.append(f"XMP packet of {len(packet)} bytes is over the limit; ignored")
        return reading
    root = _parse_xml(packet, reading)
    if root is None:
        return reading
    for rdf in root.iter(RDF + "RDF"):
        _RdfReader(rdf).read_into(reading.properties)
    guid = reading.properties.get(XMP_NOTE_HAS_EXTENDED)
    if isinstance(guid, str):
        reading.extended_guid = guid.strip()
    reading.fields = fields_from_properties(reading.properties)
    return reading


def _parse_xml(packet: bytes, reading: XmpReading):
    from defusedxml import ElementTree  # lazy: most callers never see XMP
    from defusedxml.common import DefusedXmlException

    try:
        return ElementTree.fromstring(_as_utf8(packet), forbid_dtd=True)
    except DefusedXmlException as refused:
        reading.warnings.append(f"XMP refused: {type(refused).__name__}")
    except Exception as problem:  # noqa: BLE001 - expat raises several types
        reading.warnings.append(f"XMP is not well-formed XML: {str(problem).splitlines()[0]}")
    return None


_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_XPACKET = re.compile(rb"<\?xpacket[^>]*\?>")


def _as_utf8(packet: bytes) -> bytes:
    """XMP may be UTF-16/32 (with or without BOM) and padded: give expat clean UTF-8."""
    encoding = _sniff_encoding(packet[:4])
    if encoding != "utf-8":
        text = packet.decode(encoding, errors="replace").lstrip("\ufeff")
        packet = _XML_DECLARATION.sub(b"", text.encode("utf-8"))
    packet = _XPACKET.sub(b"", packet).strip(b"\x00 \t\r\n")  # begin= may hold odd bytes
    if packet.startswith(b"\xef\xbb\xbf"):
        packet = packet[3:]
    end = packet.rfind(b">")
    return packet[:end + 1] if end >= 0 else packet


def _sniff_encoding(head: bytes) -> str:
    if head.startswith((b"\x00\x00\xfe\xff", b"\x00\x00\x00<")):
        return "utf-32-be"
    if head.startswith((b"\xff\xfe\x00\x00", b"<\x00\x00\x00")):
        return "utf-32-le"
    if head.startswith((b"\xfe\xff", b"\x00<")):
        return "utf-16-be"
    if head.startswith((b"\xff\xfe", b"<\x00")):
        return "utf-16-le"
    return "utf-8"


class _RdfReader:
    """Reads the properties of one rdf:RDF element, resolving rdf:nodeID references."""

    def __init__(self, rdf) -> None:
        self.rdf = rdf
        self.nodes = {child.get(RDF + "nodeID"): child for child in rdf
                      if child.get(RDF + "nodeID") is not None}

    def read_into(self, properties: dict[str, XmpValue]) -> None:
        for description in self.rdf:
            if description.tag == RDF + "Description" and \
                    description.get(RDF + "nodeID") is None:
                self.description(description, properties, 0)

    def description(self, node, into: dict[str, XmpValue], depth: int) -> None:
        for name, value in node.attrib.items():
            if name not in _RDF_SYNTAX and name != XML_LANG:
                into.setdefault(name, value)
        for child in node:
            if child.tag not in into:
                into[child.tag] = self.value(child, depth + 1)

    def value(self, node, depth: int) -> XmpValue:
        """The value of one property element: text, list, lang-alt choice or struct."""
        if depth > MAX_DEPTH:
            return ""
        resource = node.get(RDF + "resource")
        if resource is not None:
            return resource
        if node.get(RDF + "parseType") == "Resource":
            struct: dict[str, XmpValue] = {}
            self.description(node, struct, depth)
            return struct
        children = list(node)
        referenced = self.nodes.get(node.get(RDF + "nodeID"))
        if not children and referenced is not None:
            children = [referenced]
        if not children:
            attributes = {k: v for k, v in node.attrib.items()
                          if k not in _RDF_SYNTAX and k != XML_LANG}
            return attributes if attributes else (node.text or "")
        return self.container(children[0], depth) if children else (node.text or "")

    def container(self, container, depth: int) -> XmpValue:
        if container.tag in (RDF + "Bag", RDF + "Seq"):
            return [self.value(li, depth + 1) for li in container if li.tag == RDF + "li"]
        if container.tag == RDF + "Alt":
            items = [li for li in container if li.tag == RDF + "li"]
            if not items:
                return ""
            default = [li for li in items if li.get(XML_LANG, "").lower() == "x-default"]
            return self.value((default or items)[0], depth + 1)  # x-default, else the first
        if container.tag == RDF + "Description":
            struct: dict[str, XmpValue] = {}
            self.description(container, struct, depth)
            return struct
        return ""


def fields_from_properties(properties: dict[str, XmpValue]) -> dict[str, str | list[str]]:
    """Map XMP properties to canonical fields via the table; lists stay lists."""
    fields: dict[str, str | list[str]] = {}
    for prop, name in _FIELD_PROPERTIES.items():
        value = properties.get(prop)
        texts = [t for t in _texts(value) if t]
        if not texts:
            continue
        if name == "date_created":
            iso = xmp_date(texts[0])
            if iso:
                fields[name] = iso
        elif name in _LIST_FIELDS:
            fields[name] = texts
        else:
            fields[name] = texts[0] if len(texts) == 1 else ", ".join(texts)
    return fields


def _texts(value: XmpValue | None) -> list[str]:
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    return []


_XMP_DATE = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?"
    r"(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def xmp_date(text: str) -> str | None:
    """XMP dates are already ISO 8601 (maybe partial); validate and tidy ("Z" -> "+00:00")."""
    match = _XMP_DATE.match(text.strip().replace(" ", "T", 1) if "T" not in text else text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    iso = year + (f"-{month}" if month else "") + (f"-{day}" if day else "")
    if hour:
        iso += f"T{hour}:{minute}:{second or '00'}{fraction or ''}"
        if zone:
            iso += "+00:00" if zone == "Z" else zone
    return iso


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


def merge_extended(main: XmpReading, extended: XmpReading) -> None:
    """Properties moved to Extended XMP fill the gaps of the main packet."""
    for name, value in extended.properties.items():
        main.properties.setdefault(name, value)
    main.fields = fields_from_properties(main.properties)
    main.warnings.extend(extended.warnings)
