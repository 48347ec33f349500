"""JSON and JSON Lines with canonical names, and ExifTool's ``-json`` output.

JSON: an array of objects (or one object, or ``{"items": [...]}``); JSON Lines:
one object per line. An object with ``SourceFile`` is ExifTool's: its tag names
(with or without ``-G`` groups) map to canonical names through the table of fields.
"""

from __future__ import annotations

import json
from typing import Any

from media_manager.fields import LIST_FIELDS
from media_manager.wire.exiftool_names import canonical, exif_date
from media_manager.wire.record import BadRecord, CaptionRecord, record_from_mapping
from media_manager.wire.text import decode, head_text

NAME = "json"


def can_parse(data: bytes) -> bool:
    head = head_text(data)
    return bool(head) and head[0] in "[{"


def parse(data: bytes, name: str = "json") -> list[CaptionRecord | BadRecord]:
    text, _ = decode(data)
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return _lines(text, name)
    objects = document.get("items", [document]) if isinstance(document, dict) else document
    if not isinstance(objects, list):
        raise BadRecord("JSON is neither an object nor an array of objects")
    return [_record(f"{name}#{i}", item) for i, item in enumerate(objects, 1)]


def _lines(text: str, name: str) -> list[CaptionRecord | BadRecord]:
    out: list[CaptionRecord | BadRecord] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as problem:
            out.append(BadRecord(f"{name}:{number}: not JSON ({problem.msg})"))
            continue
        out.append(_record(f"{name}:{number}", item))
    return out


def _record(source: str, item: Any) -> CaptionRecord | BadRecord:
    if not isinstance(item, dict):
        return BadRecord(f"{source}: not a JSON object")
    try:
        mapping = _exiftool(item) if "SourceFile" in item else item
        return record_from_mapping(source, mapping)
    except BadRecord as problem:
        return BadRecord(f"{source}: {problem}")


def _exiftool(item: dict[str, Any]) -> dict[str, object]:
    mapping: dict[str, object] = {
        "filename": str(item["SourceFile"]).replace("\\", "/").rsplit("/", 1)[-1]}
    for tag, value in item.items():
        name = canonical(tag) if tag != "SourceFile" else None
        if name is None or name in mapping or value in (None, ""):
            continue
        if name == "date_created":
            value = exif_date(str(value))
        elif name in LIST_FIELDS and not isinstance(value, list):
            value = [value]
        elif isinstance(value, (int, float)):
            value = str(value)
        mapping[name] = value
    return mapping
