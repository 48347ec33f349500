"""XMP sidecars: ``photo.xmp`` or ``photo.jpg.xmp`` beside a picture, read as one record.

The catalogue's own XMP reader maps the properties through the table of fields;
the sidecar's name (without ``.xmp``) is the file name the record pairs by.
"""

from __future__ import annotations

from media_manager.metadata.xmp import parse_xmp
from media_manager.wire.record import BadRecord, CaptionRecord, record_from_mapping
from media_manager.wire.text import head_text

NAME = "xmp"


def can_parse(data: bytes) -> bool:
    head = head_text(data, 8192)
    return "adobe:ns:meta/" in head or ("<rdf:RDF" in head and "<newsItem" not in head)


def parse(data: bytes, name: str = "sidecar.xmp") -> list[CaptionRecord | BadRecord]:
    reading = parse_xmp(data)
    if not reading.fields:
        problem = reading.warnings[0] if reading.warnings else "no IPTC or Dublin Core fields"
        return [BadRecord(f"{name}#1: {problem}")]
    stem = name.rsplit("/", 1)[-1]
    if stem.casefold().endswith(".xmp"):
        stem = stem[:-4]
    try:
        return [record_from_mapping(f"{name}#1", {"filename": stem, **reading.fields})]
    except BadRecord as problem:
        return [BadRecord(f"{name}#1: {problem}")]
