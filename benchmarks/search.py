"""Search speed at scale: a search page (list + count) on a synthetic catalogue, both backends.

    python benchmarks/search.py --photos 1000000 --backend sqlite|postgresql [--reuse]

Builds (or with ``--reuse`` keeps) a catalogue of N synthetic wire photos
(``search_corpus.py``: about twenty agencies, many places, two years of dates, a
Zipf vocabulary) written straight through the models' tables and the search index's
one write path (``search_index.index_documents``), not by ingesting JPEGs. Then prints, in one run:

* the indexing cost per photo (preparing the words, and the database's index upkeep);
* 5 % of the photos superseded and 0.1 % killed, which searches hide;
* p50/p95 of ``Catalog.search(query, limit=24)`` (the page and its count) for a rare,
  a medium and a very common word, a credit, a phrase, a person, a field, a date range;
* the ratio against the old ``LIKE '%word%'`` scan (count + first page) at the same size;
* a deep browse page by keyset against the same page by ``OFFSET``;
* peak memory of ``media-manager ingest`` of the sample photos into this catalogue.

PostgreSQL: ``--db URL`` (default ``$MEDIA_MANAGER_TEST_POSTGRES`` or the local ``test``
database); the catalogue lives in its own schema ``bench_search_<N>``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.schema import CreateSchema, DropSchema

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import VILLAGES, CatalogueMaker

from media_manager.catalog import search
from media_manager.catalog.search_index import document, index_documents
from media_manager.catalog.service import Catalog
from media_manager.catalog.statistics import refresh_statistics, vacuum_search_index
from media_manager.catalog.values import PhotoValues, search_text
from media_manager.config import Settings
from media_manager.db import make_engine, migrate
from media_manager.fields import LIST_FIELDS
from media_manager.models import FieldValue, Photo, PhotoFile

CHUNK = 5000
POSTGRES = os.environ.get("MEDIA_MANAGER_TEST_POSTGRES",
                          "postgresql+psycopg://postgres@127.0.0.1:5432/test")
QUERIES = {
    "rare word": VILLAGES[1234].lower(),
    "medium word": "kiln",
    "very common word": "the",
    "credit": "credit:reuters",
    "phrase": "\"state visit\"",
    "person": "person:\"Rosa Lemaire\"",
    "field": "city:zurich",
    "date range": "date:2024-05-01..2024-05-31",
    "words + field + date": "flood police country:nigeria date:2025",
}
LIKE_QUERIES = ("rare word", "medium word", "very common word")


def catalogue_url(backend: str, name: str, folder: Path, db: str | None,
                  reuse: bool) -> str:
    if backend == "sqlite":
        path = folder / f"{name}.sqlite3"
        if not reuse and path.exists():
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                extra.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    base, schema = db or POSTGRES, f"bench_{name.replace('-', '_')}"
    admin = create_engine(base)
    with admin.begin() as connection:
        if not reuse:
            connection.execute(DropSchema(schema, cascade=True, if_exists=True))
        connection.execute(CreateSchema(schema, if_not_exists=True))
    admin.dispose()
    return f"{base}?options=-csearch_path%3D{schema}"


def build(url: str, photos: int) -> dict[str, float]:
    """Fill the catalogue; returns seconds spent preparing words and indexing, per photo."""
    engine = make_engine(url)
    migrate(engine)
    with engine.connect() as connection:
        have = connection.scalar(select(func.count()).select_from(Photo)) or 0
    maker, spent = CatalogueMaker(), {"prepare": 0.0, "index": 0.0, "rows": 0.0}
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for first in range(have, photos, CHUNK):
        batch = [maker.photo(i) for i in range(first, min(first + CHUNK, photos))]
        began = time.perf_counter()
        with engine.begin() as connection:
            ids = _insert_rows(connection, first, batch, start)
            spent["rows"] += time.perf_counter() - began
            began = time.perf_counter()
            indexed = [(i, start + timedelta(minutes=i), document(values))
                       for i, values in zip(ids, batch)]
            spent["prepare"] += time.perf_counter() - began
            began = time.perf_counter()
            index_documents(connection, indexed)
            spent["index"] += time.perf_counter() - began
        if (first // CHUNK) % 20 == 0:
            print(f"  built {first + len(batch):,} photos", file=sys.stderr, flush=True)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # ids were given: move the sequence on
            connection.execute(text("SELECT setval(pg_get_serial_sequence('photo', 'id'), "
                                    "(SELECT max(id) FROM photo))"))
        withdraw(connection)
        refresh_statistics(connection)
    vacuum_search_index(engine)  # as a large ingest ends
    engine.dispose()
    built = max(photos - have, 1)
    return {name: seconds / built for name, seconds in spent.items()} if photos > have else {}


def withdraw(connection) -> None:  # type: ignore[no-untyped-def]
    """Resends and kill notices: 5 % of the photos superseded, 0.1 % killed (a plain
    UPDATE of photo.status, as an import does; the index follows by its trigger)."""
    for status, rule in (("superseded", "id % 20 = 0"), ("killed", "id % 1000 = 1")):
        connection.execute(text(f"UPDATE photo SET status = '{status}' "
                                f"WHERE {rule} AND status = 'active'"))


def _insert_rows(connection, first: int, batch: list[dict], start: datetime) -> list[int]:  # type: ignore[no-untyped-def]
    ids = list(range(first + 1, first + len(batch) + 1))
    photo_rows, file_rows, value_rows = [], [], []
    for photo_id, values in zip(ids, batch):
        at = start + timedelta(minutes=photo_id)
        path = f"/archive/{photo_id // 10000:04d}/wire_{photo_id:07d}.jpg"
        photo_rows.append({
            "id": photo_id, "image_hash": f"{photo_id:064x}", "path": path, "version": 1,
            "search_text": search_text(PhotoValues(fields=values)), "added_at": at,
            "updated_at": at, "format": "JPEG", "width": 3000, "height": 2000})
        file_rows.append({"photo_id": photo_id, "path": path, "file_size": 2_000_000,
                          "mtime_ns": photo_id, "read_at": at})
        for name, value in values.items():
            items = value if name in LIST_FIELDS else [value]
            value_rows += [{"photo_id": photo_id, "name": name, "position": position,
                            "value": item, "source": "embedded", "origin": "iptc"}
                           for position, item in enumerate(items)]
    for table, rows in ((Photo.__table__, photo_rows), (PhotoFile.__table__, file_rows),
                        (FieldValue.__table__, value_rows)):
        if connection.dialect.name == "postgresql":
            _copy(connection, table.name, rows)
        else:
            connection.execute(insert(table), rows)
    return ids


COPY = {  # PostgreSQL's bulk path for the photos' own rows (the index goes the normal way)
    "photo": "COPY photo (id, image_hash, path, version, search_text, added_at, updated_at, "
             "format, width, height) FROM STDIN",
    "photo_file": "COPY photo_file (photo_id, path, file_size, mtime_ns, read_at) FROM STDIN",
    "field_value": "COPY field_value (photo_id, name, position, value, source, origin) "
                   "FROM STDIN",
}


def _copy(connection, table: str, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(COPY[table]) as copy:
        for row in rows:
            copy.write_row(tuple(row.values()))


def timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """p50 and p95 in milliseconds, after one warm-up run."""
    action()
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def like_page(catalog: Catalog, word: str) -> None:
    """The old search: LIKE '%word%' on photo.search_text, count and the first 24."""
    pattern = Photo.search_text.like(f"%{word}%")
    with catalog.sessions() as session:
        session.scalar(select(func.count()).select_from(Photo).where(pattern))
        session.execute(select(Photo.id).where(pattern).order_by(Photo.id).limit(24)).all()


def report_searches(catalog: Catalog, repeats: int) -> dict[str, float]:
    p50s = {}
    print(f"{'query':<22} {'text':<42} {'count':>8} {'order':<9} {'p50 ms':>7} {'p95 ms':>7}")
    for label, query in QUERIES.items():
        page = catalog.search(query, limit=24)
        p50, p95 = timed(lambda q=query: catalog.search(q, limit=24), repeats)
        p50s[label] = p50
        print(f"{label:<22} {query:<42} {page.count_text:>8} {page.sort:<9} "
              f"{p50:>7.1f} {p95:>7.1f}")
    return p50s


def report_like(catalog: Catalog, p50s: dict[str, float], repeats: int) -> None:
    for label in LIKE_QUERIES:
        like50, _ = timed(lambda w=QUERIES[label]: like_page(catalog, w), repeats)
        print(f"old LIKE scan, {label:<17} p50 {like50:8.1f} ms   "
              f"indexed search is {like50 / max(p50s[label], 0.01):6.1f}x faster")


def report_browse(catalog: Catalog, photos: int, repeats: int) -> None:
    """The last page of the catalogue by date taken: keyset against OFFSET."""
    with catalog.sessions() as session:
        row = session.execute(text(
            "SELECT photo_id, taken FROM photo_search ORDER BY taken DESC, photo_id DESC "
            "LIMIT 1 OFFSET :skip"), {"skip": max(photos - 25, 0)}).one()
    cursor = f"{row.taken}|{row.photo_id}"
    keyset50, keyset95 = timed(lambda: catalog.search("", sort="taken", after=cursor), repeats)

    def by_offset() -> None:
        with catalog.sessions() as session:
            search.search(session, "", sort="taken", offset=max(photos - 24, 0))

    offset50, _ = timed(by_offset, max(3, repeats // 4))
    print(f"last browse page by date taken, keyset: p50 {keyset50:.1f} ms, p95 {keyset95:.1f} "
          f"ms; by OFFSET: p50 {offset50:.1f} ms (keyset {offset50 / max(keyset50, 0.01):.1f}x "
          "faster)")


def report_ingest_memory(url: str, folder: Path) -> None:
    samples = Path(__file__).resolve().parents[1] / "sample_media"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "media_manager", "--db", url, "--data-dir", str(folder),
         "ingest", str(samples), "--workers", "1", "--no-thumbnails", "--json"],
        capture_output=True, text=True, check=False)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"ingest of {samples.name}/ into this catalogue: exit {done.returncode}, "
          f"{time.perf_counter() - began:.1f} s, peak memory {max(peak, before) / 1024:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--db", help="PostgreSQL URL (the benchmark makes its own schema)")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "mm-search")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--reuse", action="store_true",
                        help="keep a catalogue built before (and add photos up to --photos)")
    parser.add_argument("--catalogue", help="name of the catalogue file or schema "
                                            "(default search-N; with --reuse, any built one)")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest memory run")
    options = parser.parse_args()
    options.folder.mkdir(parents=True, exist_ok=True)
    name = options.catalogue or f"search-{options.photos}"
    url = catalogue_url(options.backend, name, options.folder, options.db, options.reuse)
    began = time.perf_counter()
    costs = build(url, options.photos)
    with Catalog(Settings(database_url=url, data_dir=options.folder)) as catalog:
        photos = catalog.count(include_inactive=True)
    print(f"{options.backend}, {photos:,} photos, built in "
          f"{time.perf_counter() - began:.0f} s")
    if costs:
        print(f"indexing cost per photo: {costs['prepare'] * 1e6:.0f} µs preparing words + "
              f"{(costs['index'] - costs['prepare']) * 1e6:.0f} µs database index upkeep "
              f"(the photo's own rows: {costs['rows'] * 1e6:.0f} µs)")
    with Catalog(Settings(database_url=url, data_dir=options.folder)) as catalog:
        p50s = report_searches(catalog, options.repeats)
        report_like(catalog, p50s, max(3, options.repeats // 5))
        report_browse(catalog, photos, options.repeats)
    worst = max(p50s.values())
    print(f"slowest p50 {worst:.1f} ms: target p95 < 100 ms")
    if not options.no_ingest:
        report_ingest_memory(url, options.folder)


if __name__ == "__main__":
    main()
