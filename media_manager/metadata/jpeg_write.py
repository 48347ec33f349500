"""Rebuild a JPEG's metadata segments, keeping everything else byte-for-byte.

Only the segments before SOS are touched. The Exif APP1, the XMP APP1s (main and
extended) and the Photoshop APP13s are replaced; ICC profiles, Adobe APP14,
comments and maker APPn segments are kept as they were, and the compressed
image data from SOS to the end of the file is copied unchanged.
"""

from __future__ import annotations

from media_manager.metadata.exif import EXIF_HEADER
from media_manager.metadata.photoshop import join_app13, parse_irb, split_app13
from media_manager.metadata.segments import (
    APP1,
    APP13,
    MAX_SEGMENT_PAYLOAD,
    HeadBuffer,
    JpegStructureError,
    Segment,
    afcp_trailer,
    walk_jpeg,
)
from media_manager.metadata.xmp import EXTENDED_XMP_HEADER
from media_manager.metadata.xmp import XMP_APP1_HEADER as XMP_HEADER

SOI = b"\xff\xd8"
APP0 = 0xE0


def split_jpeg(data: bytes) -> tuple[list[Segment], bytes]:
    """The segments before SOS and the image data from the SOS marker to the end.

    The reader's walk, made strict: anything it would warn about (junk between
    segments, truncation, no SOS) is a file this writer refuses to rebuild.
    """
    if not data.startswith(SOI):
        raise JpegStructureError("not a JPEG (no SOI marker)")
    header = walk_jpeg(HeadBuffer(data))
    if header.warnings:
        raise JpegStructureError(header.warnings[0])
    if header.sos_offset is None:
        raise JpegStructureError("no image data (SOS marker missing)")
    return header.segments, data[header.sos_offset:]


def image_data(data: bytes) -> bytes:
    """The compressed image data from SOS on, without an AFCP metadata trailer: what a
    write must never change."""
    _segments, image = split_jpeg(data)
    end = afcp_trailer(data)
    return image if end is None else image[:end - (len(data) - len(image))]


def photoshop_irb(segments: list[Segment]) -> bytes:
    """The Photoshop resource block, joined across every Photoshop APP13 segment."""
    return join_app13([s.payload for s in segments if s.kind == "photoshop"])


def photoshop_segments(irb: bytes) -> list[Segment]:
    """APP13 segments carrying ``irb``, split when it does not fit one segment."""
    return [Segment(APP13, payload) for payload in split_app13(irb, MAX_SEGMENT_PAYLOAD)]


def iim_from_segments(segments: list[Segment]) -> bytes | None:
    """The IIM record inside the Photoshop APP13 segments, if any."""
    return parse_irb(photoshop_irb(segments)).iim


def xmp_segments(packet: bytes | None, extended: bytes | None = None,
                 guid: str | None = None) -> list[Segment]:
    """The main XMP APP1 and, for Extended XMP, chunks of GUID + full length + offset."""
    if packet is None:
        return []
    segments = [Segment(APP1, XMP_HEADER + packet)]
    if extended is None or guid is None:
        return segments
    room = MAX_SEGMENT_PAYLOAD - len(EXTENDED_XMP_HEADER) - 32 - 8
    total = len(extended).to_bytes(4, "big")
    for offset in range(0, len(extended), room):
        head = EXTENDED_XMP_HEADER + guid.encode("ascii") + total + offset.to_bytes(4, "big")
        segments.append(Segment(APP1, head + extended[offset:offset + room]))
    return segments


def refuse_unsafe(segments: list[Segment]) -> None:
    """Layouts whose absolute offsets a rewrite would break: refuse rather than damage."""
    if sum(s.kind == "exif" for s in segments) > 1:
        raise JpegStructureError("more than one EXIF APP1 segment (multi-segment EXIF)")


def before_mpf(segments: list[Segment], rewritten: list[Segment]) -> list[Segment]:
    """Move rewritten segments ahead of an MPF APP2 segment.

    MPF offsets are relative to the MPF header and point past EOI, so a segment
    that changes size after the MPF header would break them; one before it moves
    both by the same amount.
    """
    mpf = next((i for i, s in enumerate(segments)
                if s.marker == 0xE2 and s.payload.startswith(b"MPF\x00")), None)
    if mpf is None:
        return segments
    moved = [s for s in segments[mpf:] if any(s is r for r in rewritten)]
    rest = [s for s in segments[mpf:] if not any(s is r for r in rewritten)]
    return segments[:mpf] + moved + rest


def rebuild_jpeg(data: bytes, *, exif: bytes | None, xmp: list[Segment],
                 photoshop: list[Segment]) -> bytes:
    """The file with new Exif (TIFF block), XMP and Photoshop segments; the rest unchanged.

    Exif goes where the old one was (else after JFIF APP0), XMP right after Exif,
    APP13 where the old one was (else before the first non-APPn segment, e.g. DQT).
    An AFCP trailer is kept with its absolute offsets moved by the header's change in
    size (``AXS!``), or dropped when they cannot be (the caller warns either way).
    """
    segments, _image = split_jpeg(data)
    refuse_unsafe(segments)
    image = image_data(data)
    exif_segment = [Segment(APP1, EXIF_HEADER + exif)] if exif is not None else []
    kept: list[Segment] = []
    seen_exif = seen_photoshop = False
    for segment in segments:
        kind = segment.kind
        if kind == "exif" and not seen_exif:
            kept += exif_segment + xmp
            seen_exif = True
        elif kind == "photoshop":
            if not seen_photoshop:
                kept += photoshop
            seen_photoshop = True
        elif kind not in ("xmp", "xmp-ext"):
            kept.append(segment)
    if not seen_exif:
        at = next((i for i, s in enumerate(kept) if s.marker != APP0), len(kept))
        kept[at:at] = exif_segment + xmp
    if not seen_photoshop and photoshop:
        at = next((i for i, s in enumerate(kept) if not 0xE0 <= s.marker <= 0xEF), len(kept))
        kept[at:at] = photoshop
    kept = before_mpf(kept, [*exif_segment, *xmp, *photoshop])
    head = SOI + b"".join(s.encode() for s in kept)
    start = afcp_trailer(data)
    if start is None:
        return head + image
    return head + image + moved_afcp(data[start:], start, len(head) - (len(data) - len(_image)))


def moved_afcp(trailer: bytes, start: int, delta: int) -> bytes:
    """The AFCP trailer with every absolute offset moved by ``delta``; empty (dropped)
    when it is not the absolute kind (``AXS!``) or its directory does not fit."""
    count = int.from_bytes(trailer[6:8], "big")
    if not trailer.startswith(b"AXS!") or 12 + 12 * count + 12 > len(trailer):
        return b""
    out = bytearray(trailer)
    for entry in range(12, 12 + 12 * count, 12):
        offset = int.from_bytes(trailer[entry + 8:entry + 12], "big")
        out[entry + 8:entry + 12] = (offset + delta).to_bytes(4, "big")
    out[-8:-4] = (start + delta).to_bytes(4, "big")
    return bytes(out)
