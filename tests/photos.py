"""Making small wire photos for tests: a real JPEG, with metadata written by our own writer."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image


def make_picture(path: Path, seed: int, size: tuple[int, int] = (96, 64)) -> Path:
    """A small JPEG whose pixels depend on ``seed`` (so each seed is another picture)."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        box = (x, y, min(size[0], x + rng.randrange(4, 40)), min(size[1], y + rng.randrange(4, 30)))
        image.paste(tuple(rng.randrange(256) for _ in range(3)), box)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=85)
    return path


def make_wire_photo(path: Path, seed: int, **fields: str | list[str]) -> Path:
    """A small JPEG carrying ``fields`` (canonical names) in IPTC IIM, XMP and EXIF."""
    make_picture(path, seed)
    if fields:
        from media_manager.metadata.writer import write_metadata

        write_metadata(path, fields)
    return path
