"""Reading big files in bounded memory: map them, outline them, hash them in blocks.

A non-JPEG file is memory-mapped rather than read whole, so only the pages the
format's metadata walk touches come in. A PNG is the exception: its image data
is many IDAT chunks, and walking their headers through a map would touch (and
count as resident) most of the file, so it is read as an *outline*: every chunk
but IDAT copied whole (up to a limit), each IDAT shrunk to an empty chunk, and
the real IDAT byte ranges kept for the hash. Image hashes read the file in
1 MiB blocks, however large the file is.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path
from typing import BinaryIO

BLOCK = 1 << 20
MAX_CHUNK_COPIED = 64 << 20  # a non-image PNG chunk bigger than this is left out
MAX_CHUNKS = 1_000_000


def map_file(stream: BinaryIO) -> mmap.mmap | bytes:
    """The whole file, mapped read-only (an empty file is just ``b""``)."""
    if os.fstat(stream.fileno()).st_size == 0:
        return b""
    return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)


def png_outline(stream: BinaryIO) -> tuple[bytes, list[tuple[int, int]], list[str]]:
    """A PNG without its image data, the file ranges of that data, and what was left out."""
    stream.seek(0)
    parts, ranges, notes = [stream.read(8)], [], []
    position, size = 8, os.fstat(stream.fileno()).st_size
    for _ in range(MAX_CHUNKS):
        head = stream.read(8)
        if len(head) < 8:
            break
        length, kind = struct.unpack(">I4s", head)
        body_end = min(position + 8 + length, size)
        if kind == b"IDAT":
            ranges.append((position + 8, body_end))
            parts.append(struct.pack(">I4s", 0, kind) + b"\0\0\0\0")
        elif length > MAX_CHUNK_COPIED:
            notes.append(f"PNG chunk {kind.decode('latin-1')} of {length:,} bytes not read")
        else:
            parts.append(head + stream.read(length + 4))
        if kind == b"IEND":
            break
        position += 12 + length
        stream.seek(position)
    return b"".join(parts), ranges, notes


def hash_file_ranges(path: str | Path, ranges: list[tuple[int, int]]) -> str:
    """BLAKE3 of the byte ranges of a file (end -1 = to the end), read in blocks."""
    from blake3 import blake3  # lazy: only ingest needs it

    hasher = blake3(max_threads=1)
    buffer = bytearray(BLOCK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as stream:
        for start, end in ranges:
            stream.seek(start)
            left = None if end < 0 else max(0, end - start)
            while left is None or left > 0:
                count = stream.readinto(view if left is None or left >= BLOCK else view[:left])
                if not count:
                    break
                hasher.update(view[:count])
                if left is not None:
                    left -= count
    return hasher.hexdigest()
