"""Conformance with ExifTool, the referee, over ../shared/corpus (real/ and iptc-reference/).

Every canonical field of every file is compared with ExifTool 12.57's stored
reading (MWG composite tags, or the IPTC/XMP value chosen by the same MWG digest
rule). A value agrees if it equals the Latin or the UTF-8 reading of undeclared
IIM. Each disagreement must be listed in KNOWN_DIFFERENCES with a reason, and a
listed difference that no longer occurs fails too, so the table stays honest.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from media_manager.fields import FIELD_NAMES
from media_manager.metadata import find_sidecar, read_metadata
from tests.metadata.exiftool_compare import (
    compare_entry,
    expected_value,
    normalise,
    normalise_date,
    xmp_is_current,
)

_SIDECAR = "a sidecar beside the image (same name, .xmp) overrides the embedded value; " \
           "ExifTool's reading of the image alone does not see it"
_RAW_PROFILE = "IPTC in a PNG 'Raw profile type iptc' chunk: ExifTool's MWG strict mode " \
               "ignores IPTC in non-standard locations; we read it"
_EXIF_CP1252 = "EXIF ImageDescription holds byte 0x92 (not UTF-8): ExifTool with MWG decodes " \
               "EXIF as UTF-8 and shows '?'; our rule falls back to cp1252 (a right quote)"

#: (file, field) -> why our reading differs from ExifTool's.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    ("cimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_iptc_added_with_irfanview.jpg",
     "description"): _EXIF_CP1252,
    ("cimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_iptc_added_with_photoshop.jpg",
     "description"): _EXIF_CP1252,
    ("exiftool__XMP.jpg", "keywords"): _SIDECAR + " (exiftool__XMP.xmp)",
    ("exiftool__XMP.jpg", "copyright_notice"): _SIDECAR + " (exiftool__XMP.xmp)",
    ("photoprism__photoshop.jpg", "keywords"): _SIDECAR + " (photoprism__photoshop.xmp)",
    ("photoprism__photoshop.jpg", "copyright_notice"): _SIDECAR + " (photoprism__photoshop.xmp)",
    ("exiv2__exiv2-bug922.png", "copyright_notice"): _RAW_PROFILE,
    ("exiv2__exiv2-bug922.png", "city"): _RAW_PROFILE,
    ("exiv2__exiv2-bug922.png", "province_state"): _RAW_PROFILE,
    ("exiv2__exiv2-bug922.png", "country"): _RAW_PROFILE,
    ("kim__photo_51_header.png", "description"): _RAW_PROFILE,
    ("kim__photo_51_header.png", "keywords"): _RAW_PROFILE,
    ("me__APhotoManager-exmaple.xmp", "title"):
        "dc:title has only an x-REPAIR alternative, no x-default: ExifTool reports no plain "
        "Title; our lang-alt rule falls back to the first alternative",
}


def _by_file(path: Path) -> dict[str, dict]:
    return {entry["SourceFile"]: entry for entry in json.loads(path.read_text("utf-8"))}


def compare_corpus(corpus: Path) -> tuple[int, int, int, dict[tuple[str, str], str]]:
    """(fields compared, agreeing, with a value on either side, differences with detail)."""
    latin = _by_file(corpus / "exiftool-mwg-reference.json")
    utf8 = _by_file(corpus / "exiftool-mwg-reference-utf8.json")
    full = _by_file(corpus / "exiftool-reference.json")
    compared = agreeing = valued = 0
    differences: dict[tuple[str, str], str] = {}
    for relative in sorted(latin):
        path = corpus / relative
        if path.suffix.lower() == ".xmp" and _has_image(path):
            continue  # a sidecar: read with its image, not compared alone
        reading = read_metadata(path)
        entries = [latin[relative], utf8.get(relative, latin[relative])]
        current = xmp_is_current(full.get(relative, {}))
        for name in FIELD_NAMES:
            compared += 1
            ours = reading.fields.get(name)
            theirs = expected_value(name, entries[0], current)
            if ours is not None or theirs is not None:
                valued += 1
            if compare_entry(name, ours, entries, current):
                agreeing += 1
            else:
                differences[(path.name, name)] = f"ours {ours!r} vs ExifTool {theirs!r}"
    return compared, agreeing, valued, differences


def _has_image(sidecar: Path) -> bool:
    return any(p != sidecar and p.suffix.lower() != ".xmp" and find_sidecar(p) == sidecar
               for p in sidecar.parent.glob(sidecar.stem + ".*"))


def test_reading_agrees_with_exiftool_reference(corpus_dir):
    compared, agreeing, valued, differences = compare_corpus(corpus_dir)
    unexplained = {k: v for k, v in differences.items() if k not in KNOWN_DIFFERENCES}
    gone = sorted(k for k in KNOWN_DIFFERENCES if k not in differences)
    print(f"\nconformance: {agreeing}/{compared} field values agree "
          f"({valued} with a value on either side); {len(differences)} known differences")
    assert not unexplained, "new differences with ExifTool:\n" + "\n".join(
        f"{f} {n}: {d}" for (f, n), d in sorted(unexplained.items()))
    assert not gone, f"listed differences that no longer occur (remove them): {gone}"
    assert compared - agreeing == len(KNOWN_DIFFERENCES)


@pytest.mark.parametrize(("value", "expected"), [
    ("2017:09:14 10:22:05+03:00", "2017-09-14T10:22:05+03:00"),
    ("2017-09-14T10:22:05+03:00", "2017-09-14T10:22:05+03:00"),
    ("2017:09:14", "2017-09-14"),
    ("2017:09:14 10:22", "2017-09-14T10:22:00"),
    ("2008:03:14 13:59:26.054-06:00", "2008-03-14T13:59:26.054-06:00"),
    ("2010:00:00", "2010"),
    ("2017:09:14 10:22:05Z", "2017-09-14T10:22:05+00:00"),
    ("not a date", "not a date"),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_normaliser_changes_only_formatting():
    assert normalise("keywords", "one") == ("one",)
    assert normalise("keywords", ["one ", "two\x00"]) == ("one", "two")
    assert normalise("description", "caption \x00\x00") == "caption"
    assert normalise("description", "") is None
    assert normalise("title", 2017) == "2017"
    assert normalise("description", "Zürich") != normalise("description", "Zurich")
    assert normalise("description", "a  b") != normalise("description", "a b")


LIVE_FILES = ["real/exiftool__MWG.jpg", "real/exiv2__Reagan.jpg", "real/me__Issue_80.jpg",
              "real/exiftool__ExifTool.jpg", "iptc-reference/IPTC-PhotometadataRef-Std2019.1__photoprism.jpg",
              "real/cimaging__2010-01-04T052300Z_01_BTRE6021PS000_RTROPTP_3_BUSINESS-US-TSE.JPG"]


@pytest.mark.exiftool
def test_live_exiftool_agrees(corpus_dir, exiftool):
    """Run ExifTool itself, so it stays the referee even if the stored JSON ages."""
    paths = [str(corpus_dir / f) for f in LIVE_FILES]
    common = [exiftool, "-json", "-G1", "-struct", "-use", "MWG", "-MWG:all", "-IPTC:all",
              "-XMP-photoshop:all", "-XMP-dc:all", "-XMP-iptcCore:all",
              "-XMP-iptcExt:PersonInImage", "-File:CurrentIPTCDigest", "-Photoshop:IPTCDigest"]
    latin = json.loads(subprocess.run(common + paths, capture_output=True, check=True,
                                      timeout=60).stdout)
    utf8 = json.loads(subprocess.run(common + ["-charset", "iptc=UTF8"] + paths,
                                     capture_output=True, check=True, timeout=60).stdout)
    for entry, entry8 in zip(latin, utf8):
        reading = read_metadata(entry["SourceFile"])
        current = xmp_is_current(entry)
        for name in FIELD_NAMES:
            assert compare_entry(name, reading.fields.get(name), [entry, entry8], current), (
                entry["SourceFile"], name, reading.fields.get(name),
                expected_value(name, entry, current))
