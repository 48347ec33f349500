"""read_metadata: one file in, one :class:`FileReading` out, whatever the file holds.

Stages: read the head (JPEG: only up to the first SOS) -> find the metadata blocks
of the container -> parse EXIF, IIM, XMP -> reconcile by the MWG rule -> overlay
an XMP sidecar -> technical facts -> optional image identity. Anything wrong
inside the file ends as a warning or a one-line ``error``; only bugs raise.
"""

from __future__ import annotations

import io
import mmap
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from media_manager.metadata.exif import ExifReading, read_exif, read_ifd0
from media_manager.metadata.filemap import hash_file_ranges, map_file, png_outline
from media_manager.metadata.formats import (
    Embedded,
    jpeg_embedded,
    png_embedded,
    psd_embedded,
    sniff,
    tiff_embedded,
    webp_embedded,
)
from media_manager.metadata.identity import (
    FileView,
    fingerprint_ranges,
    fingerprint_samples,
    hash_ranges,
    header_stream,
    image_ranges,
    sample_ranges,
)
from media_manager.metadata.iim import read_iim
from media_manager.metadata.reconcile import SourceValues, reconcile
from media_manager.metadata.sanitise import sanitise_reading
from media_manager.metadata.segments import HeadBuffer, afcp_trailer
from media_manager.metadata.sidecar import find_sidecar, read_sidecar_xmp
from media_manager.metadata.xmp import parse_xmp
from media_manager.metadata.xmp_extended import merge_extended, reassemble_extended
from media_manager.sources import EMBEDDED, SIDECAR, Offer, prevailing

MAX_HEIF_BYTES = 256 * 1024 ** 2  # HEIF containers go to libheif whole; beyond this, cut
_PARSE_ERRORS = (ValueError, IndexError, KeyError, struct.error, zlib.error, OverflowError,
                 MemoryError, RecursionError, EOFError)


@dataclass
class FileReading:
    """What one file says: canonical fields with their sources, technical facts, problems."""

    path: str
    fields: dict[str, str | list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    technical: dict[str, object] = field(default_factory=dict)
    image_hash: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    raw: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        """The JSON shape of ``inspect --json`` (technical included when known)."""
        out: dict = {"path": self.path, "fields": self.fields, "sources": self.sources,
                     "warnings": self.warnings, "error": self.error}
        if self.technical:
            out["technical"] = self.technical
        return out


def read_metadata(path: str | Path, *, with_hash: bool = False,
                  data: bytes | None = None, fingerprint: bool = False,
                  look_for_sidecar: bool = True, quiet_header: bool = False) -> FileReading:
    """Read the embedded metadata of ``path`` (or of ``data``, its bytes, if given).

    ``with_hash`` sets ``image_hash``: the full hash of the image data, or with
    ``fingerprint`` the cheap fingerprint (see :mod:`media_manager.metadata.identity`).
    ``look_for_sidecar`` False skips the look for an XMP sidecar, for a caller that
    knows there is none (ingest, whose listing of the folder found no XMP file).
    ``quiet_header`` reads a JPEG's header for its fingerprint through a memory map that
    starts no read-ahead (``identity.QuietHead``): only for a process that a file cut
    short meanwhile may end (``SIGBUS``), an ingest's reading worker.
    """
    reading = FileReading(path=str(path))
    try:
        _read_into(reading, path if isinstance(path, Path) else Path(path), data, with_hash,
                   fingerprint, look_for_sidecar, quiet_header)
    except OSError as problem:
        reading.error = f"cannot read file: {problem.strerror or problem}"
    except _PARSE_ERRORS as problem:
        reading.error = one_line(f"could not parse {type(problem).__name__}: {problem}")
    return sanitise_reading(reading)


def _read_into(reading: FileReading, path: Path, data: bytes | None, with_hash: bool,
               fingerprint: bool = False, look_for_sidecar: bool = True,
               quiet_header: bool = False) -> None:
    if path.suffix.lower() == ".xmp":
        _read_sidecar_only(reading, path)
        return
    if data is None and not path.is_file():
        reading.error = "no such file" if not path.exists() else "not a regular file"
        return
    embedded, data, key = _load(path, data, with_hash and not fingerprint,
                                with_hash and fingerprint, quiet_header)
    if embedded is None:
        reading.error = "not a supported image format (JPEG, TIFF, PNG, WebP, HEIF, PSD)"
        return
    reading.warnings.extend(embedded.warnings)
    values = _parse_blocks(embedded, reading)
    reading.fields, reading.sources, warnings = reconcile(values)
    reading.warnings.extend(warnings)
    if look_for_sidecar:
        _overlay_sidecar(reading, path)
    _technical(reading, embedded, path, data)
    if with_hash and fingerprint:
        reading.image_hash = key if data is None else _fingerprint(data, embedded)
    elif with_hash and isinstance(data, bytes):
        reading.image_hash = hash_ranges(data, image_ranges(data, embedded))
    elif with_hash and data is not None:  # a mapped file: hashed in blocks, not paged in
        reading.image_hash = hash_file_ranges(path, image_ranges(data, embedded))
    if not reading.fields and embedded.width is None and reading.warnings:
        reading.error = one_line(f"unreadable {embedded.format}: {reading.warnings[0]}")


def _fingerprint(data: bytes, embedded: Embedded) -> str:
    """The image data's fingerprint, from a file mapped or given whole."""
    return fingerprint_ranges(data, image_ranges(data, embedded))


def _jpeg_fingerprint(fd: int, head: bytes | bytearray, size: int,
                      embedded: Embedded) -> str | None:
    """A JPEG's fingerprint from its open file: the samples inside the header read are
    taken from it, the rest are a few reads (:class:`FileView`)."""
    if not size:
        return None
    view = FileView(fd, head, size)
    if not embedded.image_ranges:
        return fingerprint_ranges(view, [(0, -1)])  # type: ignore[arg-type]
    # the samples as they are without an AFCP trailer (nearly every file) are asked for
    # before the trailer check reads the end of the file, so a cold disk fetches all at once
    total, likely = sample_ranges(embedded.image_ranges, size)
    held = len(head)
    view.will_need([(start, end) for start, end in likely if end > held])
    if afcp_trailer(view) is None:  # type: ignore[arg-type]  # no trailer: the samples
        return fingerprint_samples(view, total, likely)  # type: ignore[arg-type]  # asked for
    return fingerprint_ranges(view, image_ranges(view, embedded))  # type: ignore[arg-type]


def _load(path: Path, data: bytes | None, whole: bool, fingerprint: bool = False,
          quiet_header: bool = False
          ) -> tuple[Embedded | None, bytes | mmap.mmap | None, str | None]:
    """Find the metadata blocks. A JPEG's header is read alone, in as few reads as it
    takes (one for a wire photo's), and with ``fingerprint`` its fingerprint is taken
    from the same open file; when the hash needs the image data too, the file is mapped
    rather than copied (a wire JPEG is megabytes). Returns the blocks, the mapped or
    given bytes (None for a JPEG read by its header) and the fingerprint (if taken)."""
    if data is not None:
        return _extract(data), data, None
    with open(path, "rb", buffering=0) as stream:
        size = os.fstat(stream.fileno()).st_size
        # with a fingerprint to take, the header is read without the kernel's read-ahead
        with header_stream(stream, size, quiet=quiet_header and fingerprint and not whole
                           ) as head:
            buffer = HeadBuffer(stream=head)
            buffer.ensure(64)  # one read of a chunk: the header of most JPEGs is in it
            kind = sniff(bytes(buffer.data[:64]))
            embedded = jpeg_embedded(buffer) if kind == "JPEG" else None
        if embedded is not None:
            embedded.file_size = size
            key = _jpeg_fingerprint(stream.fileno(), buffer.data, size, embedded) \
                if fingerprint else None
            if not whole or size == 0:
                return embedded, None, key
            return embedded, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ), key
        stream.seek(0)
        with io.BufferedReader(stream) as buffered:  # type: ignore[arg-type]
            return (*_load_mapped(buffered, kind), None)


def _load_mapped(stream: BinaryIO, kind: str | None) -> tuple[Embedded | None, mmap.mmap | bytes]:
    """Other formats: the file mapped, not read (a PNG's outline is read instead)."""
    data = map_file(stream)
    if kind == "HEIF":  # libheif parses from memory: hand it bytes, within a limit
        return _extract(data[:MAX_HEIF_BYTES]), data
    if kind != "PNG":
        return _extract(data), data  # type: ignore[arg-type]  # a read-only buffer will do
    outline, ranges, notes = png_outline(stream)
    embedded = png_embedded(outline)
    embedded.image_ranges, embedded.warnings = ranges, embedded.warnings + notes
    return embedded, data


def _extract(data: bytes) -> Embedded | None:
    kind = sniff(data[:64])
    if kind == "JPEG":
        return jpeg_embedded(HeadBuffer(data))
    extractors = {"TIFF": tiff_embedded, "PNG": png_embedded, "WEBP": webp_embedded,
                  "PSD": psd_embedded}
    if kind in extractors:
        return extractors[kind](data)
    if kind == "HEIF":
        from media_manager.metadata.heif import heif_embedded  # lazy: imports libheif
        return heif_embedded(data)
    return None


def read_stores(data: bytes) -> SourceValues:
    """What each store of a file's bytes says (EXIF, IIM, XMP and the IPTC digests), read
    exactly as ingest reads it: the writer checks what it wrote with this."""
    embedded = _extract(data)
    if embedded is None:
        return SourceValues()
    return _parse_blocks(embedded, FileReading(path=""))


def _parse_blocks(embedded: Embedded, reading: FileReading) -> SourceValues:
    """EXIF, IIM and XMP values of one file, with their warnings."""
    values = SourceValues(stored_digest=embedded.photoshop.iptc_digest)
    exif = ExifReading()
    if embedded.tiff_ifd0 is not None:
        tiff, ifd0 = embedded.tiff_ifd0
        read_ifd0(tiff, ifd0, exif)  # type: ignore[arg-type]
        exif.warnings.extend(w for w in tiff.warnings if w not in reading.warnings)
    elif embedded.exif:
        exif = read_exif(embedded.exif)
    values.exif = exif.fields
    reading.technical.update(exif.technical)
    reading.warnings.extend(exif.warnings + embedded.photoshop.warnings)
    if embedded.photoshop.iim is not None:
        iim = read_iim(embedded.photoshop.iim)
        values.iim, values.iim_digest = iim.fields, iim.digest
        reading.warnings.extend(iim.warnings)
        reading.raw["iptc_charset"] = iim.charset
    xmp_packet = embedded.xmp if embedded.xmp is not None else embedded.photoshop.xmp
    if xmp_packet is not None:
        xmp = parse_xmp(xmp_packet)
        extended = reassemble_extended(embedded.extended_xmp, xmp.extended_guid, xmp.warnings)
        if extended is not None:
            merge_extended(xmp, parse_xmp(extended))
        values.xmp = xmp.fields
        reading.warnings.extend(xmp.warnings)
    reading.raw.update({"exif": values.exif, "iptc": values.iim or {}, "xmp": values.xmp})
    return values


def _overlay_sidecar(reading: FileReading, path: Path) -> None:
    """Values in ``name.xmp``, read after the embedded ones, replace them field by field
    (the one precedence rule: a sidecar ranks with embedded values, so it refreshes)."""
    sidecar = find_sidecar(path)
    if sidecar is None:
        return
    xmp = read_sidecar_xmp(sidecar)
    reading.warnings.extend(f"sidecar {sidecar.name}: {w}" for w in xmp.warnings)
    reading.raw["sidecar"] = xmp.fields
    for name, value in xmp.fields.items():
        embedded = Offer(EMBEDDED, reading.sources.get(name), reading.fields.get(name))
        standing = prevailing([embedded, Offer(SIDECAR, "sidecar", value)])
        if standing is not None:
            reading.fields[name] = standing.value  # type: ignore[assignment]
            reading.sources[name] = standing.origin or "sidecar"


def _read_sidecar_only(reading: FileReading, path: Path) -> None:
    if not path.is_file():
        reading.error = "no such file" if not path.exists() else "not a regular file"
        return
    xmp = read_sidecar_xmp(path)
    reading.fields = dict(xmp.fields)
    reading.sources = {name: "sidecar" for name in xmp.fields}
    reading.warnings.extend(xmp.warnings)
    reading.technical = {"format": "XMP", "file_size": path.stat().st_size}
    if not xmp.properties and xmp.warnings:
        reading.error = one_line(f"unreadable XMP sidecar: {xmp.warnings[0]}")


def _technical(reading: FileReading, embedded: Embedded, path: Path, data: bytes | None) -> None:
    facts: dict[str, object] = {"format": embedded.format}
    if embedded.width and embedded.height:
        facts["width"], facts["height"] = embedded.width, embedded.height
    if data is not None:
        facts["file_size"] = len(data)
    else:
        facts["file_size"] = embedded.file_size if embedded.file_size is not None \
            else path.stat().st_size
    facts.update(reading.technical)
    reading.technical = facts


def load_readers() -> None:
    """Import what reading a file loads on first use (defusedxml for XMP, BLAKE3 for the
    key), so that processes forked after this share it instead of each loading its own."""
    import blake3  # noqa: F401
    import defusedxml.ElementTree  # type: ignore[import-untyped]  # noqa: F401


def one_line(text: str) -> str:
    """Errors are shown in one line, in lists and logs alike."""
    return " ".join(str(text).split())[:300]
