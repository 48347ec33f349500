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


def test_the_open_file_s_samples_are_asked_for_before_they_are_read(tmp_path, monkeypatch):
    original = noisy_photo(tmp_path / "a.jpg", 3)
    asked: list[tuple[int, int]] = []
    read: list[tuple[int, int]] = []
    monkeypatch.setattr(FileView, "will_need",
                        lambda self, ranges: asked.extend(ranges) if not read else None)
    real_slice = FileView.__getitem__

    def recorded(self, where):  # type: ignore[no-untyped-def]
        read.append((where.start, where.stop))
        return real_slice(self, where)

    monkeypatch.setattr(FileView, "__getitem__", recorded)
    with open(original, "rb", buffering=0) as stream:
        view = FileView(stream.fileno())
        key = fingerprint_ranges(view, image_ranges(original.read_bytes()))
    assert key == image_fingerprint(original)
    assert asked == read and len(asked) == FINGERPRINT_PROBES + 2
