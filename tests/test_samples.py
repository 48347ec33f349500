"""sample_media/: every sample reads as intended, and regenerating gives the same bytes."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from media_manager.fields import FIELD_NAMES
from media_manager.metadata import jpeg_write
from media_manager.samples import ALL_SAMPLES, generate
from media_manager.samples.texts import STORY_CAPTIONS

BY_NAME = {photo.filename: photo for photo in ALL_SAMPLES}


@pytest.fixture(scope="module")
def samples(sample_media: Path) -> Path:
    if not (sample_media / "NOTICE").exists():
        pytest.skip("sample_media/ not generated; run python -m media_manager.samples")
    return sample_media


@pytest.fixture(scope="module")
def referee(exiftool: str, samples: Path) -> dict[str, dict]:
    """ExifTool's reading of every sample photo (IIM decoded by its own 1:90 rule)."""
    paths = [samples / name for name in BY_NAME]
    run = subprocess.run([exiftool, "-j", "-G1", "-a", "-struct", *map(str, paths)],
                         capture_output=True, check=True)
    return {Path(item["SourceFile"]).name: item for item in json.loads(run.stdout)}


def test_the_set_covers_the_required_cases(samples: Path) -> None:
    photos = [samples / name for name in BY_NAME]
    assert len(photos) >= 14 and all(p.exists() for p in photos)
    assert all(1_000_000 <= p.stat().st_size <= 3_000_000 for p in photos)
    assert sum(not p.name.isascii() for p in photos) >= 2
    kinds = {photo.kind for photo in ALL_SAMPLES}
    assert {"embedded", "legacy", "sidecar", "empty", "story"} <= kinds
    total = sum(p.stat().st_size for p in samples.rglob("*") if p.is_file())
    assert total < 35_000_000
    assert "made for media-manager" in (samples / "NOTICE").read_text(encoding="utf-8")


@pytest.mark.exiftool
def test_embedded_captions_agree_in_iim_xmp_and_exif(referee: dict[str, dict]) -> None:
    for name, photo in BY_NAME.items():
        if photo.kind != "embedded":
            continue
        tags = referee[name]
        caption = photo.values["description"]
        assert tags["IPTC:CodedCharacterSet"] == "UTF8", name
        assert tags["IPTC:Caption-Abstract"] == caption, name
        assert tags["XMP-dc:Description"] == caption, name
        assert tags["IFD0:ImageDescription"] == caption, name
        assert tags["XMP-photoshop:Credit"] == tags["IPTC:Credit"], name
        assert "IPTCDigest is not current" not in json.dumps(tags)


@pytest.mark.exiftool
def test_awkward_cases_read_as_intended(referee: dict[str, dict], samples: Path) -> None:
    for name, photo in BY_NAME.items():
        groups = {key.split(":")[0] for key in referee[name]}
        if photo.kind == "legacy":
            assert "IPTC:CodedCharacterSet" not in referee[name]
            assert not any(g.startswith("XMP") for g in groups)
            assert referee[name]["IPTC:Caption-Abstract"] == photo.values["description"]
            iim = jpeg_write.iim_from_segments(jpeg_write.split_jpeg(
                (samples / name).read_bytes())[0])
            assert iim is not None and b"\x93cost-of-living package\x94" in iim
        elif photo.kind in ("sidecar", "empty"):
            assert not groups & {"IPTC", "XMP-dc", "XMP-photoshop", "Photoshop"}, name
            assert ("IFD0" in groups) == (photo.kind == "sidecar"), name
        elif photo.kind == "story":
            assert "IPTC:Caption-Abstract" not in referee[name]
            assert referee[name]["IPTC:OriginalTransmissionReference"] == photo.values["job_id"]


@pytest.mark.exiftool
def test_sidecar_carries_the_caption(exiftool: str, samples: Path) -> None:
    sidecar = next(samples / p.filename for p in ALL_SAMPLES if p.kind == "sidecar")
    run = subprocess.run([exiftool, "-s3", "-XMP-dc:Description", str(sidecar.with_suffix(".xmp"))],
                         capture_output=True, text=True, check=True)
    assert "(AP Photo/Inês Marques)" in run.stdout


def test_story_and_csv_manifest(samples: Path) -> None:
    story = (samples / "stories" / "rotterdam_barge_protest.txt").read_text(encoding="utf-8")
    assert "ROTTERDAM, Netherlands (AP) \u2013" in story
    for filename, caption in STORY_CAPTIONS:
        assert caption in story and caption.endswith(")")
        assert "description" not in BY_NAME[filename].values
    with (samples / "captions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert set(rows[0]) == {"filename", *FIELD_NAMES}
    assert any(row["filename"] not in BY_NAME for row in rows)
    manifest = json.loads((samples / "MANIFEST.json").read_text(encoding="utf-8"))
    assert [pair["filename"] for pair in manifest["story_pairs"]] == [
        name for name, _caption in STORY_CAPTIONS]


def test_regenerating_gives_identical_bytes(samples: Path, tmp_path: Path) -> None:
    names = {"NLRD101.jpg", "LEGACY_PA_Dublin_budget.jpg"}
    for made in generate(tmp_path, only=names):
        assert made.read_bytes() == (samples / made.name).read_bytes(), made.name
