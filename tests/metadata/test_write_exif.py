"""EXIF IFD0 texts: patched in place or appended, never moving other data."""

from __future__ import annotations

import pytest

from media_manager.metadata.exif_write import (
    ExifWriteError,
    exif_texts,
    minimal_tiff,
    read_ifd0,
    read_ifd0_texts,
    set_ifd0_texts,
)

DESCRIPTION, ARTIST, COPYRIGHT = 0x010E, 0x013B, 0x8298


def little_endian_tiff() -> bytes:
    """II TIFF: IFD0 with Make (inline-ish) and ImageDescription, then a 'maker note' blob."""
    make = b"Canon\x00"
    desc = b"old caption text\x00"
    ifd_at, entries = 8, 2
    data_at = ifd_at + 2 + 12 * entries + 4
    ifd = entries.to_bytes(2, "little")
    ifd += (0x010E).to_bytes(2, "little") + (2).to_bytes(2, "little")
    ifd += len(desc).to_bytes(4, "little") + data_at.to_bytes(4, "little")
    ifd += (0x010F).to_bytes(2, "little") + (2).to_bytes(2, "little")
    ifd += len(make).to_bytes(4, "little") + (data_at + len(desc) + 1).to_bytes(4, "little")
    ifd += b"\x00\x00\x00\x00"
    return b"II*\x00" + ifd_at.to_bytes(4, "little") + ifd + desc + b"\x00" + make + b"MAKERNOTE"


def test_shorter_value_is_patched_in_place() -> None:
    tiff = little_endian_tiff()
    new = set_ifd0_texts(tiff, {DESCRIPTION: "short"})
    assert new is not None and len(new) == len(tiff)
    assert read_ifd0_texts(new)[DESCRIPTION] == "short"
    assert new.endswith(b"Canon\x00MAKERNOTE")


def test_longer_value_appends_a_new_ifd0_and_moves_nothing() -> None:
    tiff = little_endian_tiff()
    new = set_ifd0_texts(tiff, {DESCRIPTION: "Zoë crosses Łódź – a much longer caption",
                                ARTIST: "Ann; Ли"})
    assert new is not None and new[8:len(tiff)] == tiff[8:]  # old bytes untouched
    assert read_ifd0(new)[0] >= len(tiff)
    texts = read_ifd0_texts(new)
    assert texts[DESCRIPTION].startswith("Zoë") and texts[ARTIST] == "Ann; Ли"
    assert 0x010F in [entry[0] for entry in read_ifd0(new)[1]]


def test_clearing_removes_the_tag_and_unchanged_returns_same_bytes() -> None:
    tiff = little_endian_tiff()
    cleared = set_ifd0_texts(tiff, {DESCRIPTION: None})
    assert cleared is not None and DESCRIPTION not in read_ifd0_texts(cleared)
    assert set_ifd0_texts(tiff, {DESCRIPTION: "old caption text"}) is tiff


def test_minimal_block_when_none_exists() -> None:
    assert set_ifd0_texts(None, {DESCRIPTION: None}) is None
    made = set_ifd0_texts(None, exif_texts({"creator": ["A", "B"], "copyright_notice": "C"}),
                          size=(10, 20))
    assert made is not None and made.startswith(b"MM\x00*")
    assert read_ifd0_texts(made) == {ARTIST: "A; B", COPYRIGHT: "C"}
    assert minimal_tiff({}) .startswith(b"MM")


def test_damaged_block_is_refused() -> None:
    with pytest.raises(ExifWriteError):
        set_ifd0_texts(b"XX*\x00\x08\x00\x00\x00", {DESCRIPTION: "x"})
    with pytest.raises(ExifWriteError):
        set_ifd0_texts(b"II*\x00\xff\x00\x00\x00", {DESCRIPTION: "x"})
