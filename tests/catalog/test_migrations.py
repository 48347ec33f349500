"""A catalogue made at the first schema revision, filled, upgraded to head: nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from media_manager.catalog.service import Catalog
from media_manager.db import _alembic_config, head_revisions, is_current, make_engine, migrate

AT = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
ROWS = {
    "batch": [{"id": 1, "kind": "ingest", "user": "anna", "description": "/wire",
               "started_at": AT, "finished_at": AT, "counts": {"added": 2}}],
    "photo": [{"id": i, "image_hash": f"{i:064x}", "path": f"/wire/{name}.jpg", "version": 2,
               "search_text": "", "added_at": AT, "updated_at": AT, "width": 96, "height": 64,
               "format": "JPEG", "file_size": 1000 + i, "date_time_original": None}
              for i, name in ((1, "lagos"), (2, "bern"))],
    "photo_file": [{"id": i, "photo_id": i, "path": f"/wire/{name}.jpg", "file_size": 1000 + i,
                    "mtime_ns": 5 * i, "read_at": AT} for i, name in ((1, "lagos"), (2, "bern"))],
    "field_value": [
        {"photo_id": 1, "name": "description", "position": 0, "source": "embedded",
         "origin": "iptc", "value": "Residents wade through a flooded street in Lagos."},
        {"photo_id": 1, "name": "city", "position": 0, "value": "Lagos", "source": "manual",
         "origin": "anna"},
        {"photo_id": 1, "name": "keywords", "position": 0, "value": "flood",
         "source": "embedded", "origin": "xmp"},
        {"photo_id": 1, "name": "keywords", "position": 1, "value": "weather",
         "source": "embedded", "origin": "xmp"},
        {"photo_id": 2, "name": "description", "position": 0, "source": "embedded",
         "origin": "iptc", "value": "Voters queue in Bern."}],
    "history": [{"id": 1, "photo_id": 1, "field": "city", "old_value": "Lagoss",
                 "new_value": "Lagos", "old_source": "embedded", "new_source": "manual",
                 "user": "anna", "at": AT, "version": 2, "batch_id": None}],
    "batch_item": [{"id": 1, "batch_id": 1, "path": "/wire/lagos.jpg", "outcome": "added",
                    "reason": None, "photo_id": 1}],
}


def _counts(connection: sa.Connection) -> dict[str, int]:
    return {name: connection.scalar(sa.select(sa.func.count()).select_from(sa.table(name)))
            for name in ROWS}


def test_upgrade_from_the_first_revision_keeps_every_row(settings):
    engine = make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0001")
    metadata = sa.MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        for name, rows in ROWS.items():
            connection.execute(sa.insert(metadata.tables[name]), rows)
    migrate(engine)
    assert is_current(engine)
    with engine.connect() as connection:
        assert _counts(connection) == {name: len(rows) for name, rows in ROWS.items()}
        values = connection.execute(sa.text(
            "SELECT photo_id, name, position, value, source, origin FROM field_value "
            "ORDER BY photo_id, name, position")).all()
    assert [tuple(v) for v in values] == sorted(
        (r["photo_id"], r["name"], r["position"], r["value"], r["source"], r["origin"])
        for r in ROWS["field_value"])
    engine.dispose()
    with Catalog(settings) as catalog:
        lagos = catalog.photo(1)
        assert lagos.fields["city"] == "Lagos" and lagos.values.sources["city"] == "manual"
        assert lagos.fields["keywords"] == ["flood", "weather"]
        assert [h.new_value for h in catalog.history(1)] == ["Lagos"]
        assert [p.id for p in catalog.search("flooded lagos").photos] == [1]
        assert [p.id for p in catalog.search("keyword:weather").photos] == [1]
        assert catalog.count() == 2


def _jpeg(colour: tuple[int, int, int], size: tuple[int, int]) -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_upgrade_keeps_folder_thumbnails_and_adds_the_thumbnail_table(settings):
    from dataclasses import replace

    from media_manager.catalog.thumbnail_store import PREVIEW, THUMBNAIL, preview_name

    engine = make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0001")
    metadata = sa.MetaData()
    metadata.reflect(engine)
    name = f"{1:064x}"[:2] + f"/{1:064x}.jpg"
    rows = {**ROWS, "photo": [{**ROWS["photo"][0], "thumbnail": name},
                             {**ROWS["photo"][1], "thumbnail": None}]}
    with engine.begin() as connection:
        for table, values in rows.items():
            connection.execute(sa.insert(metadata.tables[table]), values)
    small, large = _jpeg((200, 40, 40), (96, 64)), _jpeg((40, 40, 200), (960, 640))
    folder = settings.data_dir / "thumbnails"
    (folder / name).parent.mkdir(parents=True)
    (folder / name).write_bytes(small)
    (folder / preview_name(name)).write_bytes(large)
    migrate(engine)
    columns = {c["name"] for c in sa.inspect(engine).get_columns("thumbnail_image")}
    assert columns == {"photo_id", "kind", "data", "made_at"}
    engine.dispose()
    with Catalog(settings) as catalog:  # the data folder's store, as before the upgrade
        assert catalog.thumbnail_image(1, name) == small
        assert catalog.preview_image(1, name) == large
    database = replace(settings, thumbnail_store="database")
    with Catalog(database) as catalog:
        assert catalog.thumbnail_image(1, name) is None
        with catalog.engine.begin() as connection:
            catalog.thumbnail_store.save(connection, 1, name, {THUMBNAIL: small, PREVIEW: large})
            catalog.thumbnail_store.save(connection, 2, "x", {THUMBNAIL: small, PREVIEW: large})
    with Catalog(database) as catalog:
        assert (catalog.thumbnail_image(1, name), catalog.preview_image(1, name)) == (small, large)
        with catalog.engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM photo WHERE id = 2"))
            left = connection.execute(sa.text(
                "SELECT photo_id, kind FROM thumbnail_image ORDER BY photo_id, kind")).all()
        assert [tuple(r) for r in left] == [(1, "preview"), (1, "thumbnail")]


def test_head_revisions_read_from_the_files_are_alembics(settings):
    """``is_current`` reads the heads from the migrations' revision lines (no Alembic
    import); they are the heads Alembic finds by importing every migration."""
    from alembic.script import ScriptDirectory

    engine = make_engine(settings.database_url)
    alembic_heads = set(ScriptDirectory.from_config(_alembic_config(engine)).get_heads())
    assert head_revisions() == alembic_heads and len(alembic_heads) == 1


def test_a_catalogue_one_revision_behind_is_not_current(settings):
    engine = make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0009")
    assert not is_current(engine)
    migrate(engine)
    assert is_current(engine)
