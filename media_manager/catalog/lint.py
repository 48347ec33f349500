"""Linting catalogued captions: the caption linter, fed with each photo's own fields.

Parsed suggestions are left out of the comparison (they came from the caption
itself); embedded, imported and manual values are what the caption must agree with, and each
finding names the value by its source ("manual value" for the desk's own edit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.catalog.values import PARSED, load_values
from media_manager.models import Photo


@dataclass
class PhotoFindings:
    photo_id: int
    path: str
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.photo_id, "path": self.path, "findings": self.findings}


def lint_photos(session: Session, photo_ids: list[int] | None = None) -> list[PhotoFindings]:
    """Findings for each photo in ``photo_ids`` (every photo when None), in id order."""
    from media_manager.captions import lint_report

    query = select(Photo.id, Photo.path, Photo.date_time_original).order_by(Photo.id)
    if photo_ids is not None:
        query = query.where(Photo.id.in_(photo_ids))
    results = []
    for photo_id, path, taken in session.execute(query):
        values = load_values(session, photo_id)
        stated = {name: value for name, value in values.fields.items()
                  if values.sources.get(name) != PARSED}
        caption = stated.get("description")
        text = caption if isinstance(caption, str) else ""
        sources = {name: values.sources.get(name, "embedded") for name in stated}
        results.append(PhotoFindings(photo_id, path, lint_report(
            text, stated, date_time_original=taken, sources=sources)))
    return results
