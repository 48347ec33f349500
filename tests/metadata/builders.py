"""Build small test files in memory: a Pillow JPEG plus hand-made APP1/APP13 segments."""

from __future__ import annotations

import hashlib
import io
import struct

from PIL import Image

from media_manager.metadata.photoshop import PHOTOSHOP_HEADER
from media_manager.metadata.xmp import EXTENDED_XMP_HEADER, XMP_APP1_HEADER

UTF8 = b"\x1b%G"


def base_jpeg(color: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (32, 24)) -> bytes:
    """A real baseline JPEG from Pillow (SOI, APP0, DQT, SOF0, DHT, SOS, scan, EOI)."""
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=80)
    return out.getvalue()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def with_segments(jpeg: bytes, *segments: bytes) -> bytes:
    """Insert segments right after SOI (before Pillow's APP0): byte surgery, pixels untouched."""
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def dataset(record: int, number: int, value: bytes) -> bytes:
    if len(value) > 0x7FFF:  # extended dataset: 4-byte length
        return bytes([0x1C, record, number]) + struct.pack(">HI", 0x8004, len(value)) + value
    return bytes([0x1C, record, number]) + struct.pack(">H", len(value)) + value


def iim_block(values: list[tuple[int, int, bytes]], utf8: bool = False) -> bytes:
    head = dataset(1, 90, UTF8) if utf8 else b""
    return head + b"".join(dataset(r, n, v) for r, n, v in values)


def resource(resource_id: int, data: bytes) -> bytes:
    pad = b"\x00" if len(data) % 2 else b""
    return b"8BIM" + struct.pack(">H", resource_id) + b"\x00\x00" + struct.pack(">I", len(data)) \
        + data + pad


def app13(iim: bytes, digest: bytes | None | str = "match") -> bytes:
    """APP13 with the IIM block and, by default, its correct MD5 digest (0x0425)."""
    body = resource(0x0404, iim)
    if digest == "match":
        body += resource(0x0425, hashlib.md5(iim).digest())
    elif isinstance(digest, bytes):
        body += resource(0x0425, digest)
    return segment(0xED, PHOTOSHOP_HEADER + body)


def xmp_packet(description_xml: str, extra_ns: str = "") -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" '
        'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
        f'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" {extra_ns}>'
        f"{description_xml}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def app1_xmp(packet: bytes) -> bytes:
    return segment(0xE1, XMP_APP1_HEADER + packet)


def app1_extended(guid: str, full: bytes, offset: int, chunk: bytes) -> bytes:
    return segment(0xE1, EXTENDED_XMP_HEADER + guid.encode("ascii")
                   + struct.pack(">II", len(full), offset) + chunk)


def app1_exif(**tags: str) -> bytes:
    """EXIF APP1 written by Pillow: ImageDescription, Artist, Copyright by tag name."""
    numbers = {"ImageDescription": 0x010E, "Artist": 0x013B, "Copyright": 0x8298,
               "Make": 0x010F, "Model": 0x0110}
    exif = Image.Exif()
    for name, value in tags.items():
        exif[numbers[name]] = value
    return segment(0xE1, exif.tobytes())  # Pillow adds the "Exif\\0\\0" header


def lang_alt(prop: str, *items: tuple[str, str]) -> str:
    lis = "".join(f'<rdf:li xml:lang="{lang}">{text}</rdf:li>' for lang, text in items)
    return f"<{prop}><rdf:Alt>{lis}</rdf:Alt></{prop}>"
