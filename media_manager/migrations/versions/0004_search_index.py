"""search index: photo_search, with FTS5 (SQLite) or tsvector + GIN (PostgreSQL), filled

Revision ID: 0004
Revises: 0006
Create Date: 2026-12-01 09:00:00

The table is filled from every photo's current values before the index is built
over it (building once is faster than indexing row by row), so an existing
catalogue is searchable the moment the upgrade ends. See
:mod:`media_manager.catalog.search_index` for the text search configuration.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("words", "credit", "source", "creator", "city", "country", "keyword", "person")
FILL_CHUNK = 5000

SQLITE_INDEX = (
    ("CREATE VIRTUAL TABLE photo_fts USING fts5("
    "words, credit, source, creator, city, country, keyword, person, "
    "content='photo_search', content_rowid='photo_id', "
    "tokenize='unicode61 remove_diacritics 2')"),
    "INSERT INTO photo_fts(photo_fts) VALUES ('rebuild')",
    ("CREATE TRIGGER photo_search_indexed AFTER INSERT ON photo_search BEGIN "
    "INSERT INTO photo_fts(rowid, words, credit, source, creator, city, country, keyword, person) "
    "VALUES (new.photo_id, new.words, new.credit, new.source, new.creator, new.city, "
    "new.country, new.keyword, new.person); END"),
    ("CREATE TRIGGER photo_search_unindexed AFTER DELETE ON photo_search BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, words, credit, source, creator, city, country, "
    "keyword, person) VALUES ('delete', old.photo_id, old.words, old.credit, old.source, "
    "old.creator, old.city, old.country, old.keyword, old.person); END"),
    ("CREATE TRIGGER photo_search_reindexed AFTER UPDATE OF "
    "words, credit, source, creator, city, country, keyword, person ON photo_search BEGIN "
    "INSERT INTO photo_fts(photo_fts, rowid, words, credit, source, creator, city, country, "
    "keyword, person) VALUES ('delete', old.photo_id, old.words, old.credit, old.source, "
    "old.creator, old.city, old.country, old.keyword, old.person); "
    "INSERT INTO photo_fts(rowid, words, credit, source, creator, city, country, keyword, person) "
    "VALUES (new.photo_id, new.words, new.credit, new.source, new.creator, new.city, "
    "new.country, new.keyword, new.person); END"),
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS photo_search_reindexed",
               "DROP TRIGGER IF EXISTS photo_search_unindexed",
               "DROP TRIGGER IF EXISTS photo_search_indexed",
               "DROP TABLE IF EXISTS photo_fts")

POSTGRES_CONFIGURATION = (
    "CREATE TEXT SEARCH CONFIGURATION media_manager (COPY = simple)",
    ("ALTER TEXT SEARCH CONFIGURATION media_manager ALTER MAPPING FOR "
    "word, hword, hword_part WITH public.unaccent, simple"),
)
POSTGRES_INDEX = (
    ("ALTER TABLE photo_search "
    "ADD COLUMN document tsvector GENERATED ALWAYS AS (to_tsvector('media_manager', "
    "words || ' ' || credit || ' ' || source || ' ' || creator || ' ' || city || ' ' || "
    "country || ' ' || keyword || ' ' || person)) STORED, "
    "ADD COLUMN credit_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', credit)) STORED, "
    "ADD COLUMN source_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', source)) STORED, "
    "ADD COLUMN creator_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', creator)) STORED, "
    "ADD COLUMN city_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', city)) STORED, "
    "ADD COLUMN country_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', country)) STORED, "
    "ADD COLUMN keyword_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', keyword)) STORED, "
    "ADD COLUMN person_document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('media_manager', person)) STORED"),
    ("CREATE INDEX ix_photo_search_document ON photo_search USING gin (document, "
    "credit_document, source_document, creator_document, city_document, country_document, "
    "keyword_document, person_document)"),
)
POSTGRES_DROP = ("DROP TEXT SEARCH CONFIGURATION IF EXISTS media_manager",)


def upgrade() -> None:
    op.create_table(
        "photo_search",
        sa.Column("photo_id", sa.Integer(), autoincrement=False, nullable=False),
        *(sa.Column(name, sa.Text(), server_default="", nullable=False) for name in TEXT_COLUMNS),
        sa.Column("taken", sa.String(length=32), server_default="", nullable=False),
        sa.Column("received", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["photo_id"], ["photo.id"], ondelete="CASCADE",
                                name=op.f("fk_photo_search_photo_id_photo")),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_search")),
    )
    op.create_index("ix_photo_search_taken", "photo_search", ["taken", "photo_id"])
    op.create_index("ix_photo_search_received", "photo_search", ["received", "photo_id"])
    connection = op.get_bind()
    _fill(connection)
    if connection.dialect.name == "postgresql":
        _unaccent(connection)
        statements: tuple[str, ...] = POSTGRES_CONFIGURATION + POSTGRES_INDEX
    else:
        statements = SQLITE_INDEX
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        for statement in SQLITE_DROP:
            op.execute(statement)
    op.drop_index("ix_photo_search_received", table_name="photo_search")
    op.drop_index("ix_photo_search_taken", table_name="photo_search")
    op.drop_table("photo_search")
    if connection.dialect.name == "postgresql":
        for statement in POSTGRES_DROP:
            op.execute(statement)


def _unaccent(connection: sa.Connection) -> None:
    """``unaccent`` in schema public, once per database (another catalogue may have it)."""
    installed = sa.text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
    if connection.execute(installed).first():
        return
    with connection.begin_nested():
        connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"))


def _fill(connection: sa.Connection) -> None:
    """One index row per photo from its current values, a chunk of photos at a time."""
    from media_manager.catalog.search_index import FIELD_COLUMNS, WORD_FIELDS, document

    names = [*WORD_FIELDS, *(n for names in FIELD_COLUMNS.values() for n in names),
             "date_created"]
    photo = sa.table("photo", sa.column("id"), sa.column("added_at"),
                     sa.column("date_time_original"))
    value = sa.table("field_value", sa.column("photo_id"), sa.column("name"),
                     sa.column("position"), sa.column("value"))
    search = sa.table("photo_search", sa.column("photo_id"), sa.column("received"),
                      sa.column("taken"), *(sa.column(c) for c in TEXT_COLUMNS))
    last = 0
    while True:
        photos = connection.execute(
            sa.select(photo.c.id, photo.c.added_at, photo.c.date_time_original)
            .where(photo.c.id > last).order_by(photo.c.id).limit(FILL_CHUNK)).all()
        if not photos:
            return
        first, last = photos[0].id, photos[-1].id
        fields: dict[int, dict[str, Any]] = {row.id: {} for row in photos}
        for photo_id, name, text in connection.execute(
                sa.select(value.c.photo_id, value.c.name, value.c.value)
                .where(value.c.photo_id.between(first, last), value.c.name.in_(names))
                .order_by(value.c.photo_id, value.c.name, value.c.position)):
            if photo_id in fields:
                fields[photo_id].setdefault(name, []).append(text)
        rows = [{"photo_id": row.id, "received": row.added_at,
                 **document(fields[row.id], row.date_time_original)} for row in photos]
        connection.execute(sa.insert(search), rows)
