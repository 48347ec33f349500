"""ExifTool's tag names for the canonical fields, for reading ``exiftool -csv`` / ``-json``.

Built from the table of fields and the export's ExifTool columns, so the names an
export writes are the names an import reads. Group prefixes (``IPTC:``,
``XMP-dc:``, ``IFD0:``) are optional, as ExifTool prints them only with ``-G``.
"""

from __future__ import annotations

from functools import cache

from media_manager.fields import FIELDS

#: Tags ExifTool prints under another name than the export's column (or without a group).
EXTRA_TAGS = {"Subject": "keywords", "Rights": "copyright_notice", "State": "province_state",
              "Location": "sublocation", "TimeCreated": None, "DateTimeOriginal": None}


@cache
def exiftool_fields() -> dict[str, str | None]:
    """Bare ExifTool tag name (case-folded) → canonical field (None: known, not imported)."""
    from media_manager.catalog.export import columns_of

    names: dict[str, str | None] = {}
    for spec in FIELDS:
        for column in columns_of(spec):
            if column.endswith(":TimeCreated"):
                continue
            names.setdefault(column.partition(":")[2].casefold(), spec.name)
    for tag, name in EXTRA_TAGS.items():
        names.setdefault(tag.casefold(), name)
    return names


def canonical(tag: str) -> str | None:
    """The field an ExifTool column fills, e.g. ``IPTC:Caption-Abstract`` → description."""
    return exiftool_fields().get(tag.rpartition(":")[2].casefold())


def exif_date(value: str) -> str:
    """``2025:06:11 07:48:00+02:00`` → ``2025-06-11T07:48:00+02:00`` (ISO 8601)."""
    value = value.strip()
    if len(value) >= 10 and value[4] == ":" and value[7] == ":":
        value = f"{value[:4]}-{value[5:7]}-{value[8:10]}{value[10:]}"
    return value.replace(" ", "T", 1) if len(value) > 10 else value
