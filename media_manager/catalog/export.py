"""Export: the catalogue as ExifTool-style CSV or JSON, for a round trip with ``exiftool -csv``.

Column names are ExifTool's group-1 tag names (``exiftool -csv -G1``):
``SourceFile``, ``IPTC:Caption-Abstract``, ``XMP-dc:Description``,
``IFD0:ImageDescription``, ... A desk can edit the sheet and write it back with
``exiftool -csv=photos.csv -sep ", " FILES`` (lists are joined with ", ", as
ExifTool itself prints them). The values are the ones ``write`` would put in the
file: parsed suggestions are left out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.catalog.values import load_values
from media_manager.catalog.writeback import values_to_write
from media_manager.errors import PhotoNotFound
from media_manager.fields import FIELDS, Field
from media_manager.kinds import DateTime
from media_manager.models import Photo

#: IIM dataset → ExifTool's IPTC tag name.
IPTC_TAGS: dict[tuple[int, int], str] = {
    (2, 5): "ObjectName", (2, 25): "Keywords", (2, 40): "SpecialInstructions",
    (2, 55): "DateCreated", (2, 60): "TimeCreated", (2, 80): "By-line", (2, 85): "By-lineTitle", (2, 90): "City",
    (2, 92): "Sub-location", (2, 95): "Province-State", (2, 100): "Country-PrimaryLocationCode",
    (2, 101): "Country-PrimaryLocationName", (2, 103): "OriginalTransmissionReference",
    (2, 105): "Headline", (2, 110): "Credit", (2, 115): "Source", (2, 116): "CopyrightNotice",
    (2, 120): "Caption-Abstract", (2, 122): "Writer-Editor",
}
#: XMP prefix → ExifTool's group-1 name.
XMP_GROUPS = {"dc": "XMP-dc", "photoshop": "XMP-photoshop", "Iptc4xmpCore": "XMP-iptcCore",
              "Iptc4xmpExt": "XMP-iptcExt"}
EXIF_TAGS = {0x010E: "IFD0:ImageDescription", 0x013B: "IFD0:Artist",
             0x8298: "IFD0:Copyright"}
LIST_JOIN = ", "


def columns_of(spec: Field) -> list[str]:
    """The ExifTool columns one field fills, IIM first, then XMP, then EXIF."""
    out = []
    for dataset in spec.iim_owned():
        out.append(f"IPTC:{IPTC_TAGS[dataset]}")
    if spec.xmp:
        prefix, _, prop = spec.xmp.partition(":")
        out.append(f"{XMP_GROUPS[prefix]}:{prop[0].upper()}{prop[1:]}")
    if spec.exif_tag in EXIF_TAGS:
        out.append(EXIF_TAGS[spec.exif_tag])  # type: ignore[index]
    return out


COLUMNS: list[str] = ["SourceFile"] + [c for spec in FIELDS for c in columns_of(spec)]


def exif_date(spec: Field, iso: str) -> tuple[str, str | None, str]:
    """ISO 8601 → ExifTool's (IPTC date 'YYYY:MM:DD', IPTC time, XMP date-time), from the
    IIM datasets the field's kind encodes it as."""
    texts = [text for _dataset, text, _limit in spec.iim_datasets(iso)]
    date, time = texts[0], texts[1] if len(texts) > 1 else None
    day = f"{date[:4]}:{date[4:6]}:{date[6:]}"
    if time is None:
        return day, None, day
    clock = f"{time[:2]}:{time[2:4]}:{time[4:6]}" + (
        f"{time[6:9]}:{time[9:11]}" if len(time) > 6 else "")
    return day, clock, f"{day} {clock}"


def tags_of(spec: Field, value: object) -> dict[str, object]:
    """One field's value under each of its ExifTool tag names."""
    names = columns_of(spec)
    if isinstance(spec.kind, DateTime):
        if spec.kind.check(value) is not None:  # type: ignore[arg-type]
            return {names[0]: value, names[2]: value}
        day, clock, stamp = exif_date(spec, str(value))
        return {names[0]: day, names[1]: clock, names[2]: stamp}
    tags: dict[str, object] = dict.fromkeys(names, value)
    if spec.exif_tag in EXIF_TAGS and isinstance(value, list):
        tags[EXIF_TAGS[spec.exif_tag]] = "; ".join(value)  # type: ignore[index]
    return tags


def export_rows(session: Session, photo_ids: Sequence[int] | None = None
                ) -> list[dict[str, object]]:
    """One row per photo, ``SourceFile`` first; lists stay lists (CSV joins them)."""
    query = select(Photo.id, Photo.path).order_by(Photo.id)
    if photo_ids:
        query = query.where(Photo.id.in_(photo_ids))
    found = session.execute(query).all()
    missing = set(photo_ids or []) - {row.id for row in found}
    if missing:
        raise PhotoNotFound(min(missing))
    rows = []
    for photo_id, path in found:
        values = values_to_write(load_values(session, photo_id))
        row: dict[str, object] = {"SourceFile": path}
        for spec in FIELDS:
            if spec.name in values:
                row.update((k, v) for k, v in tags_of(spec, values[spec.name]).items()
                           if v is not None)
        rows.append(row)
    return rows


def to_csv(rows: Iterable[dict[str, object]]) -> str:
    """ExifTool-compatible CSV: every column, lists joined with ', ', blanks for no value."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: LIST_JOIN.join(v) if isinstance(v, list) else v
                         for k, v in row.items()})
    return out.getvalue()


def to_json(rows: Iterable[dict[str, object]]) -> str:
    """Like ``exiftool -j -G1``: a JSON array of objects, lists as arrays."""
    return json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n"
