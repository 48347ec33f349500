"""The file boundary: bytes in, canonical field values out, and values back into files.

One module per store reads and writes it (iim, photoshop, xmp + xmp_extended, exif +
tiff, sidecar); writer.py puts them in one new JPEG and checks it with the same
readers (see docs/ARCHITECTURE.md). Reading side, public API::

    read_metadata(path, *, with_hash=False, data=None) -> FileReading
    image_identity(path, data=None) -> str          # BLAKE3 of the image data only
    read_sidecar(path) -> dict                      # fields of an XMP sidecar
    find_sidecar(image_path) -> Path | None         # name.xmp / name.jpg.xmp beside it
"""

from __future__ import annotations

from media_manager.metadata.identity import image_identity
from media_manager.metadata.reading import FileReading, read_metadata
from media_manager.metadata.sidecar import find_sidecar, read_sidecar

__all__ = ["FileReading", "find_sidecar", "image_identity", "read_metadata", "read_sidecar"]
