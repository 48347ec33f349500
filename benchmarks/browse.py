"""Browse page server time at catalogue scale, on SQLite and PostgreSQL.

    python benchmarks/browse.py --photos 100000 [--postgres URL | --no-postgres]

Fills a catalogue with N photos (rows written straight into the tables: ingesting
100,000 files would measure ingest, not browsing), then times the service calls the
Browse page makes for one rerun: the count, one page of 48 photos with their values and
markers, and the linter's finding counts for that page (the page caches those per photo
version, so only a first view pays them; it keeps a query's count for 15 s, so a page
turn is the page and its findings without a recount). Unfiltered, filtered (credit + city) and
searched (two words), each for the first page and a page turn. Prints milliseconds
(median of 5) with the ratio to the targets (1 s a view, 300 ms a page turn) and to a
reference query (the first 48 photo ids, the least any page can cost).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from media_manager.catalog.browse import SheetQuery
from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from media_manager.models import FieldValue, Photo

PAGE = 48
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
AGENCIES = [("REUTERS", "Temilade Okafor"), ("AP", "Lukas Brunner"), ("AFP", "Claire Moreau"),
            ("EPA", "Wanjiru Kamau"), ("GETTY IMAGES", "Sam Whitlow")]
PLACES = [("Lagos", "Nigeria"), ("Bern", "Switzerland"), ("Lyon", "France"),
          ("Nairobi", "Kenya"), ("Denver", "United States"), ("Osaka", "Japan"),
          ("Recife", "Brazil")]
VIEWS = {"unfiltered": SheetQuery(), "filtered": SheetQuery(credit="reuters", city="lagos"),
         "searched": SheetQuery(text="flood lagos")}


def rows_for(number: int) -> tuple[dict[str, object], list[dict[str, object]]]:
    credit, photographer = AGENCIES[number % len(AGENCIES)]
    city, country = PLACES[number % len(PLACES)]
    subject = ("flood", "market", "election", "match")[number % 4]
    day = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * number)
    caption = (f"People pass a {subject} scene in {city}, {country}, {day:%B %-d, %Y}. "
               f"{credit}/{photographer}")
    values = {"headline": f"{city} {subject} {number}", "description": caption,
              "credit_line": credit, "creator": photographer, "city": city,
              "country": country, "date_created": f"{day:%Y-%m-%d}"}
    photo = {"id": number + 1, "image_hash": f"{number:064x}", "path": f"/wire/{number}.jpg",
             "format": "JPEG", "version": 1, "status": "active", "unwritten": False,
             "search_text": " ".join(values.values()).lower(), "added_at": day,
             "updated_at": day, "date_time_original": f"{day:%Y:%m:%d %H:%M:%S}"}
    fields = [{"photo_id": number + 1, "name": name, "position": 0, "value": value,
               "source": "embedded", "origin": "iptc"} for name, value in values.items()]
    fields.append({"photo_id": number + 1, "name": "source", "position": 0,
                   "value": credit.title(), "source": "parsed", "origin": "caption"})
    return photo, fields


def fill(catalog: Catalog, count: int) -> None:
    chunk = 5000
    with catalog.engine.begin() as connection:
        for start in range(0, count, chunk):
            photos, fields = [], []
            for number in range(start, min(count, start + chunk)):
                photo, values = rows_for(number)
                photos.append(photo)
                fields += values
            connection.execute(insert(Photo), photos)
            connection.execute(insert(FieldValue), fields)
    if catalog.engine.dialect.name == "postgresql":
        with catalog.engine.begin() as connection:
            connection.execute(text("SELECT setval('photo_id_seq', :n)"), {"n": count})
            connection.execute(text("ANALYZE"))


def median_ms(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def page_view(catalog: Catalog, query: SheetQuery, page: int, *, count: bool = True) -> int:
    """What one rerun of the Browse page asks the service for (the page keeps a query's
    count for 15 s, so a page turn does not count again)."""
    total = catalog.sheet_count(query) if count else 0
    photos = catalog.sheet(query, limit=PAGE, offset=(page - 1) * PAGE)
    catalog.findings_counts([p.id for p in photos])
    return total


def measure(label: str, catalog: Catalog) -> None:
    def reference() -> object:
        with catalog.engine.connect() as connection:
            return connection.execute(select(Photo.id).order_by(Photo.id).limit(PAGE)).all()

    base = median_ms(reference)
    print(f"{label}: reference (first {PAGE} ids) {base:.1f} ms")
    for name, query in VIEWS.items():
        total = page_view(catalog, query, 1)
        first = median_ms(lambda q=query: page_view(catalog, q, 1))
        turn = median_ms(lambda q=query: page_view(catalog, q, 2, count=False))
        rerun = median_ms(lambda q=query: (catalog.sheet_count(q),
                                           catalog.sheet(q, limit=PAGE)))
        print(f"{label}: {name:<10} {total:>7,} photos  first view {first:7.1f} ms "
              f"({first / 1000:.2f}× the 1 s target, {first / base:.0f}× reference)  "
              f"page turn {turn:7.1f} ms ({turn / 300:.2f}× the 300 ms target)  "
              f"rerun, findings cached {rerun:7.1f} ms")


def run(label: str, url: str, count: int, data_dir: Path) -> None:
    catalog = Catalog.open(Settings(database_url=url, data_dir=data_dir))
    started = time.perf_counter()
    fill(catalog, count)
    print(f"{label}: {count:,} photos filled in {time.perf_counter() - started:.1f} s")
    measure(label, catalog)
    catalog.close()


def postgres_schema(url: str) -> tuple[str, Callable[[], None]] | None:
    try:
        admin = create_engine(url, connect_args={"connect_timeout": 3})
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as problem:  # noqa: BLE001 - no server: say so and go on
        print(f"postgresql: skipped ({str(problem).splitlines()[0]})")
        return None

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{url}?options=-csearch_path%3D{schema}", drop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--postgres", default=POSTGRES, help="server URL (a schema is made)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite", f"sqlite:///{folder}/browse.sqlite3", args.photos, Path(folder))
        made = None if args.no_postgres else postgres_schema(args.postgres)
        if made:
            try:
                run("postgresql", made[0], args.photos, Path(folder))
            finally:
                made[1]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
