"""Migration 0004 fills the search index for a catalogue made before it existed; 0009
copies each photo's status into it."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import column, insert, select, table, update

from media_manager.catalog.search import SearchFilters
from media_manager.catalog.service import Catalog
from media_manager.db import _alembic_config, make_engine, migrate
from media_manager.models import FieldValue, Photo, PhotoSearch


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



def test_upgrade_copies_each_photos_status_into_the_index(settings):
    engine = make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0004")
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    index_at_0004 = table("photo_search", column("photo_id"), column("city"),
                          column("words"), column("received"))
    statuses = {1: "active", 2: "killed", 3: "superseded"}
    with engine.begin() as connection:
        for photo_id, status in statuses.items():
            connection.execute(insert(Photo.__table__).values(
                id=photo_id, image_hash=str(photo_id) * 64, path=f"/wire/{photo_id}.jpg",
                version=1, search_text="lagos", added_at=now, updated_at=now, status=status))
            connection.execute(insert(FieldValue.__table__).values(
                photo_id=photo_id, name="city", position=0, value="Lagos", source="embedded"))
            connection.execute(insert(index_at_0004).values(
                photo_id=photo_id, city="lago", words="", received=now))
    migrate(engine)
    engine.dispose()
    with Catalog(settings) as catalog:
        with catalog.sessions() as session:
            assert dict(session.execute(
                select(PhotoSearch.photo_id, PhotoSearch.status)).all()) == statuses
        assert [p.id for p in catalog.search("city:lagos").photos] == [1]
        assert [p.id for p in catalog.search(
            "lagos", filters=SearchFilters(statuses=("killed",))).photos] == [2]
        with catalog.sessions.begin() as session:
            session.execute(update(Photo).where(Photo.id == 3).values(status="active"))
        assert sorted(p.id for p in catalog.search("city:lagos").photos) == [1, 3]
