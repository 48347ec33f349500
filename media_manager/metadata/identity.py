"""Content identity: BLAKE3 of the image data only, not of the metadata.

The same picture re-sent by the wire with a corrected caption, or rewritten by our
own metadata write-back, must keep its identity, so the hash covers only what a
metadata edit never touches:

* JPEG: the bytes from the first SOS marker to the end of the file (scans + EOI);
  APPn/COM/DQT... header segments are left out, and so is an AFCP metadata trailer
  (write-back moves it).
* PNG: the concatenated IDAT chunk data.
* WebP: the VP8/VP8L/ALPH chunk payloads.
* TIFF, HEIF, PSD and anything else: the whole file (their metadata and pixels
  interleave; a rewrite may move strips), so a metadata edit changes the identity.

Two digests are taken over those bytes. :func:`image_identity` (``hash_ranges``) is
the full hash: every byte of the image data. :func:`fingerprint_ranges` is the cheap
one ingest keys photos by in a new catalogue: the image data's length, its first and
last 16 KiB and 16 samples of 1 KiB evenly spaced between them (all of it when it is
shorter than that); 48 KiB of a 2 MB wire JPEG instead of all of it. Equal image data
always give equal fingerprints. Different image data give different fingerprints
unless they have the same length to the byte and differ only between the samples: a
bit flip from a bad disk, a hand-crafted file, a retouch of a few pixels that
happened to keep the length (a JPEG scan shifts every later byte when a change alters
its length, so a bigger change reaches a sample). Ingest checks every fingerprint
match with a copy that still exists against the full hash before it calls a file a
duplicate (see ``catalog/store.py``). Fingerprints are :data:`FINGERPRINT_HEX` hex
digits long, full hashes 64, so a catalogue's scheme is known from its values.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Self

from media_manager.metadata.formats import Embedded, png_embedded, sniff, webp_embedded
from media_manager.metadata.segments import (
    HeadBuffer,
    Readable,
    afcp_trailer,
    walk_jpeg,
)


def image_identity(path: str | Path, data: bytes | None = None) -> str:
    """BLAKE3 hex digest of the image data of ``path`` (or of ``data`` if given)."""
    if data is None:
        data = Path(path).read_bytes()
    return hash_ranges(data, image_ranges(data))


def image_ranges(data: bytes, embedded: Embedded | None = None) -> list[tuple[int, int]]:
    """Byte ranges (start, end; -1 = end of file) holding the image data."""
    kind = sniff(data[:64])
    if embedded is not None and embedded.image_ranges:
        return _without_trailer(data, embedded.image_ranges) if kind == "JPEG" else \
            embedded.image_ranges
    if kind == "JPEG":
        header = walk_jpeg(HeadBuffer(data))
        if header.sos_offset is not None:
            return _without_trailer(data, [(header.sos_offset, -1)])
    elif kind == "PNG":
        return png_embedded(data).image_ranges or [(0, -1)]
    elif kind == "WEBP":
        return webp_embedded(data).image_ranges or [(0, -1)]
    return [(0, -1)]


def _without_trailer(data: bytes, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    end = afcp_trailer(data)
    return ranges if end is None else [(start, end) for start, _end in ranges]


FINGERPRINT_EDGE = 16 * 1024  # bytes hashed at each end of the image data
FINGERPRINT_PROBES = 16  # evenly spaced samples between the ends
FINGERPRINT_PROBE = 1024  # bytes in each sample
FINGERPRINT_HEX = 48  # 192 bits; full hashes are 64 hex digits
_FINGERPRINT_TAG = b"media-manager image fingerprint 1\0"
#: Image data no longer than this are hashed whole (the samples would cover them).
_SAMPLED_BYTES = 2 * FINGERPRINT_EDGE + FINGERPRINT_PROBES * FINGERPRINT_PROBE


def image_fingerprint(path: str | Path, data: bytes | None = None) -> str:
    """The cheap identity of ``path`` (or of ``data``): length and samples of the image data."""
    if data is None:
        data = Path(path).read_bytes()
    return fingerprint_ranges(data, image_ranges(data))


def fingerprint_ranges(data: bytes, ranges: list[tuple[int, int]]) -> str:
    """BLAKE3 of the ranges' total length, their first and last FINGERPRINT_EDGE bytes and
    FINGERPRINT_PROBES samples of FINGERPRINT_PROBE bytes evenly spaced between (all of
    the data when it is not longer than the samples together).

    ``data`` is anything sliced like bytes (a memory map, a :class:`FileView`): only
    the samples are read.
    """
    return fingerprint_samples(data, *sample_ranges(ranges, len(data)))


def fingerprint_samples(data: bytes, total: int, where: list[tuple[int, int]]) -> str:
    """:func:`fingerprint_ranges` from its :func:`sample_ranges` (``total``, ``where``),
    for a caller that has worked them out already."""
    from blake3 import blake3  # lazy: only ingest needs it

    pieces = data.read_ranges(where) if isinstance(data, FileView) else \
        [data[low:high] for low, high in where]
    # one update of the joined samples: BLAKE3 hashes a long input many chunks at a time
    hasher = blake3(b"".join([_FINGERPRINT_TAG + total.to_bytes(8, "big"), *pieces]),
                    max_threads=1)
    return hasher.hexdigest(length=FINGERPRINT_HEX // 2)


def sample_ranges(ranges: list[tuple[int, int]], size: int
                  ) -> tuple[int, list[tuple[int, int]]]:
    """The length of the image data in ``ranges`` (end -1 = ``size``, the file's) and the
    file ranges :func:`fingerprint_ranges` samples of it."""
    if len(ranges) == 1:  # a JPEG's scan: each sample sits at its own offset from the start
        low, end = ranges[0]
        total = (size if end < 0 else end) - low
        if total <= _SAMPLED_BYTES:
            return total, [(low, low + total)] if total > 0 else []
        step = FINGERPRINT_PROBES + 1
        return total, [(low, low + FINGERPRINT_EDGE),
                       *[(at, at + FINGERPRINT_PROBE)
                         for at in [low + total * n // step for n in range(1, step)]],
                       (low + total - FINGERPRINT_EDGE, low + total)]
    spans = [(start, size if end < 0 else end) for start, end in ranges]
    total = sum(end - start for start, end in spans)
    if total <= _SAMPLED_BYTES:
        samples = [(0, total)]
    else:
        middle = [total * n // (FINGERPRINT_PROBES + 1) for n in range(1, FINGERPRINT_PROBES + 1)]
        samples = [(0, FINGERPRINT_EDGE), *((at, at + FINGERPRINT_PROBE) for at in middle),
                   (total - FINGERPRINT_EDGE, total)]
    return total, [(low, high) for start, end in samples for low, high in _cut(spans, start, end)]


def _cut(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """File offsets of bytes ``start`` to ``end`` of the spans laid end to end."""
    out, offset = [], 0
    for low, high in spans:
        first, last = max(start - offset, 0), min(end - offset, high - low)
        if first < last:
            out.append((low + first, low + last))
        offset += high - low
    return out


#: Bytes of a file's start a quiet header read asks for and hands over at a time. A wire
#: JPEG's header is a few KiB to a few tens (its XMP, an ICC profile, a preview), and the
#: fingerprint's first sample is the 16 KiB after it: 32 KiB covers most in one request, where
#: a whole :data:`CHUNK` (128 KiB) would read five times what the fingerprint uses.
QUIET_CHUNK = 32 * 1024


class QuietHead:
    """The start of an open file read through a memory map the kernel is told is read at
    random (``MADV_RANDOM``), so that reading it starts no read-ahead of its own.

    A tool that has just read the file's header (ExifTool, a file browser) leaves the
    page cache marked for read-ahead, and a plain read that meets the mark makes the
    kernel read on, whatever the file's advice, megabytes on a disk set for it: the
    whole of a cold 2 MB wire JPEG, when the fingerprint wants 48 KiB of it. A mapped
    read honours the advice (measured: 1.7 MB of disk a file after ExifTool, 155 KB
    this way). The first chunk is asked for (``MADV_WILLNEED``) before it is copied, so
    a cold header still arrives in one request. Only the header is read so: the samples
    are ``pread`` by :class:`FileView` from pages nobody marked. A file cut short while
    its header is read ends the process reading it (``SIGBUS``), so only an ingest's
    reading workers read so: a worker's end costs the file it was on, retried alone, and
    the batch goes on (see ``catalog.workers``)."""

    def __init__(self, fd: int, size: int) -> None:
        self.map = mmap.mmap(fd, size, access=mmap.ACCESS_READ)
        self.map.madvise(mmap.MADV_RANDOM)
        self.position = 0
        self._ask(0, QUIET_CHUNK)

    def _ask(self, start: int, end: int) -> None:
        """Ask the disk for the map's bytes ``start`` to ``end`` in one request, not a page
        fault at a time (a hint: it reads nothing here)."""
        end = min(end, len(self.map))
        first = start & ~(mmap.PAGESIZE - 1)  # madvise wants a page-aligned start
        if end > first:
            self.map.madvise(mmap.MADV_WILLNEED, first, end - first)

    def read(self, count: int) -> bytes:
        """At most :data:`QUIET_CHUNK` bytes from the position on (fewer than ``count`` is
        no end of file: a reader asks again), each piece asked for before it is copied."""
        start = self.position
        self.position = min(start + min(count, QUIET_CHUNK), len(self.map))
        self._ask(start, self.position)
        return self.map[start:self.position]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.map.close()


@contextmanager
def header_stream(stream: BinaryIO, size: int, quiet: bool) -> Iterator[Readable]:
    """What the header is read from: ``stream`` itself, or with ``quiet`` (and where the
    platform can) a :class:`QuietHead` of it, unmapped at the end."""
    if not quiet or not size or not hasattr(mmap, "MADV_RANDOM"):
        yield stream
        return
    try:
        head = QuietHead(stream.fileno(), size)
    except (OSError, ValueError):  # a file that cannot be mapped is read as it is
        yield stream
        return
    with head:
        yield head


def ask_for_samples(path: str | Path) -> None:
    """Ask the disk for a JPEG's fingerprint samples ahead of reading it (a hint, which
    reads nothing): a reading worker asks for a batch's files at once, so a cold disk
    fetches them together, not one file's few at a time while the processor waits.
    Anything but a readable JPEG is left alone; its own read says what is wrong."""
    if not hasattr(os, "posix_fadvise") or not hasattr(mmap, "MADV_RANDOM"):
        return
    try:
        with open(path, "rb", buffering=0) as stream:
            fd = stream.fileno()
            size = os.fstat(fd).st_size
            if size < 4:
                return
            with QuietHead(fd, size) as head:  # the header walked where it lies, not copied
                if sniff(head.map[:64]) != "JPEG":
                    return
                sos = walk_jpeg(HeadBuffer(data=head.map)).sos_offset  # type: ignore[arg-type]
            if sos is None:
                return
            for start, end in sample_ranges([(sos, -1)], size)[1]:
                os.posix_fadvise(fd, start, end - start, os.POSIX_FADV_WILLNEED)
    except (OSError, ValueError):
        return


class FileView:
    """An open file sliced like bytes, each slice one ``pread``, or none: the fingerprint's
    few samples cost a few system calls, not a memory map and its page faults.

    ``head`` is the start of the file as the header read left it: slices inside it are
    not read again (a JPEG's first image-data sample lies there). The last
    :data:`FINGERPRINT_EDGE` bytes are read once, on the first slice that falls in them,
    for the AFCP trailer check and the last sample alike. :meth:`read_ranges` asks for
    the other samples together before it reads the first, so a cold disk fetches them
    at once rather than one after another.
    """

    def __init__(self, fd: int, head: bytes | bytearray = b"", size: int | None = None) -> None:
        self.fd = fd
        self.size = os.fstat(fd).st_size if size is None else size
        self.head = head
        self.tail_start = max(self.size - FINGERPRINT_EDGE, len(head))
        self.tail: bytes | None = None
        self.asked: set[tuple[int, int]] = set()
        if hasattr(os, "posix_fadvise"):  # no read-ahead around each sample: on a cold
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_RANDOM)  # disk it would read the file

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, where: slice) -> bytes:
        start, stop, _step = where.indices(self.size)
        if stop <= start:
            return b""
        held = self._held(start, stop)
        return held if held is not None else os.pread(self.fd, stop - start, start)

    def _held(self, start: int, stop: int) -> bytes | None:
        """Bytes ``start`` to ``stop`` from the head or the tail, without a read of their own
        (the tail is read whole the first time); None when they lie elsewhere."""
        if stop <= len(self.head):
            return bytes(self.head[start:stop])
        if start >= self.tail_start and self.tail_start < self.size:
            tail = self.tail if self.tail is not None else self._read_tail()
            return tail[start - self.tail_start:stop - self.tail_start]
        return None

    def _read_tail(self) -> bytes:
        """The last bytes of the file from ``tail_start``, read once."""
        self.tail = os.pread(self.fd, self.size - self.tail_start, self.tail_start)
        return self.tail

    def read_ranges(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        """The bytes of each range: held ones as they are; the others are asked for
        together (:meth:`will_need`), then read."""
        head, held, tail_start = self.head, len(self.head), self.tail_start
        pieces: list[bytes | None] = []
        missing: list[tuple[int, int]] = []
        for start, end in ranges:  # one pass, as _held decides: head, tail or a read
            if end <= held:
                pieces.append(bytes(head[start:end]))
            elif start >= tail_start and tail_start < self.size:
                tail = self.tail if self.tail is not None else self._read_tail()
                pieces.append(tail[start - tail_start:end - tail_start])
            else:
                pieces.append(None)
                missing.append((start, end))
        if missing:
            self.will_need(missing)
            pread, fd = os.pread, self.fd
            return [piece if piece is not None else pread(fd, end - start, start)
                    for piece, (start, end) in zip(pieces, ranges)]
        return pieces  # type: ignore[return-value]

    def will_need(self, ranges: list[tuple[int, int]]) -> None:
        """Ask for every sample before reading the first: on a cold disk they are fetched
        together (a few milliseconds a file less), in the page cache it costs little. A
        range asked for once is not asked for again."""
        if hasattr(os, "posix_fadvise"):
            asked, fd = self.asked, self.fd
            for where in ranges:
                if where not in asked:
                    os.posix_fadvise(fd, where[0], where[1] - where[0], os.POSIX_FADV_WILLNEED)
                    asked.add(where)


def is_fingerprint(image_hash: str | None) -> bool:
    """Whether a stored photo key is a fingerprint (else a full hash, of an older catalogue)."""
    return image_hash is not None and len(image_hash) == FINGERPRINT_HEX


def hash_ranges(data: bytes, ranges: list[tuple[int, int]]) -> str:
    """One BLAKE3 over the ranges, without copying them (single-threaded: callers fan out)."""
    from blake3 import blake3  # lazy: only ingest needs it

    hasher = blake3(max_threads=1)
    view = memoryview(data)
    for start, end in ranges:
        hasher.update(view[start:] if end < 0 else view[start:end])
    return hasher.hexdigest()
