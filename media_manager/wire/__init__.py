"""Wire formats in: caption files turned into caption records. Pure, no database.

Each format is one small module with ``can_parse(data)`` (sniffed from the
content) and ``parse(data, name)``; :data:`FORMATS` lists them most specific
first and :func:`read_captions` picks one (or takes the desk's ``--format``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from media_manager.wire import delimited, json_records, newsml, story, xmp_sidecar
from media_manager.wire.record import CORRECTION, KILL, BadRecord, CaptionRecord
from media_manager.wire.text import decode

#: Format name → parser module, in the order content sniffing tries them.
FORMATS: dict[str, ModuleType] = {
    "newsml": newsml, "xmp": xmp_sidecar, "json": json_records, "csv": delimited,
    "story": story,
}
#: Names ``--format`` also accepts.
ALIASES = {"tsv": "csv", "exiftool-csv": "csv", "exiftool-json": "json", "jsonl": "json",
           "newsml-g2": "newsml", "text": "story"}
UNKNOWN_FORMAT = ("not a caption file this version reads (NewsML-G2, XMP, JSON, CSV/TSV or "
                  "a wire story with captions)")
TEXT_FORMATS = frozenset({"json", "csv", "story"})


@dataclass
class WireFile:
    """What one file gave: its format, the encoding chosen, records and per-row problems."""

    name: str
    format: str | None = None
    encoding: str | None = None
    records: list[CaptionRecord] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


def detect(data: bytes) -> str | None:
    """The format the content looks like, or None."""
    for name, module in FORMATS.items():
        if module.can_parse(data):
            return name
    return None


def read_captions(data: bytes, name: str, format: str | None = None) -> WireFile:
    """Parse one file's bytes; a file that cannot be read becomes one error, never raises."""
    result = WireFile(name=name)
    chosen = ALIASES.get(format or "", format) or detect(data)
    if chosen is None:
        result.errors.append((name, UNKNOWN_FORMAT))
        return result
    if chosen not in FORMATS:
        result.errors.append((name, f"unknown format {chosen!r}"))
        return result
    result.format = chosen
    if chosen in TEXT_FORMATS:
        result.encoding = decode(data)[1]
    try:
        parsed = FORMATS[chosen].parse(data, name)
    except (ValueError, RecursionError) as problem:
        result.errors.append((name, str(problem)))
        return result
    for item in parsed:
        if isinstance(item, BadRecord):
            source, _, reason = str(item).partition(": ")
            result.errors.append((source, reason))
        else:
            result.records.append(item)
    if not result.records and not result.errors:
        result.errors.append((name, f"no captions found (read as {chosen})"))
    return result


__all__ = ["CORRECTION", "FORMATS", "KILL", "CaptionRecord", "WireFile", "detect",
           "read_captions"]
