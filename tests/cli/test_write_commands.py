"""End to end through the CLI: ingest, edit, write, export; ExifTool is the referee."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from media_manager.metadata import image_identity, jpeg_write
from tests.cli.test_commands import run
from tests.metadata.test_write_files import (
    NEW_CAPTION,
    check_written,
    copies,
    exiftool_json,
    warnings,
)

CREATORS = "Jan Kowalczyk; Оксана Мельник"
DATES = ("IPTC:DateCreated", "IPTC:TimeCreated", "XMP-photoshop:DateCreated")


@pytest.fixture
def db(database_url: str) -> str:
    """The shared catalogue fixture: a SQLite file, and a PostgreSQL schema where one answers."""
    return database_url


def as_texts(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def disagreements(exported: dict, found: dict) -> list[str]:
    """Columns of our export that ExifTool reads differently from the written file."""
    problems = []
    for column, value in exported.items():
        if column == "SourceFile" or column in DATES:
            continue
        got = found.get(column)
        ours, theirs = as_texts(value), as_texts(got) if got is not None else []
        if column.startswith("IPTC:"):  # an untouched IIM value keeps its own spaces
            theirs = [t.strip() for t in theirs]
        if column.startswith("IPTC:") and len(ours) == len(theirs):
            ours = [o if o == t or not o.startswith(t) else t for o, t in zip(ours, theirs)]
        if ours != theirs:
            problems.append(f"{column}: {value!r} vs {got!r}")
    return problems


def pixels(path: Path) -> bytes:
    """Decoded pixels; a file Pillow cannot decode fully (truncated) compares as such."""
    try:
        with Image.open(path) as image:
            return image.convert("RGB").tobytes()
    except OSError as problem:
        return f"undecodable: {problem}".encode()


def edit_and_write(db: str, files: list[Path]) -> tuple[dict, dict, dict]:
    """Ingest, edit every photo through the CLI, write --changed; ExifTool before/after."""
    folder = files[0].parent
    assert run("ingest", str(folder), "--workers", "1", "--no-thumbnails", db=db).exit_code == 0
    ids = [str(p["id"]) for p in map(json.loads, run("list", "--json", db=db).output.splitlines())]
    result = run("--user", "anna", "edit", *ids, "--set", f"description={NEW_CAPTION}",
                 "--set", f"creator={CREATORS}", "--set", "copyright_notice=© 2025 Kowalczyk",
                 db=db)
    assert result.exit_code == 0, result.output
    before = exiftool_json("exiftool", files, "-charset", "iptc=UTF8")
    warned = warnings("exiftool", files)
    originals = {f.name: (f.read_bytes(), pixels(f)) for f in files}
    written = run("write", "--changed", "--truncate-iim", db=db)
    after = exiftool_json("exiftool", files, "-charset", "iptc=UTF8")
    problems: dict[str, list[str]] = {}
    rows = json.loads(run("export", "--format", "json", db=db).output)
    by_picture = {image_identity(r["SourceFile"]): r for r in rows}
    exported = {f.name: by_picture[image_identity(f)] for f in files}  # a resend's copies too
    for path in files:
        if path.read_bytes() == originals[path.name][0]:
            continue  # refused: the reason is in the write output
        found = check_written(before[path.name], after[path.name],
                              (warned[path.name], warnings("exiftool", [path])[path.name]))
        found += disagreements(exported[path.name], after[path.name])
        if jpeg_write.image_data(path.read_bytes()) != jpeg_write.image_data(
                originals[path.name][0]):
            found.append("compressed image data changed")
        if pixels(path) != originals[path.name][1]:
            found.append("decoded pixels changed")
        if found:
            problems[path.name] = found
    return problems, {"output": written.output, "code": written.exit_code}, exported


@pytest.mark.exiftool
def test_every_sample_photo_edited_and_written_through_the_cli(exiftool, sample_media, tmp_path,
                                                               db):
    files = copies(sample_media, tmp_path / "desk")
    problems, written, _ = edit_and_write(db, files)
    assert written["code"] == 0, written["output"]
    assert f"{len(files)} written, 0 unchanged, 0 failed" in written["output"]
    assert problems == {}
    assert not list((tmp_path / "desk").glob("*.tmp"))
    again = run("ingest", str(tmp_path / "desk"), "--json", "--workers", "1", "--no-thumbnails",
                db=db)
    assert json.loads(again.output)["unchanged"] == len(files)


@pytest.mark.exiftool
def test_real_corpus_jpegs_written_from_the_catalogue(exiftool, corpus_dir, tmp_path, db):
    files = copies(corpus_dir / "real", tmp_path / "real")
    problems, written, _ = edit_and_write(db, files)
    assert problems == {}
    failed = [line for line in written["output"].splitlines() if line.startswith("failed:")]
    assert failed == []
    assert written["code"] == 0


@pytest.mark.exiftool
def test_export_csv_round_trips_through_exiftool(exiftool, tmp_path, db):
    from tests.photos import make_picture, make_wire_photo

    make_wire_photo(tmp_path / "wire" / "lagos.jpg", 1, headline="Lagos floods",
                    description="Residents wade in Lagos — «flood» 東京.",
                    creator=["Temilade Okafor", "Zoë Ng"], keywords=["weather", "flood"],
                    city="Lagos", date_created="2025-07-08T10:30:00+01:00")
    run("ingest", str(tmp_path / "wire"), "--no-thumbnails", "--workers", "1", db=db)
    sheet = tmp_path / "photos.csv"
    assert run("export", "--out", str(sheet), db=db).exit_code == 0
    bare = make_picture(tmp_path / "wire" / "lagos_bare.jpg", 1)
    rows = sheet.read_text(encoding="utf-8").replace("lagos.jpg", "lagos_bare.jpg")
    sheet.write_text(rows, encoding="utf-8")
    subprocess.run([exiftool, "-q", "-overwrite_original", f"-csv={sheet}", "-sep", ", ",
                    str(bare)], check=True)
    found = run("inspect", str(bare), "--json", db=db)
    fields = json.loads(found.output.splitlines()[0])["fields"]
    assert fields["description"] == "Residents wade in Lagos — «flood» 東京."
    assert fields["creator"] == ["Temilade Okafor", "Zoë Ng"]
    assert fields["keywords"] == ["weather", "flood"]
    assert fields["date_created"].startswith("2025-07-08T10:30")
    header = sheet.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["SourceFile", "IPTC:ObjectName", "XMP-dc:Title"]
    assert "IPTC:Caption-Abstract" in header and "XMP-dc:Description" in header
