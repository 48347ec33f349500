"""Write the desk's field values back into a photo, safely.

The original file is sacred: the new file is written beside it, flushed, read
back and compared (image data byte-identical, every managed value as intended),
and only then renamed over the original. Any failure leaves the original
untouched and no temporary file behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from media_manager.errors import MediaManagerError
from media_manager.fields import FIELDS, TECHNICAL_FIELDS, empty
from media_manager.fields import field as field_spec
from media_manager.metadata import exif_write, iim_write, jpeg_write, xmp_write
from media_manager.metadata.iim import coded_character_set, declares_utf8
from media_manager.metadata.segments import SOF_MARKERS

STORES = ("IIM", "XMP", "EXIF")
Values = Mapping[str, object]


class WriteRefused(MediaManagerError):
    """A write that was not done; the original file is unchanged."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class IimLimitExceeded(WriteRefused):
    """An IIM value over its byte limit, without ``truncate_iim``."""

    def __init__(self, path: str | Path, problems: list[iim_write.IimLimitProblem]) -> None:
        parts = [f"{p.field} is {p.byte_count:,} bytes; the IIM limit is {p.limit:,}"
                 for p in problems]
        super().__init__(path, "; ".join(parts) + " (use --truncate-iim)")
        self.problems = problems


class VerifyFailed(WriteRefused):
    """The written copy did not read back as intended; it was discarded."""


@dataclass
class WriteResult:
    """What a write did: changed or not, the backup kept, IIM fields cut to their limits."""

    path: Path
    changed: bool
    backup: Path | None = None
    iim_truncated: list[str] = field(default_factory=list)
    stores: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlannedChange:
    """One row of the --dry-run table."""

    field: str
    store: str
    before: str | list[str] | None
    after: str | list[str] | None


def managed_values(values: Values) -> dict[str, object]:
    """The editable fields of ``values``; technical fields ignored, unknown names refused."""
    out: dict[str, object] = {}
    for name, value in values.items():
        if name in TECHNICAL_FIELDS:
            continue
        field_spec(name)  # raises UnknownFieldError naming the known fields
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, (list, tuple)):
            value = [clean_text(str(item)) for item in value]
        out[name] = value
    return out


def clean_text(text: str) -> str:
    """Without control characters (NULs left by old wire systems): XML cannot carry them."""
    return xmp_write.CONTROL_CHARS.sub("", text)


def read_stores(data: bytes) -> dict[str, dict[str, str | list[str]]]:
    """Managed values per store (IIM, XMP, EXIF) of a JPEG, for plans and read-back checks."""
    segments, _image = jpeg_write.split_jpeg(data)
    iim = jpeg_write.iim_from_segments(segments)
    stores: dict[str, dict[str, str | list[str]]] = {
        "IIM": iim_write.read_iim_fields(iim_write.parse_iim(iim)) if iim else {},
        "XMP": xmp_write.read_xmp_fields(current_xmp(segments)),
        "EXIF": {},
    }
    tiff = exif_block(segments)
    texts = exif_write.read_ifd0_texts(tiff)
    for spec in FIELDS:
        text = texts.get(spec.exif_tag) if spec.exif_tag else None
        if text:
            stores["EXIF"][spec.name] = text.split("; ") if spec.repeatable else text
    return stores


def exif_block(segments: list[jpeg_write.Segment]) -> bytes | None:
    exif = next((s for s in segments if s.kind == "exif"), None)
    return exif.payload[len(jpeg_write.EXIF_HEADER):] if exif else None


def current_xmp(segments: list[jpeg_write.Segment]) -> bytes | None:
    """The main XMP packet with its Extended XMP merged in, if the file has one."""
    main = next((s for s in segments if s.kind == "xmp"), None)
    if main is None:
        return None
    packet = main.payload[len(jpeg_write.XMP_HEADER):]
    note = re.search(rb"HasExtendedXMP\s*(?:=\s*[\"']|>)\s*([0-9A-Fa-f]{32})", packet)
    extended = jpeg_write.extended_xmp(segments)
    if note and note.group(1).decode() in extended:
        return xmp_write.merge_extended(packet, extended[note.group(1).decode()])
    return packet


def expected_stores(values: Values, iim_values: Values) -> dict[str, dict[str, object]]:
    """What each store should read back as, normalised for comparison."""
    expected: dict[str, dict[str, object]] = {store: {} for store in STORES}
    for spec in FIELDS:
        if spec.iim and not empty(iim_values.get(spec.name)):
            expected["IIM"][spec.name] = iim_values[spec.name]
        if spec.xmp and not empty(values.get(spec.name)):
            expected["XMP"][spec.name] = values[spec.name]
    for tag, text in exif_write.exif_texts(values).items():
        spec = next(f for f in FIELDS if f.exif_tag == tag)
        if text is not None:
            expected["EXIF"][spec.name] = text.split("; ") if spec.repeatable else text
    return {store: {k: normalise(k, v) for k, v in found.items()}
            for store, found in expected.items()}


def normalise(name: str, value: object) -> object:
    """A comparable form: lists without blanks, dates as their IIM date/time pair."""
    if name == "date_created" and isinstance(value, str):
        return iim_write.iim_date_time(value)
    if field_spec(name).repeatable:
        return iim_write.as_list(value)  # type: ignore[arg-type]
    return value


def compose_jpeg(data: bytes, values: Values, iim_values: Values) -> bytes:
    """The new file's bytes: IIM (UTF-8, with digest), XMP and EXIF set; the rest kept."""
    segments, _image = jpeg_write.split_jpeg(data)
    old_iim = jpeg_write.iim_from_segments(segments)
    old_datasets = iim_write.parse_iim(old_iim) if old_iim else []
    new_iim = None
    if old_iim is not None or iim_write.field_datasets(iim_values):
        declared = declares_utf8(coded_character_set(old_datasets))
        new_iim = iim_write.encode_iim(iim_values, keep=old_datasets, keep_declared_utf8=declared)
    irb = jpeg_write.replace_iim_in_irb(jpeg_write.photoshop_irb(segments), new_iim)
    old_xmp = current_xmp(segments)
    xmp: list[jpeg_write.Segment] = []
    if old_xmp is not None or any(not empty(values.get(f.name)) for f in FIELDS if f.xmp):
        xmp = jpeg_write.xmp_segments(*xmp_write.split_for_jpeg(
            xmp_write.update_xmp(old_xmp, values)))
    tiff = exif_write.set_ifd0_texts(exif_block(segments), exif_write.exif_texts(values),
                                     size=frame_size(segments))
    return jpeg_write.rebuild_jpeg(data, exif=tiff, xmp=xmp,
                                   photoshop=jpeg_write.photoshop_segments(irb))


def frame_size(segments: list[jpeg_write.Segment]) -> tuple[int, int] | None:
    """(width, height) from the SOFn segment, for a newly made EXIF block."""
    for s in segments:
        if s.marker in SOF_MARKERS and len(s.payload) >= 5:
            return int.from_bytes(s.payload[3:5], "big"), int.from_bytes(s.payload[1:3], "big")
    return None


def prepare(path: Path, values: Values, truncate_iim: bool) -> tuple[bytes, bytes, dict, list[str]]:
    """(old bytes, new bytes, the values as IIM will carry them, fields cut for IIM)."""
    values = managed_values(values)
    problems = iim_write.check_iim_limits(values)  # type: ignore[arg-type]
    if problems and not truncate_iim:
        raise IimLimitExceeded(path, problems)
    iim_values, truncated = iim_write.truncate_values(values)  # type: ignore[arg-type]
    data = path.read_bytes()
    try:
        new = compose_jpeg(data, values, iim_values)
    except jpeg_write.JpegStructureError as error:
        hint = "" if data.startswith(jpeg_write.SOI) else "; write a sidecar instead"
        raise WriteRefused(path, f"cannot rewrite this file safely ({error}){hint}") from error
    except (exif_write.ExifWriteError, xmp_write.XmpWriteError, ValueError) as error:
        raise WriteRefused(path, f"cannot rewrite this file safely ({error})") from error
    return data, new, iim_values, truncated


def write_metadata(path: str | Path, values: Values, *, truncate_iim: bool = False,
                   backup: bool = False,
                   verify: Callable[[Path], Mapping[str, object]] | None = None) -> WriteResult:
    """Make the JPEG at ``path`` carry exactly ``values`` in IIM, XMP and EXIF.

    ``values`` is the full set of canonical values: a field missing or blank is
    removed from the file. Over-limit IIM values are refused unless
    ``truncate_iim`` (then only the IIM copy is cut; XMP and EXIF keep it whole).
    """
    path = Path(path)
    data, new, iim_values, truncated = prepare(path, values, truncate_iim)
    if new == data:
        return WriteResult(path, changed=False, iim_truncated=truncated)

    def check(written: Path) -> None:
        check_written(path, data, written.read_bytes(), managed_values(values), iim_values)
        if verify is not None:
            check_reader(path, verify(written), managed_values(values))

    backup_path = path.with_name(path.name + ".bak") if backup else None
    replace_atomically(path, new, check, backup_path)
    return WriteResult(path, changed=True, backup=backup_path, iim_truncated=truncated,
                       stores=STORES)


def check_written(path: Path, old: bytes, new: bytes, values: Values, iim_values: Values) -> None:
    """Image data byte-identical and every store reading back as intended."""
    if jpeg_write.image_data(new) != jpeg_write.image_data(old):
        raise VerifyFailed(path, "image data changed while writing; nothing was replaced")
    expected = expected_stores(values, iim_values)
    found = read_stores(new)
    for store in STORES:
        got = {k: normalise(k, v) for k, v in found[store].items()}
        if got != expected[store]:
            wrong = sorted(k for k in expected[store].keys() | got.keys()
                           if got.get(k) != expected[store].get(k))
            raise VerifyFailed(path, f"{store} read back wrong for {', '.join(wrong)}")


def check_reader(path: Path, read: Mapping[str, object], values: Values) -> None:
    """Compare the project's reader (``verify``) with what was meant to be written."""
    for name, value in values.items():
        got = read.get(name)
        got = getattr(got, "value", got)
        if empty(value) and empty(got):
            continue
        if normalise(name, got) != normalise(name, value):
            raise VerifyFailed(path, f"{name} read back as {got!r}, not {value!r}")


def replace_atomically(path: Path, content: bytes, check: Callable[[Path], None],
                       backup: Path | None = None) -> None:
    """Temp file in the same folder, fsync, check, then os.replace; clean up on any failure."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            shutil.copymode(path, temp)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        check(temp)
        if backup is not None and path.exists():
            shutil.copy2(path, backup)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (where supported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def plan_write(path: str | Path, values: Values, *,
               truncate_iim: bool = True) -> list[PlannedChange]:
    """(field, store, before, after) for every value a write would change; nothing written."""
    path = Path(path)
    data, new, _iim, _cut = prepare(path, values, truncate_iim)
    before, after = read_stores(data), read_stores(new)
    changes = []
    for spec in FIELDS:
        for store in STORES:
            old, fresh = before[store].get(spec.name), after[store].get(spec.name)
            if old != fresh:
                changes.append(PlannedChange(spec.name, store, old, fresh))
    return changes


def sidecar_path(image_path: str | Path) -> Path:
    """name.jpg → name.xmp beside it."""
    return Path(image_path).with_suffix(".xmp")


def write_sidecar(image_path: str | Path, values: Values) -> WriteResult:
    """Write or update name.xmp, keeping the unmanaged properties of an existing sidecar."""
    target = sidecar_path(image_path)
    values = managed_values(values)
    old = target.read_bytes() if target.exists() else None
    try:
        packet = xmp_write.update_xmp(old, values, padding=0)
    except xmp_write.XmpWriteError as error:
        raise WriteRefused(target, f"cannot update the sidecar safely ({error})") from error
    if packet == old:
        return WriteResult(target, changed=False)
    expected = expected_stores(values, {})["XMP"]

    def check(written: Path) -> None:
        found = xmp_write.read_xmp_fields(written.read_bytes())
        if {k: normalise(k, v) for k, v in found.items()} != expected:
            raise VerifyFailed(target, "sidecar read back wrong")

    replace_atomically(target, packet, check)
    return WriteResult(target, changed=True, stores=("XMP",))
