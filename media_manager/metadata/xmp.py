"""XMP packets: reading them into fields, and editing the managed properties back.

Untrusted XML goes through defusedxml (no entity expansion, no external
entities, no DTD), once, in :func:`xml_root`, for the reader and the editor alike.
RDF comes in several equivalent shapes; the reader accepts properties as
attributes or elements, rdf:Alt (x-default, else the first), rdf:Bag/rdf:Seq,
rdf:parseType="Resource" and nested rdf:Description structs, and each field's
kind turns the texts into its value. The editor changes only the properties
named in the table of fields; every other property, namespace and
rdf:Description stays. It re-serialises with a small serialiser here
(ElementTree's own would rename prefixes to ns0 and needs global registration),
wrapped in an xpacket with padding so later in-place edits by other tools are
possible. The writer's check reads the result with :func:`parse_xmp`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field

from media_manager.fields import FIELDS, XMP_NAMESPACES, XmpKind, empty

XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
EXTENDED_XMP_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
MAX_XMP_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64

XML_NS = "http://www.w3.org/XML/1998/namespace"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
KNOWN_PREFIXES = {**XMP_NAMESPACES, "xmpNote": XMP_NOTE, "xml": XML_NS}
RDF = "{" + XMP_NAMESPACES["rdf"] + "}"
XML_LANG = "{" + XML_NS + "}lang"
XMP_NOTE_HAS_EXTENDED = "{" + XMP_NOTE + "}HasExtendedXMP"


class XmpWriteError(ValueError):
    """An XMP packet that cannot be parsed, or edited safely (not well-formed, no RDF...)."""


def qualified(prefixed: str) -> str:
    """"dc:title" -> "{http://purl.org/dc/elements/1.1/}title" (ElementTree's spelling)."""
    prefix, local = prefixed.split(":", 1)
    return "{" + KNOWN_PREFIXES[prefix] + "}" + local


_FIELD_PROPERTIES = {qualified(f.xmp): f for f in FIELDS if f.xmp}

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
    try:
        root = xml_root(packet, names_as_parsed=True)
    except XmpWriteError as problem:
        reading.warnings.append(str(problem))
        return reading
    for rdf in root.iter(_PARSED_RDF + "RDF"):
        _RdfReader(rdf).read_into(reading.properties)
    guid = reading.properties.get(XMP_NOTE_HAS_EXTENDED)
    if isinstance(guid, str):
        reading.extended_guid = guid.strip()
    reading.fields = fields_from_properties(reading.properties)
    return reading


def xml_root(packet: bytes, *, names_as_parsed: bool = False) -> ET.Element:
    """The root element of an untrusted packet, through defusedxml; XmpWriteError if bad.

    ``names_as_parsed`` (the reader's choice) leaves element and attribute names as expat
    gives them, ``uri}local`` rather than ElementTree's ``{uri}local``: the elements are
    then built without a Python call per element, which is most of a packet's reading
    time; :func:`_spelt` gives a name ElementTree's spelling."""
    text = _as_utf8(packet)
    from defusedxml.common import DefusedXmlException

    parser = _defused_parser(names_as_parsed)  # outside: a broken parser is no bad packet
    try:
        parser.feed(text)
        return parser.close()
    except DefusedXmlException as refused:
        raise XmpWriteError(f"XMP refused: {type(refused).__name__}") from None
    except Exception as problem:  # noqa: BLE001 - expat raises several types
        raise XmpWriteError(f"XMP is not well-formed XML: {_first_line(problem)}") from None


#: Element and attribute names in ElementTree's spelling ("{uri}local") by the spelling
#: expat gives them, shared by every packet: XMP packets name the same few dozen
#: properties over and over.
_NAMES: dict[str, str] = {}
_MAX_NAMES = 4096  # untrusted packets may name anything: the cache is emptied past this


def _defused_parser(names_as_parsed: bool = False):  # type: ignore[no-untyped-def]
    """defusedxml's ElementTree parser (no DTD, no entities, no external references)
    building the C ElementTree's elements, as ``defusedxml.ElementTree.fromstring`` does,
    with the name cache shared between packets instead of begun empty for each.

    ``names_as_parsed``: expat hands each element straight to the C tree builder instead
    of to the pure-Python parser's handlers, which only respell its names; defusedxml's
    own handlers (DTD, entity declarations, external references) stay as they are."""
    from xml.etree.ElementTree import TreeBuilder

    from defusedxml.ElementTree import DefusedXMLParser  # lazy: most callers never see XMP

    if len(_NAMES) > _MAX_NAMES:
        _NAMES.clear()
    builder = TreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    parser._names = _NAMES  # the pure-Python parser's cache of split names
    if names_as_parsed:
        expat = parser.parser
        expat.ordered_attributes = 0  # attributes as a dict, as the builder takes them
        expat.StartElementHandler = builder.start
        expat.EndElementHandler = builder.end
        expat.StartNamespaceDeclHandler = None  # the builder keeps no namespace events
        expat.EndNamespaceDeclHandler = None
    return parser


def _spelt(name: str) -> str:
    """A name as expat gives it ("uri}local") in ElementTree's spelling ("{uri}local"),
    as the pure-Python parser spells it."""
    spelt = _NAMES.get(name)
    if spelt is None:
        spelt = _NAMES[name] = "{" + name if "}" in name else name
    return spelt


def _first_line(problem: Exception) -> str:
    return str(problem).splitlines()[0] if str(problem) else type(problem).__name__


_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_XPACKET = re.compile(rb"<\?xpacket[^>]*\?>")


def _as_utf8(packet: bytes) -> bytes:
    """XMP may be UTF-16/32 (with or without BOM) and padded: give expat clean UTF-8."""
    encoding = _sniff_encoding(packet[:4])
    if encoding != "utf-8":
        text = packet.decode(encoding, errors="replace").lstrip("\ufeff")
        packet = _XML_DECLARATION.sub(b"", text.encode("utf-8"))
    packet = _XPACKET.sub(b"", packet)  # begin= may hold odd bytes
    end = packet.rfind(b">")  # cut first: the padding after the packet is kilobytes long
    packet = (packet[:end + 1] if end >= 0 else packet).strip(b"\x00 \t\r\n")
    return packet[3:] if packet.startswith(b"\xef\xbb\xbf") else packet


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


#: The reader's names, as expat spells them (see ``names_as_parsed``).
_PARSED_RDF = XMP_NAMESPACES["rdf"] + "}"
_PARSED_XML_LANG = XML_NS + "}lang"
_PARSED_SYNTAX = frozenset(_PARSED_RDF + n for n in ("about", "ID", "nodeID", "parseType",
                                                     "resource", "datatype", "bagID"))
_PARSED_NOT_PROPERTIES = _PARSED_SYNTAX | {_PARSED_XML_LANG}
_NODE_ID, _RESOURCE, _PARSE_TYPE = (_PARSED_RDF + n for n in ("nodeID", "resource", "parseType"))
_DESCRIPTION, _LI, _ALT = (_PARSED_RDF + n for n in ("Description", "li", "Alt"))
_LISTS = frozenset({_PARSED_RDF + "Bag", _PARSED_RDF + "Seq"})


class _RdfReader:
    """Reads the properties of one rdf:RDF element, resolving rdf:nodeID references.

    The tree's names are as expat spells them; the properties' names are ElementTree's."""

    def __init__(self, rdf) -> None:
        self.rdf = rdf
        self.nodes = {node_id: child for child in rdf
                      if (node_id := child.get(_NODE_ID)) is not None}

    def read_into(self, properties: dict[str, XmpValue]) -> None:
        for description in self.rdf:
            if description.tag == _DESCRIPTION and description.get(_NODE_ID) is None:
                self.description(description, properties, 0)

    def description(self, node, into: dict[str, XmpValue], depth: int) -> None:
        for name, value in node.attrib.items():
            if name not in _PARSED_NOT_PROPERTIES:
                into.setdefault(_spelt(name), value)
        for child in node:
            tag = _spelt(child.tag)
            if tag not in into:
                into[tag] = self.value(child, depth + 1)

    def value(self, node, depth: int) -> XmpValue:
        """The value of one property element: text, list, lang-alt choice or struct."""
        if depth > MAX_DEPTH:
            return ""
        attributes = node.attrib
        if attributes:
            resource = attributes.get(_RESOURCE)
            if resource is not None:
                return resource
            if attributes.get(_PARSE_TYPE) == "Resource":
                struct: dict[str, XmpValue] = {}
                self.description(node, struct, depth)
                return struct
        children = list(node)
        if not children and attributes:
            referenced = self.nodes.get(attributes.get(_NODE_ID))
            if referenced is not None:
                children = [referenced]
        if not children:
            named = {_spelt(k): v for k, v in attributes.items()
                     if k not in _PARSED_NOT_PROPERTIES}
            return named if named else (node.text or "")
        return self.container(children[0], depth)

    def container(self, container, depth: int) -> XmpValue:
        tag = container.tag
        if tag in _LISTS:
            return [self.value(li, depth + 1) for li in container if li.tag == _LI]
        if tag == _ALT:
            items = [li for li in container if li.tag == _LI]
            if not items:
                return ""
            default = [li for li in items if li.get(_PARSED_XML_LANG, "").lower() == "x-default"]
            return self.value((default or items)[0], depth + 1)  # x-default, else the first
        if tag == _DESCRIPTION:
            struct: dict[str, XmpValue] = {}
            self.description(container, struct, depth)
            return struct
        return ""


def fields_from_properties(properties: dict[str, XmpValue]) -> dict[str, str | list[str]]:
    """Map XMP properties to canonical fields via the table; each field's kind makes the
    value from the property's texts (lists stay lists, dates are tidied)."""
    fields: dict[str, str | list[str]] = {}
    for prop, spec in _FIELD_PROPERTIES.items():
        found = properties.get(prop)
        if found is None:
            continue  # absent: every kind makes no value of no texts
        if isinstance(found, str):  # most properties: one text
            text = found.strip()
            value = spec.kind.from_xmp([text] if text else [])
        else:
            value = spec.kind.from_xmp([t for t in _texts(found) if t])
        if value is not None:
            fields[spec.name] = value
    return fields


def _texts(value: XmpValue | None) -> list[str]:
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    return []


# --- editing ---------------------------------------------------------------------------

PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"
PADDING_BYTES = 2400
DECLARATION = re.compile(rb'xmlns:([A-Za-z_][\w.-]*)\s*=\s*["\']([^"\']*)["\']')


def qname(prop: str) -> str:
    """'dc:title' → '{http://purl.org/dc/elements/1.1/}title'."""
    return qualified(prop)


def rdf(local: str) -> str:
    return f"{RDF}{local}"


def parse_packet(packet: bytes | None) -> tuple[ET.Element, dict[str, str]]:
    """The x:xmpmeta root (created when missing) and the prefixes declared in the text,
    for editing; parsed by :func:`xml_root`, as the reader parses it."""
    prefixes = {uri: prefix for prefix, uri in KNOWN_PREFIXES.items()}
    if not packet or not packet.strip(b"\x00 \t\r\n\xef\xbb\xbf"):
        return new_root(), prefixes
    for prefix, uri in DECLARATION.findall(_as_utf8(packet)):
        prefixes.setdefault(uri.decode("utf-8", "replace"), prefix.decode("ascii", "replace"))
    root = xml_root(packet)
    if root.tag == rdf("RDF"):
        meta = ET.Element("{adobe:ns:meta/}xmpmeta")
        meta.append(root)
        root = meta
    if root.find(rdf("RDF")) is None:
        raise XmpWriteError("XMP has no rdf:RDF element")
    return root, prefixes


def new_root() -> ET.Element:
    """An empty x:xmpmeta / rdf:RDF."""
    meta = ET.Element("{adobe:ns:meta/}xmpmeta", {"{adobe:ns:meta/}xmptk": "media-manager"})
    ET.SubElement(meta, rdf("RDF"))
    return meta


def descriptions(root: ET.Element) -> list[ET.Element]:
    """Every rdf:Description under rdf:RDF, creating one when there is none."""
    rdf_root = root.find(rdf("RDF"))
    assert rdf_root is not None
    found = rdf_root.findall(rdf("Description"))
    if not found:
        found = [ET.SubElement(rdf_root, rdf("Description"), {rdf("about"): ""})]
    return found


def remove_property(root: ET.Element, prop: str) -> tuple[ET.Element, int] | None:
    """Drop a property in attribute and element form; where its first element was."""
    name, first = qname(prop), None
    for description in descriptions(root):
        description.attrib.pop(name, None)
        for child in list(description):
            if child.tag == name:
                if first is None:
                    first = (description, list(description).index(child))
                description.remove(child)
    return first


def property_element(prop: str, kind: XmpKind, value: str | list[str],
                     old: ET.Element | None) -> ET.Element:
    """A new element for ``prop``; lang-alt keeps the old non-default languages."""
    element = ET.Element(qname(prop))
    if kind is XmpKind.LANG_ALT:
        alt = ET.SubElement(element, rdf("Alt"))
        default = ET.SubElement(alt, rdf("li"), {f"{{{XML_NS}}}lang": "x-default"})
        default.text = value if isinstance(value, str) else "; ".join(value)
        old_alt = old.find(rdf("Alt")) if old is not None else None
        for li in old_alt.findall(rdf("li")) if old_alt is not None else []:
            if li.get(f"{{{XML_NS}}}lang", "x-default") != "x-default":
                alt.append(li)
    elif kind in (XmpKind.BAG, XmpKind.SEQ):
        container = ET.SubElement(element, rdf("Bag" if kind is XmpKind.BAG else "Seq"))
        for item in [value] if isinstance(value, str) else value:
            if not empty(item):
                ET.SubElement(container, rdf("li")).text = item
    else:
        element.text = value if isinstance(value, str) else "; ".join(value)
    return element


def find_property(root: ET.Element, prop: str) -> ET.Element | str | None:
    """The element for ``prop``, or its attribute-form text, or None."""
    name = qname(prop)
    for description in descriptions(root):
        if name in description.attrib:
            return description.attrib[name]
        child = description.find(name)
        if child is not None:
            return child
    return None


def set_fields(root: ET.Element, values: Mapping[str, object]) -> None:
    """Make the managed properties equal ``values`` (missing or blank = removed)."""
    for spec in FIELDS:
        if spec.xmp is None:
            continue
        old = find_property(root, spec.xmp)
        where = remove_property(root, spec.xmp)
        value = values.get(spec.name)
        if empty(value):
            continue
        element = property_element(spec.xmp, spec.xmp_kind, value,  # type: ignore[arg-type]
                                   old if isinstance(old, ET.Element) else None)
        description, index = where if where else (descriptions(root)[0], None)
        if index is None:
            description.append(element)
        else:
            description.insert(index, element)


def update_xmp(packet: bytes | None, values: Mapping[str, object], *,
               padding: int = PADDING_BYTES) -> bytes:
    """The packet with the managed properties set from ``values``; a new packet when None."""
    root, prefixes = parse_packet(packet)
    set_fields(root, values)
    return wrap_packet(serialise(root, prefixes), padding)


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def serialise(root: ET.Element, prefixes: Mapping[str, str]) -> str:
    """XML text of the tree, every namespace declared once on the root element."""
    from xml.sax.saxutils import quoteattr  # lazy: it loads urllib, http and ssl, which
    # reading never needs (a good part of an ingest's start-up before its workers start)

    names = dict(prefixes)
    used = sorted({uri for el in root.iter() for name in (el.tag, *el.attrib)
                   if (uri := _uri(name)) and uri != XML_NS})
    for uri in used:
        if uri not in names:
            names[uri] = f"ns{len(names)}"
    declarations = "".join(f" xmlns:{names[uri]}={quoteattr(uri)}" for uri in used)
    lines: list[str] = []
    _write_element(root, names, 0, lines, declarations)
    return "\n".join(lines)


def _uri(name: str) -> str | None:
    return name[1:].split("}", 1)[0] if name.startswith("{") else None


def _name(name: str, names: Mapping[str, str]) -> str:
    uri = _uri(name)
    if uri is None:
        return name
    local = name.split("}", 1)[1]
    return f"xml:{local}" if uri == XML_NS else f"{names[uri]}:{local}"


def _write_element(element: ET.Element, names: Mapping[str, str], depth: int,
                   lines: list[str], extra: str = "") -> None:
    from xml.sax.saxutils import escape, quoteattr  # lazy: see serialise

    indent = " " * depth
    attrs = "".join(f" {_name(k, names)}={quoteattr(CONTROL_CHARS.sub('', v))}"
                    for k, v in element.attrib.items())
    tag = _name(element.tag, names)
    children = list(element)
    if not children:
        text = CONTROL_CHARS.sub("", element.text or "")
        lines.append(f"{indent}<{tag}{extra}{attrs}>{escape(text, {chr(13): '&#13;'})}</{tag}>" if text
                     else f"{indent}<{tag}{extra}{attrs}/>")
        return
    lines.append(f"{indent}<{tag}{extra}{attrs}>")
    for child in children:
        _write_element(child, names, depth + 1, lines)
    lines.append(f"{indent}</{tag}>")


def wrap_packet(xml: str, padding: int = PADDING_BYTES) -> bytes:
    """The xpacket wrapper, with ``padding`` bytes of spaces for in-place edits."""
    pad = (" " * 99 + "\n") * (padding // 100)
    head = f'<?xpacket begin="\ufeff" id="{PACKET_ID}"?>\n'
    return (head + xml + "\n" + pad + '<?xpacket end="w"?>').encode("utf-8")
