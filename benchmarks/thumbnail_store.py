"""Thumbnail stores: the thumbnail pass and a contact-sheet page of images, per store.

    python benchmarks/thumbnail_store.py --photos 400 [--workers 2] [--postgres URL]

Makes N wire-sized JPEGs (2400×1600), catalogues them once per store — the data folder,
the database store on SQLite and, when PostgreSQL answers, the database store there —
and prints for each: the thumbnail pass (files/s), the bytes kept per photo, one
contact-sheet page of 48 thumbnails read cold (a new process's first read) and warm
(the server's memory, as on every rerun) as the median of 20, and the ratios against
the data folder store, the reference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAGE = 48
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def make_pictures(folder: Path, count: int) -> None:
    from tests.photos import make_picture

    for number in range(count):
        target = folder / f"wire{number:04d}.jpg"
        if not target.exists():
            make_picture(target, 1000 + number, size=(2400, 1600))


def measure(settings, folder: Path, workers: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from media_manager.catalog.service import Catalog

    with Catalog.open(settings) as catalog:
        catalog.ingest([folder], workers=workers)
        started = time.perf_counter()
        made = catalog.build_thumbnails(workers=workers)["made"]
        drawing = time.perf_counter() - started
        photos = catalog.list_photos(limit=PAGE)
        page = [(p.id, p.thumbnail) for p in photos]
        stored = sum(map(len, catalog.thumbnail_images(page).values())) + sum(
            map(len, catalog.thumbnail_images(page, "preview").values()))
    cold, warm = [], []
    for _ in range(20):
        with Catalog(settings) as fresh:  # a new server process's first read of the page
            started = time.perf_counter()
            assert len(fresh.thumbnail_images(page)) == PAGE
            cold.append(time.perf_counter() - started)
            started = time.perf_counter()
            fresh.thumbnail_images(page)
            warm.append(time.perf_counter() - started)
    return {"made": made, "files_per_s": made / drawing, "bytes_per_photo": stored / PAGE,
            "cold_ms": statistics.median(cold) * 1000, "warm_ms": statistics.median(warm) * 1000}


def postgres_schema(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine, text

    schema = f"bench_thumbs_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(url, connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as problem:  # noqa: BLE001 - no server: that row is left out
        print(f"PostgreSQL not used: {str(problem).splitlines()[0]}")
        return None, lambda: None

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{url}?options=-csearch_path%3D{schema}", drop


def main() -> None:
    from media_manager.config import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=400)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--postgres", default=POSTGRES)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / f"media-manager-thumbs-{args.photos}"
    make_pictures(folder, args.photos)
    pg_url, drop = postgres_schema(args.postgres)
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        runs = [("data folder (reference)", "sqlite", "data"),
                ("database store, SQLite", "sqlite", "database")]
        if pg_url:
            runs.append(("database store, PostgreSQL", pg_url, "database"))
        for number, (name, url, store) in enumerate(runs):
            data = Path(scratch) / f"run{number}"
            database = f"sqlite:///{data / 'catalog.sqlite3'}" if url == "sqlite" else url
            settings = Settings.from_env(database_url=database, data_dir=data,
                                         thumbnails=store)
            data.mkdir()
            results[name] = measure(settings, folder, args.workers)
    drop()
    print(f"{args.photos} JPEGs of 2400x1600, {args.workers} workers; a page is {PAGE} "
          "thumbnails; cold = a new process's first read, warm = from its memory")
    reference = results["data folder (reference)"]
    for name, figures in results.items():
        print(f"{name:28} pass {figures['files_per_s']:6.1f} files/s "
              f"({figures['files_per_s'] / reference['files_per_s']:.2f}x)  "
              f"{figures['bytes_per_photo'] / 1024:5.0f} KB/photo  "
              f"page cold {figures['cold_ms']:6.2f} ms "
              f"({figures['cold_ms'] / reference['cold_ms']:.2f}x)  "
              f"warm {figures['warm_ms']:6.3f} ms")


if __name__ == "__main__":
    main()
