"""A small desk of photos and uses for the report tests, with the facts tests count from.

Photos are stored straight as rows (the reports read rows, not files), so each test knows
exactly when each photo was received. Text is written for this project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from media_manager.catalog.service import Catalog
from media_manager.catalog.usage import UseRequest
from media_manager.models import FieldValue, Photo, PhotoFile


@dataclass(frozen=True)
class DeskPhoto:
    key: str
    received: datetime
    fields: dict[str, str | list[str]]
    status: str = "active"
    status_note: str | None = None
    uses: list[tuple[str, str, date, str, str]] = field(default_factory=list)  # story, pub, day, page, url


def at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


PHOTOS: list[DeskPhoto] = [
    DeskPhoto("ap-lagos-1", at("2026-11-02"), {
        "source": "AP", "credit_line": "AP Photo/Jane Doe", "creator": ["Jane Doe"],
        "job_id": "XLAG101"},
        uses=[("flood-lagos", "Daily Planet", date(2026, 11, 4), "A1", ""),
              ("market", "Evening Post", date(2026, 12, 3), "2", "")]),
    DeskPhoto("ap-lagos-2", at("2026-11-03"), {
        "source": "AP", "credit_line": "AP Photo/Jane Doe", "creator": ["Jane Doe"]},
        uses=[("flood-lagos", "Daily Planet", date(2026, 11, 4), "A10", "")]),
    DeskPhoto("mod-handout", at("2026-11-10"), {
        "source": "AP", "credit_line": "Ministry of Defence via AP"},
        uses=[("flood-lagos", "Daily Planet", date(2026, 11, 4), "A2", "")]),
    DeskPhoto("reuters-summit", at("2026-11-15"), {
        "source": "Reuters", "credit_line": "REUTERS/Олег Петров", "creator": ["Олег Петров"],
        "instructions": "EMBARGOED UNTIL 2026-11-20 10:00 GMT. HUNGARY OUT"},
        uses=[("summit", "Pester Lloyd", date(2026, 11, 19), "3", ""),
              ("summit", "Daily Planet", date(2026, 11, 21), "A4", "")]),
    DeskPhoto("no-credit", at("2026-11-16", 23), {
        "creator": ["Ünal Özdemir"], "instructions": "MANDATORY CREDIT"},
        uses=[("summit", "Daily Planet", date(2026, 11, 21), "A5", "")]),
    DeskPhoto("zeta", at("2026-11-20"), {
        "source": "Zeta Photo Syndicate", "credit_line": "Zeta Photo Syndicate/Ana Lima",
        "creator": ["Ana Lima"]}),
    DeskPhoto("killed-afp", at("2026-11-21"), {
        "source": "AFP", "credit_line": "AFP", "creator": ["Pierre Martin"]},
        status="killed", status_note="kill: wrong person identified",
        uses=[("market", "Daily Planet", date(2026, 11, 22), "5", "")]),
    DeskPhoto("mismatch", at("2026-12-01"), {
        "source": "Reuters", "credit_line": "AP Photo/Lukas Brunner", "creator": ["Mark Smith"]}),
    DeskPhoto("epa-athens", at("2026-12-02"), {
        "source": "EPA", "credit_line": "EPA-EFE/Γιώργος Παπαδόπουλος",
        "creator": ["Γιώργος Παπαδόπουλος"],
        "instructions": "EDITORIAL USE ONLY. NO SALES. NO ARCHIVES"},
        uses=[("market", "Daily Planet", date(2026, 12, 3), "",
               "https://planet.example/market")]),
    DeskPhoto("afp-duo", at("2026-12-05"), {
        "source": "AFP", "credit_line": "AFP", "creator": ["Aline One", "Bruno Two"]}),
]

PUBLICATIONS = {"Pester Lloyd": "Hungary", "Daily Planet": "United Kingdom",
                "Evening Post": "United Kingdom"}


def fill(catalog: Catalog) -> dict[str, int]:
    """Store the desk's photos and record their uses; the photo id of each key."""
    ids: dict[str, int] = {}
    with catalog.sessions.begin() as session:
        for photo in PHOTOS:
            row = Photo(image_hash=photo.key, path=f"/wire/{photo.key}.jpg", added_at=photo.received,
                        status=photo.status, status_note=photo.status_note)
            session.add(row)
            session.flush()
            ids[photo.key] = row.id
            session.add(PhotoFile(photo_id=row.id, path=f"/wire/{photo.key}.jpg", file_size=1,
                                  mtime_ns=1))
            for name, value in photo.fields.items():
                items = value if isinstance(value, list) else [value]
                session.add_all(FieldValue(photo_id=row.id, name=name, position=i, value=v,
                                           source="embedded") for i, v in enumerate(items))
    for photo in PHOTOS:
        for story, publication, day, page, url in photo.uses:
            catalog.record_use(UseRequest(photo=str(ids[photo.key]), story=story,
                                          publication=publication, used_on=day, page=page, url=url))
    return ids
