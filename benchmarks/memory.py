"""Peak memory of one ingest worker on huge inputs: a 1 GB PNG and a 150-megapixel JPEG.

    .venv/bin/python benchmarks/memory.py [--png-mb 1024] [--jpeg-mp 150] [--keep DIR]

Makes both files in a temporary folder, then, for each, runs in a fresh process
what one ingest worker does with a file: read the metadata and the image hash,
then draw the thumbnail. Prints that process's peak resident memory
(``getrusage``), the peak of Python's own allocations (``tracemalloc``), and the
ratio against a reference process that only imports the same modules, and
against the 300 MB budget per worker. Exit code 1 when a peak is over budget.
"""

from __future__ import annotations

import argparse
import json
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

BUDGET_MB = 300

WORKER = r"""
import json, resource, sys, tracemalloc
from pathlib import Path
from media_manager.metadata import read_metadata
from media_manager.catalog.thumbnails import ThumbnailJob, make_thumbnail
import PIL.Image, PIL.ImageOps, blake3  # loaded before the baseline is taken
tracemalloc.start()
source, target = sys.argv[1], sys.argv[2]
reading, job = None, None
if source != "-":
    reading = read_metadata(source, with_hash=True)
    job = make_thumbnail(ThumbnailJob(1, source, target))
print(json.dumps({
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "python_mb": tracemalloc.get_traced_memory()[1] / 1024 ** 2,
    "hash": reading.image_hash if reading else None,
    "size": reading.technical.get("width") and [reading.technical["width"],
                                                reading.technical["height"]] if reading else None,
    "error": reading.error if reading else None,
    "thumbnail": (job.error or "made") if job else None,
}))
"""


def make_png(path: Path, megabytes: int) -> tuple[int, int]:
    """An 8-bit RGB PNG of about ``megabytes``, stored (uncompressed) deflate, 1 MB IDATs."""
    width = 20000
    row = b"\0" + bytes(range(256)) * (width * 3 // 256) + b"\0" * (width * 3 % 256)
    height = megabytes * 1024 ** 2 // len(row)
    packer = zlib.compressobj(0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        _chunk(out, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        pending = bytearray()
        for _ in range(height):
            pending += packer.compress(row)
            if len(pending) >= 1 << 20:
                _chunk(out, b"IDAT", bytes(pending))
                pending.clear()
        _chunk(out, b"IDAT", bytes(pending) + packer.flush())
        _chunk(out, b"IEND", b"")
    return width, height


def _chunk(out, kind: bytes, body: bytes) -> None:  # type: ignore[no-untyped-def]
    out.write(struct.pack(">I", len(body)) + kind + body)
    out.write(struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def make_jpeg(path: Path, megapixels: int) -> tuple[int, int]:
    """A 3:2 colour JPEG of about ``megapixels``, with bands of colour (made in a child
    process so its own memory does not count)."""
    width = int((megapixels * 1e6 * 1.5) ** 0.5) // 16 * 16
    height = width * 2 // 3
    script = ("import sys; from PIL import Image, ImageDraw; Image.MAX_IMAGE_PIXELS = None\n"
              f"im = Image.new('RGB', ({width}, {height}), (30, 60, 90)); d = ImageDraw.Draw(im)\n"
              f"[d.rectangle((x, 0, x + 400, {height}), fill=(x % 256, 120, 200 - x % 200))"
              f" for x in range(0, {width}, 800)]\n"
              f"im.save(sys.argv[1], 'JPEG', quality=85)")
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    return width, height


def measure(source: str, target: str) -> dict:
    done = subprocess.run([sys.executable, "-c", WORKER, source, target], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png-mb", type=int, default=1024)
    parser.add_argument("--jpeg-mp", type=int, default=150)
    parser.add_argument("--keep", type=Path, help="Make the files here and keep them.")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        png, jpeg = folder / "huge.png", folder / "huge.jpg"
        png_size = make_png(png, options.png_mb)
        jpeg_size = make_jpeg(jpeg, options.jpeg_mp)
        reference = measure("-", "-")
        print(f"reference (imports only): {reference['rss_mb']:.0f} MB resident")
        worst = 0.0
        for path, size in ((png, png_size), (jpeg, jpeg_size)):
            got = measure(str(path), str(folder / f"{path.stem}-thumb.jpg"))
            worst = max(worst, got["rss_mb"])
            print(f"{path.name}: {path.stat().st_size / 1024 ** 2:,.0f} MB on disk, "
                  f"{size[0]}x{size[1]} ({size[0] * size[1] / 1e6:.0f} MP); "
                  f"peak {got['rss_mb']:.0f} MB resident "
                  f"({got['rss_mb'] / reference['rss_mb']:.2f}x the reference, "
                  f"{got['rss_mb'] / BUDGET_MB:.2f}x the {BUDGET_MB} MB budget), "
                  f"Python allocations {got['python_mb']:.1f} MB; "
                  f"hash {'yes' if got['hash'] else 'no'}, error {got['error']}, "
                  f"thumbnail: {got['thumbnail']}")
    return 0 if worst < BUDGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
