"""Where each file format keeps its metadata blocks: JPEG, TIFF, PNG, WebP, PSD, HEIF.

Every extractor returns the same :class:`Embedded` shape (EXIF block, Photoshop
resources with IIM, XMP packets, frame size), so the rest of the reader does not
care about containers. Only headers and metadata chunks are read; pixels never are.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from media_manager.metadata.exif import IFD0_TAGS
from media_manager.metadata.photoshop import PHOTOSHOP_HEADER, PhotoshopResources, parse_irb
from media_manager.metadata.segments import HeadBuffer, walk_jpeg
from media_manager.metadata.tiff import TiffError, TiffReader, first_int
from media_manager.metadata.xmp import EXTENDED_XMP_HEADER, MAX_XMP_BYTES, XMP_APP1_HEADER
from media_manager.metadata.xmp_extended import extended_chunks

MAX_CHUNKS = 10000
APP1, APP13 = 0xE1, 0xED
_TIFF_IPTC, _TIFF_XMP, _TIFF_PHOTOSHOP = 33723, 700, 34377
_TIFF_IFD0_TAGS = IFD0_TAGS | {256, 257, _TIFF_IPTC, _TIFF_XMP, _TIFF_PHOTOSHOP}


@dataclass
class Embedded:
    """The metadata blocks found in one file, before any parsing of their contents."""

    format: str
    width: int | None = None
    height: int | None = None
    exif: bytes | None = None
    tiff_ifd0: tuple[TiffReader, object] | None = None  # a TIFF file's own IFD0
    photoshop: PhotoshopResources = field(default_factory=PhotoshopResources)
    xmp: bytes | None = None
    extended_xmp: dict[str, dict] = field(default_factory=dict)
    image_ranges: list[tuple[int, int]] = field(default_factory=list)  # for image_identity
    #: The file's size when the reader learnt it already (a JPEG read by its header).
    file_size: int | None = None
    warnings: list[str] = field(default_factory=list)


def sniff(head: bytes) -> str | None:
    """Format from the first bytes (extensions lie; magic numbers rarely do)."""
    if head.startswith(b"\xff\xd8"):
        return "JPEG"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] == b"8BPS":
        return "PSD"
    if head[4:8] == b"ftyp":
        return "HEIF"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"<?xpacket", b"<x:xmpmeta", b"<rdf:RDF", b"<?xml")):
        return "XMP"
    return None


def jpeg_embedded(buffer: HeadBuffer) -> Embedded:
    """APP1 Exif/XMP/Extended XMP and APP13 Photoshop segments, up to the first SOS."""
    header = walk_jpeg(buffer)
    found = Embedded("JPEG", header.width, header.height, warnings=list(header.warnings))
    extended: list[bytes] = []
    photoshop: list[bytes] = []
    for segment in header.segments:  # one pass; the first EXIF and the first XMP count
        payload = segment.payload
        if segment.marker == APP1:
            if payload.startswith(b"Exif\x00"):
                if found.exif is None:
                    found.exif = payload[6:]
            elif payload.startswith(XMP_APP1_HEADER):
                if found.xmp is None:
                    found.xmp = payload[len(XMP_APP1_HEADER):]
            elif payload.startswith(EXTENDED_XMP_HEADER):
                extended.append(payload)
        elif segment.marker == APP13 and payload.startswith(PHOTOSHOP_HEADER):
            photoshop.append(payload)
    found.extended_xmp = extended_chunks(extended)
    if photoshop:  # resources may be split over several APP13 segments
        joined = b"".join(p[len(PHOTOSHOP_HEADER):] for p in photoshop)
        parse_irb(joined, found.photoshop)
    if header.sos_offset is not None:
        found.image_ranges = [(header.sos_offset, -1)]
    return found


def tiff_embedded(data: bytes) -> Embedded:
    """TIFF: IFD0 holds IPTC (33723), XMP (700) and Photoshop resources (34377)."""
    found = Embedded("TIFF")
    try:
        tiff = TiffReader(data)
    except TiffError:
        found.warnings.append("not a TIFF file")
        return found
    ifd0 = tiff.read_ifd(tiff.first_ifd, "IFD0", _TIFF_IFD0_TAGS)
    found.warnings.extend(tiff.warnings)
    if ifd0 is None:
        return found
    found.tiff_ifd0 = (tiff, ifd0)
    found.width, found.height = first_int(ifd0.tags.get(256)), first_int(ifd0.tags.get(257))
    photoshop = ifd0.tags.get(_TIFF_PHOTOSHOP)
    if isinstance(photoshop, bytes):
        parse_irb(photoshop, found.photoshop)
    iptc = ifd0.tags.get(_TIFF_IPTC)
    if isinstance(iptc, bytes):  # wins over a copy in 34377: it is the standard place
        found.photoshop.iim = iptc
    elif isinstance(iptc, tuple) and iptc:  # some writers type it LONG
        code = "I" if ifd0.types.get(_TIFF_IPTC) in (4, 9, 13) else "H"
        found.photoshop.iim = struct.pack(tiff.order + code * len(iptc), *iptc)
    xmp = ifd0.tags.get(_TIFF_XMP)
    if isinstance(xmp, bytes):
        found.xmp = xmp
    return found


def psd_embedded(data: bytes) -> Embedded:
    """PSD: header, colour-mode data, then the image resources section."""
    found = Embedded("PSD")
    if len(data) >= 26:
        found.height, found.width = struct.unpack_from(">II", data, 14)
        mode_length = struct.unpack_from(">I", data, 26)[0] if len(data) >= 30 else 0
        start = 30 + mode_length
        if start + 4 <= len(data):
            length = struct.unpack_from(">I", data, start)[0]
            parse_irb(data[start + 4:start + 4 + length], found.photoshop)
    found.xmp = found.photoshop.xmp
    return found


def png_embedded(data: bytes) -> Embedded:
    """PNG chunks: IHDR size, eXIf, iTXt/zTXt/tEXt XMP and ImageMagick raw profiles."""
    found = Embedded("PNG")
    pos, count = 8, 0
    while pos + 8 <= len(data) and count < MAX_CHUNKS:
        length, kind = struct.unpack_from(">I4s", data, pos)
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length:
            found.warnings.append(f"PNG chunk {kind.decode('latin-1')} is truncated")
        if kind == b"IHDR" and len(body) >= 8:
            found.width, found.height = struct.unpack_from(">II", body)
        elif kind == b"IDAT":
            found.image_ranges.append((pos + 8, pos + 8 + len(body)))
        elif kind == b"eXIf" and found.exif is None:
            found.exif = body
        elif kind in (b"iTXt", b"zTXt", b"tEXt"):
            _png_text(kind, body, found)
        elif kind == b"IEND":
            break
        pos += 12 + length
        count += 1
    if count == 0 or not data[8:16].endswith(b"IHDR"):
        found.warnings.append("PNG does not start with IHDR")
    return found


def _png_text(kind: bytes, body: bytes, found: Embedded) -> None:
    keyword, _, rest = body.partition(b"\x00")
    try:
        if kind == b"iTXt":
            compressed, rest = rest[:1] == b"\x01", rest[2:]
            _lang, _, rest = rest.partition(b"\x00")
            _translated, _, text = rest.partition(b"\x00")
            text = inflate(text) if compressed else text
        elif kind == b"zTXt":
            text = inflate(rest[1:])
        else:
            text = rest
    except zlib.error:
        found.warnings.append(f"PNG {kind.decode()} chunk {keyword.decode('latin-1')!r} "
                              "does not decompress")
        return
    name = keyword.decode("latin-1").lower()
    if name == "xml:com.adobe.xmp" and found.xmp is None:
        found.xmp = text
    elif name.startswith("raw profile type "):
        _raw_profile(name[len("raw profile type "):], text, found)


def _raw_profile(kind: str, text: bytes, found: Embedded) -> None:
    """ImageMagick's hex-text profiles: "\\nname\\n   length\\nhexdigits..."."""
    parts = text.split(None, 2)
    if len(parts) < 3:
        return
    try:
        blob = bytes.fromhex(parts[2].decode("ascii").replace("\n", "").replace(" ", ""))
    except ValueError:
        found.warnings.append(f"PNG raw profile {kind} is not hex")
        return
    if kind in ("iptc", "8bim"):
        blob = blob.removeprefix(PHOTOSHOP_HEADER)
        if blob[:4] == b"8BIM":
            parse_irb(blob, found.photoshop)
        elif blob[:1] == b"\x1c" and found.photoshop.iim is None:
            found.photoshop.iim = blob
    elif kind in ("exif", "app1") and found.exif is None:
        found.exif = blob
    elif kind == "xmp" and found.xmp is None:
        found.xmp = blob


def inflate(blob: bytes) -> bytes:
    """zlib with an output cap, so a compression bomb ends as an error, not a full memory."""
    inflater = zlib.decompressobj()
    out = inflater.decompress(blob, MAX_XMP_BYTES)
    if inflater.unconsumed_tail:
        raise zlib.error("decompressed text is over the size limit")
    return out


def webp_embedded(data: bytes) -> Embedded:
    """RIFF chunks: VP8X/VP8/VP8L size, EXIF and "XMP " chunks; pixels are VP8/VP8L/ALPH."""
    found = Embedded("WEBP")
    pos, count = 12, 0
    while pos + 8 <= len(data) and count < MAX_CHUNKS:
        kind, length = struct.unpack_from("<4sI", data, pos)
        body = data[pos + 8:pos + 8 + length]
        if kind == b"VP8X" and len(body) >= 10:
            found.width = 1 + int.from_bytes(body[4:7], "little")
            found.height = 1 + int.from_bytes(body[7:10], "little")
        elif kind == b"VP8 " and len(body) >= 10 and found.width is None:
            found.width = struct.unpack_from("<H", body, 6)[0] & 0x3FFF
            found.height = struct.unpack_from("<H", body, 8)[0] & 0x3FFF
        elif kind == b"VP8L" and len(body) >= 5 and found.width is None:
            bits = int.from_bytes(body[1:5], "little")
            found.width, found.height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        elif kind == b"EXIF" and found.exif is None:
            found.exif = body
        elif kind == b"XMP " and found.xmp is None:
            found.xmp = body
        if kind in (b"VP8 ", b"VP8L", b"ALPH"):
            found.image_ranges.append((pos + 8, pos + 8 + len(body)))
        pos += 8 + length + (length & 1)
        count += 1
    if count == 0:
        found.warnings.append("WebP has no chunks")
    return found
