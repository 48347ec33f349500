"""Driver-level inserts of a chunk of new photos store what SQLAlchemy's own inserts store."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert, select

from media_manager.catalog import bulk_insert
from media_manager.catalog.bulk_insert import insert_in_few_statements, insert_rows
from media_manager.catalog.search_index import document, index_documents, index_words
from media_manager.models import Batch, BatchItem, Photo, PhotoSearch

WHEN = datetime(2025, 5, 7, 8, 14, 3, 123456, tzinfo=UTC)
ODD_NAME = "/wire/caf\udce9/\ufffd.jpg"  # an undecodable byte, and a literal U+FFFD


def _photo(connection, image_hash: str, path: str) -> int:
    return connection.execute(insert(Photo).returning(Photo.id), [{
        "image_hash": image_hash, "path": path, "added_at": WHEN, "updated_at": WHEN}]
    ).scalar_one()


def test_driver_rows_read_back_as_sqlalchemy_rows(catalog):
    with catalog.engine.begin() as connection:
        batch = connection.execute(insert(Batch).returning(Batch.id), [
            {"kind": "ingest", "user": "tester", "counts": {}}]).scalar_one()
        by_sqlalchemy = _photo(connection, "a" * 16, ODD_NAME)
        [(by_driver, _hash)] = insert_in_few_statements(
            connection, Photo,
            ("image_hash", "path", "added_at", "updated_at", "version", "unwritten", "status",
             "gps_latitude", "search_text"),
            [("b" * 16, ODD_NAME + "2", WHEN, WHEN, 1, False, "active", 12.5, "")],
            " ON CONFLICT (image_hash) DO NOTHING RETURNING id, image_hash")
        insert_rows(connection, BatchItem, ("batch_id", "path", "outcome", "photo_id"),
                    [(batch, ODD_NAME, "added", by_driver)])
    with catalog.sessions() as session:
        mine, theirs = session.get(Photo, by_driver), session.get(Photo, by_sqlalchemy)
        assert mine.path == ODD_NAME + "2" and theirs.path == ODD_NAME
        assert mine.added_at == theirs.added_at and mine.updated_at == theirs.updated_at
        assert mine.unwritten is False and mine.status == "active" and mine.gps_latitude == 12.5
        assert session.scalar(select(BatchItem.path)) == ODD_NAME


def test_a_picture_stored_meanwhile_is_not_returned(catalog):
    with catalog.engine.begin() as connection:
        _photo(connection, "c" * 16, "/wire/first.jpg")
        returned = insert_in_few_statements(
            connection, Photo,
            ("image_hash", "path", "added_at", "updated_at", "version", "search_text"),
            [("c" * 16, "/wire/again.jpg", WHEN, WHEN, 1, ""),
             ("d" * 16, "/wire/new.jpg", WHEN, WHEN, 1, "")],
            " ON CONFLICT (image_hash) DO NOTHING RETURNING image_hash")
    assert returned == [("d" * 16,)]


def test_index_rows_in_several_statements_are_all_found(catalog, monkeypatch):
    monkeypatch.setattr(bulk_insert, "_FEWEST_PARAMETERS", 25)  # two rows a statement
    with catalog.engine.begin() as connection:
        monkeypatch.setattr(connection.dialect, "insertmanyvalues_max_parameters", 25)
        ids = [_photo(connection, f"{n:016x}", f"/wire/{n}.jpg") for n in range(5)]
        index_documents(connection, [
            (photo_id, WHEN, document({"city": "Porto Alegre", "credit_line": f"AP{n}"}))
            for n, photo_id in enumerate(ids)])
    with catalog.sessions() as session:
        rows = session.execute(select(PhotoSearch.photo_id, PhotoSearch.city,
                                      PhotoSearch.status, PhotoSearch.received)).all()
    assert sorted(r.photo_id for r in rows) == ids
    assert {(r.city, r.status, _aware(r.received)) for r in rows} == {
        (index_words("Porto Alegre"), "active", WHEN)}
    assert sorted(catalog.search("alegre", limit=10).ids) == ids
    assert catalog.search("credit:ap3").ids == [ids[3]]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite keeps no zone
