"""Many realistic wire JPEGs for the demo and the benchmarks.

Cycles through the agency samples with a fresh seed and transmission reference
per copy, at a smaller default size so a thousand files stay quick to make.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from media_manager.metadata import writer
from media_manager.samples.build import base_jpeg
from media_manager.samples.wire_photos import SAMPLES


def make_wire_jpegs(folder: str | Path, count: int, *, seed: int = 0,
                    size: tuple[int, int] = (1200, 800)) -> list[Path]:
    """``count`` deterministic wire JPEGs with IIM, XMP and EXIF captions in ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number in range(count):
        template = SAMPLES[number % len(SAMPLES)]
        width, height = size if template.size[0] >= template.size[1] else size[::-1]
        job_id = f"{(template.values.get('job_id') or 'X')}-{seed}-{number:05d}"[:32]
        photo = dataclasses.replace(
            template, size=(width, height), seed=seed * 100_000 + number, grain=5.0,
            filename=f"{number:05d}_{template.filename}",
            values={**template.values, "job_id": job_id})
        data = base_jpeg(photo)
        path = folder / photo.filename
        path.write_bytes(writer.compose_jpeg(data, photo.values, truncate_iim=True).data)
        made.append(path)
    return made
