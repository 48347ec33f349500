"""Ingest keeps both cores busy: files are read while the caption parser loads, and the
last results are stored while the workers finish (issue 10, faster ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_manager.catalog import ingest as ingest_module
from media_manager.catalog import reading as reading_module
from tests.photos import make_wire_photo

CAPTION = ("Rescue workers carry a resident through floodwater in Porto Alegre, Brazil, "
           "Tuesday, May 7, 2024. (AP Photo/Marta Quiroga)")


def wire(root: Path, count: int) -> Path:
    for seed in range(count):
        make_wire_photo(root / f"p{seed:02d}.jpg", seed, description=CAPTION,
                        headline=f"Flood {seed}")
    return root


def record_work(monkeypatch) -> list[str]:
    """The names of the functions handed to reading processes, in order."""
    handed: list[str] = []
    real = reading_module.run_in_workers

    def recorded(work, items, workers, **options):  # type: ignore[no-untyped-def]
        handed.append(work.__name__)
        return real(work, items, workers, **options)

    monkeypatch.setattr(reading_module, "run_in_workers", recorded)
    return handed


@pytest.mark.parametrize("loaded", [False, True])
def test_files_read_while_the_caption_parser_loads_get_their_suggestions(
        catalog, tmp_path, monkeypatch, loaded):
    monkeypatch.setattr(reading_module, "caption_parser_loaded", lambda: loaded)
    monkeypatch.setattr(reading_module, "EARLY_READS", 3)
    handed = record_work(monkeypatch)
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "p01b.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photo")
    summary = catalog.ingest([wire(tmp_path / "wire", 6)], workers=2)
    # read early (a process of its own) only when the parser is not loaded yet
    assert handed == (["examine"] if loaded else ["read_file", "examine"])
    assert summary.counts() == {"added": 6, "updated": 0, "unchanged": 0, "duplicate": 0,
                                "failed": 1}
    assert [Path(o.path).name for o in summary.outcomes] == [
        "p00.jpg", "p01.jpg", "p01b.jpg", "p02.jpg", "p03.jpg", "p04.jpg", "p05.jpg"]
    [failed] = summary.errors
    assert failed["path"].endswith("p01b.jpg") and failed["reason"].startswith("unreadable")
    for photo in catalog.list_photos():
        record = catalog.photo(photo.id)
        assert (record.fields["city"], record.values.sources["city"]) == ("Porto Alegre",
                                                                          "parsed")


@pytest.mark.parametrize("workers, files, chunk, ahead, sizes", [
    (2, 12, 4, 1, [4, 4, 3, 1]),  # two batches in flight at most
    (1, 12, 4, 1, [4, 4, 4]),  # no workers: nothing is in flight
    (2, 40, 8, 4, [8, 8, 8, 8, 4, 2, 2]),  # 14 files in flight: half, a quarter, ...
])
def test_results_after_the_last_file_went_out_are_stored_in_smaller_chunks(
        catalog, tmp_path, monkeypatch, workers, files, chunk, ahead, sizes):
    monkeypatch.setattr(reading_module, "caption_parser_loaded", lambda: True)
    monkeypatch.setattr(ingest_module, "CHUNK", chunk)
    monkeypatch.setattr(ingest_module, "TAIL_CHUNK", 2)
    monkeypatch.setattr(reading_module, "READ_BATCH", 2)
    monkeypatch.setattr(reading_module, "READ_AHEAD", ahead)
    stored: list[int] = []
    real = ingest_module._store_chunk

    def recorded(chunk, *args):  # type: ignore[no-untyped-def]
        stored.append(len(chunk))
        return real(chunk, *args)

    monkeypatch.setattr(ingest_module, "_store_chunk", recorded)
    summary = catalog.ingest([wire(tmp_path / "wire", files)], workers=workers)
    assert summary.counts()["added"] == files
    # once the last file went out, a chunk is stored when it holds as many files as are
    # still to come (never fewer than TAIL_CHUNK), so the last one is small
    assert stored == sizes
