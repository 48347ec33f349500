"""Rebuild a JPEG's metadata segments, keeping everything else byte-for-byte.

Only the segments before SOS are touched. The Exif APP1, the XMP APP1s (main and
extended) and the Photoshop APP13s are replaced; ICC profiles, Adobe APP14,
comments and maker APPn segments are kept as they were, and the compressed
image data from SOS to the end of the file is copied unchanged.
"""

from __future__ import annotations

import hashlib

from media_manager.metadata.exif import EXIF_HEADER
from media_manager.metadata.iim import (
    PHOTOSHOP_HEADER,
    RESOURCE_IPTC,
    RESOURCE_IPTC_DIGEST,
    irb_resources,
    parse_irb,
)
from media_manager.metadata.segments import (
    APP1,
    APP13,
    MAX_SEGMENT_PAYLOAD,
    HeadBuffer,
    JpegStructureError,
    Segment,
    walk_jpeg,
)
from media_manager.metadata.xmp import EXTENDED_XMP_HEADER, extended_chunks
from media_manager.metadata.xmp import XMP_APP1_HEADER as XMP_HEADER

SOI = b"\xff\xd8"
APP0 = 0xE0
IRB_IIM, IRB_IIM_DIGEST = RESOURCE_IPTC, RESOURCE_IPTC_DIGEST


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
    """The compressed image data from SOS on: what a write must never change."""
    return split_jpeg(data)[1]


def photoshop_irb(segments: list[Segment]) -> bytes:
    """The Photoshop resource block, joined across every Photoshop APP13 segment."""
    return b"".join(s.payload[len(PHOTOSHOP_HEADER):] for s in segments if s.kind == "photoshop")


def encode_resource(resource_id: int, name: bytes, data: bytes,
                    signature: bytes = b"8BIM") -> bytes:
    """One image resource, data padded to an even length."""
    pad = b"\x00" if len(data) % 2 else b""
    return signature + resource_id.to_bytes(2, "big") + name + len(data).to_bytes(4, "big") + data + pad


def replace_iim_in_irb(irb: bytes, iim: bytes | None) -> bytes:
    """The resource block with 0x0404 replaced and 0x0425 set to its MD5; others untouched."""
    out: list[bytes] = []
    placed = False
    for resource in irb_resources(irb, warnings=[]):
        if not resource.complete:
            break  # a truncated resource is dropped rather than re-emitted shortened
        if resource.resource_id in (IRB_IIM, IRB_IIM_DIGEST):
            if not placed and iim is not None:
                out.append(iim_resources(iim))
            placed = True
            continue
        out.append(encode_resource(resource.resource_id, resource.name, resource.data,
                                   resource.signature))
    if not placed and iim is not None:
        out.append(iim_resources(iim))
    return b"".join(out)


def iim_resources(iim: bytes) -> bytes:
    """0x0404 (the IIM record) followed by 0x0425 (its MD5 digest)."""
    return (encode_resource(IRB_IIM, b"\x00\x00", iim)
            + encode_resource(IRB_IIM_DIGEST, b"\x00\x00", hashlib.md5(iim).digest()))


def photoshop_segments(irb: bytes) -> list[Segment]:
    """APP13 segments carrying ``irb``, split when it does not fit one segment."""
    room = MAX_SEGMENT_PAYLOAD - len(PHOTOSHOP_HEADER)
    return [Segment(APP13, PHOTOSHOP_HEADER + irb[i:i + room]) for i in range(0, len(irb), room)]


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


def extended_xmp(segments: list[Segment]) -> dict[str, bytes]:
    """Extended XMP packets joined by GUID (chunks may arrive in any order)."""
    groups = extended_chunks([s.payload for s in segments if s.kind == "xmp-ext"])
    return {guid: b"".join(group["parts"][offset] for offset in sorted(group["parts"]))
            for guid, group in groups.items()}


def refuse_unsafe(segments: list[Segment], image: bytes) -> None:
    """Layouts whose absolute offsets a rewrite would break: refuse rather than damage."""
    if sum(s.kind == "exif" for s in segments) > 1:
        raise JpegStructureError("more than one EXIF APP1 segment (multi-segment EXIF)")
    if image[-12:-8] in (b"AXS!", b"AXS*"):
        raise JpegStructureError("an AFCP trailer holds absolute file offsets")


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
    """
    segments, image = split_jpeg(data)
    refuse_unsafe(segments, image)
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
    return SOI + b"".join(s.encode() for s in kept) + image
