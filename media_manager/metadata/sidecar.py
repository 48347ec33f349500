"""XMP sidecars: ``name.xmp`` or ``name.jpg.xmp`` next to the image; read and written.

A sidecar is where a desk tool (Lightroom, Photo Mechanic, digiKam) keeps edits it
did not write into the file, so its values override the embedded ones. A write
updates the sidecar that is already there (whatever its name) and keeps every
property it does not manage.
"""

from __future__ import annotations

import os
from pathlib import Path

from media_manager.fields import field as field_spec
from media_manager.metadata import files
from media_manager.metadata.xmp import (
    MAX_XMP_BYTES,
    XmpReading,
    XmpWriteError,
    parse_xmp,
    update_xmp,
)

_EXTENSIONS = (".xmp", ".XMP", ".Xmp")


def find_sidecar(image_path: str | Path) -> Path | None:
    """``photo.xmp`` or ``photo.jpg.xmp`` (.xmp, .XMP or .Xmp) beside the image.

    A few stat calls rather than a directory listing, so ingesting a folder of
    thousands of photos stays linear.
    """
    image = os.fspath(image_path)
    base, suffix = os.path.splitext(image)
    if suffix.lower() == ".xmp":
        return None
    for stem in (base, image):
        for extension in _EXTENSIONS:
            if os.path.isfile(stem + extension):  # plain os calls: this runs per ingested file
                return Path(stem + extension)
    return None


def read_sidecar_xmp(path: str | Path) -> XmpReading:
    """Parse a sidecar file, bounded in size; problems become warnings."""
    try:
        with open(path, "rb") as stream:
            packet = stream.read(MAX_XMP_BYTES + 1)
    except OSError as problem:
        reading = XmpReading()
        reading.warnings.append(f"sidecar not readable: {problem.strerror or problem}")
        return reading
    return parse_xmp(packet)


def read_sidecar(path: str | Path) -> dict:
    """Canonical fields of an XMP sidecar file."""
    return dict(read_sidecar_xmp(path).fields)


def sidecar_path(image_path: str | Path) -> Path:
    """The sidecar a write goes to: the one already beside the image (``photo.jpg.xmp``
    stays ``photo.jpg.xmp``), else ``photo.xmp``."""
    return find_sidecar(image_path) or Path(image_path).with_suffix(".xmp")


def write_sidecar(image_path: str | Path, values: files.Values) -> files.WriteResult:
    """Write or update the image's sidecar, keeping every property the table does not
    manage; the result is read back with the sidecar reader ingest uses."""
    target = sidecar_path(image_path)
    meant = files.managed_values(values)
    old = target.read_bytes() if target.exists() else None
    try:
        packet = update_xmp(old, meant, padding=0)
    except XmpWriteError as error:
        raise files.WriteRefused(target, f"cannot update the sidecar safely ({error})") from error
    if packet == old:
        return files.WriteResult(target, changed=False)
    expected = {name: value for name, value in meant.items()
                if value is not None and field_spec(name).xmp}

    def check(written: Path) -> None:
        found = read_sidecar_xmp(written)
        got = {name: field_spec(name).kind.normalise(value) for name, value in found.fields.items()}
        if found.warnings or got != expected:
            wrong = sorted(k for k in expected.keys() | got.keys() if got.get(k) != expected.get(k))
            raise files.VerifyFailed(target, f"sidecar read back wrong for {', '.join(wrong)}")

    files.replace_atomically(target, packet, check)
    return files.WriteResult(target, changed=True, stores=("XMP",))
