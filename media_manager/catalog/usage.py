"""Usage records: where and when a photo was published (issue 8).

A use is (photo, story slug, publication, date, page or URL). The desk names the photo by
its catalogue id, a file name or the agency's transmission reference (``job_id``). The same
use recorded twice is kept once: ``use_key`` is a digest of the use, unique in the table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from media_manager.errors import MediaManagerError
from media_manager.models import FieldValue, Photo, PhotoFile, PhotoUse

ADDED, DUPLICATE, FAILED = "added", "duplicate", "failed"
#: How a reference names its photo: any of the three, only a file name, only a job id.
ANY, FILENAME, JOB_ID = "photo", "filename", "job_id"
LIMITS = {"story": 200, "publication": 200, "page": 40, "url": 2000, "credit": 500}
_CHUNK = 500


class BadUse(MediaManagerError):
    """A use that cannot be recorded as given (unknown photo, missing story, bad date)."""


@dataclass(frozen=True)
class UseRequest:
    """One use as the desk gives it: the photo reference is resolved when it is recorded."""

    photo: str
    story: str
    publication: str
    used_on: date
    page: str = ""
    url: str = ""
    credit: str | None = None
    refers_by: str = ANY


@dataclass(frozen=True)
class UseRow:
    """A recorded use, as the photo page and the CLI list it."""

    id: int
    photo_id: int
    story: str
    publication: str
    used_on: date
    page: str
    url: str
    credit: str | None
    recorded_by: str


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD, or an ISO date and time); a one-line error otherwise."""
    text = text.strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        raise BadUse(f"date {text!r} is not a date as YYYY-MM-DD") from None


def checked(request: UseRequest) -> UseRequest:
    """The request with its text stripped, refused when a value is missing or cannot be stored."""
    values = {name: (getattr(request, name) or "").strip() for name in LIMITS}
    for name in ("story", "publication"):
        if not values[name]:
            raise BadUse(f"a use needs a {name}")
    if values["page"] and values["url"]:
        raise BadUse("give a page or a URL, not both")
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            raise BadUse(f"{name} is {len(values[name])} characters long (at most {limit})")
        if any(ord(c) < 32 and c != "\t" for c in values[name]):
            raise BadUse(f"{name} holds a control character")
    if values["url"] and not values["url"].lower().startswith(("http://", "https://")):
        raise BadUse(f"URL {values['url']!r} does not start with http:// or https://")
    return UseRequest(photo=request.photo.strip(), story=values["story"],
                      publication=values["publication"], used_on=request.used_on,
                      page=values["page"], url=values["url"], credit=values["credit"] or None,
                      refers_by=request.refers_by)


def use_key(photo_id: int, request: UseRequest) -> str:
    """The digest that makes a use unique: photo, story, publication, date, page, URL."""
    parts = (str(photo_id), request.story, request.publication, request.used_on.isoformat(),
             request.page, request.url)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def resolve_photos(session: Session, references: Iterable[tuple[str, str]]
                   ) -> dict[tuple[str, str], int | str]:
    """Each (reference, refers_by) → its photo id, or the reason it names no single photo."""
    wanted = set(references)
    found: dict[tuple[str, str], set[int]] = {ref: set() for ref in wanted}
    ids = {int(r) for r, how in wanted if how == ANY and r.isdigit() and len(r) < 18}
    for chunk in _chunks(sorted(ids)):
        for (photo_id,) in session.execute(select(Photo.id).where(Photo.id.in_(chunk))):
            found[(str(photo_id), ANY)].add(photo_id)
    by_job = {r for (r, how), hits in found.items() if how in (ANY, JOB_ID) and not hits}
    for chunk in _chunks(sorted(by_job)):
        rows = session.execute(select(FieldValue.value, FieldValue.photo_id).where(
            FieldValue.name == "job_id", FieldValue.value.in_(chunk)))
        for value, photo_id in rows:
            for how in (ANY, JOB_ID):
                if (value, how) in found:
                    found[(value, how)].add(photo_id)
    by_name = {r for (r, how), hits in found.items() if how in (ANY, FILENAME) and not hits}
    for name, photo_id in _files_named(session, by_name):
        for how in (ANY, FILENAME):
            if (name, how) in found:
                found[(name, how)].add(photo_id)
    return {ref: _one(ref, hits) for ref, hits in found.items()}


def _files_named(session: Session, names: set[str]) -> list[tuple[str, int]]:
    """(file name, photo id) for files whose name (or whole path) is one of ``names``."""
    hits: list[tuple[str, int]] = []
    for chunk in _chunks(sorted(n for n in names if n), size=50):
        patterns = [PhotoFile.path.like("%/" + _escaped(n), escape="\\") for n in chunk]
        query = select(PhotoFile.path, PhotoFile.photo_id).where(
            or_(PhotoFile.path.in_(chunk), *patterns))
        wanted = set(chunk)
        for path, photo_id in session.execute(query):
            base = path.rsplit("/", 1)[-1]
            for name in {base, path} & wanted:
                hits.append((name, photo_id))
    return hits


def _one(reference: tuple[str, str], hits: set[int]) -> int | str:
    text, how = reference
    what = {ANY: "photo", FILENAME: "file name", JOB_ID: "transmission reference"}[how]
    if not hits:
        return f"no photo found for {what} {text!r}"
    if len(hits) > 1:
        shown = ", ".join(str(i) for i in sorted(hits)[:5])
        return f"{what} {text!r} names {len(hits)} photos (ids {shown}); give the photo id"
    return next(iter(hits))


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(items: Sequence[object], size: int = _CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """Which of these use keys are recorded already."""
    known: set[str] = set()
    for chunk in _chunks(list(keys)):
        known.update(session.scalars(select(PhotoUse.use_key).where(PhotoUse.use_key.in_(chunk))))
    return known


def new_use(photo_id: int, request: UseRequest, *, user: str, batch_id: int | None = None
            ) -> PhotoUse:
    return PhotoUse(photo_id=photo_id, story=request.story, publication=request.publication,
                    used_on=request.used_on, page=request.page, url=request.url,
                    credit=request.credit, use_key=use_key(photo_id, request),
                    recorded_by=user, batch_id=batch_id)


def record_use(session: Session, request: UseRequest, *, user: str) -> tuple[str, int]:
    """Record one use; (added or duplicate, the photo id). Raises :class:`BadUse`."""
    request = checked(request)
    photo = resolve_photos(session, [(request.photo, request.refers_by)])[
        (request.photo, request.refers_by)]
    if isinstance(photo, str):
        raise BadUse(photo)
    if known_keys(session, [use_key(photo, request)]):
        return DUPLICATE, photo
    session.add(new_use(photo, request, user=user))
    return ADDED, photo


def uses_of(session: Session, photo_id: int) -> list[UseRow]:
    """Every recorded use of one photo, newest first."""
    rows = session.scalars(select(PhotoUse).where(PhotoUse.photo_id == photo_id)
                           .order_by(PhotoUse.used_on.desc(), PhotoUse.id.desc()))
    return [UseRow(id=u.id, photo_id=u.photo_id, story=u.story, publication=u.publication,
                   used_on=u.used_on, page=u.page, url=u.url, credit=u.credit,
                   recorded_by=u.recorded_by) for u in rows]
