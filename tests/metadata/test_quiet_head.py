"""The fingerprint's header read starts no read-ahead of the kernel's (issue 10): after a tool
that read the file's header (ExifTool), a plain read met the cache's read-ahead mark and
read on through most of the file, when the fingerprint needs 48 KiB of it."""

from __future__ import annotations

import faulthandler
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from media_manager.metadata import read_metadata
from media_manager.metadata.identity import (
    QuietHead,
    ask_for_samples,
    header_stream,
    image_fingerprint,
)
from media_manager.metadata.writer import write_metadata


def large_wire_photo(path: Path, seed: int = 7) -> Path:
    """A JPEG of a few megabytes (noise does not compress), captioned as a wire sends it."""
    rng = random.Random(seed)
    Image.frombytes("RGB", (1600, 1200), rng.randbytes(1600 * 1200 * 3)).save(
        path, "JPEG", quality=95)
    write_metadata(path, {"description": "Ferry passengers queue at the pier in Lagos, "
                          "Nigeria, May 3, 2026. REUTERS/Jane Roe",
                          "credit_line": "REUTERS/Jane Roe"})
    return path


def test_the_quiet_head_reads_the_file_s_start_chunk_by_chunk(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    data = path.read_bytes()
    with path.open("rb", buffering=0) as stream, QuietHead(stream.fileno(), len(data)) as head:
        first, second = head.read(100), head.read(1000)
        head.position = len(data) - 10
        last, after = head.read(4096), head.read(4096)
    assert (first, second) == (data[:100], data[100:1100])
    assert (last, after) == (data[-10:], b"")


def test_the_quiet_head_hands_over_its_start_a_piece_at_a_time(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    data = path.read_bytes()
    with path.open("rb", buffering=0) as stream, QuietHead(stream.fileno(), len(data)) as head:
        pieces = [head.read(128 * 1024) for _ in range(4)]
    # at most 32 KiB a read, so a few-KiB header costs the disk 32 KiB, not 128
    assert [len(piece) for piece in pieces] == [32 * 1024] * 4
    assert b"".join(pieces) == data[:128 * 1024]


def test_a_header_longer_than_one_quiet_piece_reads_as_the_file_s_bytes_do(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    keywords = [f"keyword {n:04d} of a long picture-desk list" for n in range(2000)]
    write_metadata(path, {"keywords": keywords})
    data = path.read_bytes()
    sos = data.index(b"\xff\xda")
    quiet = read_metadata(path, with_hash=True, fingerprint=True, look_for_sidecar=False,
                          quiet_header=True)
    whole = read_metadata(path, with_hash=True, fingerprint=True, look_for_sidecar=False,
                          data=data)
    assert sos > 3 * 32 * 1024  # the header alone is several pieces
    assert quiet.error is None
    assert quiet.fields["keywords"] == keywords
    assert quiet.fields == whole.fields
    assert quiet.image_hash == whole.image_hash == image_fingerprint(path)


def test_an_empty_file_or_a_plain_read_is_read_from_the_stream_itself(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with empty.open("rb", buffering=0) as stream:
        with header_stream(stream, 0, quiet=True) as head:
            assert head is stream
        with header_stream(stream, 10, quiet=False) as head:
            assert head is stream
    assert read_metadata(empty, with_hash=True, fingerprint=True).error is not None


def test_the_quiet_read_gives_the_same_fields_and_fingerprint_as_the_file_s_bytes(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    quiet = read_metadata(path, with_hash=True, fingerprint=True, look_for_sidecar=False,
                          quiet_header=True)
    whole = read_metadata(path, with_hash=True, fingerprint=True, look_for_sidecar=False,
                          data=path.read_bytes())
    assert quiet.error is None
    assert quiet.image_hash == whole.image_hash == image_fingerprint(path)
    assert quiet.fields == whole.fields
    assert quiet.fields["credit_line"] == "REUTERS/Jane Roe"


def resident_bytes(path: Path) -> int:
    """How much of ``path`` the page cache holds, as util-linux's fincore counts it."""
    out = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def evicted(*paths: Path) -> None:
    """Push ``paths`` out of the page cache (their pages are written first, so they can go);
    skip the test where the file system keeps files in memory (tmpfs or the like)."""
    for path in paths:
        with path.open("rb+") as stream:
            os.fsync(stream.fileno())
            os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    if sum(map(resident_bytes, paths)) > sum(p.stat().st_size for p in paths) // 4:
        pytest.skip("this file system keeps the files in memory (tmpfs or the like)")


@pytest.mark.skipif(shutil.which("fincore") is None or shutil.which("exiftool") is None,
                    reason="needs util-linux's fincore and ExifTool")
def test_after_exiftool_read_the_header_the_fingerprint_reads_little_more(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    size = path.stat().st_size
    evicted(path)
    subprocess.run(["exiftool", "-json", "-fast2", "-q", str(path)], check=True,
                   stdout=subprocess.DEVNULL)
    after_exiftool = resident_bytes(path)
    reading = read_metadata(path, with_hash=True, fingerprint=True, look_for_sidecar=False,
                            quiet_header=True)
    read_since = resident_bytes(path) - after_exiftool
    assert size > 2_000_000
    # the header's first 32 KiB, the last 16 KiB (and a page either side) and 16 samples
    # of 1 KiB, two pages at most each; a plain read went on through megabytes where the
    # disk's read-ahead is large (8 MiB on this project's machines)
    assert read_since <= 32 * 1024 + 24 * 1024 + 16 * 8192
    assert reading.image_hash == image_fingerprint(path)


@pytest.mark.skipif(shutil.which("fincore") is None, reason="needs util-linux's fincore")
def test_asking_for_the_samples_fetches_them_and_not_the_whole_file(tmp_path):
    path = large_wire_photo(tmp_path / "wire.jpg")
    evicted(path)
    ask_for_samples(path)
    resident, settled = resident_bytes(path), 0
    for _ in range(200):  # the disk answers in its own time: wait until it has
        time.sleep(0.01)
        now = resident_bytes(path)
        settled = settled + 1 if now == resident else 0
        resident = now
        if settled >= 5 and resident >= 16 * 1024:
            break
    # the header's 32 KiB, the last 16 KiB and 16 samples of a page or two each, no more
    assert 16 * 1024 <= resident <= 32 * 1024 + 24 * 1024 + 16 * 8192


def test_asking_for_the_samples_of_what_is_no_jpeg_reads_nothing_and_raises_nothing(tmp_path):
    for name, data in (("empty.jpg", b""), ("text.jpg", b"not a picture at all" * 100),
                       ("cut.jpg", b"\xff\xd8\xff\xe1\x7f\xff" + b"\x00" * 40)):
        (tmp_path / name).write_bytes(data)
        ask_for_samples(tmp_path / name)
    ask_for_samples(tmp_path / "missing.jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jpg", "empty.jpg", "text.jpg"]


@pytest.mark.skipif(shutil.which("fincore") is None or shutil.which("exiftool") is None,
                    reason="needs util-linux's fincore and ExifTool")
def test_an_ingest_after_exiftool_reads_only_what_the_fingerprints_need(tmp_path):
    from media_manager.catalog.service import Catalog
    from media_manager.config import Settings

    folder = tmp_path / "wire"
    folder.mkdir()
    paths = [large_wire_photo(folder / f"wire_{n}.jpg", seed=n) for n in range(4)]
    evicted(*paths)
    subprocess.run(["exiftool", "-json", "-fast2", "-q", str(folder)], check=True,
                   stdout=subprocess.DEVNULL)
    before = sum(map(resident_bytes, paths))
    settings = Settings(database_url=f"sqlite:///{tmp_path}/catalog.sqlite3",
                        data_dir=tmp_path / "data")
    with Catalog.open(settings) as catalog:
        summary = catalog.ingest([folder], workers=2)
    read = sum(map(resident_bytes, paths)) - before
    assert summary.counts()["added"] == 4
    assert read <= 4 * (32 * 1024 + 24 * 1024 + 16 * 8192)


def _read_while_cut_short(name: str) -> str:
    """In a worker: map the file's header, let another program cut the file short, read."""
    faulthandler.disable()  # the worker's end is expected: no dump of its stack in the log
    path = Path(name)
    if not path.stat().st_size:  # the worker's file read again alone, as it is now
        return f"{path.name} is empty now"
    with path.open("rb", buffering=0) as stream, \
            QuietHead(stream.fileno(), path.stat().st_size) as head:
        if path.name.startswith("cut"):
            os.truncate(path, 0)
        return f"read {len(head.read(4096))} bytes"


def test_a_file_cut_short_under_the_quiet_read_costs_its_worker_that_file_only(tmp_path):
    from media_manager.catalog.workers import run_in_workers

    names = [str(large_wire_photo(tmp_path / name, seed=n))
             for n, name in enumerate(("whole_1.jpg", "cut.jpg", "whole_2.jpg"))]
    results = list(run_in_workers(_read_while_cut_short, names, 2,
                                  on_death=lambda item, reason: f"{Path(item).name}: {reason}"))
    # the worker that met the cut ended (SIGBUS); its files were read again one at a time,
    # the cut one as it now is, and the batch went on
    assert results == ["read 4096 bytes", "cut.jpg is empty now", "read 4096 bytes"]
