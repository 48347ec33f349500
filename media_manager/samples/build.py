"""Build sample_media/: pictures, camera EXIF, embedded captions and caption files.

Every byte comes from fixed seeds and fixed text, so regenerating gives
byte-identical files (the commit stays small and tests can compare).
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from media_manager.metadata import jpeg_write, writer
from media_manager.metadata.iim import encode_iim
from media_manager.metadata.photoshop import RESOURCE_IPTC, encode_resource
from media_manager.metadata.sidecar import write_sidecar
from media_manager.samples.pictures import render_photo
from media_manager.samples.special_cases import SPECIAL_CASES, STORY_FILE, STORY_PHOTOS
from media_manager.samples.texts import NOTICE, STORY_CAPTIONS, captions_csv, story_text
from media_manager.samples.wire_photos import SAMPLES, SamplePhoto

ALL_SAMPLES: tuple[SamplePhoto, ...] = SAMPLES + SPECIAL_CASES + STORY_PHOTOS
JPEG_QUALITY = 90


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    degrees, minutes = int(value), int(value * 60) % 60
    seconds = round((value * 3600) % 60 * 100)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(seconds, 100)


def camera_exif(photo: SamplePhoto) -> Image.Exif:
    """What the camera wrote: make, model, times, exposure and (some) GPS."""
    exif = Image.Exif()
    make, model = photo.camera or ("", "")
    taken = datetime.fromisoformat(photo.taken or "2025-01-01T12:00:00+00:00")
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    offset = taken.isoformat()[-6:]
    exif.update({0x010F: make, 0x0110: model, 0x0112: 1, 0x011A: IFDRational(300, 1),
                 0x011B: IFDRational(300, 1), 0x0128: 2, 0x0132: stamp, 0x0213: 1})
    exif.get_ifd(0x8769).update({
        0x829A: IFDRational(1, 500), 0x829D: IFDRational(28, 10), 0x8827: 400,
        0x9000: b"0232", 0x9003: stamp, 0x9004: stamp, 0x9010: offset, 0x9011: offset,
        0x9101: b"\x01\x02\x03\x00", 0x920A: IFDRational(70, 1), 0xA000: b"0100",
        0xA001: 1, 0xA002: photo.size[0], 0xA003: photo.size[1]})
    if photo.gps:
        lat, lon = photo.gps
        exif.get_ifd(0x8825).update({
            0: b"\x02\x03\x00\x00", 1: "N" if lat >= 0 else "S", 2: _dms(lat),
            3: "E" if lon >= 0 else "W", 4: _dms(lon)})
    return exif


def camera_exif_bytes(photo: SamplePhoto) -> bytes:
    """Pillow's EXIF bytes, with ComponentsConfiguration typed UNDEFINED as EXIF requires."""
    raw = camera_exif(photo).tobytes()
    raw = raw.replace(b"\x91\x01\x00\x01\x00\x00\x00\x04", b"\x91\x01\x00\x07\x00\x00\x00\x04")
    return raw.replace(b"\x01\x91\x01\x00\x04\x00\x00\x00", b"\x01\x91\x07\x00\x04\x00\x00\x00")


def base_jpeg(photo: SamplePhoto) -> bytes:
    """The picture as the camera saved it (EXIF only, or nothing at all)."""
    picture = render_photo(*photo.size, photo.seed, photo.palette, grain=photo.grain)
    out = io.BytesIO()
    options = {"exif": camera_exif_bytes(photo)} if photo.camera else {}
    picture.save(out, "JPEG", quality=JPEG_QUALITY, **options)
    return out.getvalue()


def legacy_jpeg(data: bytes, values: dict) -> bytes:
    """A cp1252 IIM record with no 1:90 and no digest, as old wire systems sent it."""
    iim = encode_iim(values, charset="cp1252")
    irb = encode_resource(RESOURCE_IPTC, b"\x00\x00", iim)
    segments, _image = jpeg_write.split_jpeg(data)
    return jpeg_write.rebuild_jpeg(data, exif=writer.exif_block(segments), xmp=[],
                                   photoshop=jpeg_write.photoshop_segments(irb))


def make_photo(photo: SamplePhoto, folder: Path) -> Path:
    """Write one sample photo (and its sidecar) into ``folder``."""
    path = folder / photo.filename
    data = base_jpeg(photo)
    if photo.kind == "legacy":
        data = legacy_jpeg(data, photo.values)
    path.write_bytes(data)
    if photo.kind in ("embedded", "story"):
        writer.write_metadata(path, photo.values)
    elif photo.kind == "sidecar":
        write_sidecar(path, photo.values)
    return path


def manifest() -> dict:
    """Which file covers which case, and which story caption belongs to which photo."""
    files = {p.filename: {"kind": p.kind, "case": p.case, "job_id": p.values.get("job_id")}
             for p in ALL_SAMPLES}
    pairs = [{"story": STORY_FILE, "caption_index": i, "filename": name,
              "job_id": name.removesuffix(".jpg")} for i, (name, _c) in enumerate(STORY_CAPTIONS)]
    return {"photos": files, "story_pairs": pairs,
            "captions_csv": {"bad_rows": ["AP_XYZ999_Missing_Photo.jpg"],
                             "corrects_embedded": ["AP_NYSB203_Subway_Delays.jpg"],
                             "adds_to_embedded": ["IMG_4071.jpg",
                                                  "Getty_2167734501_Surrey_v_Kent.jpg"]}}


def write_caption_files(folder: Path) -> list[Path]:
    """The story, captions.csv, MANIFEST.json and NOTICE."""
    story = folder / STORY_FILE
    story.parent.mkdir(parents=True, exist_ok=True)
    story.write_text(story_text(), encoding="utf-8")
    files = {folder / "captions.csv": captions_csv(), folder / "NOTICE": NOTICE,
             folder / "MANIFEST.json": json.dumps(manifest(), indent=2, ensure_ascii=False,
                                                  sort_keys=True) + "\n"}
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return [story, *files]


def generate(folder: Path, only: set[str] | None = None) -> list[Path]:
    """Regenerate the samples into ``folder`` (all, or just the file names in ``only``)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = [make_photo(p, folder) for p in ALL_SAMPLES if only is None or p.filename in only]
    if only is None:
        made += write_caption_files(folder)
    return made
