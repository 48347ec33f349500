"""IPTC IIM inside Photoshop image resources (8BIM), and its character sets.

APP13 "Photoshop 3.0" segments (and TIFF tag 34377, PSD files, PNG raw profiles)
hold a list of image resources; 0x0404 is the IIM block and 0x0425 its MD5 digest,
which tells Metadata Working Group readers whether the XMP was written after the
IIM (digest matches) or the IIM was edited by an XMP-unaware tool (mismatch).
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from media_manager.fields import FIELDS, IIM_CODED_CHARACTER_SET, IIM_TIME_CREATED, IIM_UTF8_MARKER
from media_manager.metadata.charset import decode_legacy_text

PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
IRB_SIGNATURES = (b"8BIM", b"PHUT", b"AgHg", b"DCSR", b"MeSa")
RESOURCE_IPTC = 0x0404
RESOURCE_XMP = 0x0424
RESOURCE_IPTC_DIGEST = 0x0425
MAX_RESOURCES = 2000
MAX_DATASETS = 10000

_FIELD_DATASETS: dict[tuple[int, int], str] = {f.iim: f.name for f in FIELDS if f.iim}
_REPEATABLE: frozenset[tuple[int, int]] = frozenset(f.iim for f in FIELDS if f.iim and f.repeatable)


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
        _keep(found, resource.resource_id, resource.data)
    return found


def _keep(found: PhotoshopResources, resource_id: int, data: bytes) -> None:
    if resource_id == RESOURCE_IPTC and found.iim is None:
        found.iim = data
    elif resource_id == RESOURCE_IPTC_DIGEST and len(data) == 16 and found.iptc_digest is None:
        found.iptc_digest = data
    elif resource_id == RESOURCE_XMP and found.xmp is None:
        found.xmp = data


def iim_digest(iim_bytes: bytes) -> bytes:
    """MD5 of the IIM block, as stored in Photoshop resource 0x0425."""
    return hashlib.md5(iim_bytes).digest()


def parse_datasets(block: bytes) -> tuple[list[tuple[int, int, bytes]], list[str]]:
    """(record, dataset, value) in order, with extended-length datasets; bounded."""
    datasets: list[tuple[int, int, bytes]] = []
    warnings: list[str] = []
    pos = 0
    while pos + 5 <= len(block) and len(datasets) < MAX_DATASETS:
        if block[pos] != 0x1C:
            if block[pos:].strip(b"\x00"):
                warnings.append(f"IPTC: bad dataset marker 0x{block[pos]:02X} at byte {pos}")
            break
        record, number, length = block[pos + 1], block[pos + 2], struct.unpack_from(
            ">H", block, pos + 3)[0]
        pos += 5
        if length & 0x8000:  # extended dataset: the low bits give the size of the length
            width = length & 0x7FFF
            if width > 8 or pos + width > len(block):
                warnings.append(f"IPTC: bad extended length in {record}:{number}")
                break
            length = int.from_bytes(block[pos:pos + width], "big")
            pos += width
        if pos + length > len(block):
            warnings.append(f"IPTC: dataset {record}:{number} runs past the end; ignored")
            break
        datasets.append((record, number, block[pos:pos + length]))
        pos += length
    return datasets, warnings


@dataclass
class IimReading:
    """Canonical fields from one IIM block, decoded by the project's charset rule."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    charset: str = "undeclared"
    digest: bytes = b""
    warnings: list[str] = field(default_factory=list)


def read_iim(block: bytes) -> IimReading:
    """Decode the record 2 datasets of the table of fields from an IIM block."""
    reading = IimReading(digest=iim_digest(block))
    datasets, reading.warnings = parse_datasets(block)
    utf8 = _declared_utf8(coded_character_set(datasets), reading)
    date = time = None
    for record, number, raw in datasets:
        key = (record, number)
        if key == IIM_TIME_CREATED:
            time = raw.decode("ascii", errors="replace").strip()
            continue
        name = _FIELD_DATASETS.get(key)
        if name is None:
            continue
        text = decode_legacy_text(raw, utf8, reading.warnings).rstrip("\x00").strip()
        if name == "date_created":
            date = text
        elif not text:
            continue
        elif key in _REPEATABLE:
            reading.fields.setdefault(name, [])
            reading.fields[name].append(text)  # type: ignore[union-attr]
        elif name not in reading.fields:
            reading.fields[name] = text
    iso = iim_date_time(date, time)
    if iso:
        reading.fields["date_created"] = iso
    return reading


def coded_character_set(datasets: Iterable[tuple[int, int, bytes]]) -> bytes | None:
    """The record's 1:90 declaration (the first one), if any."""
    return next((v for r, n, v in datasets if (r, n) == IIM_CODED_CHARACTER_SET), None)


def declares_utf8(declared: bytes | None) -> bool:
    """Whether a 1:90 value is the UTF-8 escape ``ESC % G``."""
    return declared is not None and declared.strip() == IIM_UTF8_MARKER


def _declared_utf8(declared: bytes | None, reading: IimReading) -> bool:
    """Note the record's charset on ``reading``; another declared set is decoded best effort."""
    if declared is None:
        reading.charset = "undeclared"
    elif declares_utf8(declared):
        reading.charset = "utf-8"
    else:
        reading.charset = declared.hex()
        reading.warnings.append(
            f"IPTC declares character set {declared!r}; decoded as UTF-8 or cp1252 (best effort)")
    return declares_utf8(declared)


_IIM_TIME = re.compile(r"(\d{2}):?(\d{2}):?(\d{2})(\.\d+)?(?:([+-])(\d{2}):?(\d{2}))?")


def iim_date_time(date: str | None, time: str | None) -> str | None:
    """2:55 CCYYMMDD + 2:60 HHMMSS±HHMM as ISO 8601 ("2017-09-14T10:22:05+03:00").

    Unknown parts are zeros in IIM ("20170000"): the ISO date is cut there ("2017").
    """
    date = (date or "").replace("-", "").replace(":", "")
    if len(date) < 8 or not date[:8].isdigit() or date[:4] == "0000":
        return None
    if date[4:6] == "00":
        return date[:4]
    if date[6:8] == "00":
        return f"{date[:4]}-{date[4:6]}"
    iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}"
    match = _IIM_TIME.match(time or "")
    if match:
        hour, minute, second, fraction, sign, zone_hour, zone_minute = match.groups()
        iso += f"T{hour}:{minute}:{second}{fraction or ''}"
        if sign:
            iso += f"{sign}{zone_hour}:{zone_minute}"
    return iso
