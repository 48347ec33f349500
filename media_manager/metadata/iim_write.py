"""Encode an IPTC IIM record (records 1 and 2) from canonical field values.

IIM limits are bytes, not characters, and a record must never mix encodings:
every value is written as UTF-8 and declared with 1:90 ``ESC % G``. The legacy
cp1252 mode (no 1:90) exists only so the sample generator can make the kind of
record old wire systems still send.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from media_manager.fields import (
    FIELDS,
    IIM_CODED_CHARACTER_SET,
    IIM_TIME_CREATED,
    IIM_TIME_CREATED_MAX_BYTES,
    IIM_UTF8_MARKER,
    empty,
)
from media_manager.metadata.charset import decode_legacy_text
from media_manager.metadata.iim import coded_character_set, declares_utf8, parse_datasets
from media_manager.metadata.iim import iim_date_time as iso_date_time

TAG_MARKER = 0x1C
MAX_STANDARD_LENGTH = 0x7FFF
ENVELOPE_VERSION = (1, 0)
RECORD_VERSION = (2, 0)
#: Datasets the writer always emits itself, so a kept copy would be a duplicate.
WRITER_OWNED = {ENVELOPE_VERSION, IIM_CODED_CHARACTER_SET, RECORD_VERSION}
#: Binary datasets of records 1 and 2; every other dataset there is text.
BINARY_DATASETS = {(1, 0), (1, 20), (1, 22), (1, 90), (2, 0), (2, 200), (2, 201), (2, 202)}

Dataset = tuple[int, int, bytes]


@dataclass(frozen=True)
class IimLimitProblem:
    """A value whose encoded bytes exceed the IIM dataset's limit."""

    field: str
    byte_count: int
    limit: int


def managed_datasets() -> set[tuple[int, int]]:
    """Every (record, dataset) the table of fields owns, including 2:60 Time Created."""
    owned = {f.iim for f in FIELDS if f.iim is not None}
    return owned | {IIM_TIME_CREATED}


def is_text_dataset(record: int, dataset: int) -> bool:
    """Records 1 and 2 hold text except for a few binary datasets; others are binary."""
    return record in (1, 2) and (record, dataset) not in BINARY_DATASETS


def parse_iim(block: bytes) -> list[Dataset]:
    """(record, dataset, data) as the reader parses them, so what is re-emitted is what it saw."""
    return parse_datasets(block)[0]


def encode_dataset(record: int, number: int, data: bytes) -> bytes:
    """One dataset; an extended length field when the data exceeds 32767 bytes."""
    head = bytes([TAG_MARKER, record, number])
    if len(data) <= MAX_STANDARD_LENGTH:
        return head + len(data).to_bytes(2, "big") + data
    size = len(data).to_bytes(4, "big")
    return head + (0x8000 | len(size)).to_bytes(2, "big") + size + data


def iim_date_time(iso: str) -> tuple[str, str | None]:
    """ISO 8601 → (2:55 CCYYMMDD, 2:60 HHMMSS±HHMM or None); unknown parts are 00."""
    match = re.match(
        r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"
        r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?", iso)
    if not match:
        raise ValueError(f"date_created {iso!r} is not an ISO 8601 date")
    year, month, day, hour, minute, second, zone = match.groups()
    date = f"{year}{month or '00'}{day or '00'}"
    if hour is None:
        return date, None
    time = f"{hour}{minute}{second or '00'}"
    if zone:
        time += "+0000" if zone == "Z" else zone.replace(":", "")
    return date, time


def as_list(value: object) -> list[str]:
    """A field value as a list of non-blank strings (a str becomes one item)."""
    if value is None:
        return []
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return [str(item) for item in items if not empty(item)]


def field_datasets(values: Mapping[str, object]) -> list[tuple[int, int, str]]:
    """(record, dataset, text) for every managed value, repeats as repeated datasets."""
    out: list[tuple[int, int, str]] = []
    for spec in FIELDS:
        if spec.iim is None or empty(values.get(spec.name)):
            continue
        if spec.name == "date_created":
            date, time = iim_date_time(str(values[spec.name]))
            out.append((*spec.iim, date))
            if time:
                out.append((*IIM_TIME_CREATED, time))
            continue
        for text in as_list(values[spec.name]):
            out.append((*spec.iim, text))
    return out


def encode_iim(
    values: Mapping[str, object],
    *,
    charset: str = "utf-8",
    keep: Iterable[Dataset] = (),
    keep_declared_utf8: bool = False,
) -> bytes:
    """Records 1 and 2 in ascending record/dataset order.

    ``keep`` carries datasets the project does not manage, as read from the old
    record; text ones are decoded with the charset rule (``keep_declared_utf8`` =
    the old record had 1:90 UTF-8) and re-encoded, so the record has one encoding.
    """
    legacy = charset.lower().replace("-", "") == "cp1252"
    encoding = "cp1252" if legacy else "utf-8"
    owned = managed_datasets() | WRITER_OWNED
    entries: list[Dataset] = [(1, 0, (4).to_bytes(2, "big")), (2, 0, (4).to_bytes(2, "big"))]
    if not legacy:
        entries.append((*IIM_CODED_CHARACTER_SET, IIM_UTF8_MARKER))
    for record, number, text in field_datasets(values):
        entries.append((record, number, text.encode(encoding)))
    for record, number, data in keep:
        if (record, number) in owned:
            continue
        if is_text_dataset(record, number):
            data = decode_legacy_text(data, keep_declared_utf8).encode(encoding, errors="replace")
        entries.append((record, number, data))
    entries.sort(key=lambda entry: (entry[0], entry[1]))  # stable: repeats keep their order
    return b"".join(encode_dataset(*entry) for entry in entries)


def check_iim_limits(values: Mapping[str, str | list[str]]) -> list[IimLimitProblem]:
    """Every value over its dataset's byte limit, counted in UTF-8 bytes."""
    problems: list[IimLimitProblem] = []
    for spec in FIELDS:
        if spec.iim is None or spec.iim_max_bytes is None or empty(values.get(spec.name)):
            continue
        if spec.name == "date_created":
            _date, time = iim_date_time(str(values[spec.name]))
            if time and len(time) > IIM_TIME_CREATED_MAX_BYTES:
                problems.append(IimLimitProblem(spec.name, len(time), IIM_TIME_CREATED_MAX_BYTES))
            continue
        for text in as_list(values[spec.name]):
            size = len(text.encode("utf-8"))
            if size > spec.iim_max_bytes:
                problems.append(IimLimitProblem(spec.name, size, spec.iim_max_bytes))
    return problems


def truncate_to_limit(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits ``limit`` bytes (no split characters)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def truncate_values(values: Mapping[str, str | list[str]]) -> tuple[dict, list[str]]:
    """A copy of ``values`` cut to the IIM limits, and the names of the fields cut."""
    cut: dict[str, str | list[str]] = dict(values)
    names: list[str] = []
    for spec in FIELDS:
        if spec.iim is None or spec.iim_max_bytes is None or spec.name == "date_created":
            continue
        value = values.get(spec.name)
        if empty(value):
            continue
        items = as_list(value)
        fitted = [truncate_to_limit(item, spec.iim_max_bytes) for item in items]
        if fitted != items:
            names.append(spec.name)
            cut[spec.name] = fitted if spec.repeatable else fitted[0]
    return cut, names


def read_iim_fields(datasets: Iterable[Dataset]) -> dict[str, str | list[str]]:
    """Managed values of a record exactly as stored (not trimmed), for plans and checks."""
    datasets = list(datasets)
    utf8 = declares_utf8(coded_character_set(datasets))
    texts: dict[tuple[int, int], list[str]] = {}
    for record, number, data in datasets:
        texts.setdefault((record, number), []).append(decode_legacy_text(data, utf8))
    values: dict[str, str | list[str]] = {}
    for spec in FIELDS:
        found = texts.get(spec.iim) if spec.iim else None
        if not found:
            continue
        if spec.name == "date_created":
            times = texts.get(IIM_TIME_CREATED) or []
            iso = iso_date_time(found[0], times[0] if times else None)
            if iso:
                values[spec.name] = iso
        else:
            values[spec.name] = found if spec.repeatable else found[0]
    return values
