"""Caption records: what every wire format parser turns its input into.

A record carries the canonical field values it states (to be applied to a photo),
the values parsed from its caption text (hints, used only for pairing), the keys
it names (file names, rendition hrefs, a NewsML-G2 guid and version) and what it
asks for: an ordinary caption, a correction of an earlier one, or a kill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from media_manager.fields import FIELDS_BY_NAME, LIST_FIELDS, empty

CAPTION, CORRECTION, KILL = "caption", "correction", "kill"
#: Words in a caption, edNote or instructions that make it a kill or a correction.
KILL_WORDS = re.compile(r"\b(?:MANDATORY\s+KILL|KILL(?:ED)?|ELIMINATION|ELIMINATE)\b")
CORRECTION_WORDS = re.compile(
    r"\b(?:CORRECTS?|CORRECTION|CORRECTED|REPEATING\s+WITH\s+CORRECTED)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Longest value a record may carry for one field (characters); longer is refused.
MAX_VALUE_CHARS = 64_000
#: Keys a table or JSON object may use to name its photo, besides canonical fields.
KEY_COLUMNS = ("filename", "job_id", "title", "guid")

FieldValue = str | list[str]


@dataclass
class CaptionRecord:
    """One caption (or kill notice) from one place in one input file."""

    source: str  # "FILE:LINE" or "FILE#N"
    fields: dict[str, FieldValue] = field(default_factory=dict)
    hints: dict[str, FieldValue] = field(default_factory=dict)
    filenames: list[str] = field(default_factory=list)
    guid: str | None = None
    version: int | None = None
    action: str = CAPTION
    note: str | None = None
    notes: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    def value(self, name: str) -> FieldValue | None:
        """A stated field, else the value parsed from the caption text."""
        stated = self.fields.get(name)
        return stated if not empty(stated) else self.hints.get(name)

    @property
    def caption(self) -> str:
        text = self.fields.get("description")
        return text if isinstance(text, str) else ""

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "fields": self.fields, "hints": self.hints,
                "filenames": self.filenames, "guid": self.guid, "version": self.version,
                "action": self.action, "note": self.note, "notes": self.notes,
                "extra": self.extra}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaptionRecord:
        return cls(**{key: data[key] for key in (
            "source", "fields", "hints", "filenames", "guid", "version", "action", "note",
            "notes", "extra") if key in data})


class BadRecord(ValueError):
    """A row or item that cannot become a caption record; the message names what is wrong."""


def clean_text(value: object) -> str:
    """Text without NUL and other control characters, trimmed."""
    return _CONTROL.sub("", str(value)).strip()


def clean_value(name: str, value: object) -> FieldValue | None:
    """The value as a field of ``name`` holds it: lists split on ';', text cleaned, or None."""
    if value is None:
        return None
    if name in LIST_FIELDS:
        items = value if isinstance(value, list) else str(value).split(";")
        cleaned = [clean_text(item) for item in items if not empty(item)]
        return [item for item in cleaned if item] or None
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if not empty(v))
    text = clean_text(value)
    return text or None


def check_value(name: str, value: FieldValue) -> None:
    """Refuse a value the catalogue must not store: raises :class:`BadRecord`."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if len(item) > MAX_VALUE_CHARS:
            raise BadRecord(f"{name} is {len(item):,} characters, over {MAX_VALUE_CHARS:,}")
    if name == "date_created" and isinstance(value, str) and not ISO_DATE.match(value):
        raise BadRecord(f"date_created {value[:40]!r} is not an ISO 8601 date")
    if name == "country_code" and isinstance(value, str) and not re.fullmatch(
            r"[A-Za-z]{2,3}", value):
        raise BadRecord(f"country_code {value[:40]!r} is not an ISO 3166 code")


ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                      r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$")


def record_from_mapping(source: str, row: dict[str, object]) -> CaptionRecord:
    """A record from canonical names (CSV row, JSON object): keys pulled out, values checked."""
    record = CaptionRecord(source=source)
    for name, raw in row.items():
        if name in ("filename", "guid"):
            text = clean_text(raw) if raw is not None else ""
            if text and name == "filename":
                record.filenames.append(text)
            elif text:
                record.guid = text
            continue
        if name not in FIELDS_BY_NAME:
            continue
        value = clean_value(name, raw)
        if value is not None:
            check_value(name, value)
            record.fields[name] = value
    if not set(record.fields) - {"title", "job_id"}:
        raise BadRecord("no caption or field values")
    add_hints(record)
    classify(record)
    return record


def add_hints(record: CaptionRecord) -> None:
    """Credit, photographer, date and place parsed from the caption, where not stated."""
    if not record.caption:
        return
    from media_manager.captions import parse_caption, suggest_fields

    parsed = suggest_fields(parse_caption(record.caption))
    record.hints = {k: v for k, v in parsed.items() if k not in record.fields}


def classify(record: CaptionRecord) -> None:
    """Mark a kill or a correction from the words in its caption, note or instructions."""
    if record.action != CAPTION:
        return
    said = " ".join(str(v) for v in (record.note, record.fields.get("instructions"),
                                     record.caption[:300]) if v)
    if KILL_WORDS.search(said):
        record.action = KILL
    elif CORRECTION_WORDS.search(said):
        record.action = CORRECTION
