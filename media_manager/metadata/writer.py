"""Write the desk's field values back into a JPEG, safely.

Each store does its own part (:mod:`iim` and :mod:`photoshop` the IIM record and
its digest, :mod:`xmp` the packet, :mod:`exif` IFD0); this module puts them in
one new file (:mod:`jpeg_write`), then checks it by reading it back with the
readers ingest uses (:func:`reading.read_stores`): image data byte-identical,
every store holding what was meant, the IPTC digest current. Only then is the
file renamed over the original (:func:`files.replace_atomically`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from media_manager.fields import FIELDS, empty
from media_manager.fields import field as field_spec
from media_manager.metadata import exif, jpeg_write, xmp, xmp_extended
from media_manager.metadata.files import (
    Values,
    VerifyFailed,
    WriteRefused,
    WriteResult,
    managed_values,
    replace_atomically,
)
from media_manager.metadata.iim import (
    IimLimitProblem,
    IimPlan,
    coded_character_set,
    declares_utf8,
    encode_record,
    parse_datasets,
    plan_iim,
)
from media_manager.metadata.photoshop import replace_iim
from media_manager.metadata.reading import read_stores as read_source_values
from media_manager.metadata.reconcile import xmp_is_current
from media_manager.metadata.segments import SOF_MARKERS

STORES = ("IIM", "XMP", "EXIF")
AFCP_MOVED = ("AFCP trailer kept with its offsets moved; its own copy of the IPTC was not "
              "updated")
AFCP_DROPPED = "AFCP trailer dropped: its offsets could not be moved"


class IimLimitExceeded(WriteRefused):
    """A changed IIM value over its byte limit, without ``truncate_iim``."""

    def __init__(self, path: str | Path, problems: list[IimLimitProblem]) -> None:
        parts = [f"{p.field} is {p.byte_count:,} bytes; the IIM limit is {p.limit:,}"
                 for p in problems]
        super().__init__(path, "; ".join(parts) + " (use --truncate-iim)")
        self.problems = problems


@dataclass
class Composition:
    """A rewritten file's bytes, the IIM plan it was made from, and what to warn about."""

    data: bytes
    iim: IimPlan
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedChange:
    """One row of the --dry-run table."""

    field: str
    store: str
    before: str | list[str] | None
    after: str | list[str] | None


def read_stores(data: bytes) -> dict[str, dict[str, object]]:
    """Managed values per store (IIM, XMP, EXIF) of a file, read as ingest reads them."""
    values = read_source_values(data)
    return {"IIM": dict(values.iim or {}), "XMP": dict(values.xmp), "EXIF": dict(values.exif)}


def expected_stores(values: Values, iim_expected: Values) -> dict[str, dict[str, object]]:
    """What each store should read back as, normalised by the fields' kinds."""
    expected: dict[str, dict[str, object]] = {"IIM": dict(iim_expected), "XMP": {}, "EXIF": {}}
    for spec in FIELDS:
        value = values.get(spec.name)
        if spec.xmp and not empty(value):
            expected["XMP"][spec.name] = value
        if spec.exif_tag and not empty(value):
            expected["EXIF"][spec.name] = value
    return {store: normalised(found) for store, found in expected.items()}


def normalise(name: str, value: object) -> object:
    """A comparable form, by the field's kind (lists without blanks, one date spelling)."""
    return field_spec(name).kind.normalise(value)


def normalised(values: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in ((k, normalise(k, v)) for k, v in values.items()) if v is not None}


def compose_jpeg(data: bytes, values: Values, *, truncate_iim: bool = False) -> Composition:
    """The new file: IIM (UTF-8, with digest), XMP and EXIF set from ``values``; the rest
    kept. Refused when a changed value is over its IIM limit and ``truncate_iim`` is off."""
    segments, _image = jpeg_write.split_jpeg(data)
    old_iim = jpeg_write.iim_from_segments(segments)
    old_datasets = parse_datasets(old_iim)[0] if old_iim else []
    plan = plan_iim(values, old_datasets, truncate=truncate_iim,
                    unchanged=unchanged_fields(data, values))
    if plan.over_limit:
        raise IimLimitExceeded("", plan.over_limit)
    new_iim = None
    if old_iim is not None or plan.datasets:
        declared = declares_utf8(coded_character_set(old_datasets))
        new_iim = encode_record(plan.datasets, keep=old_datasets, keep_declared_utf8=declared)
    irb = replace_iim(jpeg_write.photoshop_irb(segments), new_iim)
    old_xmp = current_xmp(segments)
    xmp_segments: list[jpeg_write.Segment] = []
    if old_xmp is not None or any(not empty(values.get(f.name)) for f in FIELDS if f.xmp):
        xmp_segments = jpeg_write.xmp_segments(*xmp_extended.split_for_jpeg(
            xmp.update_xmp(old_xmp, values)))
    tiff = exif.set_ifd0_texts(exif_block(segments), exif.exif_texts(values),
                               size=frame_size(segments))
    new = jpeg_write.rebuild_jpeg(data, exif=tiff, xmp=xmp_segments,
                                  photoshop=jpeg_write.photoshop_segments(irb))
    warnings = list(plan.carried)
    if jpeg_write.afcp_trailer(data) is not None:
        warnings.append(AFCP_MOVED if jpeg_write.afcp_trailer(new) is not None else AFCP_DROPPED)
    return Composition(new, plan, warnings)


def unchanged_fields(data: bytes, values: Values) -> set[str]:
    """Fields whose value one of the file's stores already holds: the desk did not change
    them (their IIM copy may be carried as the file had it)."""
    stores = read_stores(data)
    return {name for name, value in values.items() if value is not None and any(
        normalise(name, found.get(name)) == normalise(name, value) for found in stores.values())}


def exif_block(segments: list[jpeg_write.Segment]) -> bytes | None:
    found = next((s for s in segments if s.kind == "exif"), None)
    return found.payload[len(exif.EXIF_HEADER):] if found else None


def current_xmp(segments: list[jpeg_write.Segment]) -> bytes | None:
    """The main XMP packet with its Extended XMP merged in, if the file has one."""
    main = next((s for s in segments if s.kind == "xmp"), None)
    if main is None:
        return None
    packet = main.payload[len(xmp.XMP_APP1_HEADER):]
    extended = xmp_extended.extended_packet(packet, [s.payload for s in segments if s.kind == "xmp-ext"],
                                   warnings=[])
    return xmp_extended.merge_packets(packet, extended) if extended else packet


def frame_size(segments: list[jpeg_write.Segment]) -> tuple[int, int] | None:
    """(width, height) from the SOFn segment, for a newly made EXIF block."""
    for s in segments:
        if s.marker in SOF_MARKERS and len(s.payload) >= 5:
            return int.from_bytes(s.payload[3:5], "big"), int.from_bytes(s.payload[1:3], "big")
    return None


def prepare(path: Path, values: Values, truncate_iim: bool) -> tuple[bytes, Composition]:
    """(old bytes, the new file) for ``values``, checked against their kinds first."""
    values = managed_values(values)
    for name, value in values.items():
        field_spec(name).validate(value)  # type: ignore[arg-type]
    data = path.read_bytes()
    try:
        return data, compose_jpeg(data, values, truncate_iim=truncate_iim)
    except IimLimitExceeded as refused:
        raise IimLimitExceeded(path, refused.problems) from None
    except jpeg_write.JpegStructureError as error:
        hint = "" if data.startswith(jpeg_write.SOI) else "; write a sidecar instead"
        raise WriteRefused(path, f"cannot rewrite this file safely ({error}){hint}") from error
    except (exif.ExifWriteError, xmp.XmpWriteError, ValueError) as error:
        raise WriteRefused(path, f"cannot rewrite this file safely ({error})") from error


def write_metadata(path: str | Path, values: Values, *, truncate_iim: bool = False,
                   backup: bool = False,
                   verify: Callable[[Path], Mapping[str, object]] | None = None) -> WriteResult:
    """Make the JPEG at ``path`` carry exactly ``values`` in IIM, XMP and EXIF.

    ``values`` is the full set of canonical values: a field missing or blank is
    removed from the file. Changed values over their IIM limit are refused unless
    ``truncate_iim`` (then only the IIM copy is cut; XMP and EXIF keep it whole);
    unchanged ones are carried as the file had them, with a warning.
    """
    path = Path(path)
    data, composed = prepare(path, values, truncate_iim)
    plan = composed.iim
    result = WriteResult(path, changed=composed.data != data, iim_truncated=plan.truncated,
                         warnings=composed.warnings)
    if not result.changed:
        return result
    meant = managed_values(values)

    def check(written: Path) -> None:
        check_written(path, data, written.read_bytes(), meant, plan.expected)
        if verify is not None:
            check_reader(path, verify(written), meant)

    result.backup = path.with_name(path.name + ".bak") if backup else None
    replace_atomically(path, composed.data, check, result.backup)
    result.stores = STORES
    return result


def check_written(path: Path, old: bytes, new: bytes, values: Values,
                  iim_expected: Values) -> None:
    """Image data byte-identical, every store reading back as intended, digest current."""
    if jpeg_write.image_data(new) != jpeg_write.image_data(old):
        raise VerifyFailed(path, "image data changed while writing; nothing was replaced")
    found = read_source_values(new)
    if not xmp_is_current(found):
        raise VerifyFailed(path, "the IPTC digest does not match the new IIM record")
    expected = expected_stores(values, iim_expected)
    got = {"IIM": normalised(found.iim or {}), "XMP": normalised(found.xmp),
           "EXIF": normalised(found.exif)}
    for store in STORES:
        if got[store] != expected[store]:
            wrong = sorted(k for k in expected[store].keys() | got[store].keys()
                           if got[store].get(k) != expected[store].get(k))
            raise VerifyFailed(path, f"{store} read back wrong for {', '.join(wrong)}")


def check_reader(path: Path, read: Mapping[str, object], values: Values) -> None:
    """Compare the reconciled reading (``verify``) with what was meant to be written."""
    for name, value in values.items():
        got = read.get(name)
        got = getattr(got, "value", got)
        if empty(value) and empty(got):
            continue
        if normalise(name, got) != normalise(name, value):
            raise VerifyFailed(path, f"{name} read back as {got!r}, not {value!r}")


def plan_write(path: str | Path, values: Values, *,
               truncate_iim: bool = True) -> list[PlannedChange]:
    """(field, store, before, after) for every value a write would change; nothing written."""
    path = Path(path)
    data, composed = prepare(path, values, truncate_iim)
    before, after = read_stores(data), read_stores(composed.data)
    changes = []
    for spec in FIELDS:
        for store in STORES:
            old, fresh = before[store].get(spec.name), after[store].get(spec.name)
            if old != fresh:
                changes.append(PlannedChange(spec.name, store, old, fresh))  # type: ignore[arg-type]
    return changes
