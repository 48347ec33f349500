"""HEIF/HEIC: EXIF and XMP via pillow-heif's container parse (no pixel decoding).

pillow-heif reads the item boxes lazily; ``open_heif`` does not decode the image
until its data is asked for, so this stays a header read.
"""

from __future__ import annotations

import io

from media_manager.metadata.formats import Embedded


def heif_embedded(data: bytes) -> Embedded:
    """The primary image's size, EXIF and XMP, as far as libheif exposes them."""
    found = Embedded("HEIF")
    try:
        import pillow_heif  # lazy: heavy, and only HEIF files need it
    except ImportError:
        found.warnings.append("pillow-heif is not installed; HEIF metadata not read")
        return found
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=False)
        found.width, found.height = heif.size
        exif = heif.info.get("exif")
        xmp = heif.info.get("xmp")
    except Exception as problem:  # noqa: BLE001 - libheif reports many kinds of errors
        found.warnings.append(f"HEIF container not readable: {_one_line(problem)}")
        return found
    if exif:
        found.exif = bytes(exif)
    if xmp:
        found.xmp = bytes(xmp)
    return found


def _one_line(problem: Exception) -> str:
    text = str(problem).strip().splitlines()
    return text[0] if text else type(problem).__name__
