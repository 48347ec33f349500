"""The ingest benchmark's folder: every file its own caption, so no cache of parses flatters it."""

from __future__ import annotations

import importlib.util
import os
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

from media_manager.captions import parse_caption

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "ingest.py"


def load_benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ingest_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_each_benchmark_file_has_a_caption_of_its_own():
    bench = load_benchmark()
    values = [bench.wire_values(index) for index in range(10_000)]
    assert len({v["description"] for v in values}) == 10_000
    assert {v["source"] for v in values} == {"AP", "Reuters", "AFP"}


def test_the_benchmark_captions_parse_to_their_own_fields():
    bench = load_benchmark()
    for index in (0, 1, 2, 4_321, 9_999):
        values = bench.wire_values(index)
        parsed = parse_caption(values["description"])
        assert parsed.get("city") == values["city"]
        assert parsed.get("date_created") == values["date_created"][:10]
        assert parsed.get("source") == values["source"]


def test_a_folder_larger_than_the_size_asked_for_is_used_as_it_is_never_remade(tmp_path):
    """``--files 1000 --folder`` a shared 10,000-file folder measures its first sub-folder and
    leaves every file as it was (it once emptied the folder and made 1,000 files anew)."""
    bench = load_benchmark()
    folder = tmp_path / "bench"
    files = []
    for part in range(3):
        (folder / f"{part:03d}").mkdir(parents=True)
        for index in range(2):
            path = folder / f"{part:03d}" / f"wire_{part * 1000 + index:05d}.jpg"
            path.write_bytes(b"picture %d" % index)
            files.append(path)
    (folder / bench.CAPTIONS_MARK).write_text("each file has a caption of its own\n")
    bench.ensure_folder(folder, 2, workers=1)
    assert sorted(folder.rglob("*.jpg")) == files
    assert all(path.read_bytes() == b"picture %d" % (n % 2) for n, path in enumerate(files))
    assert bench.roots_for(folder, 6, held=6) == [folder]
    assert bench.roots_for(folder, 2000, held=6) == [folder / "000", folder / "001"]


@pytest.mark.skipif(shutil.which("fincore") is None, reason="needs util-linux's fincore")
def test_the_benchmark_counts_what_was_read_from_the_disk_not_from_the_page_cache(tmp_path):
    bench = load_benchmark()
    path = tmp_path / "four-megabytes.bin"
    path.write_bytes(os.urandom(4_000_000))
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())
        os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    resident = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES",
                               str(path)], capture_output=True, text=True, check=True).stdout
    if int(resident.split()[0]) > 1_000_000:
        pytest.skip("this file system keeps the file in memory (tmpfs or the like)")
    before = bench.disk_mb(resource.RUSAGE_SELF)
    path.read_bytes()  # from the disk
    from_disk = bench.disk_mb(resource.RUSAGE_SELF) - before
    path.read_bytes()  # from the page cache
    again = bench.disk_mb(resource.RUSAGE_SELF) - before - from_disk
    assert 4.0 <= from_disk < 4.0 + 8.5  # the file, and at most the read-ahead past its end
    assert again == 0


def test_the_benchmark_compiles_the_package_bytecode_before_timing(tmp_path, monkeypatch):
    """The ingest is timed as an installed copy runs: with every module's bytecode there
    (under a bytecode prefix here, so the test writes nothing beside the source)."""
    import sys

    from media_manager.captions import parse

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    cached = Path(importlib.util.cache_from_source(parse.__file__))
    assert not cached.exists()
    load_benchmark().compile_bytecode()
    assert cached.is_file() and cached.is_relative_to(tmp_path)
    assert cached.read_bytes()[:4] == importlib.util.MAGIC_NUMBER
    compiled = {p.name for p in cached.parent.glob("*.pyc")}
    sources = {p.stem for p in Path(parse.__file__).parent.glob("*.py")}
    assert {name.split(".")[0] for name in compiled} == sources
