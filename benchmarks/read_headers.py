"""Header-read and hashing speed: read_metadata over the corpus, and over N synthetic photos.

    .venv/bin/python benchmarks/read_headers.py [N]

Prints microseconds per file for (a) ../shared/corpus/real (metadata only),
(b) N 3000x2000 JPEGs with IPTC+XMP (metadata only, then metadata + image identity).
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from media_manager.metadata import read_metadata

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"


def _timed(paths: list[Path], **options: object) -> float:
    start = time.perf_counter()
    for path in paths:
        read_metadata(path, **options)
    return (time.perf_counter() - start) / max(len(paths), 1) * 1e6


def _photo() -> bytes:
    """A 3000x2000 JPEG with a wire-style IPTC + XMP header (copied from the corpus)."""
    donor = (CORPUS / "exiv2__Reagan.jpg").read_bytes()
    header_end = donor.index(b"\xff\xdb")  # SOI + APPn segments of a press photo
    out = io.BytesIO()
    Image.effect_noise((3000, 2000), 60).convert("RGB").save(out, "JPEG", quality=85)
    pixels = out.getvalue()
    return donor[:header_end] + pixels[2:]


def main(count: int) -> None:
    if CORPUS.is_dir():
        files = sorted(p for p in CORPUS.iterdir() if p.is_file())
        _timed(files)  # warm imports and the page cache
        print(f"corpus/real: {len(files)} files, {_timed(files):.0f} us/file (metadata)")
    folder = Path(tempfile.mkdtemp())
    try:
        photo = _photo()
        paths = [folder / f"wire_{i:04d}.jpg" for i in range(count)]
        for path in paths:
            path.write_bytes(photo)
        _timed(paths[:10])
        meta = _timed(paths)
        hashed = _timed(paths, with_hash=True)
        size = len(photo) / 1e6
        print(f"{count} x 3000x2000 JPEG ({size:.1f} MB): {meta:.0f} us/file metadata "
              f"({meta * count / 1e6:.3f} s total); {hashed:.0f} us/file with image identity")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
