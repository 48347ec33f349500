"""Bounded memory per worker (issue 11): huge pictures are read, hashed and drawn in
a few tens of megabytes. ``benchmarks/memory.py`` measures a 1 GB PNG and a 150 MP JPEG;
here it runs at a smaller PNG size as a smoke test of the same measurement."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from media_manager.catalog.thumbnails import ThumbnailJob, make_thumbnail
from media_manager.metadata import read_metadata

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "memory.py"


def test_a_jpeg_past_the_pixel_limit_gets_a_thumbnail_decoded_small(tmp_path):
    width, height = 12000, 8000  # 96 MP: over Pillow's 89 MP warning limit
    Image.MAX_IMAGE_PIXELS, limit = None, Image.MAX_IMAGE_PIXELS
    try:
        Image.new("L", (width, height), 128).save(tmp_path / "big.jpg", "JPEG", quality=70)
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    job = make_thumbnail(ThumbnailJob(1, str(tmp_path / "big.jpg"), str(tmp_path / "t.jpg")))
    assert job.error is None
    with Image.open(tmp_path / "t.jpg") as thumbnail:
        assert thumbnail.size == (512, 341)
    assert read_metadata(tmp_path / "big.jpg").technical["width"] == width


def test_the_memory_benchmark_stays_under_300_mb_per_worker(tmp_path):
    done = subprocess.run([sys.executable, str(BENCHMARK), "--png-mb", "48", "--jpeg-mp", "90",
                           "--keep", str(tmp_path)], capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    png_line, jpeg_line = done.stdout.splitlines()[1:3]
    assert "hash yes, error None" in png_line and "hash yes, error None" in jpeg_line
    assert jpeg_line.endswith("thumbnail: made")
