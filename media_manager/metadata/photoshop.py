"""Photoshop image resources (IRB, "8BIM" blocks): reading them and writing them back.

APP13 "Photoshop 3.0" segments (and TIFF tag 34377, PSD files, PNG raw profiles)
hold a list of image resources; 0x0404 is the IIM block and 0x0425 its MD5 digest,
which tells Metadata Working Group readers whether the XMP was written after the
IIM (digest matches) or the IIM was edited by an XMP-unaware tool (mismatch).
The writer replaces 0x0404 and 0x0425 and re-emits every other resource as read.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
IRB_SIGNATURES = (b"8BIM", b"PHUT", b"AgHg", b"DCSR", b"MeSa")
RESOURCE_IPTC = 0x0404
RESOURCE_XMP = 0x0424
RESOURCE_IPTC_DIGEST = 0x0425
MAX_RESOURCES = 2000


@dataclass
class PhotoshopResources:
    """The resources a photo desk cares about, from one or more IRB blocks."""

    iim: bytes | None = None
    iptc_digest: bytes | None = None
    xmp: bytes | None = None
    warnings: list[str] = field(default_factory=list)


class Resource(NamedTuple):
    """One image resource; ``name`` is the raw even-padded Pascal name field, as stored,
    so a writer can re-emit resources it does not manage unchanged."""

    signature: bytes
    resource_id: int
    name: bytes
    data: bytes
    complete: bool  # False when the block ends before the declared size


def irb_resources(block: bytes, warnings: list[str]) -> Iterator[Resource]:
    """Walk image resources: signature, id, even-padded Pascal name, size, even-padded data.

    Bounded (``MAX_RESOURCES``); stops at the first bad signature or a truncated one.
    """
    pos, count = 0, 0
    while pos + 12 <= len(block) and count < MAX_RESOURCES:
        signature = block[pos:pos + 4]
        if signature not in IRB_SIGNATURES:
            if block[pos:].strip(b"\x00"):
                warnings.append(f"Photoshop resources: bad signature at byte {pos}")
            return
        resource_id = struct.unpack_from(">H", block, pos + 4)[0]
        name_end = pos + 6 + ((block[pos + 6] + 2) & ~1)  # length byte + name, padded to even
        if name_end + 4 > len(block):
            return
        size = struct.unpack_from(">I", block, name_end)[0]
        data = block[name_end + 4:name_end + 4 + size]
        if len(data) < size:
            warnings.append(f"Photoshop resource 0x{resource_id:04X} is truncated")
        yield Resource(signature, resource_id, block[pos + 6:name_end], data, len(data) == size)
        pos = name_end + 4 + size + (size & 1)
        count += 1


def parse_irb(block: bytes, into: PhotoshopResources | None = None) -> PhotoshopResources:
    """The resources a photo desk cares about (first IIM, its digest, XMP) from one block."""
    found = into or PhotoshopResources()
    for resource in irb_resources(block, found.warnings):
        if resource.resource_id == RESOURCE_IPTC and found.iim is None:
            found.iim = resource.data
        elif resource.resource_id == RESOURCE_IPTC_DIGEST and len(resource.data) == 16 \
                and found.iptc_digest is None:
            found.iptc_digest = resource.data
        elif resource.resource_id == RESOURCE_XMP and found.xmp is None:
            found.xmp = resource.data
    return found


def iim_digest(iim_bytes: bytes) -> bytes:
    """MD5 of the IIM block, as stored in Photoshop resource 0x0425."""
    return hashlib.md5(iim_bytes).digest()


def join_app13(payloads: list[bytes]) -> bytes:
    """One resource block from the payloads of every Photoshop APP13 segment, in order."""
    return b"".join(p[len(PHOTOSHOP_HEADER):] for p in payloads
                    if p.startswith(PHOTOSHOP_HEADER))


def split_app13(irb: bytes, room: int) -> list[bytes]:
    """APP13 payloads carrying ``irb``, split when it does not fit one segment's ``room``."""
    room -= len(PHOTOSHOP_HEADER)
    return [PHOTOSHOP_HEADER + irb[i:i + room] for i in range(0, len(irb), room)]


def encode_resource(resource_id: int, name: bytes, data: bytes,
                    signature: bytes = b"8BIM") -> bytes:
    """One image resource, data padded to an even length."""
    pad = b"\x00" if len(data) % 2 else b""
    return (signature + resource_id.to_bytes(2, "big") + name + len(data).to_bytes(4, "big")
            + data + pad)


def iim_resources(iim: bytes) -> bytes:
    """0x0404 (the IIM record) followed by 0x0425 (its MD5 digest)."""
    return (encode_resource(RESOURCE_IPTC, b"\x00\x00", iim)
            + encode_resource(RESOURCE_IPTC_DIGEST, b"\x00\x00", iim_digest(iim)))


def replace_iim(irb: bytes, iim: bytes | None) -> bytes:
    """The resource block with 0x0404 replaced and 0x0425 set to its MD5; others untouched."""
    out: list[bytes] = []
    placed = False
    for resource in irb_resources(irb, warnings=[]):
        if not resource.complete:
            break  # a truncated resource is dropped rather than re-emitted shortened
        if resource.resource_id in (RESOURCE_IPTC, RESOURCE_IPTC_DIGEST):
            if not placed and iim is not None:
                out.append(iim_resources(iim))
            placed = True
            continue
        out.append(encode_resource(resource.resource_id, resource.name, resource.data,
                                   resource.signature))
    if not placed and iim is not None:
        out.append(iim_resources(iim))
    return b"".join(out)
