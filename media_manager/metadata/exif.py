"""EXIF: the few IFD0/ExifIFD/GPS tags a photo desk needs, read and written back.

A hand-rolled, bounded IFD walk (see :mod:`tiff`) rather than exifread: it reads
only the tags below, which keeps a header read in the tens of microseconds.

Writing sets or clears IFD0 ImageDescription, Artist and Copyright: MWG readers
let a non-blank EXIF caption, artist or copyright win over IIM and XMP, so these
are kept in step with description, creator and copyright_notice. Nothing already
in the block moves: a value is patched in place when it fits, otherwise a new
IFD0 (and its strings) is appended and the TIFF header pointed at it. The
writer's check reads the new block with :func:`read_exif`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from media_manager.fields import FIELDS, empty
from media_manager.metadata.tiff import (
    ASCII,
    EXIF_IFD_POINTER,
    GPS_IFD_POINTER,
    LONG,
    RATIONAL,
    SHORT,
    UNDEFINED,
    Entry,
    Ifd,
    TiffError,
    TiffReader,
    append_ifd0,
    ascii_value,
    decode_text,
    ifd_block,
    patch_texts,
)

EXIF_HEADER = b"Exif\x00\x00"
MAX_TIFF_BLOCK = 65533 - 6  # an APP1 segment minus "Exif\0\0"

# canonical field -> IFD0 tag, from the table of fields
_FIELD_TAGS: dict[str, int] = {f.name: f.exif_tag for f in FIELDS if f.exif_tag is not None}
_MAKE, _MODEL = 0x010F, 0x0110
_DATE_TIME_ORIGINAL, _OFFSET_TIME_ORIGINAL, _SUBSEC_TIME_ORIGINAL = 0x9003, 0x9011, 0x9291
#: Only these tags are decoded; the rest of each IFD is skipped unread.
IFD0_TAGS = frozenset(_FIELD_TAGS.values()) | {_MAKE, _MODEL, EXIF_IFD_POINTER, GPS_IFD_POINTER}
_EXIF_IFD_TAGS = frozenset({_DATE_TIME_ORIGINAL, _OFFSET_TIME_ORIGINAL, _SUBSEC_TIME_ORIGINAL})
_GPS_TAGS = frozenset({1, 2, 3, 4})
_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")


@dataclass
class ExifReading:
    """Descriptive fields and technical facts found in one EXIF block."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    technical: dict[str, object] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def strip_exif_header(block: bytes) -> bytes:
    """EXIF blocks sometimes carry the JPEG "Exif\\0\\0" prefix (PNG eXIf, WebP, HEIF)."""
    if block.startswith(EXIF_HEADER):
        return block[len(EXIF_HEADER):]
    return block


def read_exif(block: bytes) -> ExifReading:
    """Parse a TIFF-structured EXIF block; never raises for bad data."""
    reading = ExifReading()
    try:
        tiff = TiffReader(strip_exif_header(block))
    except TiffError:
        reading.warnings.append("EXIF block has no TIFF header; ignored")
        return reading
    ifd0 = tiff.read_ifd(tiff.first_ifd, "IFD0", IFD0_TAGS)
    if ifd0 is not None:
        read_ifd0(tiff, ifd0, reading)
    reading.warnings.extend(f"EXIF: {w}" for w in tiff.warnings)
    return reading


def read_ifd0(tiff: TiffReader, ifd0: Ifd, reading: ExifReading) -> None:
    """Fields from IFD0 and the Exif and GPS sub-IFDs (shared with TIFF files)."""
    for name, tag in _FIELD_TAGS.items():
        raw = ifd0.tags.get(tag)
        value = copyright_value(raw) if name == "copyright_notice" else ascii_value(raw)
        if value is None:
            continue
        reading.fields[name] = artist_list(value) if name == "creator" else value
    for key, tag in (("camera_make", _MAKE), ("camera_model", _MODEL)):
        value = ascii_value(ifd0.tags.get(tag))
        if value:
            reading.technical[key] = value
    exif_ifd = tiff.sub_ifd(ifd0, EXIF_IFD_POINTER, "ExifIFD", _EXIF_IFD_TAGS)
    if exif_ifd is not None:
        when = original_date(exif_ifd)
        if when:
            reading.technical["date_time_original"] = when
    gps_ifd = tiff.sub_ifd(ifd0, GPS_IFD_POINTER, "GPS IFD", _GPS_TAGS)
    if gps_ifd is not None:
        reading.technical.update(gps_position(gps_ifd))


def copyright_value(raw: bytes | tuple | None) -> str | None:
    """EXIF Copyright holds "photographer NUL editor NUL"; ExifTool shows them on two lines."""
    if not isinstance(raw, bytes):
        return None
    parts = raw.split(b"\x00")
    photographer = decode_text(parts[0]) or ""
    editor = decode_text(parts[1]) if len(parts) > 1 else None
    text = f"{photographer}\n{editor}" if editor else photographer
    return text.strip() or None


def artist_list(value: str) -> list[str]:
    """MWG stores several creators in EXIF Artist as '; '-separated, '"'-quoted when needed."""
    values: list[str] = []
    in_quotes = False
    for part in value.split("; "):
        was_quoted = in_quotes
        if not in_quotes and part.startswith('"'):
            in_quotes, part = True, part[1:]
        if in_quotes:
            if re.search(r'(^|[^"])("")*"$', part):
                in_quotes, part = False, part[:-1]
            part = part.replace('""', '"')
        if was_quoted and values:
            values[-1] += "; " + part
        else:
            values.append(part)
    return [v for v in (v.strip() for v in values) if v]


def original_date(exif_ifd: Ifd) -> str | None:
    """DateTimeOriginal + SubSecTimeOriginal + OffsetTimeOriginal as ISO 8601."""
    text = ascii_value(exif_ifd.tags.get(_DATE_TIME_ORIGINAL))
    match = _EXIF_DATE.match(text or "")
    if not match or match.group(1) == "0000":
        return None
    y, mo, d, h, mi, s = match.groups()
    iso = f"{y}-{mo}-{d}T{h}:{mi}:{s}"
    subsec = ascii_value(exif_ifd.tags.get(_SUBSEC_TIME_ORIGINAL))
    if subsec and subsec.isdigit():
        iso += f".{subsec}"
    offset = ascii_value(exif_ifd.tags.get(_OFFSET_TIME_ORIGINAL))
    if offset and re.fullmatch(r"[+-]\d{2}:\d{2}|Z", offset):
        iso += offset
    return iso


def gps_position(gps: Ifd) -> dict[str, float]:
    """Signed decimal degrees from the GPS IFD's degree/minute/second rationals."""
    position: dict[str, float] = {}
    for key, ref_tag, value_tag, negative in (("gps_latitude", 1, 2, "S"),
                                              ("gps_longitude", 3, 4, "W")):
        degrees = _dms(gps.tags.get(value_tag))
        if degrees is None:
            continue
        ref = ascii_value(gps.tags.get(ref_tag)) or ""
        position[key] = round(-degrees if ref.upper().startswith(negative) else degrees, 7)
    return position


def _dms(raw: bytes | tuple | None) -> float | None:
    if not isinstance(raw, tuple) or len(raw) < 6:
        return None
    parts = []
    for index in range(3):
        numerator, denominator = raw[2 * index], raw[2 * index + 1]
        if not denominator:
            if numerator:
                return None
            parts.append(0.0)
            continue
        parts.append(numerator / denominator)
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    return degrees if 0 <= degrees <= 180 else None


# --- writing ---------------------------------------------------------------------------


class ExifWriteError(ValueError):
    """An EXIF block this writer cannot change safely."""


def exif_texts(values: Mapping[str, object]) -> dict[int, str | None]:
    """IFD0 tag → text (None = clear) for the fields that have an EXIF tag (MWG: several
    creators as one Artist, '; '-separated)."""
    texts: dict[int, str | None] = {}
    for name, tag in _FIELD_TAGS.items():
        value = values.get(name)
        if isinstance(value, (list, tuple)):
            value = "; ".join(v for v in value if not empty(v))
        texts[tag] = None if empty(value) else str(value)
    return texts


def set_ifd0_texts(block: bytes | None, texts: Mapping[int, str | None],
                   *, size: tuple[int, int] | None = None) -> bytes | None:
    """The TIFF block with the given IFD0 texts set (None clears); None when no EXIF is needed."""
    if block is None:
        wanted = {tag: text for tag, text in texts.items() if text is not None}
        return minimal_tiff(wanted, size) if wanted else None
    try:
        tiff = TiffReader(block)
    except TiffError:
        raise ExifWriteError("EXIF block has no valid TIFF header") from None
    try:
        ifd0 = tiff.directory(tiff.first_ifd)
    except TiffError as problem:
        raise ExifWriteError(f"EXIF IFD0 is damaged (bad {problem})") from None
    end = tiff.first_ifd + 2 + 12 * len(ifd0)
    if end + 4 > len(block):
        raise ExifWriteError("EXIF IFD0 runs past the end of the block")
    current = {e.tag: ascii_value(_value_bytes(tiff, e)) for e in ifd0 if e.kind == ASCII}
    changes = {tag: text for tag, text in texts.items() if current.get(tag) != text}
    if not changes:
        return block
    result = patch_texts(tiff, ifd0, changes) or append_ifd0(tiff, ifd0, block[end:end + 4],
                                                             changes)
    if len(result) > MAX_TIFF_BLOCK:
        raise ExifWriteError("EXIF block would not fit in one APP1 segment")
    return result


def _value_bytes(tiff: TiffReader, entry: Entry) -> bytes:
    """An ASCII entry's bytes, inline (up to 4) or at its offset."""
    if entry.count <= 4:
        return entry.field[:entry.count]
    start = int.from_bytes(entry.field, tiff.byteorder)
    return tiff.data[start:start + entry.count]


def minimal_tiff(texts: Mapping[int, str], size: tuple[int, int] | None = None) -> bytes:
    """A small valid EXIF block: the texts, resolution, and an Exif IFD with the required tags."""
    inch72 = (72).to_bytes(4, "big") + (1).to_bytes(4, "big")
    ifd0 = [(0x011A, RATIONAL, 1, inch72), (0x011B, RATIONAL, 1, inch72),
            (0x0128, SHORT, 1, (2).to_bytes(2, "big")), (0x0213, SHORT, 1, (1).to_bytes(2, "big"))]
    for tag, text in texts.items():
        value = text.encode("utf-8") + b"\x00"
        ifd0.append((tag, ASCII, len(value), value))
    exif_ifd = [(0x9000, UNDEFINED, 4, b"0232"), (0x9101, UNDEFINED, 4, b"\x01\x02\x03\x00"),
                (0xA000, UNDEFINED, 4, b"0100"), (0xA001, SHORT, 1, (1).to_bytes(2, "big"))]
    if size:
        exif_ifd += [(0xA002, LONG, 1, size[0].to_bytes(4, "big")),
                     (0xA003, LONG, 1, size[1].to_bytes(4, "big"))]
    probe = ifd_block(ifd0 + [(EXIF_IFD_POINTER, LONG, 1, b"\x00" * 4)], 8)
    exif_at = 8 + len(probe)
    ifd0.append((EXIF_IFD_POINTER, LONG, 1, exif_at.to_bytes(4, "big")))
    return b"MM\x00*\x00\x00\x00\x08" + ifd_block(ifd0, 8) + ifd_block(exif_ifd, exif_at)
