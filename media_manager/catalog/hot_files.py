"""Caption files a hot folder has imported, known by content, so a restart skips them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.models import ImportedFile


def imported_batch(session: Session, sha256: str) -> int | None:
    row = session.execute(select(ImportedFile.batch_id).where(ImportedFile.sha256 == sha256)
                          .limit(1)).first()
    return None if row is None else (row[0] or 0)


def remember(session: Session, path: Path, sha256: str, batch_id: int | None) -> None:
    session.add(ImportedFile(path=str(path), sha256=sha256, batch_id=batch_id))
