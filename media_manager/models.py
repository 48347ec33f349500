"""The catalogue's tables: SQLAlchemy 2.0 typed models on one DeclarativeBase.

A photo is one picture, identified by a hash of its image data; it may arrive as
several files (a resend under another name). Its descriptive values live one row
per field (and per list item) in ``field_value``, each with its source, so the
table of fields in :mod:`media_manager.fields` needs no column per field and a
new field needs no migration.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from media_manager.filenames import StoredPath

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=True), dict[str, Any]: JSON}


class Photo(Base):
    """One picture in the catalogue, with its technical facts and a version for edits."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    image_hash: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(StoredPath)
    format: Mapped[str | None] = mapped_column(String(16))
    width: Mapped[int | None]
    height: Mapped[int | None]
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    date_time_original: Mapped[str | None] = mapped_column(String(40))
    camera_make: Mapped[str | None] = mapped_column(String(128))
    camera_model: Mapped[str | None] = mapped_column(String(128))
    gps_latitude: Mapped[float | None] = mapped_column(Float)
    gps_longitude: Mapped[float | None] = mapped_column(Float)
    thumbnail: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    search_text: Mapped[str] = mapped_column(Text, default="")
    warnings: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: The desk changed values that are not yet written into the file (``write --changed``).
    unwritten: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), index=True)
    written_at: Mapped[datetime | None]
    #: ``active``, ``superseded`` (a later transmission replaced it) or ``killed`` (an
    #: agency kill notice): superseded and killed photos are hidden from browsing by default
    #: and listed by the reports.
    status: Mapped[str] = mapped_column(
        String(16), default="active", server_default="active", index=True)
    status_note: Mapped[str | None] = mapped_column(Text)
    status_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("batch.id", ondelete="SET NULL"))
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("photo.id", ondelete="SET NULL"))

    files: Mapped[list[PhotoFile]] = relationship(
        back_populates="photo", cascade="all, delete-orphan", order_by="PhotoFile.id")
    values: Mapped[list[FieldValue]] = relationship(
        back_populates="photo", cascade="all, delete-orphan",
        order_by="(FieldValue.name, FieldValue.position)")


class PhotoFile(Base):
    """A file on disk that holds a catalogued picture; the first is the photo's own path."""

    __tablename__ = "photo_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(StoredPath, unique=True)
    file_size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)

    photo: Mapped[Photo] = relationship(back_populates="files")


class FieldValue(Base):
    """One value of one canonical field (one row per item for list fields), with its source.

    ``source`` ranks the value: parsed < embedded = sidecar < imported < manual.
    ``origin`` says more precisely where it came from: iptc, xmp, exif, a CSV's
    name, a story, or the user who typed it. When it changed, and from what, is
    in the history.
    """

    __tablename__ = "field_value"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str | None] = mapped_column(String(200))

    photo: Mapped[Photo] = relationship(back_populates="values")

    __table_args__ = (Index("ix_field_value_name", "name"),)


class HistoryEntry(Base):
    """One change of one field: old and new value and source, who, when, in which batch."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    old_source: Mapped[str | None] = mapped_column(String(16))
    new_source: Mapped[str | None] = mapped_column(String(16))
    user: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))


class Batch(Base):
    """A bulk job (ingest, caption import, bulk edit) and its counted outcomes."""

    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: ``host:pid`` of the process running it, so the next run can tell a dead one (issue 11).
    owner: Mapped[str | None] = mapped_column(String(200))
    #: Set by a later run when the process died before finishing (killed, power cut).
    interrupted_at: Mapped[datetime | None]

    items: Mapped[list[BatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="BatchItem.id")


class BatchItem(Base):
    """What happened to one file or row in a batch: added, updated, ..., failed with a reason."""

    __tablename__ = "batch_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(StoredPath)
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("photo.id", ondelete="SET NULL"))

    batch: Mapped[Batch] = relationship(back_populates="items")


class Template(Base):
    """A named set of field values, each with a mode (Photo Mechanic's "stationery pad").

    ``entries`` is a list of ``{"field": name, "value": text, "mode": replace|fill|append}``;
    values may hold ``{variables}`` taken from the photo's own fields.
    """

    __tablename__ = "template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    entries: Mapped[Any] = mapped_column(JSON, default=list)
    user: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class WriteIntent(Base):
    """A write-back under way (issue 11): recorded before the rename, removed with the commit.

    A row left behind means the writer died; the next ``write`` or ``ingest`` compares the
    file with ``new_size``/``new_mtime_ns``/``new_sha256`` to learn whether the rename
    happened, finishes the bookkeeping if it did, and removes our stale temporary file.
    """

    __tablename__ = "write_intent"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(StoredPath)
    version: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    temp_path: Mapped[str | None] = mapped_column(StoredPath)
    new_size: Mapped[int | None] = mapped_column(BigInteger)
    new_mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    new_sha256: Mapped[str | None] = mapped_column(String(64))


# caption import (issue 7)
class ReviewItem(Base):
    """An imported caption the pairing was not sure of, waiting for the desk to decide.

    ``record`` is the caption record as JSON; ``candidates`` the photos it may belong
    to, best first, each ``{"photo_id", "score", "parts"}``. ``status`` is ``open``,
    ``accepted``, ``rejected`` or ``undone`` (its import batch was undone).
    """

    __tablename__ = "review_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text)
    record: Mapped[Any] = mapped_column(JSON)
    candidates: Mapped[Any] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("photo.id", ondelete="SET NULL"))
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolved_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WireItem(Base):
    """A NewsML-G2 item (guid, version) applied to a photo, so a later version finds it."""

    __tablename__ = "wire_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    guid: Mapped[str] = mapped_column(String(250), index=True)
    version: Mapped[int | None] = mapped_column(Integer)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ImportedFile(Base):
    """A caption file a hot folder has imported (by content hash), so a restart skips it."""

    __tablename__ = "imported_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(StoredPath)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


# The contact sheet's sort orders walk these instead of sorting every photo (issue 9).
Index("ix_photo_status_added_at_id", Photo.status, Photo.added_at, Photo.id)
Index("ix_photo_status_date_time_original_id", Photo.status, Photo.date_time_original, Photo.id)


class PhotoUse(Base):
    """One publication of a photo (issue 8): which story, where, when, on which page or URL.

    ``use_key`` is a digest of (photo, story, publication, date, page, URL), unique, so
    recording or importing the same use again adds nothing. ``credit`` is the credit as
    printed, when the desk recorded it.
    """

    __tablename__ = "photo_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    story: Mapped[str] = mapped_column(String(200), index=True)
    publication: Mapped[str] = mapped_column(String(200))
    used_on: Mapped[date] = mapped_column(Date, index=True)
    page: Mapped[str] = mapped_column(String(40), default="", server_default="")
    url: Mapped[str] = mapped_column(Text, default="", server_default="")
    credit: Mapped[str | None] = mapped_column(Text)
    use_key: Mapped[str] = mapped_column(String(64), unique=True)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))


#: Reports count photos received in a date range (issue 8).
Index("ix_photo_added_at", Photo.added_at)


class PhotoSearch(Base):
    """A photo's searchable text, one column per field the search syntax can name (issue 10).

    Written only by :mod:`media_manager.catalog.search_index` (the one write path);
    the database indexes it: an FTS5 table on SQLite, generated ``tsvector`` columns
    and a GIN index on PostgreSQL (migration 0004). ``taken`` is ISO text, ``''``
    when unknown; ``taken`` and ``received`` are the browse orders, paged by keyset;
    ``status`` is the photo's, so searches hide withdrawn photos in the index (0009).
    """

    __tablename__ = "photo_search"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    words: Mapped[str] = mapped_column(Text, default="", server_default="")
    credit: Mapped[str] = mapped_column(Text, default="", server_default="")
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    creator: Mapped[str] = mapped_column(Text, default="", server_default="")
    city: Mapped[str] = mapped_column(Text, default="", server_default="")
    country: Mapped[str] = mapped_column(Text, default="", server_default="")
    keyword: Mapped[str] = mapped_column(Text, default="", server_default="")
    person: Mapped[str] = mapped_column(Text, default="", server_default="")
    taken: Mapped[str] = mapped_column(String(32), default="", server_default="")
    received: Mapped[datetime] = mapped_column(default=utcnow)
    #: A copy of ``photo.status``, kept by a trigger on ``photo`` (migration 0009).
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")

    __table_args__ = (
        Index("ix_photo_search_taken", "taken", "photo_id"),
        Index("ix_photo_search_received", "received", "photo_id"),
        Index("ix_photo_search_status_taken", "status", "taken", "photo_id"),
        Index("ix_photo_search_status_received", "status", "received", "photo_id"),
    )


class ThumbnailImage(Base):
    """A photo's drawn thumbnail or 1600-px preview, as JPEG bytes, when the desk keeps them
    in the catalogue (``--thumbnails database``): every UI and ingest machine reaches them."""

    __tablename__ = "thumbnail_image"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    #: ``thumbnail`` (longest side 512 px) or ``preview`` (1600 px).
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
