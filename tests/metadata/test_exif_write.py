"""EXIF IFD0 texts: patched in place or appended, never moving other data.

Results are read with the reader ingest uses (``read_exif``) and, where it is
installed, by ExifTool as the referee.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from media_manager.metadata.exif import (
    ExifWriteError,
    exif_texts,
    minimal_tiff,
    read_exif,
    set_ifd0_texts,
)
from media_manager.metadata.tiff import TiffReader

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


def ifd0_tags(tiff: bytes) -> list[int]:
    reader = TiffReader(tiff)
    return [entry.tag for entry in reader.directory(reader.first_ifd)]


def exiftool_ifd0(exiftool: str, tiff: bytes, folder: Path) -> dict:
    """ExifTool's reading of a TIFF block saved as a (pixel-less) TIFF file."""
    path = folder / "block.tif"
    path.write_bytes(tiff)
    found = subprocess.run([exiftool, "-j", "-IFD0:all", "-G1", str(path)], check=True,
                           capture_output=True).stdout
    return {k: v for k, v in json.loads(found)[0].items() if k.startswith("IFD0:")}


def test_shorter_value_is_patched_in_place() -> None:
    tiff = little_endian_tiff()
    new = set_ifd0_texts(tiff, {DESCRIPTION: "short"})
    assert new is not None and len(new) == len(tiff)
    assert read_exif(new).fields == {"description": "short"}
    assert read_exif(new).technical == {"camera_make": "Canon"}
    assert new.endswith(b"Canon\x00MAKERNOTE")


@pytest.mark.exiftool
def test_longer_value_appends_a_new_ifd0_and_moves_nothing(exiftool, tmp_path) -> None:
    tiff = little_endian_tiff()
    caption = "Zoë crosses Łódź – a much longer caption"
    new = set_ifd0_texts(tiff, {DESCRIPTION: caption, ARTIST: "Ann; Ли"})
    assert new is not None and new[8:len(tiff)] == tiff[8:]  # old bytes untouched
    assert TiffReader(new).first_ifd >= len(tiff)
    assert read_exif(new).fields == {"description": caption, "creator": ["Ann", "Ли"]}
    assert ifd0_tags(new) == [0x010E, 0x010F, ARTIST]
    assert exiftool_ifd0(exiftool, new, tmp_path) == {
        "IFD0:ImageDescription": caption, "IFD0:Make": "Canon", "IFD0:Artist": "Ann; Ли"}


def test_clearing_removes_the_tag_and_unchanged_returns_same_bytes() -> None:
    tiff = little_endian_tiff()
    cleared = set_ifd0_texts(tiff, {DESCRIPTION: None})
    assert cleared is not None and read_exif(cleared).fields == {}
    assert ifd0_tags(cleared) == [0x010F]
    assert set_ifd0_texts(tiff, {DESCRIPTION: "old caption text"}) is tiff


@pytest.mark.exiftool
def test_minimal_block_when_none_exists(exiftool, tmp_path) -> None:
    assert set_ifd0_texts(None, {DESCRIPTION: None}) is None
    made = set_ifd0_texts(None, exif_texts({"creator": ["A", "B"], "copyright_notice": "C"}),
                          size=(10, 20))
    assert made is not None and made.startswith(b"MM\x00*")
    assert read_exif(made).fields == {"creator": ["A", "B"], "copyright_notice": "C"}
    found = exiftool_ifd0(exiftool, made, tmp_path)
    assert (found["IFD0:Artist"], found["IFD0:Copyright"]) == ("A; B", "C")
    assert minimal_tiff({}).startswith(b"MM")


def test_damaged_block_is_refused() -> None:
    with pytest.raises(ExifWriteError):
        set_ifd0_texts(b"XX*\x00\x08\x00\x00\x00", {DESCRIPTION: "x"})
    with pytest.raises(ExifWriteError):
        set_ifd0_texts(b"II*\x00\xff\x00\x00\x00", {DESCRIPTION: "x"})
