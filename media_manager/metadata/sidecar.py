"""XMP sidecars: ``name.xmp`` or ``name.jpg.xmp`` next to the image.

A sidecar is where a desk tool (Lightroom, Photo Mechanic, digiKam) keeps edits it
did not write into the file, so its values override the embedded ones.
"""

from __future__ import annotations

import os
from pathlib import Path

from media_manager.metadata.xmp import MAX_XMP_BYTES, XmpReading, parse_xmp

_EXTENSIONS = (".xmp", ".XMP", ".Xmp")


def find_sidecar(image_path: str | Path) -> Path | None:
    """``photo.xmp`` or ``photo.jpg.xmp`` (.xmp, .XMP or .Xmp) beside the image.

    A few stat calls rather than a directory listing, so ingesting a folder of
    thousands of photos stays linear.
    """
    image = os.fspath(image_path)
    base, suffix = os.path.splitext(image)
    if suffix.lower() == ".xmp":
        return None
    for stem in (base, image):
        for extension in _EXTENSIONS:
            if os.path.isfile(stem + extension):  # plain os calls: this runs per ingested file
                return Path(stem + extension)
    return None


def read_sidecar_xmp(path: str | Path) -> XmpReading:
    """Parse a sidecar file, bounded in size; problems become warnings."""
    try:
        with open(path, "rb") as stream:
            packet = stream.read(MAX_XMP_BYTES + 1)
    except OSError as problem:
        reading = XmpReading()
        reading.warnings.append(f"sidecar not readable: {problem.strerror or problem}")
        return reading
    return parse_xmp(packet)


def read_sidecar(path: str | Path) -> dict:
    """Canonical fields of an XMP sidecar file."""
    return dict(read_sidecar_xmp(path).fields)
