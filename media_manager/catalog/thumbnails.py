"""Thumbnails: the second pass, so the catalogue is searchable before pictures are drawn.

Longest side 512 px, plus a 1600-px preview for the photo page; EXIF orientation applied,
JPEG decoded at a reduced DCT scale (Pillow's draft mode) so a 3000×2000 picture costs a
fraction of a full decode.
The same pass records the file's SHA-256 (read in blocks), since it reads every byte anyway.

Memory stays bounded whatever the file: the decompression-bomb limit applies to
what is *decoded*, so a 150-megapixel JPEG (decoded at 1/8 scale) gets its thumbnail,
while a picture that would decode to more than :data:`DECODE_BUDGET` bytes (or more
pixels than Pillow's limit) is refused with a one-line reason.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from media_manager.catalog.thumbnail_store import (
    PREVIEW,
    PREVIEW_SIDE,
    THUMBNAIL,
    FolderStore,
    ThumbnailStore,
    preview_name,
    thumbnail_name,
)
from media_manager.catalog.workers import run_in_workers
from media_manager.catalog.write_journal import file_sha256
from media_manager.models import Photo

__all__ = ["PREVIEW_SIDE", "ThumbnailJob", "build_thumbnails", "make_thumbnail",
           "preview_name", "thumbnail_name"]
LONGEST_SIDE = 512
QUALITY = 82
DECODE_BUDGET = 192 * 1024 ** 2  # bytes of decoded pixels one worker may hold


@dataclass
class ThumbnailJob:
    """One picture to draw. The worker hands back the JPEG bytes, which the thumbnail pass
    keeps in the configured store; with ``target`` (measurements, fuzzing) it also writes
    them there, the preview beside it."""

    photo_id: int
    source: str
    target: str | None = None
    name: str = ""
    sha256: str | None = None
    thumbnail: bytes | None = None
    preview: bytes | None = None
    error: str | None = None


def _jpeg(picture: object) -> bytes:
    from PIL import Image

    assert isinstance(picture, Image.Image)
    if picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=QUALITY)
    return buffer.getvalue()


def make_thumbnail(job: ThumbnailJob) -> ThumbnailJob:
    """Draw one thumbnail and its preview; failures become ``job.error``, never an exception."""
    from PIL import ImageOps

    try:
        job.sha256 = file_sha256(Path(job.source))
        with open_reduced(job.source, PREVIEW_SIDE) as image:
            image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
            picture = ImageOps.exif_transpose(image)
            job.preview = _jpeg(picture)
            picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            job.thumbnail = _jpeg(picture)
        if job.target:
            target = Path(job.target)
            FolderStore(target.parent).write(target.name, {THUMBNAIL: job.thumbnail,
                                                           PREVIEW: job.preview})
    except Exception as problem:  # noqa: BLE001 - a bad picture is an outcome, not a crash
        job.error = f"{type(problem).__name__}: {problem}".splitlines()[0]
    return job


def open_reduced(source: str, side: int = LONGEST_SIDE):  # type: ignore[no-untyped-def]
    """The picture, set to decode at the smallest scale that still gives a thumbnail;
    refused when even that would decode past the pixel limit or the memory budget."""
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # checked below against the decoded size, not the file's
    try:
        image = Image.open(source)
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    image.draft("RGB", (side, side))
    width, height = image.size
    decoded = width * height * _bytes_per_pixel(image.mode)
    problem = None
    if limit and width * height > limit:
        problem = f"{width}x{height} pixels decoded are over the limit of {limit:,}"
    elif decoded > DECODE_BUDGET:
        problem = (f"{width}x{height} would decode to {decoded // 1024 ** 2:,} MB, over the "
                   f"{DECODE_BUDGET // 1024 ** 2} MB budget")
    if problem:
        image.close()
        raise Image.DecompressionBombError(problem)
    return image


def _bytes_per_pixel(mode: str) -> int:
    """What Pillow holds per pixel (RGB is stored in four bytes)."""
    if mode in ("1", "L", "P"):
        return 1
    return 2 if mode.startswith("I;16") else 4


def build_thumbnails(
    sessions: sessionmaker,
    store: ThumbnailStore,
    *,
    workers: int | None = None,
    progress: Callable[[ThumbnailJob], None] | None = None,
    photo_ids: list[int] | None = None,
) -> dict[str, int]:
    """Draw every thumbnail missing from ``store``; returns counts of made and failed."""
    jobs = _missing(sessions, store, photo_ids)
    counts = {"made": 0, "failed": 0}
    for done in _run(jobs, workers or os.cpu_count() or 1):
        with sessions.begin() as session:
            photo = session.get(Photo, done.photo_id)
            if photo is None:
                continue
            if done.error or done.thumbnail is None or done.preview is None:
                counts["failed"] += 1
                note = f"thumbnail: {done.error}"
                if note not in (photo.warnings or ""):
                    photo.warnings = "\n".join(filter(None, [photo.warnings, note]))
            else:
                counts["made"] += 1
                store.save(session.connection(), photo.id, done.name,
                           {THUMBNAIL: done.thumbnail, PREVIEW: done.preview})
                photo.thumbnail = done.name
                photo.sha256 = done.sha256
        done.thumbnail = done.preview = None  # the bytes are kept: let them go
        if progress:
            progress(done)
    return counts


def _missing(sessions: sessionmaker, store: ThumbnailStore,
             photo_ids: list[int] | None) -> list[ThumbnailJob]:
    query = select(Photo.id, Photo.path, Photo.image_hash, Photo.thumbnail).order_by(Photo.id)
    if photo_ids is not None:
        query = query.where(Photo.id.in_(photo_ids))
    with sessions() as session:
        rows = session.execute(query).all()
        present = store.present(session.connection(), [
            (photo_id, thumbnail) for photo_id, _, image_hash, thumbnail in rows
            if thumbnail == thumbnail_name(image_hash)])
    return [ThumbnailJob(photo_id, path, name=thumbnail_name(image_hash))
            for photo_id, path, image_hash, _ in rows if photo_id not in present]


def _run(jobs: list[ThumbnailJob], workers: int) -> Iterator[ThumbnailJob]:
    if workers <= 1 or len(jobs) <= 1:
        yield from map(make_thumbnail, jobs)
        return
    yield from run_in_workers(make_thumbnail, jobs, workers, on_death=drawing_died)


def drawing_died(job: ThumbnailJob, reason: str) -> ThumbnailJob:
    job.error = reason.replace("reading", "drawing")
    return job
