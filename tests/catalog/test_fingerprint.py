"""Ingest keys pictures by a fingerprint of their image data (issue 10): resends and moves
are found as before; a fingerprint shared by different image data never merges them."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select, update

from media_manager.metadata import image_identity, read_metadata
from media_manager.metadata.identity import (
    FINGERPRINT_EDGE,
    FINGERPRINT_HEX,
    FINGERPRINT_PROBE,
    FINGERPRINT_PROBES,
    FileView,
    fingerprint_ranges,
    image_fingerprint,
    image_ranges,
)
from media_manager.metadata.writer import write_metadata
from media_manager.models import Photo


def noisy_photo(path: Path, seed: int, **fields: str) -> Path:
    """A JPEG whose scan is a few hundred KiB (longer than the fingerprint's samples)."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.frombytes("RGB", (600, 600), rng.randbytes(600 * 600 * 3)).save(path, "JPEG",
                                                                         quality=95)
    if fields:
        write_metadata(path, fields)
    return path


def with_middle_byte_changed(source: Path, target: Path) -> Path:
    """A copy whose scan differs in one byte half-way through, its length unchanged."""
    data = bytearray(source.read_bytes())
    [(start, end)] = image_ranges(bytes(data))
    position = (start + (len(data) if end < 0 else end)) // 2
    while data[position] >= 0xF0 or data[position - 1] == 0xFF:
        position += 1
    data[position] ^= 0x01
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    return target


def test_the_scan_is_long_enough_for_the_fingerprint_to_sample_it(tmp_path):
    original = noisy_photo(tmp_path / "a.jpg", 1)
    altered = with_middle_byte_changed(original, tmp_path / "b.jpg")
    [(start, _end)] = image_ranges(original.read_bytes())
    assert original.stat().st_size - start > 4 * (2 * FINGERPRINT_EDGE + FINGERPRINT_PROBES
                                                  * FINGERPRINT_PROBE)
    assert original.read_bytes() != altered.read_bytes()
    assert image_fingerprint(original) == image_fingerprint(altered)  # the documented limit
    assert image_identity(original) != image_identity(altered)
    assert len(image_fingerprint(original)) == FINGERPRINT_HEX
    # ingest reads a JPEG's samples from the open file: the same key as from its bytes
    read = read_metadata(original, with_hash=True, fingerprint=True).image_hash
    assert read == image_fingerprint(original)


def test_a_fingerprint_match_with_other_image_data_is_another_photo(catalog, tmp_path):
    original = noisy_photo(tmp_path / "wire" / "original.jpg", 2, headline="Harbour at dawn")
    altered = with_middle_byte_changed(original, tmp_path / "wire" / "altered.jpg")
    first = catalog.ingest([tmp_path / "wire"], workers=1)
    assert first.counts()["added"] == 2 and catalog.count() == 2
    resend = tmp_path / "later" / "altered-resend.jpg"
    resend.parent.mkdir()
    shutil.copy(altered, resend)
    write_metadata(resend, {"headline": "Harbour at dawn, corrected"})
    again = catalog.ingest([tmp_path / "later"], workers=1)
    [item] = again.outcomes
    assert item.outcome == "duplicate"
    altered_photo = next(p for p in catalog.list_photos() if p.path == str(altered))
    assert item.photo_id == altered_photo.id
    assert catalog.count() == 2
    with catalog.sessions() as session:  # the one of the two stored second has its full hash
        [(full_keyed_id, full_keyed_path)] = session.execute(
            select(Photo.id, Photo.path).where(func.length(Photo.image_hash) == 64)).all()
    write_metadata(Path(full_keyed_path), {"headline": "Harbour at dawn, retitled"})
    reread = catalog.ingest([tmp_path / "wire"], workers=1)
    assert sorted(o.outcome for o in reread.outcomes) == ["unchanged", "updated"]
    assert catalog.photo(full_keyed_id).fields["headline"] == "Harbour at dawn, retitled"
    assert catalog.count() == 2


def test_a_resend_and_a_move_are_found_by_the_fingerprint(catalog, tmp_path):
    noisy_photo(tmp_path / "wire" / "a.jpg", 3, headline="First caption")
    catalog.ingest([tmp_path / "wire"], workers=1)
    noisy_photo(tmp_path / "resend" / "a2.jpg", 3, headline="Corrected caption")
    resent = catalog.ingest([tmp_path / "resend"], workers=1)
    assert [o.outcome for o in resent.outcomes] == ["duplicate"]
    moved = tmp_path / "archive" / "a.jpg"
    moved.parent.mkdir()
    shutil.move(tmp_path / "wire" / "a.jpg", moved)
    summary = catalog.ingest([tmp_path / "archive"], workers=1)
    assert [o.outcome for o in summary.outcomes] == ["updated"]
    assert summary.outcomes[0].reason == f"moved from {tmp_path / 'wire' / 'a.jpg'}"
    assert catalog.count() == 1


def test_a_catalogue_keyed_by_full_hashes_keeps_them(catalog, tmp_path):
    """A catalogue begun before fingerprints: its keys are full hashes, and new files get
    full hashes too, so a resend of an old photo is still its duplicate."""
    first = noisy_photo(tmp_path / "wire" / "a.jpg", 4, headline="Old caption")
    catalog.ingest([tmp_path / "wire"], workers=1)
    with catalog.sessions.begin() as session:
        session.execute(update(Photo).values(image_hash=image_identity(first)))
    noisy_photo(tmp_path / "resend" / "a2.jpg", 4, headline="New caption")
    noisy_photo(tmp_path / "resend" / "b.jpg", 5, headline="Another picture")
    summary = catalog.ingest([tmp_path / "resend"], workers=1)
    assert sorted(o.outcome for o in summary.outcomes) == ["added", "duplicate"]
    with catalog.sessions() as session:
        keys = set(session.scalars(select(Photo.image_hash)))
    assert keys == {image_identity(first), image_identity(tmp_path / "resend" / "b.jpg")}


def test_a_png_fingerprint_covers_its_pixels_not_its_text_chunks(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    def png(name: str, seed: int, **info: str) -> Path:
        meta = PngInfo()
        for key, value in info.items():
            meta.add_itxt(key, value)
        rng = random.Random(seed)
        picture = Image.frombytes("RGB", (300, 300), rng.randbytes(300 * 300 * 3))
        picture.save(tmp_path / name, "PNG", pnginfo=meta)
        return tmp_path / name

    def key(path: Path) -> str | None:
        return read_metadata(path, with_hash=True, fingerprint=True).image_hash

    plain, captioned, other = png("a.png", 6), png("b.png", 6, Comment="A caption"), png("c.png", 7)
    assert plain.read_bytes() != captioned.read_bytes()
    assert key(plain) == key(captioned) != key(other)
    assert len(key(plain) or "") == FINGERPRINT_HEX


def _sample_reads(path: Path, monkeypatch, head: bytes = b""
                  ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], str]:
    """The ranges asked for ahead and the ranges read while ``path``'s samples are taken
    from the open file, ``head`` being what the header read holds."""
    from media_manager.metadata import identity

    asked: list[tuple[int, int]] = []
    read: list[tuple[int, int]] = []
    reads_before: list[int] = []
    real_pread = identity.os.pread

    def will_need(self, ranges: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
        asked.extend(ranges)
        reads_before.append(len(read))

    def recorded(fd: int, count: int, offset: int) -> bytes:
        read.append((offset, offset + count))
        return real_pread(fd, count, offset)

    monkeypatch.setattr(FileView, "will_need", will_need)
    monkeypatch.setattr(identity.os, "pread", recorded)
    with open(path, "rb", buffering=0) as stream:
        view = FileView(stream.fileno(), head)
        key = fingerprint_ranges(view, image_ranges(path.read_bytes()))
    assert reads_before == [1]  # asked once, before any sample was read (the tail was)
    return asked, read, key


def test_the_open_file_s_samples_are_asked_for_together_before_any_is_read(tmp_path,
                                                                           monkeypatch):
    original = noisy_photo(tmp_path / "a.jpg", 3)
    asked, read, key = _sample_reads(original, monkeypatch)
    assert key == image_fingerprint(original)
    # the last 16 KiB are read once (for the trailer check too), the last sample is in them
    size = original.stat().st_size
    assert read[0] == (size - FINGERPRINT_EDGE, size)
    assert asked == read[1:] and len(asked) == FINGERPRINT_PROBES + 1


def test_a_sample_inside_the_header_read_is_not_read_again(tmp_path, monkeypatch):
    original = noisy_photo(tmp_path / "a.jpg", 3)
    [(start, _end)] = image_ranges(original.read_bytes())
    head = original.read_bytes()[:128 * 1024]  # what reading the header read
    asked, read, key = _sample_reads(original, monkeypatch, head=head)
    assert key == image_fingerprint(original)
    assert (start, start + FINGERPRINT_EDGE) not in read + asked
    assert asked == read[1:] and all(end > len(head) for _start, end in asked)
    assert len(asked) == FINGERPRINT_PROBES - 5  # the first five probes lie in the head too


def _reading_events(path: Path, monkeypatch) -> tuple[list[tuple[str, list]], str | None]:
    """What reading ``path`` with its fingerprint asks for and reads, in order."""
    from media_manager.metadata import identity

    events: list[tuple[str, list]] = []
    real_will_need, real_pread = FileView.will_need, identity.os.pread

    def will_need(self, ranges):  # type: ignore[no-untyped-def]
        events.append(("asked", [r for r in ranges if r not in self.asked]))
        real_will_need(self, ranges)

    def pread(fd: int, count: int, offset: int) -> bytes:
        events.append(("read", [(offset, offset + count)]))
        return real_pread(fd, count, offset)

    monkeypatch.setattr(FileView, "will_need", will_need)
    monkeypatch.setattr(identity.os, "pread", pread)
    return events, read_metadata(path, with_hash=True, fingerprint=True).image_hash


def test_ingest_asks_for_the_end_of_the_file_with_the_samples_before_reading_it(
        tmp_path, monkeypatch):
    """The AFCP trailer check reads the last 16 KiB; reading a JPEG asks for them together
    with the other samples first, so a cold disk does not fetch the end alone."""
    original = noisy_photo(tmp_path / "a.jpg", 3)
    size = original.stat().st_size
    events, key = _reading_events(original, monkeypatch)
    assert key == image_fingerprint(original)
    kind, first_asked = events[0]
    assert kind == "asked" and (size - FINGERPRINT_EDGE, size) in first_asked
    reads = [where for kind, [where] in (e for e in events if e[0] == "read")]
    assert reads[0] == (size - FINGERPRINT_EDGE, size)
    assert set(reads) <= set(first_asked)  # nothing read that was not asked for at once
    assert [asked for kind, asked in events if kind == "asked"][1:] == [[]]


def test_an_afcp_trailer_moves_the_samples_which_are_then_asked_for_again(
        tmp_path, monkeypatch):
    original = noisy_photo(tmp_path / "a.jpg", 3)
    data = original.read_bytes()
    start = len(data)  # an AFCP trailer: "AXS!" at its start, its offset at the end
    trailed = tmp_path / "trailed.jpg"
    trailed.write_bytes(data + b"AXS!" + bytes(20) + b"AXS!" + start.to_bytes(4, "big")
                        + bytes(4))
    events, key = _reading_events(trailed, monkeypatch)
    assert key == image_fingerprint(trailed) == image_fingerprint(original)
    first, second = [asked for kind, asked in events if kind == "asked"]
    assert second and not set(second) & set(first)  # the samples that moved, asked anew
