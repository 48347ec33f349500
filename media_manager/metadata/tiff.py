"""A small, bounded TIFF/EXIF IFD reader, and the few IFD edits the EXIF writer makes.

EXIF blocks (JPEG APP1, PNG eXIf, WebP EXIF, HEIF) and whole TIFF files share one
layout: a byte-order header and chains of IFDs. The reader only follows the
pointers it is asked for, caps entry counts and value sizes, and remembers the
offsets it has visited, so a fuzzed file cannot make it loop or allocate much.
The writer walks the same directories (:meth:`TiffReader.directory`) and never
moves data already in the block: maker notes and sub-IFDs use absolute offsets.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

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
ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 2, 3, 4, 5, 7


class TiffError(ValueError):
    """The block is not TIFF-structured data we can follow."""


class Entry(NamedTuple):
    """One raw IFD entry: where it sits, its tag, type, count and 4-byte value field."""

    pos: int
    tag: int
    kind: int
    count: int
    field: bytes


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

    @property
    def byteorder(self) -> Literal["little", "big"]:
        return "little" if self.order == "<" else "big"

    def directory(self, offset: int) -> list[Entry]:
        """The raw entries of the IFD at ``offset``; TiffError when they do not fit."""
        count = self.entry_count(offset)
        entries = []
        for pos in range(offset + 2, offset + 2 + 12 * count, 12):
            tag, kind, number = struct.unpack_from(self.order + "HHI", self.data, pos)
            entries.append(Entry(pos, tag, kind, number, self.data[pos + 8:pos + 12]))
        return entries

    def entry_count(self, offset: int) -> int:
        """How many entries the IFD at ``offset`` has; TiffError when they do not fit."""
        if offset < 8 or offset + 2 > len(self.data):
            raise TiffError(f"offset {offset}")
        count = struct.unpack_from(self.order + "H", self.data, offset)[0]
        if count > MAX_ENTRIES or offset + 2 + 12 * count > len(self.data):
            raise TiffError(f"directory ({count} entries)")
        return count

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
        try:
            count = self.entry_count(offset)
        except TiffError as problem:
            self.warnings.append(f"bad {name} {problem}")
            return None
        self._visited.add(offset)
        ifd = Ifd()
        data, layout = self.data, self.order + "HHI"
        end = offset + 2 + 12 * count
        for pos in range(offset + 2, end, 12):  # an entry is made only for a tag wanted
            tag, kind, number = struct.unpack_from(layout, data, pos)
            if wanted is None or tag in wanted:
                self._read_entry(Entry(pos, tag, kind, number, data[pos + 8:pos + 12]), ifd, name)
        if end + 4 <= len(self.data):
            ifd.next_offset = struct.unpack_from(self.order + "I", self.data, end)[0]
        return ifd

    def _read_entry(self, entry: Entry, ifd: Ifd, name: str) -> None:
        pos, tag, kind, count, value_field = entry
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
            start = int.from_bytes(value_field, self.byteorder)
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


# --- writing: new ASCII values in IFD0, nothing already there moved -------------------------


def patch_texts(tiff: TiffReader, ifd0: list[Entry], changes: Mapping[int, str | None]
                ) -> bytes | None:
    """Overwrite ASCII values where they are when every new one fits; else None."""
    order = tiff.byteorder
    by_tag = {entry.tag: entry for entry in ifd0}
    out = bytearray(tiff.data)
    for tag, text in changes.items():
        entry = by_tag.get(tag)
        if text is None or entry is None or entry.kind != ASCII:
            return None
        value = text.encode("utf-8") + b"\x00"
        if len(value) <= 4:
            out[entry.pos + 8:entry.pos + 12] = value.ljust(4, b"\x00")
        elif entry.count > 4 and len(value) <= entry.count:
            start = int.from_bytes(entry.field, order)
            out[start:start + entry.count] = value.ljust(entry.count, b"\x00")
        else:
            return None
        out[entry.pos + 4:entry.pos + 8] = len(value).to_bytes(4, order)
    return bytes(out)


def append_ifd0(tiff: TiffReader, ifd0: list[Entry], link: bytes,
                changes: Mapping[int, str | None]) -> bytes:
    """A rewritten IFD0 and its new strings appended; the header points at it."""
    order = tiff.byteorder
    kept = {entry.tag: entry for entry in ifd0 if entry.tag not in changes}
    strings = {tag: text.encode("utf-8") + b"\x00" for tag, text in changes.items() if text}
    tags = sorted(set(kept) | set(strings))
    out = bytearray(tiff.data)
    if len(out) % 2:
        out += b"\x00"
    ifd_at = len(out)
    data_at = ifd_at + 2 + 12 * len(tags) + 4
    ifd, data = bytearray(len(tags).to_bytes(2, order)), bytearray()
    for tag in tags:
        if tag in kept:
            _pos, _tag, kind, count, value_field = kept[tag]
        else:
            kind, count, value = ASCII, len(strings[tag]), strings[tag]
            if count <= 4:
                value_field = value.ljust(4, b"\x00")
            else:
                value_field = (data_at + len(data)).to_bytes(4, order)
                data += value + (b"\x00" if len(value) % 2 else b"")
        ifd += (tag.to_bytes(2, order) + kind.to_bytes(2, order)
                + count.to_bytes(4, order) + value_field)
    out += ifd + link + data
    out[4:8] = ifd_at.to_bytes(4, order)
    return bytes(out)


def ifd_block(entries: list[tuple[int, int, int, bytes]], at: int) -> bytes:
    """A big-endian IFD at offset ``at`` with its out-of-line values after it; no next IFD."""
    entries = sorted(entries)
    data_at = at + 2 + 12 * len(entries) + 4
    ifd, data = bytearray(len(entries).to_bytes(2, "big")), bytearray()
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            value_field = value.ljust(4, b"\x00")
        else:
            value_field = (data_at + len(data)).to_bytes(4, "big")
            data += value + (b"\x00" if len(value) % 2 else b"")
        ifd += tag.to_bytes(2, "big") + kind.to_bytes(2, "big") + count.to_bytes(4, "big") \
            + value_field
    return bytes(ifd + b"\x00\x00\x00\x00" + data)
