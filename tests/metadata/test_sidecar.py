"""Sidecar writing: the existing sidecar's name is kept, and so are the properties the
table does not manage (ExifTool is the referee)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from media_manager.metadata import read_sidecar
from media_manager.metadata.sidecar import sidecar_path, write_sidecar
from tests.photos import make_picture

LIGHTROOM_SIDECAR = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
    xmp:Rating="4" crs:Exposure2012="+0.35" photoshop:City="Lagos"/>
 </rdf:RDF>
</x:xmpmeta>"""


def test_a_write_goes_to_the_sidecar_already_there(tmp_path: Path) -> None:
    image = make_picture(tmp_path / "photo.jpg", 1)
    existing = tmp_path / "photo.jpg.xmp"
    existing.write_bytes(LIGHTROOM_SIDECAR)
    assert sidecar_path(image) == existing
    result = write_sidecar(image, {"description": "Flooded street", "city": "Ikeja"})
    assert result.path == existing and result.changed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg", "photo.jpg.xmp"]
    assert read_sidecar(existing) == {"description": "Flooded street", "city": "Ikeja"}


def test_without_a_sidecar_the_new_one_is_name_dot_xmp(tmp_path: Path) -> None:
    image = make_picture(tmp_path / "photo.jpg", 2)
    assert write_sidecar(image, {"headline": "Vote"}).path == tmp_path / "photo.xmp"
    assert read_sidecar(tmp_path / "photo.xmp") == {"headline": "Vote"}


@pytest.mark.exiftool
def test_unmanaged_sidecar_properties_survive(exiftool: str, tmp_path: Path) -> None:
    image = make_picture(tmp_path / "photo.jpg", 3)
    existing = tmp_path / "photo.jpg.xmp"
    existing.write_bytes(LIGHTROOM_SIDECAR)
    write_sidecar(image, {"description": "Flooded street", "keywords": ["flood", "Lagos"]})
    found = json.loads(subprocess.run([exiftool, "-j", "-G1", str(existing)], check=True,
                                      capture_output=True).stdout)[0]
    assert found["XMP-xmp:Rating"] == 4
    assert found["XMP-crs:Exposure2012"] == "+0.35"
    assert found["XMP-dc:Description"] == "Flooded street"
    assert found["XMP-dc:Subject"] == ["flood", "Lagos"]
    assert "XMP-photoshop:City" not in found  # the catalogue's values say no city
