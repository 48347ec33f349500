"""CSV and TSV manifests, and ExifTool's ``-csv`` output.

A manifest has a key column (``filename``, ``job_id``, ``title`` or ``guid``) and
canonical field names; list fields are separated by ``;``. ExifTool's sheet starts
with ``SourceFile`` and names its columns by tag (``Caption-Abstract``,
``XMP-dc:Description``, ...), mapped to canonical names through the table of
fields; its lists are separated by ``, ``. A header with an unknown column fails
the file (a misspelt caption column must not import half a caption); a bad row
fails that row alone.
"""

from __future__ import annotations

import csv
import io

from media_manager.fields import FIELDS_BY_NAME, LIST_FIELDS
from media_manager.wire.exiftool_names import canonical, exif_date
from media_manager.wire.record import KEY_COLUMNS, BadRecord, CaptionRecord, record_from_mapping
from media_manager.wire.text import decode, head_text

NAME = "csv"
EXIFTOOL_LIST_SEPARATOR = ", "


class BadTable(ValueError):
    """A header that cannot be read as a caption table."""


def can_parse(data: bytes) -> bool:
    first = head_text(data).splitlines()[:1]
    if not first:
        return False
    header = [c.strip().strip('"').casefold() for c in _split_header(first[0])]
    return "sourcefile" in header or bool(set(header) & set(KEY_COLUMNS))


def _split_header(line: str) -> list[str]:
    return line.split("\t") if line.count("\t") > line.count(",") else line.split(",")


def parse(data: bytes, name: str = "table") -> list[CaptionRecord | BadRecord]:
    """Records, and a :class:`BadRecord` in place of each row that failed (naming its line)."""
    text, _encoding = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    # No cell is longer than the file: the csv module's own 128 KiB cap would end the whole
    # file at one huge cell; the record's value limit refuses that row alone instead.
    held = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        return _records(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), name)
    finally:
        csv.field_size_limit(held)


def _records(reader, name: str) -> list[CaptionRecord | BadRecord]:  # type: ignore[no-untyped-def]
    header = [column.strip() for column in next(reader, [])]
    exiftool = bool(header) and header[0].casefold() == "sourcefile"
    columns = _exiftool_columns(header) if exiftool else _manifest_columns(header)
    out: list[CaptionRecord | BadRecord] = []
    line = reader.line_num
    while True:
        source = f"{name}:{line + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return out
        except csv.Error as problem:  # a row the csv module cannot split: that row alone
            out.append(BadRecord(f"{source}: {problem}"))
            line = reader.line_num
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        try:
            out.append(_row_record(source, columns, row, exiftool))
        except BadRecord as problem:
            out.append(BadRecord(f"{source}: {problem}"))


def _manifest_columns(header: list[str]) -> list[str | None]:
    names = [column.casefold() for column in header]
    unknown = [h for h, n in zip(header, names)
               if n and n not in FIELDS_BY_NAME and n not in KEY_COLUMNS]
    if unknown:
        raise BadTable(f"unknown column {unknown[0]!r} (use filename, job_id, title or guid "
                       "and the canonical field names)")
    if not set(names) & set(KEY_COLUMNS):
        raise BadTable("no key column: filename, job_id, title or guid")
    return [n or None for n in names]


def _exiftool_columns(header: list[str]) -> list[str | None]:
    return ["filename"] + [canonical(tag) for tag in header[1:]]


def _row_record(source: str, columns: list[str | None], row: list[str],
                exiftool: bool) -> CaptionRecord:
    if len(row) > len(columns):
        raise BadRecord(f"{len(row)} cells for {len(columns)} columns")
    mapping: dict[str, object] = {}
    for column, cell in zip(columns, row):
        if column is None or not cell.strip():
            continue
        mapping.setdefault(column, _cell(column, cell, exiftool))
    return record_from_mapping(source, mapping)


def _cell(column: str, cell: str, exiftool: bool) -> object:
    if exiftool and column == "filename":
        return cell.replace("\\", "/").rsplit("/", 1)[-1]
    if exiftool and column == "date_created":
        return exif_date(cell)
    if exiftool and column in LIST_FIELDS:
        return [item for item in cell.split(EXIFTOOL_LIST_SEPARATOR)]
    return cell
