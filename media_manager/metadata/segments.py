"""JPEG marker walk: header segments with their offsets, stopping at the first SOS.

Metadata lives in APPn segments before the scan, so reading stops at SOS and
never touches the entropy-coded image data. The walk is bounded (segment count,
header size) and tolerates junk bytes between segments, with a warning, as
ExifTool does. The writer rebuilds files from the same walk (see ``jpeg_write``),
treating any warning as a reason to refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from media_manager.metadata.exif import EXIF_HEADER
from media_manager.metadata.photoshop import PHOTOSHOP_HEADER
from media_manager.metadata.xmp import EXTENDED_XMP_HEADER, XMP_APP1_HEADER

MAX_SEGMENTS = 4096
MAX_HEADER_BYTES = 64 * 1024 * 1024
CHUNK = 128 * 1024

SOI, EOI, SOS = 0xD8, 0xD9, 0xDA
APP1, APP13 = 0xE1, 0xED
MAX_SEGMENT_PAYLOAD = 65533  # 65535 minus the two length bytes
_APP1_KINDS = ((EXIF_HEADER, "exif"), (XMP_APP1_HEADER, "xmp"), (EXTENDED_XMP_HEADER, "xmp-ext"))
# SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, without a length field.
_STANDALONE = frozenset(range(0xD0, 0xD8)) | {0x01}


def marker_name(marker: int) -> str:
    """Human name of a marker for warnings: APP13, COM, SOF0, DQT..."""
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0}"
    names = {0xFE: "COM", 0xDB: "DQT", 0xC4: "DHT", 0xDD: "DRI", 0xDA: "SOS", 0x00: "NULL"}
    if marker in SOF_MARKERS:
        return f"SOF{marker - 0xC0}"
    return names.get(marker, f"0x{marker:02X}")


class JpegStructureError(ValueError):
    """The file is not a JPEG whose segments can be rebuilt safely."""


@dataclass(frozen=True)
class Segment:
    """One marker segment: ``offset`` is where its FF byte sits in the file (-1 = new).

    Stand-alone markers (TEM, RSTn) have an empty payload and no length field.
    """

    marker: int
    payload: bytes
    offset: int = field(default=-1, compare=False)  # equal segments may sit anywhere

    def encode(self) -> bytes:
        """The segment's bytes as they sit in a file: marker, length, payload."""
        if self.marker in _STANDALONE:
            return bytes([0xFF, self.marker])
        if len(self.payload) > MAX_SEGMENT_PAYLOAD:
            raise JpegStructureError(f"segment 0x{self.marker:02X} is too large for JPEG")
        return bytes([0xFF, self.marker]) + (len(self.payload) + 2).to_bytes(2, "big") + self.payload

    @property
    def kind(self) -> str:
        """What the desk's writer cares about: exif, xmp, xmp-ext, photoshop or other."""
        if self.marker == APP1:
            for header, kind in _APP1_KINDS:
                if self.payload.startswith(header):
                    return kind
        if self.marker == APP13 and self.payload.startswith(PHOTOSHOP_HEADER):
            return "photoshop"
        return "other"


@dataclass
class JpegHeader:
    segments: list[Segment] = field(default_factory=list)
    sos_offset: int | None = None  # where the first scan starts (FF DA), if reached
    width: int | None = None
    height: int | None = None
    warnings: list[str] = field(default_factory=list)

    def payloads(self, marker: int, prefix: bytes = b"") -> list[bytes]:
        """Payloads of the segments with ``marker`` whose payload starts with ``prefix``."""
        return [s.payload for s in self.segments
                if s.marker == marker and s.payload.startswith(prefix)]


class Readable(Protocol):
    """What a header is read from: an open file, or ``identity.QuietHead``."""

    def read(self, size: int, /) -> bytes: ...


class HeadBuffer:
    """The start of a file, read on demand in chunks (or a whole bytes object)."""

    def __init__(self, data: bytes | None = None, stream: Readable | None = None) -> None:
        # whole bytes are used as they are (no copy); a stream grows a bytearray on demand
        self.data: bytes | bytearray = data if stream is None and data is not None else bytearray()
        self.stream = stream
        self.at_eof = stream is None

    def ensure(self, end: int) -> bool:
        """Make bytes [0, end) available; False if the file is shorter."""
        while len(self.data) < end and not self.at_eof:
            want = max(CHUNK, end - len(self.data))
            chunk = self.stream.read(want) if self.stream else b""
            if not chunk:
                self.at_eof = True
            self.data += chunk
        return len(self.data) >= end


def walk_jpeg(buffer: HeadBuffer) -> JpegHeader:
    """Walk segments from SOI to the first SOS (or EOI / end of data)."""
    header = JpegHeader()
    segments = header.segments
    data = buffer.data
    pos = 2  # after SOI
    previous = SOI  # the marker before, named only in a warning
    while len(segments) < MAX_SEGMENTS and pos < MAX_HEADER_BYTES:
        if pos + 4 <= len(data) and data[pos] == 0xFF and data[pos + 1] not in (0x00, 0xFF):
            pass  # the next marker right here, as in every well-formed file
        else:
            found = _next_marker(buffer, pos, previous, header)
            if found is None:
                return header
            pos = found
        marker = data[pos + 1]
        if marker == SOS:
            header.sos_offset = pos
            return header
        if marker == EOI:
            header.warnings.append("JPEG ends (EOI) before any image scan")
            return header
        if marker in _STANDALONE:
            segments.append(Segment(marker, b"", pos))
            pos, previous = pos + 2, marker
            continue
        if pos + 4 > len(data) and not buffer.ensure(pos + 4):
            header.warnings.append(f"JPEG truncated in {marker_name(marker)} segment header")
            return header
        length = (data[pos + 2] << 8) | data[pos + 3]
        end = pos + 2 + length
        if length < 2 or (end > len(data) and not buffer.ensure(end)):
            header.warnings.append(f"JPEG truncated in {marker_name(marker)} segment")
            return header
        payload = bytes(data[pos + 4:end])
        segments.append(Segment(marker, payload, pos))
        if marker in SOF_MARKERS and len(payload) >= 5 and header.width is None:
            header.height = (payload[1] << 8) | payload[2]
            header.width = (payload[3] << 8) | payload[4]
        pos, previous = end, marker
    header.warnings.append("JPEG header too long; stopped reading segments")
    return header


def _next_marker(buffer: HeadBuffer, pos: int, previous: int, header: JpegHeader) -> int | None:
    """Position of the next FF xx marker at or after ``pos``, skipping fill and junk bytes."""
    data = buffer.data
    start = pos
    while True:
        if not buffer.ensure(pos + 2):
            header.warnings.append("JPEG ends before the image scan (no SOS)")
            return None
        if data[pos] == 0xFF and data[pos + 1] not in (0x00, 0xFF):
            break
        found = data.find(b"\xff", pos + 1)
        while found < 0 and not buffer.at_eof and len(data) - start < MAX_HEADER_BYTES:
            buffer.ensure(len(data) + 1)
            found = data.find(b"\xff", pos + 1)
        if found < 0 or found - start > MAX_HEADER_BYTES:
            header.warnings.append("no JPEG marker found before the end of the data")
            return None
        pos = found
    junk = pos - start
    if junk and not _all_fill(data, start, pos):
        after = "SOI" if previous == SOI else marker_name(previous)
        header.warnings.append(f"skipped {junk} junk bytes after {after}")
    return pos


def _all_fill(data: bytearray, start: int, end: int) -> bool:
    return all(byte == 0xFF for byte in data[start:end])


def afcp_trailer(data: bytes) -> int | None:
    """Where an AFCP trailer starts in the file, if it ends with one.

    AFCP ends with "AXS!" (or "AXS*"), the trailer's absolute start offset and four
    more bytes; the start must itself hold an AXS marker.
    """
    if len(data) < 24 or data[-12:-8] not in (b"AXS!", b"AXS*"):
        return None
    start = int.from_bytes(data[-8:-4], "big")
    if start + 12 > len(data) or data[start:start + 4] not in (b"AXS!", b"AXS*"):
        return None
    return start
