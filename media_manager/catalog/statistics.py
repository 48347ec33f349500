"""The planner's statistics: refreshed after a large ingest, so searches keep their plans.

PostgreSQL servers may run with autovacuum off, and a SQLite catalogue has no
statistics until ``ANALYZE`` runs; without them the planner guesses how common a
word or a status is, and a search that should walk an index scans the catalogue.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

#: An ingest that adds or changes at least this many photos refreshes the statistics.
LARGE_INGEST = 1000
#: New index entries wait in the GIN index's pending list, which every search reads
#: through until a VACUUM (no autovacuum here) or this merges it into the index.
_POSTGRES_CLEAN = "SELECT gin_clean_pending_list('ix_photo_search_document'::regclass)"
_POSTGRES_ANALYZE = "ANALYZE photo, photo_file, field_value, photo_search"
_SQLITE_LIMIT = "PRAGMA analysis_limit = 2000"  # sample each index: seconds, not minutes


def refresh_statistics(connection: Connection) -> None:
    """Run ``ANALYZE`` over the catalogue's tables (sampled on SQLite); on PostgreSQL
    merge the search index's pending entries first."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(_POSTGRES_CLEAN))
        connection.execute(text(_POSTGRES_ANALYZE))
        return
    connection.execute(text(_SQLITE_LIMIT))
    connection.execute(text("ANALYZE"))


def vacuum_search_index(engine: Engine) -> None:
    """PostgreSQL: ``VACUUM photo_search`` (outside any transaction), after a large ingest.

    With autovacuum off nothing marks new pages all-visible, so a count or a page by
    date taken among active photos reads the table row by row instead of only the index
    ``(status, taken, photo_id)``; a VACUUM visits only the pages changed since the last.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM photo_search"))
