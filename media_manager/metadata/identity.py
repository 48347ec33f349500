"""Content identity: a BLAKE3 hash of the image data only, not of the metadata.

The same picture re-sent by the wire with a corrected caption, or rewritten by our
own metadata write-back, must keep its identity, so the hash covers only what a
metadata edit never touches:

* JPEG: the bytes from the first SOS marker to the end of the file (scans + EOI);
  APPn/COM/DQT... header segments are left out, and so is an AFCP metadata trailer
  (write-back moves it).
* PNG: the concatenated IDAT chunk data.
* WebP: the VP8/VP8L/ALPH chunk payloads.
* TIFF, HEIF, PSD and anything else: the whole file (their metadata and pixels
  interleave; a rewrite may move strips), so a metadata edit changes the identity.
"""

from __future__ import annotations

from pathlib import Path

from media_manager.metadata.formats import Embedded, png_embedded, sniff, webp_embedded
from media_manager.metadata.segments import HeadBuffer, afcp_trailer, walk_jpeg


def image_identity(path: str | Path, data: bytes | None = None) -> str:
    """BLAKE3 hex digest of the image data of ``path`` (or of ``data`` if given)."""
    if data is None:
        data = Path(path).read_bytes()
    return hash_ranges(data, image_ranges(data))


def image_ranges(data: bytes, embedded: Embedded | None = None) -> list[tuple[int, int]]:
    """Byte ranges (start, end; -1 = end of file) holding the image data."""
    kind = sniff(data[:64])
    if embedded is not None and embedded.image_ranges:
        return _without_trailer(data, embedded.image_ranges) if kind == "JPEG" else \
            embedded.image_ranges
    if kind == "JPEG":
        header = walk_jpeg(HeadBuffer(data))
        if header.sos_offset is not None:
            return _without_trailer(data, [(header.sos_offset, -1)])
    elif kind == "PNG":
        return png_embedded(data).image_ranges or [(0, -1)]
    elif kind == "WEBP":
        return webp_embedded(data).image_ranges or [(0, -1)]
    return [(0, -1)]


def _without_trailer(data: bytes, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    end = afcp_trailer(data)
    return ranges if end is None else [(start, end) for start, _end in ranges]


def hash_ranges(data: bytes, ranges: list[tuple[int, int]]) -> str:
    """One BLAKE3 over the ranges, without copying them (single-threaded: callers fan out)."""
    from blake3 import blake3  # lazy: only ingest needs it

    hasher = blake3(max_threads=1)
    view = memoryview(data)
    for start, end in ranges:
        hasher.update(view[start:] if end < 0 else view[start:end])
    return hasher.hexdigest()
