"""Migration 0004 fills the search index for a catalogue made before it existed."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import insert

from media_manager.catalog.service import Catalog
from media_manager.db import _alembic_config, make_engine, migrate
from media_manager.models import FieldValue, Photo


def test_upgrade_indexes_existing_photos(settings):
    engine = make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0003")
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(insert(Photo.__table__).values(
            id=7, image_hash="a" * 64, path="/wire/zurich.jpg", version=1, search_text="",
            added_at=now, updated_at=now, date_time_original="2024:05:03 10:15:00"))
        connection.execute(insert(FieldValue.__table__), [
            {"photo_id": 7, "name": "description", "position": 0, "source": "embedded",
             "value": "Commuters board minibuses in Zürich. REUTERS/Anna Müller"},
            {"photo_id": 7, "name": "city", "position": 0, "value": "Zürich",
             "source": "embedded"},
            {"photo_id": 7, "name": "persons_shown", "position": 0, "value": "Ueli Maurer",
             "source": "manual"},
            {"photo_id": 7, "name": "persons_shown", "position": 1, "value": "Viola Amherd",
             "source": "manual"}])
    migrate(engine)
    engine.dispose()
    with Catalog(settings) as catalog:
        for query in ("minibus zurich", "city:zurich", "person:amherd", "reuters",
                      "date:2024-05-03"):
            assert [p.id for p in catalog.search(query).photos] == [7], query
        assert catalog.search("city:bern").photos == []
