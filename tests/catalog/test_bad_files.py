"""One bad file never stops a batch (issue 11): control characters, odd names, refusals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select, text

from media_manager.models import BatchItem, Photo, PhotoFile
from tests.metadata.builders import app13, base_jpeg, iim_block, with_segments
from tests.photos import make_picture

LATIN1_NAME = b"S\xe3o_Paulo_protesto.jpg"  # "São" in Latin-1: not valid UTF-8


def iim_photo(path: Path, caption: bytes, city: bytes, color: tuple[int, int, int]) -> Path:
    iim = iim_block([(2, 120, caption), (2, 90, city)], utf8=True)
    path.write_bytes(with_segments(base_jpeg(color), app13(iim)))
    return path


def test_nul_and_control_characters_are_dropped_with_a_warning(catalog, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    iim_photo(folder / "nul.jpg", b"Flood\x00 waters rise in Lagos\x07.", b"La\x00gos", (9, 9, 9))
    iim_photo(folder / "clean.jpg", b"Dockers march in Marseille.\r\nSecond line.", b"Marseille",
              (200, 9, 9))
    summary = catalog.ingest([folder], workers=1)
    assert summary.counts()["added"] == 2 and summary.errors == []
    by_name = {Path(p.path).name: p for p in catalog.list_photos(limit=10)}
    nul = catalog.photo(by_name["nul.jpg"].id)
    assert nul.fields["description"] == "Flood waters rise in Lagos."
    assert nul.fields["city"] == "Lagos"
    with catalog.sessions() as session:
        warnings = session.scalar(select(Photo.warnings).where(Photo.id == nul.id))
    assert "description: 2 control characters (NUL or similar) dropped" in warnings
    assert "city: 1 control character (NUL or similar) dropped" in warnings
    clean = catalog.photo(by_name["clean.jpg"].id)
    assert clean.fields["description"] == "Dockers march in Marseille.\r\nSecond line."


def test_a_name_that_is_not_utf8_is_kept_losslessly(catalog, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    odd = Path(os.fsdecode(bytes(folder) + b"/" + LATIN1_NAME))
    make_picture(odd, 1)
    make_picture(folder / "plain.jpg", 2)
    summary = catalog.ingest([folder], workers=1)
    assert summary.counts()["added"] == 2 and summary.errors == []
    with catalog.sessions() as session:
        paths = set(session.scalars(select(PhotoFile.path)))
        stored = session.execute(text("SELECT path FROM photo_file")).scalars().all()
    assert str(odd) in paths and os.fsencode(str(odd)).endswith(LATIN1_NAME)
    assert all(isinstance(p, str) and p.encode("utf-8") for p in stored)
    assert catalog.ingest([folder], workers=1).counts()["unchanged"] == 2  # found again
    shown = [o.path for o in summary.outcomes]
    assert str(folder / "S\ufffdo_Paulo_protesto.jpg") in shown


def test_the_command_line_shows_the_odd_name_with_replacement_characters(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/" + LATIN1_NAME))).write_bytes(b"\xff\xd8 broken")
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = subprocess.run([sys.executable, "-m", "media_manager.cli", "--db", db, "ingest",
                           "--no-thumbnails", "--workers", "1", "--json", str(folder)],
                          check=False, capture_output=True, timeout=120,
                          env={**os.environ, "LANG": "C.UTF-8"})
    assert done.returncode == 1, done.stderr  # the file failed: ingest says so (issue 13)
    result = json.loads(done.stdout.decode("utf-8"))
    assert [e["path"] for e in result["errors"]] == [str(folder / "S\ufffdo_Paulo_protesto.jpg")]


def refuse_poisoned_files(catalog) -> None:  # type: ignore[no-untyped-def]
    """A real refusal by the database itself, for files whose name says 'poison'."""
    with catalog.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(text(
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON photo_file "
                "WHEN NEW.path LIKE '%poison%' BEGIN "
                "SELECT RAISE(ABORT, 'poisoned file refused'); END"))
            return
        connection.execute(text(
            "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
            "IF NEW.path LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned file refused'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql"))
        connection.execute(text(
            "CREATE TRIGGER refuse_poison BEFORE INSERT ON photo_file "
            "FOR EACH ROW EXECUTE FUNCTION refuse_poison()"))


def test_a_database_error_on_one_file_fails_only_that_file(catalog, tmp_path):
    folder = tmp_path / "wire"
    for number in range(5):
        make_picture(folder / f"photo{number}.jpg", number)
    make_picture(folder / "poison.jpg", 99)
    refuse_poisoned_files(catalog)
    summary = catalog.ingest([folder], workers=1)
    assert summary.counts()["added"] == 5 and summary.counts()["failed"] == 1
    [error] = summary.errors
    assert error["path"].endswith("poison.jpg")
    assert error["reason"].startswith("not stored: ") and "poisoned file refused" in error["reason"]
    assert "\n" not in error["reason"]
    assert catalog.count() == 5
    with catalog.sessions() as session:
        items = session.execute(select(BatchItem.path, BatchItem.outcome)
                                .where(BatchItem.batch_id == summary.batch_id)).all()
    assert sorted(outcome for _, outcome in items) == ["added"] * 5 + ["failed"]


def test_a_worker_process_that_dies_fails_only_its_file(catalog, tmp_path, monkeypatch):
    """A reader killed outright (as by a segfault or the out-of-memory killer): the
    workers are forked from this process, so the fault planted here goes with them."""
    from media_manager.catalog import reading as reading_module

    real = reading_module.read_metadata

    def read_or_die(path, **options):  # type: ignore[no-untyped-def]
        if Path(path).name == "killer.jpg":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, **options)

    monkeypatch.setattr(reading_module, "read_metadata", read_or_die)
    folder = tmp_path / "wire"
    for number in range(10):
        make_picture(folder / f"photo{number}.jpg", number)
    make_picture(folder / "killer.jpg", 99)
    summary = catalog.ingest([folder], workers=2)
    assert summary.counts()["added"] == 10 and summary.counts()["failed"] == 1
    [error] = summary.errors
    assert error["path"].endswith("killer.jpg")
    assert error["reason"] == "the process reading it died (killed, crashed or out of memory)"
