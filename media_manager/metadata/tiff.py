"""A small, bounded TIFF/EXIF IFD reader.

EXIF blocks (JPEG APP1, PNG eXIf, WebP EXIF, HEIF) and whole TIFF files share one
layout: a byte-order header and chains of IFDs. This reader only follows the
pointers it is asked for, caps entry counts and value sizes, and remembers the
offsets it has visited, so a fuzzed file cannot make it loop or allocate much.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from media_manager.metadata.charset import decode_legacy_text

MAX_ENTRIES = 1000  # per IFD; real files have < 200
MAX_VALUE_BYTES = 20 * 1024 * 1024  # one tag's value (e.g. XMP in tag 700)
MAX_IFDS = 16  # IFD0, Exif, GPS, Interop, IFD1 ... and a few more

# TIFF field type -> (bytes per item, struct code or None for bytes)
_TYPES: dict[int, tuple[int, str | None]] = {
    1: (1, None), 2: (1, None), 3: (2, "H"), 4: (4, "I"), 5: (8, "II"), 6: (1, "b"),
    7: (1, None), 8: (2, "h"), 9: (4, "i"), 10: (8, "ii"), 11: (4, "f"), 12: (8, "d"),
    13: (4, "I"), 16: (8, "Q"), 17: (8, "q"), 18: (8, "Q"),
}

EXIF_IFD_POINTER = 0x8769
GPS_IFD_POINTER = 0x8825


class TiffError(ValueError):
    """The block is not TIFF-structured data we can follow."""


@dataclass
class Ifd:
    """Tag number -> value: bytes for BYTE/ASCII/UNDEFINED (and long arrays), else numbers."""

    tags: dict[int, bytes | tuple] = field(default_factory=dict)
    types: dict[int, int] = field(default_factory=dict)
    next_offset: int = 0


@dataclass
class TiffReader:
    """Random access to one TIFF-structured block (bytes held in memory)."""

    data: bytes
    warnings: list[str] = field(default_factory=list)
    _visited: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        head = self.data[:8]
        if len(head) == 8 and head[:4] in (b"II*\x00", b"MM\x00*"):
            self.order = "<" if head[:2] == b"II" else ">"
            self.first_ifd = struct.unpack(self.order + "I", head[4:8])[0]
        else:
            raise TiffError("not a TIFF header")

    def read_ifd(self, offset: int, name: str = "IFD",
                 wanted: frozenset[int] | None = None) -> Ifd | None:
        """The IFD at ``offset`` (only ``wanted`` tags decoded, if given), or None (with a
        warning) if it is bad or already seen."""
        if offset in self._visited:
            self.warnings.append(f"{name} points back to an IFD already read (loop)")
            return None
        if len(self._visited) >= MAX_IFDS:
            self.warnings.append("too many IFDs; stopped")
            return None
        if offset < 8 or offset + 2 > len(self.data):
            self.warnings.append(f"bad {name} offset {offset}")
            return None
        self._visited.add(offset)
        count = struct.unpack_from(self.order + "H", self.data, offset)[0]
        if count > MAX_ENTRIES or offset + 2 + 12 * count > len(self.data):
            self.warnings.append(f"bad {name} directory ({count} entries)")
            return None
        ifd = Ifd()
        for index in range(count):
            entry = offset + 2 + 12 * index
            if wanted is None or _tag_at(self.data, entry, self.order) in wanted:
                self._read_entry(entry, ifd, name)
        end = offset + 2 + 12 * count
        if end + 4 <= len(self.data):
            ifd.next_offset = struct.unpack_from(self.order + "I", self.data, end)[0]
        return ifd

    def _read_entry(self, pos: int, ifd: Ifd, name: str) -> None:
        tag, kind, count = struct.unpack_from(self.order + "HHI", self.data, pos)
        if kind not in _TYPES:
            return
        size, code = _TYPES[kind]
        total = size * count
        if total > MAX_VALUE_BYTES:
            self.warnings.append(f"{name} tag 0x{tag:04x} declares {total} bytes; skipped")
            return
        if total <= 4:
            start = pos + 8
        else:
            start = struct.unpack_from(self.order + "I", self.data, pos + 8)[0]
            if start + total > len(self.data):
                self.warnings.append(f"{name} tag 0x{tag:04x} points outside the data; skipped")
                return
        raw = self.data[start:start + total]
        ifd.types[tag] = kind
        if code is None:
            ifd.tags[tag] = raw
        else:
            # long numeric arrays (e.g. IPTC typed LONG) stay raw bytes
            ifd.tags[tag] = struct.unpack(self.order + code * count, raw) if count < 4096 else raw

    def sub_ifd(self, parent: Ifd, pointer_tag: int, name: str,
                wanted: frozenset[int] | None = None) -> Ifd | None:
        """Follow a pointer tag (Exif, GPS) from ``parent``; None if absent or bad."""
        value = parent.tags.get(pointer_tag)
        if not isinstance(value, tuple) or not value:
            return None
        return self.read_ifd(int(value[0]), name, wanted)


def _tag_at(data: bytes, entry: int, order: str) -> int:
    return (data[entry] << 8 | data[entry + 1]) if order == ">" else (
        data[entry + 1] << 8 | data[entry])


def ascii_value(raw: bytes | tuple | None) -> str | None:
    """A TIFF text value: up to the first NUL, strict UTF-8 else cp1252, trimmed."""
    if not isinstance(raw, bytes):
        return None
    return decode_text(raw.split(b"\x00", 1)[0])


def decode_text(raw: bytes) -> str | None:
    """EXIF text never declares a charset: the undeclared rule, trimmed; blank -> None."""
    return decode_legacy_text(raw).strip() or None


def first_int(raw: bytes | tuple | None) -> int | None:
    """The first number of a numeric tag, or None."""
    if isinstance(raw, tuple) and raw and isinstance(raw[0], int):
        return raw[0]
    return None
