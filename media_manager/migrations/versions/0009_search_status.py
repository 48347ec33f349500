"""search index: each photo's status in photo_search, so searches filter it in the index

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-01 12:30:00

``photo_search.status`` is a copy of ``photo.status``, filled here for existing
catalogues and kept in step by a trigger on ``photo`` (every status change, from
any writer, reaches the index). A search then hides superseded and killed photos
without asking ``photo`` for them (a ``NOT IN`` list that grew with every resend):

* **SQLite**: the FTS5 table gets a ``status`` column, so the exclusion is part of
  the ``MATCH`` expression and a capped count never leaves the full-text index; the
  table is rebuilt over the new column (once, here), its triggers follow it.
* **Both**: indexes ``(status, taken, photo_id)`` and ``(status, received, photo_id)``,
  so counts and pages of a date range or a date order among active photos read one
  index, in its order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = "words, credit, source, creator, city, country, keyword, person"


def _fts(columns: str) -> tuple[str, ...]:
    new = ", ".join(f"new.{c.strip()}" for c in columns.split(","))
    old = ", ".join(f"old.{c.strip()}" for c in columns.split(","))
    return (
        (f"CREATE VIRTUAL TABLE photo_fts USING fts5({columns}, "
         "content='photo_search', content_rowid='photo_id', "
         "tokenize='unicode61 remove_diacritics 2')"),
        "INSERT INTO photo_fts(photo_fts) VALUES ('rebuild')",
        (f"CREATE TRIGGER photo_search_indexed AFTER INSERT ON photo_search BEGIN "
         f"INSERT INTO photo_fts(rowid, {columns}) VALUES (new.photo_id, {new}); END"),
        (f"CREATE TRIGGER photo_search_unindexed AFTER DELETE ON photo_search BEGIN "
         f"INSERT INTO photo_fts(photo_fts, rowid, {columns}) "
         f"VALUES ('delete', old.photo_id, {old}); END"),
        (f"CREATE TRIGGER photo_search_reindexed AFTER UPDATE OF {columns} ON photo_search "
         f"BEGIN INSERT INTO photo_fts(photo_fts, rowid, {columns}) "
         f"VALUES ('delete', old.photo_id, {old}); "
         f"INSERT INTO photo_fts(rowid, {columns}) VALUES (new.photo_id, {new}); END"),
    )


FTS_DROP = ("DROP TRIGGER IF EXISTS photo_search_reindexed",
            "DROP TRIGGER IF EXISTS photo_search_unindexed",
            "DROP TRIGGER IF EXISTS photo_search_indexed",
            "DROP TABLE IF EXISTS photo_fts")
SQLITE_STATUS_TRIGGER = (
    "CREATE TRIGGER photo_status_indexed AFTER UPDATE OF status ON photo "
    "WHEN new.status IS NOT old.status BEGIN "
    "UPDATE photo_search SET status = new.status WHERE photo_id = new.id; END")
POSTGRES_STATUS_TRIGGER = (
    ("CREATE FUNCTION photo_status_indexed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "UPDATE photo_search SET status = NEW.status WHERE photo_id = NEW.id; RETURN NULL; "
     "END $$"),
    ("CREATE TRIGGER photo_status_indexed AFTER UPDATE OF status ON photo FOR EACH ROW "
     "WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION photo_status_indexed()"),
)
POSTGRES_STATUS_DROP = ("DROP TRIGGER IF EXISTS photo_status_indexed ON photo",
                        "DROP FUNCTION IF EXISTS photo_status_indexed()")
FILL = ("UPDATE photo_search SET status = (SELECT photo.status FROM photo "
        "WHERE photo.id = photo_search.photo_id) "
        "WHERE photo_id IN (SELECT id FROM photo WHERE status <> 'active')")


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name != "postgresql"
    if sqlite:
        for statement in FTS_DROP:
            op.execute(statement)
    op.add_column("photo_search", sa.Column("status", sa.String(length=16),
                                            server_default="active", nullable=False))
    op.execute(FILL)
    op.create_index("ix_photo_search_status_taken", "photo_search",
                    ["status", "taken", "photo_id"])
    op.create_index("ix_photo_search_status_received", "photo_search",
                    ["status", "received", "photo_id"])
    statements = (*_fts(_COLUMNS + ", status"), SQLITE_STATUS_TRIGGER) if sqlite \
        else POSTGRES_STATUS_TRIGGER
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name != "postgresql"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS photo_status_indexed")
        for statement in FTS_DROP:
            op.execute(statement)
    else:
        for statement in POSTGRES_STATUS_DROP:
            op.execute(statement)
    op.drop_index("ix_photo_search_status_received", table_name="photo_search")
    op.drop_index("ix_photo_search_status_taken", table_name="photo_search")
    with op.batch_alter_table("photo_search") as batch:
        batch.drop_column("status")
    if sqlite:
        for statement in _fts(_COLUMNS):
            op.execute(statement)
