"""Edit the managed properties of an XMP packet, keeping everything else.

Only the properties named in the table of fields are touched; every other
property, namespace and rdf:Description stays. The packet is re-serialised by a
small serialiser here (ElementTree's own would rename prefixes to ns0 and needs
global registration), wrapped in an xpacket with padding so later in-place
edits by other tools are possible.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]

from media_manager.fields import FIELDS, XMP_NAMESPACES, XmpKind, empty

RDF = XMP_NAMESPACES["rdf"]
XML_NS = "http://www.w3.org/XML/1998/namespace"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
KNOWN_PREFIXES = {**XMP_NAMESPACES, "xmpNote": XMP_NOTE, "xml": XML_NS}
PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"
PADDING_BYTES = 2400
XPACKET = re.compile(rb"<\?xpacket[^>]*\?>")
DECLARATION = re.compile(rb'xmlns:([A-Za-z_][\w.-]*)\s*=\s*["\']([^"\']*)["\']')


class XmpWriteError(ValueError):
    """An XMP packet this writer cannot edit safely (not well-formed, no RDF...)."""


def qname(prop: str) -> str:
    """'dc:title' → '{http://purl.org/dc/elements/1.1/}title'."""
    prefix, local = prop.split(":", 1)
    return f"{{{KNOWN_PREFIXES[prefix]}}}{local}"


def rdf(local: str) -> str:
    return f"{{{RDF}}}{local}"


def parse_packet(packet: bytes | None) -> tuple[ET.Element, dict[str, str]]:
    """The x:xmpmeta root (created when missing) and the prefixes declared in the text."""
    prefixes = {uri: prefix for prefix, uri in KNOWN_PREFIXES.items()}
    if not packet or not packet.strip(b"\x00 \t\r\n\xef\xbb\xbf"):
        return new_root(), prefixes
    body = XPACKET.sub(b"", as_utf8(packet)).strip(b"\x00 \t\r\n")
    for prefix, uri in DECLARATION.findall(body):
        prefixes.setdefault(uri.decode("utf-8", "replace"), prefix.decode("ascii", "replace"))
    try:
        root = SafeET.fromstring(body)
    except Exception as error:  # defusedxml raises several unrelated types
        raise XmpWriteError(f"XMP is not well-formed XML ({error})") from error
    if root.tag == rdf("RDF"):
        meta = ET.Element("{adobe:ns:meta/}xmpmeta")
        meta.append(root)
        root = meta
    if root.find(rdf("RDF")) is None:
        raise XmpWriteError("XMP has no rdf:RDF element")
    return root, prefixes


def as_utf8(packet: bytes) -> bytes:
    """XMP may be UTF-16 or UTF-32 (rare, allowed): give UTF-8 without an XML declaration."""
    for bom, codec in ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
        if packet.startswith(bom):
            packet = packet[len(bom):].decode(codec, "replace").encode("utf-8")
            break
    else:
        if len(packet) > 1 and packet[0] == 0 and packet[1] != 0:
            packet = packet.decode("utf-16-be", "replace").encode("utf-8")
        elif len(packet) > 1 and packet[1] == 0 and packet[0] != 0:
            packet = packet.decode("utf-16-le", "replace").encode("utf-8")
    return re.sub(rb"<\?xml [^>]*\?>", b"", packet)


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


def read_xmp_fields(packet: bytes | None) -> dict[str, str | list[str]]:
    """Managed values of a packet (lang-alt: x-default), for plans and read-back checks."""
    root, _prefixes = parse_packet(packet)
    values: dict[str, str | list[str]] = {}
    for spec in FIELDS:
        found = find_property(root, spec.xmp) if spec.xmp else None
        if isinstance(found, str):
            values[spec.name] = found
        elif found is not None:
            value = element_value(found, spec.xmp_kind)
            if not empty(value):
                values[spec.name] = value
    return values


def element_value(element: ET.Element, kind: XmpKind) -> str | list[str]:
    """Text of a simple property, x-default of a lang-alt, items of a Bag/Seq."""
    items = element.findall(f"./*/{rdf('li')}")
    if kind is XmpKind.LANG_ALT:
        for li in items:
            if li.get(f"{{{XML_NS}}}lang") == "x-default":
                return li.text or ""
        return items[0].text or "" if items else (element.text or "").strip()
    if kind in (XmpKind.BAG, XmpKind.SEQ):
        return [li.text or "" for li in items] if items else [(element.text or "").strip()]
    return element.text or ""


MAX_MAIN_PACKET = 65502  # 65533 minus the "http://ns.adobe.com/xap/1.0/\0" header, with margin
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def serialise(root: ET.Element, prefixes: Mapping[str, str]) -> str:
    """XML text of the tree, every namespace declared once on the root element."""
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


def _drop_extended_note(root: ET.Element) -> None:
    remove_property(root, "xmpNote:HasExtendedXMP")


def merge_extended(main: bytes, extended: bytes | None) -> bytes:
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


LIST_KINDS = (XmpKind.BAG, XmpKind.SEQ)


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
