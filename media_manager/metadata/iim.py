"""IPTC IIM records: reading them into fields and writing fields back into them.

A record is a list of datasets (record, number, bytes). Values are decoded by the
project's charset rule (declared 1:90 UTF-8, else strict UTF-8, else cp1252) and
mapped to fields by the table; each field's kind turns its datasets into a value
and back (a date is 2:55 + 2:60). IIM limits are bytes, not characters, and a
record never mixes encodings: every value is written as UTF-8 and declared with
1:90 ``ESC % G``. The writer's check reads the new record with :func:`read_iim`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from media_manager.fields import (
    FIELDS,
    IIM_CODED_CHARACTER_SET,
    IIM_UTF8_MARKER,
    Field,
    FieldValue,
    empty,
)
from media_manager.metadata.charset import decode_legacy_text
from media_manager.metadata.photoshop import iim_digest

MAX_DATASETS = 10000
TAG_MARKER = 0x1C
MAX_STANDARD_LENGTH = 0x7FFF
ENVELOPE_VERSION = (1, 0)
RECORD_VERSION = (2, 0)
#: Datasets the writer always emits itself, so a kept copy would be a duplicate.
WRITER_OWNED = {ENVELOPE_VERSION, IIM_CODED_CHARACTER_SET, RECORD_VERSION}
#: Binary datasets of records 1 and 2; every other dataset there is text.
BINARY_DATASETS = {(1, 0), (1, 20), (1, 22), (1, 90), (2, 0), (2, 200), (2, 201), (2, 202)}
#: Every (record, dataset) the table of fields owns, 2:60 Time Created included.
MANAGED = frozenset(key for spec in FIELDS for key in spec.iim_owned())

Dataset = tuple[int, int, bytes]
Texts = dict[tuple[int, int], list[str]]


def parse_datasets(block: bytes) -> tuple[list[Dataset], list[str]]:
    """(record, dataset, value) in order, with extended-length datasets; bounded."""
    datasets: list[Dataset] = []
    warnings: list[str] = []
    pos = 0
    while pos + 5 <= len(block) and len(datasets) < MAX_DATASETS:
        if block[pos] != TAG_MARKER:
            if block[pos:].strip(b"\x00"):
                warnings.append(f"IPTC: bad dataset marker 0x{block[pos]:02X} at byte {pos}")
            break
        record, number = block[pos + 1], block[pos + 2]
        length = (block[pos + 3] << 8) | block[pos + 4]  # big-endian, as struct ">H" reads it
        pos += 5
        if length & 0x8000:  # extended dataset: the low bits give the size of the length
            width = length & 0x7FFF
            if width > 8 or pos + width > len(block):
                warnings.append(f"IPTC: bad extended length in {record}:{number}")
                break
            length = int.from_bytes(block[pos:pos + width], "big")
            pos += width
        if pos + length > len(block):
            warnings.append(f"IPTC: dataset {record}:{number} runs past the end; ignored")
            break
        datasets.append((record, number, block[pos:pos + length]))
        pos += length
    return datasets, warnings


@dataclass
class IimReading:
    """Canonical fields from one IIM block, decoded by the project's charset rule."""

    fields: dict[str, FieldValue] = field(default_factory=dict)
    charset: str = "undeclared"
    digest: bytes = b""
    warnings: list[str] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)


def read_iim(block: bytes) -> IimReading:
    """Decode the record 2 datasets of the table of fields from an IIM block."""
    reading = IimReading(digest=iim_digest(block))
    reading.datasets, reading.warnings = parse_datasets(block)
    utf8 = _declared_utf8(coded_character_set(reading.datasets), reading)
    reading.fields = field_values(decoded_texts(reading.datasets, utf8, reading.warnings))
    return reading


def decoded_texts(datasets: Iterable[Dataset], utf8: bool,
                  warnings: list[str] | None = None) -> Texts:
    """The text of every managed dataset, trimmed (and trailing NULs dropped), in order."""
    texts: Texts = {}
    for record, number, raw in datasets:
        key = (record, number)
        if key in MANAGED:
            text = decode_legacy_text(raw, utf8, warnings).rstrip("\x00").strip()
            texts.setdefault(key, []).append(text)
    return texts


def field_values(texts: Mapping[tuple[int, int], list[str]]) -> dict[str, FieldValue]:
    """Each field's value from its datasets, by its kind; fields with nothing are left out."""
    values: dict[str, FieldValue] = {}
    for spec in FIELDS:
        # absent: every kind makes no value of no texts (a 2:60 time alone makes no date)
        dataset = spec.iim
        if dataset is not None and dataset in texts:
            value = spec.kind.from_iim(dataset, texts)
            if not empty(value):
                values[spec.name] = value  # type: ignore[assignment]
    return values


def coded_character_set(datasets: Iterable[Dataset]) -> bytes | None:
    """The record's 1:90 declaration (the first one), if any."""
    return next((v for r, n, v in datasets if (r, n) == IIM_CODED_CHARACTER_SET), None)


def declares_utf8(declared: bytes | None) -> bool:
    """Whether a 1:90 value is the UTF-8 escape ``ESC % G``."""
    return declared is not None and declared.strip() == IIM_UTF8_MARKER


def _declared_utf8(declared: bytes | None, reading: IimReading) -> bool:
    """Note the record's charset on ``reading``; another declared set is decoded best effort."""
    if declared is None:
        reading.charset = "undeclared"
    elif declares_utf8(declared):
        reading.charset = "utf-8"
    else:
        reading.charset = declared.hex()
        reading.warnings.append(
            f"IPTC declares character set {declared!r}; decoded as UTF-8 or cp1252 (best effort)")
    return declares_utf8(declared)


# --- writing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IimLimitProblem:
    """A value whose encoded bytes exceed the IIM dataset's limit."""

    field: str
    byte_count: int
    limit: int


@dataclass
class IimPlan:
    """The managed datasets of a new record, and what the writer must know about them."""

    datasets: list[Dataset] = field(default_factory=list)
    expected: dict[str, FieldValue] = field(default_factory=dict)  # what read_iim should find
    over_limit: list[IimLimitProblem] = field(default_factory=list)  # changed values only
    truncated: list[str] = field(default_factory=list)  # cut to fit (truncate=True)
    carried: list[str] = field(default_factory=list)  # warnings: kept over-limit values


def plan_iim(values: Mapping[str, object], old: list[Dataset] | None = None, *,
             truncate: bool = False, unchanged: Iterable[str] = ()) -> IimPlan:
    """The managed datasets for ``values``. A field whose value the old record already
    holds (or holds cut at its limit, the XMP keeping the whole) is carried over exactly
    as the file had it, with a warning when it is over the limit; so, unless ``truncate``,
    is the IIM of a field in ``unchanged`` (the file's other stores hold the value) that
    would not fit. Only changed values are held to the limit (cut when ``truncate``, else
    listed in ``over_limit``)."""
    old = old or []
    utf8 = declares_utf8(coded_character_set(old))
    texts = decoded_texts(old, utf8)
    plan = IimPlan()
    for spec in FIELDS:
        if spec.iim is None:
            continue
        value = spec.kind.normalise(values.get(spec.name))
        held = spec.kind.from_iim(spec.iim, texts)
        datasets = [d for d in old if d[:2] in spec.iim_owned()]
        if held is not None and spec.kind.normalise(held) == value:
            _carry(plan, spec, datasets, utf8)
            plan.expected[spec.name] = held  # type: ignore[assignment]
        elif held is not None and _cut_at_limit(spec, datasets, held, value):
            plan.expected[spec.name] = _carry_cut(plan, spec, datasets[0], utf8)
        elif value is not None and not truncate and spec.name in unchanged \
                and _too_long(spec, value):
            _carry(plan, spec, datasets, utf8)
            if held is not None:
                plan.expected[spec.name] = held  # type: ignore[assignment]
            plan.carried.append(f"{spec.name} kept in IIM as the file had it: the value does "
                                "not fit the IIM limit (the XMP holds it whole)")
        elif value is not None:
            _add(plan, spec, value, truncate)
    return plan


def _cut_at_limit(spec: Field, datasets: list[Dataset], held: object, value: object) -> bool:
    """The old IIM text is the value cut at the limit (counted in the file's own bytes)."""
    if spec.kind.name != "text" and spec.kind.name != "language alternative":
        return False  # only free text is cut at a limit; a date or code is whole or wrong
    if not isinstance(held, str) or not isinstance(value, str) or len(datasets) != 1:
        return False
    limit = spec.iim_limit(datasets[0][:2])
    raw = datasets[0][2].rstrip(b"\x00 ")
    return limit is not None and len(raw) >= limit - 1 and value.startswith(held) \
        and len(value) > len(held)


def _too_long(spec: Field, value: FieldValue) -> bool:
    return any(limit is not None and len(text.encode("utf-8")) > limit
               for _key, text, limit in spec.iim_datasets(value))


def _carry(plan: IimPlan, spec: Field, datasets: list[Dataset], utf8: bool) -> None:
    for record, number, raw in datasets:
        data = raw if utf8 else decode_legacy_text(raw).encode("utf-8")
        plan.datasets.append((record, number, data))
        limit = spec.iim_limit((record, number))
        if limit is not None and len(data) > limit:
            plan.carried.append(f"{spec.name} kept as the file had it: {len(data):,} bytes, "
                                f"over the IIM limit of {limit:,}")


def _carry_cut(plan: IimPlan, spec: Field, dataset: Dataset, utf8: bool) -> str:
    """An IIM copy cut at the limit stays cut at the limit, now counted in UTF-8 bytes."""
    record, number, raw = dataset
    limit = spec.iim_limit((record, number)) or len(raw)
    text = truncate_to_limit(decode_legacy_text(raw, utf8), limit)
    plan.datasets.append((record, number, text.encode("utf-8")))
    return text.rstrip("\x00").strip()


def _add(plan: IimPlan, spec: Field, value: FieldValue, truncate: bool) -> None:
    written: Texts = {}
    for key, text, limit in spec.iim_datasets(value):
        size = len(text.encode("utf-8"))
        if limit is not None and size > limit:
            if not truncate:
                plan.over_limit.append(IimLimitProblem(spec.name, size, limit))
            else:
                text = truncate_to_limit(text, limit)
                if spec.name not in plan.truncated:
                    plan.truncated.append(spec.name)
        plan.datasets.append((*key, text.encode("utf-8")))
        written.setdefault(key, []).append(text.strip())
    plan.expected[spec.name] = spec.kind.from_iim(spec.iim, written)


def truncate_to_limit(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits ``limit`` bytes (no split characters)."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def is_text_dataset(record: int, dataset: int) -> bool:
    """Records 1 and 2 hold text except for a few binary datasets; others are binary."""
    return record in (1, 2) and (record, dataset) not in BINARY_DATASETS


def encode_dataset(record: int, number: int, data: bytes) -> bytes:
    """One dataset; an extended length field when the data exceeds 32767 bytes."""
    head = bytes([TAG_MARKER, record, number])
    if len(data) <= MAX_STANDARD_LENGTH:
        return head + len(data).to_bytes(2, "big") + data
    size = len(data).to_bytes(4, "big")
    return head + (0x8000 | len(size)).to_bytes(2, "big") + size + data


def encode_record(managed: Iterable[Dataset], *, keep: Iterable[Dataset] = (),
                  keep_declared_utf8: bool = False, legacy: bool = False) -> bytes:
    """Records 1 and 2 in ascending record/dataset order (repeats keep their order).

    ``keep`` carries datasets the project does not manage, as read from the old
    record; text ones are decoded with the charset rule (``keep_declared_utf8`` =
    the old record had 1:90 UTF-8) and re-encoded, so the record has one encoding.
    ``legacy`` (cp1252, no 1:90) exists only for the sample generator.
    """
    encoding = "cp1252" if legacy else "utf-8"
    entries: list[Dataset] = [(1, 0, (4).to_bytes(2, "big")), (2, 0, (4).to_bytes(2, "big"))]
    if not legacy:
        entries.append((*IIM_CODED_CHARACTER_SET, IIM_UTF8_MARKER))
    entries.extend(managed)
    for record, number, data in keep:
        if (record, number) in MANAGED or (record, number) in WRITER_OWNED:
            continue
        if is_text_dataset(record, number):
            data = decode_legacy_text(data, keep_declared_utf8).encode(encoding, errors="replace")
        entries.append((record, number, data))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    return b"".join(encode_dataset(*entry) for entry in entries)


def encode_iim(values: Mapping[str, object], *, charset: str = "utf-8") -> bytes:
    """A new record holding ``values`` (cp1252 without 1:90 only for the sample generator)."""
    legacy = charset.lower().replace("-", "") == "cp1252"
    managed = [(r, n, text.encode("cp1252" if legacy else "utf-8"))
               for r, n, text in _texts_of(values)]
    return encode_record(managed, legacy=legacy)


def _texts_of(values: Mapping[str, object]) -> list[tuple[int, int, str]]:
    out = []
    for spec in FIELDS:
        value = spec.kind.normalise(values.get(spec.name))
        out.extend((*key, text) for key, text, _limit in spec.iim_datasets(value))
    return out
