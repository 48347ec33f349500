"""Time every credit report over a large catalogue on SQLite and PostgreSQL.

The catalogue (default 1,000,000 photos with source, credit, photographer, instructions
and transmission reference, and 200,000 uses) is generated in bulk inside the database,
in SQL, after the real migrations have made the schema. Each report runs through
``Catalog.report`` as the CLI and UI call it. The reference is a plain ``COUNT(*)`` over
the same tables (photo ⋈ field_value for the source, and photo_use), timed in the same
script; each report is printed with its ratio to it.

    python benchmarks/reports.py --photos 1000000 --uses 200000 --backend both

With ``--keep NAME`` the catalogue is built once and kept (a SQLite file in the temporary
folder, a PostgreSQL schema ``bench_NAME``); a later run with the same name and sizes
reuses it (after the migrations, so a new index is built on it) instead of generating it
again. ``--postgres-url`` names the PostgreSQL database the schema goes in.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from media_manager.catalog.report_config import AgencyRate, ReportConfig
from media_manager.catalog.report_request import ReportRequest
from media_manager.catalog.service import Catalog
from media_manager.config import Settings

POSTGRES = os.environ.get("MM_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
KEPT = Path(tempfile.gettempdir()) / "media-manager-report-bench"
CONFIG = ReportConfig(
    rates={"AP": AgencyRate("AP", per_use=45.0), "Reuters": AgencyRate("Reuters", monthly=1200.0),
           "AFP": AgencyRate("AFP", per_use=30.0)},
    publications={"Pester Lloyd": "Hungary", "Daily Planet": "United Kingdom"})

# The numbers series each backend counts with, then one INSERT ... SELECT per table or field.
SERIES = {
    "sqlite": ["DROP TABLE IF EXISTS temp.seq",
               ("CREATE TEMP TABLE seq AS WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL "
                "SELECT n + 1 FROM s WHERE n < :count) SELECT n FROM s")],
    "postgresql": ["DROP TABLE IF EXISTS seq",
                   "CREATE TEMP TABLE seq AS SELECT generate_series(1, :count) AS n"],
}
PHOTO = {
    "sqlite": "INSERT INTO photo (id, image_hash, path, version, search_text, added_at, "
              "updated_at, unwritten, status) SELECT n, printf('%064x', n), "
              "'/wire/p' || n || '.jpg', 1, '', "
              "strftime('%Y-%m-%d %H:%M:%f000', '2026-01-01', '+' || (n % 334) || ' days', "
              "'+' || (n % 86400) || ' seconds'), '2026-12-01 00:00:00.000000', 0, "
              "CASE WHEN n % 1000 = 0 THEN 'killed' WHEN n % 997 = 0 THEN 'superseded' "
              "ELSE 'active' END FROM seq",
    "postgresql": "INSERT INTO photo (id, image_hash, path, version, search_text, added_at, "
                  "updated_at, unwritten, status) SELECT n, lpad(to_hex(n), 64, '0'), "
                  "'/wire/p' || n || '.jpg', 1, '', "
                  "timestamptz '2026-01-01 00:00+00' + (n % 334) * interval '1 day' "
                  "+ (n % 86400) * interval '1 second', now(), false, "
                  "CASE WHEN n % 1000 = 0 THEN 'killed' WHEN n % 997 = 0 THEN 'superseded' "
                  "ELSE 'active' END FROM seq",
}
AGENCY = ("CASE n % 10 WHEN 0 THEN 'AP' WHEN 1 THEN 'AP' WHEN 2 THEN 'AP' WHEN 3 THEN 'Reuters' "
          "WHEN 4 THEN 'Reuters' WHEN 5 THEN 'AFP' WHEN 6 THEN 'Getty Images' WHEN 7 THEN 'EPA' "
          "WHEN 8 THEN 'AP' ELSE 'Zeta Wire' END")
CREATOR = "'Photographer ' || (n % 5000)"
CREDIT = ("CASE n % 10 WHEN 3 THEN 'REUTERS/' || " + CREATOR + " WHEN 4 THEN 'REUTERS/' || "
          + CREATOR + " WHEN 5 THEN " + CREATOR + " || '/AFP' WHEN 6 THEN 'Getty Images' "
          "WHEN 7 THEN 'EPA-EFE/' || " + CREATOR + " WHEN 8 THEN 'Ministry of Information via AP' "
          "WHEN 9 THEN 'Zeta Wire/' || " + CREATOR + " ELSE 'AP Photo/' || " + CREATOR + " END")
INSTRUCTIONS = ("CASE n % 3 WHEN 0 THEN 'EMBARGOED UNTIL 2026-06-01 10:00 GMT' "
                "WHEN 1 THEN 'HUNGARY OUT. NO SALES' ELSE 'MANDATORY CREDIT' END")
FIELDS = [
    ("source", AGENCY, "n % 41 <> 0"),
    ("credit_line", CREDIT, "n % 37 <> 0"),
    ("creator", CREATOR, "n % 10 <> 8"),
    ("instructions", INSTRUCTIONS, "n % 50 = 0"),
    ("job_id", "'X' || n", "1 = 1"),
]
FIELD_INSERT = ("INSERT INTO field_value (photo_id, name, position, value, source) "
                "SELECT n, :name, 0, {value}, 'embedded' FROM seq WHERE {where}")
USE = {
    "sqlite": "INSERT INTO photo_use (id, photo_id, story, publication, used_on, page, url, "
              "use_key, recorded_by, recorded_at) SELECT n, (n * 7919) % :photos + 1, "
              "'story-' || (n % 20000), CASE n % 3 WHEN 0 THEN 'Pester Lloyd' "
              "ELSE 'Daily Planet' END, date('2026-01-01', '+' || (n % 365) || ' days'), "
              "'' || (n % 60), '', printf('%064x', n), 'bench', '2026-12-01 00:00:00.000000' "
              "FROM seq WHERE n <= :uses",
    "postgresql": "INSERT INTO photo_use (id, photo_id, story, publication, used_on, page, url, "
                  "use_key, recorded_by, recorded_at) SELECT n, (n::bigint * 7919) % :photos + 1, "
                  "'story-' || (n % 20000), CASE n % 3 WHEN 0 THEN 'Pester Lloyd' "
                  "ELSE 'Daily Planet' END, date '2026-01-01' + (n % 365), "
                  "'' || (n % 60), '', lpad(to_hex(n), 64, '0'), 'bench', now() "
                  "FROM seq WHERE n <= :uses",
}
REFERENCE = ("SELECT (SELECT count(*) FROM photo JOIN field_value ON field_value.photo_id = "
             "photo.id AND field_value.name = 'source' AND field_value.position = 0), "
             "(SELECT count(*) FROM photo_use)")
REPORTS = [
    ("credits --by source", ReportRequest("credits", by="source")),
    ("credits --by credit_line", ReportRequest("credits", by="credit_line")),
    ("credits --by creator", ReportRequest("credits", by="creator")),
    ("credits --by period --period month", ReportRequest("credits", by="period")),
    ("credits --by period --period week", ReportRequest("credits", by="period", period="week")),
    ("story story-42", ReportRequest("story", story="story-42")),
    ("restrictions", ReportRequest("restrictions")),
    ("problems", ReportRequest("problems")),
    ("cost --period month", ReportRequest("cost")),
]


def build(catalog: Catalog, photos: int, uses: int) -> float:
    """Fill the catalogue in SQL; the seconds it took."""
    dialect = catalog.engine.dialect.name
    started = time.perf_counter()
    with catalog.engine.begin() as connection:
        for statement in SERIES[dialect]:
            connection.execute(text(statement), {"count": max(photos, uses)})
        connection.execute(text(PHOTO[dialect].replace("FROM seq", "FROM seq WHERE n <= :n")),
                           {"n": photos})
        for name, value, where in FIELDS:
            statement = FIELD_INSERT.format(value=value, where=f"({where}) AND n <= :n")
            connection.execute(text(statement), {"name": name, "n": photos})
        connection.execute(text(USE[dialect]), {"photos": photos, "uses": uses})
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def built_already(catalog: Catalog, photos: int, uses: int) -> bool:
    """Whether a kept catalogue holds exactly the photos and uses asked for."""
    with catalog.engine.connect() as connection:
        found = connection.execute(text("SELECT (SELECT count(*) FROM photo), "
                                        "(SELECT count(*) FROM photo_use)")).one()
    return tuple(found) == (photos, uses)


def timed(action: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run(url: str, label: str, photos: int, uses: int, repeat: int,
        only: tuple[str, ...] = (), keep: bool = False) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        catalog = Catalog.open(Settings(database_url=url, data_dir=Path(folder)))
        try:
            if keep and built_already(catalog, photos, uses):
                print(f"\n{label}: reused {photos:,} photos and {uses:,} uses "
                      f"(opened and migrated in {time.perf_counter() - started:.1f} s)")
            else:
                seconds = build(catalog, photos, uses)
                print(f"\n{label}: built {photos:,} photos and {uses:,} uses in {seconds:.1f} s")

            def reference() -> None:
                with catalog.engine.connect() as connection:
                    connection.execute(text(REFERENCE)).one()

            base = timed(reference, repeat)
            print(f"  {'reference: COUNT(*) photo⋈source + photo_use':<44} {base:7.3f} s")
            results = []
            for name, request in REPORTS:
                if only and request.name not in only:
                    continue
                rows: list[int] = []
                took = timed(lambda r=request, out=rows: out.append(
                    len(catalog.report(r, CONFIG).rows)), repeat)
                verdict = "ok" if took < 2.0 else "over 2 s"
                print(f"  {name:<44} {took:7.3f} s  {took / base:6.1f}× reference  "
                      f"{rows[-1]:>7,} rows  {verdict}")
                results.append((name, took))
            return results
        finally:
            catalog.close()


def postgres_url(database: str, keep: str) -> tuple[str, Callable[[], None]]:
    """A schema of its own in ``database``: a new one dropped afterwards, or a kept one."""
    schema = f"bench_{keep}" if keep else f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database)
    with admin.begin() as connection:
        # a generated or checked name, not free input
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))

    def drop() -> None:
        if not keep:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{database}?options=-csearch_path%3D{schema}", drop


def kept_name(value: str) -> str:
    if value and (not value.replace("_", "").isalnum() or not value.isascii()):
        raise argparse.ArgumentTypeError("letters, digits and _ only")
    return value.lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=1_000_000)
    parser.add_argument("--uses", type=int, default=200_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs per report")
    parser.add_argument("--only", default="", help="comma-separated reports, e.g. problems,cost")
    parser.add_argument("--keep", type=kept_name, default="", metavar="NAME",
                        help="keep the catalogue under NAME and reuse it when the sizes match")
    parser.add_argument("--postgres-url", default=POSTGRES,
                        help="PostgreSQL database for the benchmark's schema "
                             "(default: $MM_BENCH_POSTGRES or %(default)s)")
    args = parser.parse_args()
    only = tuple(n for n in args.only.split(",") if n)
    keep = bool(args.keep)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            if keep:
                KEPT.mkdir(exist_ok=True)
            path = KEPT / f"{args.keep}.sqlite3" if keep else Path(folder) / "bench.sqlite3"
            run(f"sqlite:///{path}", "SQLite", args.photos, args.uses, args.repeat, only, keep)
    if args.backend in ("postgresql", "both"):
        url, drop = postgres_url(args.postgres_url, args.keep)
        try:
            run(url, "PostgreSQL", args.photos, args.uses, args.repeat, only, keep)
        finally:
            drop()


if __name__ == "__main__":
    main()
