"""Set or clear EXIF IFD0 ImageDescription, Artist and Copyright without moving data.

MWG readers let a non-blank EXIF caption, artist or copyright win over IIM and
XMP, so these three are kept in step with description, creator and
copyright_notice. Maker notes and sub-IFDs use absolute offsets into the TIFF
block, so nothing already there may move: a value is patched in place when it
fits, otherwise a new IFD0 (and its strings) is appended at the end of the block
and the TIFF header is pointed at it, keeping every other entry's offset as is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from media_manager.fields import FIELDS, empty
from media_manager.metadata.charset import decode_legacy_text

ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 2, 3, 4, 5, 7
TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
EXIF_IFD_POINTER = 0x8769
MAX_TIFF_BLOCK = 65533 - 6  # an APP1 segment minus "Exif\0\0"


class ExifWriteError(ValueError):
    """An EXIF block this writer cannot change safely."""


Entry = tuple[int, int, int, bytes]  # tag, type, count, the raw 4-byte value field


def exif_texts(values: Mapping[str, object]) -> dict[int, str | None]:
    """IFD0 tag → text (None = clear) for the fields that have an EXIF tag."""
    texts: dict[int, str | None] = {}
    for spec in FIELDS:
        if spec.exif_tag is None:
            continue
        value = values.get(spec.name)
        if isinstance(value, (list, tuple)):
            value = "; ".join(v for v in value if not empty(v))
        texts[spec.exif_tag] = None if empty(value) else str(value)
    return texts


def _order(tiff: bytes) -> Literal["little", "big"]:
    if tiff[:4] in (b"II*\x00", b"MM\x00*"):
        return "little" if tiff[:2] == b"II" else "big"
    raise ExifWriteError("EXIF block has no valid TIFF header")


def read_ifd0(tiff: bytes) -> tuple[int, list[Entry], bytes]:
    """IFD0's offset, its entries and the raw next-IFD link."""
    order = _order(tiff)
    offset = int.from_bytes(tiff[4:8], order)
    if offset < 8 or offset + 2 > len(tiff):
        raise ExifWriteError("EXIF IFD0 offset points outside the block")
    count = int.from_bytes(tiff[offset:offset + 2], order)
    end = offset + 2 + 12 * count
    if end + 4 > len(tiff):
        raise ExifWriteError("EXIF IFD0 runs past the end of the block")
    entries = []
    for pos in range(offset + 2, end, 12):
        entries.append((int.from_bytes(tiff[pos:pos + 2], order),
                        int.from_bytes(tiff[pos + 2:pos + 4], order),
                        int.from_bytes(tiff[pos + 4:pos + 8], order), tiff[pos + 8:pos + 12]))
    return offset, entries, tiff[end:end + 4]


def entry_bytes(tiff: bytes, entry: Entry) -> bytes:
    """The value bytes of an entry, inline or at its offset."""
    _tag, kind, count, field = entry
    size = TYPE_SIZES.get(kind, 1) * count
    if size <= 4:
        return field[:size]
    start = int.from_bytes(field, _order(tiff))
    return tiff[start:start + size]


def read_ifd0_texts(tiff: bytes | None) -> dict[int, str]:
    """The ASCII text of the managed IFD0 tags exactly as stored (not trimmed), by the
    undeclared charset rule; the writer compares it with the new text to skip no-op edits."""
    if not tiff:
        return {}
    _offset, entries, _link = read_ifd0(tiff)
    wanted = set(exif_texts({}))
    texts = {}
    for entry in entries:
        if entry[0] in wanted and entry[1] == ASCII:
            texts[entry[0]] = decode_legacy_text(entry_bytes(tiff, entry).split(b"\x00")[0])
    return texts


def set_ifd0_texts(tiff: bytes | None, texts: Mapping[int, str | None],
                   *, size: tuple[int, int] | None = None) -> bytes | None:
    """The TIFF block with the given IFD0 texts set (None clears); None when no EXIF is needed."""
    if tiff is None:
        wanted = {tag: text for tag, text in texts.items() if text is not None}
        return minimal_tiff(wanted, size) if wanted else None
    current = read_ifd0_texts(tiff)
    changes = {tag: text for tag, text in texts.items() if current.get(tag) != text}
    if not changes:
        return tiff
    patched = _patch_in_place(tiff, changes)
    result = patched if patched is not None else _append_ifd0(tiff, changes)
    if len(result) > MAX_TIFF_BLOCK:
        raise ExifWriteError("EXIF block would not fit in one APP1 segment")
    return result


def _patch_in_place(tiff: bytes, changes: Mapping[int, str | None]) -> bytes | None:
    """Overwrite strings where they are when every new one fits; else None."""
    order = _order(tiff)
    offset, entries, _link = read_ifd0(tiff)
    positions = {entry[0]: (offset + 2 + 12 * i, entry) for i, entry in enumerate(entries)}
    out = bytearray(tiff)
    for tag, text in changes.items():
        if text is None or tag not in positions or positions[tag][1][1] != ASCII:
            return None
        value = text.encode("utf-8") + b"\x00"
        pos, (_tag, _kind, old_count, field) = positions[tag]
        if len(value) <= 4:
            out[pos + 8:pos + 12] = value.ljust(4, b"\x00")
        elif old_count > 4 and len(value) <= old_count:
            start = int.from_bytes(field, order)
            out[start:start + old_count] = value.ljust(old_count, b"\x00")
        else:
            return None
        out[pos + 4:pos + 8] = len(value).to_bytes(4, order)
    return bytes(out)


def _append_ifd0(tiff: bytes, changes: Mapping[int, str | None]) -> bytes:
    """A rewritten IFD0 and its new strings appended; the header points at it."""
    order = _order(tiff)
    _offset, entries, link = read_ifd0(tiff)
    kept = {entry[0]: entry for entry in entries if entry[0] not in changes}
    strings = {tag: text.encode("utf-8") + b"\x00" for tag, text in changes.items() if text}
    tags = sorted(set(kept) | set(strings))
    out = bytearray(tiff)
    if len(out) % 2:
        out += b"\x00"
    ifd_at = len(out)
    data_at = ifd_at + 2 + 12 * len(tags) + 4
    ifd, data = bytearray(len(tags).to_bytes(2, order)), bytearray()
    for tag in tags:
        if tag in kept:
            _t, kind, count, field = kept[tag]
        else:
            kind, count, value = ASCII, len(strings[tag]), strings[tag]
            if count <= 4:
                field = value.ljust(4, b"\x00")
            else:
                field = (data_at + len(data)).to_bytes(4, order)
                data += value + (b"\x00" if len(value) % 2 else b"")
        ifd += (tag.to_bytes(2, order) + kind.to_bytes(2, order)
                + count.to_bytes(4, order) + field)
    out += ifd + link + data
    out[4:8] = ifd_at.to_bytes(4, order)
    return bytes(out)


def _ifd_block(entries: list[tuple[int, int, int, bytes]], at: int) -> bytes:
    """A big-endian IFD at offset ``at`` with its out-of-line values after it; no next IFD."""
    entries = sorted(entries)
    data_at = at + 2 + 12 * len(entries) + 4
    ifd, data = bytearray(len(entries).to_bytes(2, "big")), bytearray()
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            field = value.ljust(4, b"\x00")
        else:
            field = (data_at + len(data)).to_bytes(4, "big")
            data += value + (b"\x00" if len(value) % 2 else b"")
        ifd += tag.to_bytes(2, "big") + kind.to_bytes(2, "big") + count.to_bytes(4, "big") + field
    return bytes(ifd + b"\x00\x00\x00\x00" + data)


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
    probe = _ifd_block(ifd0 + [(EXIF_IFD_POINTER, LONG, 1, b"\x00" * 4)], 8)
    exif_at = 8 + len(probe)
    ifd0.append((EXIF_IFD_POINTER, LONG, 1, exif_at.to_bytes(4, "big")))
    return b"MM\x00*\x00\x00\x00\x08" + _ifd_block(ifd0, 8) + _ifd_block(exif_ifd, exif_at)
