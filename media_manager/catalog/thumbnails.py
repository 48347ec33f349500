"""Thumbnails: the second pass, so the catalogue is searchable before pictures are drawn.

Longest side 512 px, EXIF orientation applied, JPEG decoded at a reduced DCT scale
(Pillow's draft mode) so a 3000×2000 picture costs a fraction of a full decode.
The same pass records the file's SHA-256, since it reads every byte anyway.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from media_manager.models import Photo

LONGEST_SIDE = 512
QUALITY = 82


@dataclass
class ThumbnailJob:
    photo_id: int
    source: str
    target: str
    sha256: str | None = None
    error: str | None = None


def thumbnail_name(image_hash: str) -> str:
    """Where a picture's thumbnail lives, relative to the thumbnail folder."""
    return f"{image_hash[:2]}/{image_hash}.jpg"


def make_thumbnail(job: ThumbnailJob) -> ThumbnailJob:
    """Draw one thumbnail; failures become ``job.error``, never an exception."""
    from PIL import Image, ImageOps

    try:
        data = Path(job.source).read_bytes()
        job.sha256 = hashlib.sha256(data).hexdigest()
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.draft("RGB", (LONGEST_SIDE, LONGEST_SIDE))
                picture = ImageOps.exif_transpose(image)
                picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
                if picture.mode not in ("RGB", "L"):
                    picture = picture.convert("RGB")
                Path(job.target).parent.mkdir(parents=True, exist_ok=True)
                temporary = f"{job.target}.{os.getpid()}.tmp"
                picture.save(temporary, "JPEG", quality=QUALITY)
                os.replace(temporary, job.target)
    except Exception as problem:  # noqa: BLE001 - a bad picture is an outcome, not a crash
        job.error = f"{type(problem).__name__}: {problem}".splitlines()[0]
    return job


def build_thumbnails(
    sessions: sessionmaker,
    thumbnail_dir: Path,
    *,
    workers: int | None = None,
    progress: Callable[[ThumbnailJob], None] | None = None,
    photo_ids: list[int] | None = None,
) -> dict[str, int]:
    """Draw every missing thumbnail; returns counts of made and failed."""
    jobs = _missing(sessions, thumbnail_dir, photo_ids)
    counts = {"made": 0, "failed": 0}
    for done in _run(jobs, workers or os.cpu_count() or 1):
        with sessions.begin() as session:
            photo = session.get(Photo, done.photo_id)
            if photo is None:
                continue
            if done.error:
                counts["failed"] += 1
                note = f"thumbnail: {done.error}"
                if note not in (photo.warnings or ""):
                    photo.warnings = "\n".join(filter(None, [photo.warnings, note]))
            else:
                counts["made"] += 1
                photo.thumbnail = os.path.relpath(done.target, thumbnail_dir)
                photo.sha256 = done.sha256
        if progress:
            progress(done)
    return counts


def _missing(sessions: sessionmaker, thumbnail_dir: Path,
             photo_ids: list[int] | None) -> list[ThumbnailJob]:
    query = select(Photo.id, Photo.path, Photo.image_hash, Photo.thumbnail).order_by(Photo.id)
    if photo_ids is not None:
        query = query.where(Photo.id.in_(photo_ids))
    with sessions() as session:
        rows = session.execute(query).all()
    jobs = []
    for photo_id, path, image_hash, thumbnail in rows:
        if thumbnail and (thumbnail_dir / thumbnail).exists():
            continue
        target = thumbnail_dir / thumbnail_name(image_hash)
        jobs.append(ThumbnailJob(photo_id, path, str(target)))
    return jobs


def _run(jobs: list[ThumbnailJob], workers: int):  # type: ignore[no-untyped-def]
    if workers <= 1 or len(jobs) <= 1:
        yield from map(make_thumbnail, jobs)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap_unordered(make_thumbnail, jobs, chunksize=4)
