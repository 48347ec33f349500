"""Many ingest processes on one catalogue, and kills at any moment (issue 11).

Real processes (``python -m media_manager.cli``) on a real SQLite file or PostgreSQL
schema; the expected counts come from the folders the test makes.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from media_manager.catalog.service import Catalog
from media_manager.config import Settings
from media_manager.db import is_current, make_engine, migrate
from media_manager.metadata import image_identity, read_metadata
from media_manager.models import Batch, FieldValue, Photo, PhotoFile, WriteIntent
from tests.ctrl_c import ctrl_c_not_ignored
from tests.photos import make_wire_photo

ENV = {**os.environ, "LANG": "C.UTF-8"}


def command(db: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "media_manager.cli", "--db", db, *args]


def wire_photos(folder: Path, numbers: range) -> list[Path]:
    return [make_wire_photo(folder / f"wire{n:03d}.jpg", n, headline=f"Harbour strike day {n}",
                            city="Rotterdam", credit_line="ANP")
            for n in numbers]


def catalogue_facts(db: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(path, image hash) of every catalogued file, and how many rows each table has."""
    engine = create_engine(db)
    with engine.connect() as connection:
        files = connection.execute(select(PhotoFile.path, Photo.image_hash)
                                   .join(Photo, Photo.id == PhotoFile.photo_id)
                                   .order_by(PhotoFile.path)).all()
        counts = {name: connection.scalar(select(func.count()).select_from(table))
                  for name, table in (("photo", Photo), ("photo_file", PhotoFile),
                                      ("field_value", FieldValue))}
    engine.dispose()
    return [tuple(row) for row in files], counts


def test_concurrent_ingests_on_overlapping_folders_catalogue_each_file_once(database_url,
                                                                             tmp_path):
    wire = tmp_path / "wire"
    wire_photos(wire / "north", range(12))
    wire_photos(wire / "south", range(12, 24))
    roots = [wire, wire / "north", wire / "south"]  # overlapping; on a new catalogue
    runs = [subprocess.Popen(command(database_url, "ingest", "--no-thumbnails", "--workers", "1",
                                     str(root)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=ENV)
            for root in roots]
    results = [(run.wait(timeout=240), *run.communicate()) for run in runs]
    for code, _out, err in results:
        assert code == 0, err.decode()
        assert b"Traceback" not in err and b"Error" not in err
    files, counts = catalogue_facts(database_url)
    assert len(files) == 24 and len({path for path, _ in files}) == 24
    assert counts["photo"] == 24 and counts["photo_file"] == 24
    assert counts["field_value"] == 24 * 3  # headline, city, credit line: once each


def test_a_kill_during_the_first_open_leaves_a_catalogue_that_opens(tmp_path):
    rng = random.Random(11)
    for trial in range(2):
        db = f"sqlite:///{tmp_path / f'new{trial}.sqlite3'}"
        run = subprocess.Popen(command(db, "init"), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=ENV)
        while run.poll() is None and not (tmp_path / f"new{trial}.sqlite3").exists():
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.15))  # within the schema creation, or just after
        run.send_signal(signal.SIGKILL)
        run.wait()
        engine = make_engine(db)
        migrate(engine)
        assert is_current(engine)
        engine.dispose()


def wait_for_batch(db: str, count: int, run: subprocess.Popen) -> None:
    """Until the catalogue holds ``count`` batches (or the run has ended)."""
    engine = create_engine(db)
    try:
        while run.poll() is None:
            with contextlib.suppress(Exception), engine.connect() as connection:
                if connection.scalar(select(func.count()).select_from(Batch)) >= count:
                    return  # (until then the schema may not even be there)
            time.sleep(0.02)
    finally:
        engine.dispose()


def test_killed_ingests_then_one_full_run_equal_one_clean_run(database_url, tmp_path):
    wire = tmp_path / "wire"
    wire_photos(wire, range(120))  # enough that a kill right after the batch began lands mid-run
    clean = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    with Catalog.open(Settings(database_url=clean, data_dir=tmp_path / "clean")) as reference:
        started = time.monotonic()
        reference.ingest([wire], workers=2)
        length = time.monotonic() - started
    rng = random.Random(7)
    for trial in range(2):  # the first kill right after its batch began, the other later
        run = subprocess.Popen(command(database_url, "ingest", "--no-thumbnails", "--workers",
                                       "2", str(wire)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=ENV)
        wait_for_batch(database_url, trial + 1, run)
        time.sleep(rng.uniform(0, length) if trial else 0)
        run.send_signal(signal.SIGKILL)
        run.wait()
    final = subprocess.run(command(database_url, "ingest", "--no-thumbnails", "--workers", "2",
                                   "--json", str(wire)),
                           check=False, capture_output=True, env=ENV, timeout=240)
    assert final.returncode == 0, final.stderr.decode()
    assert b"Traceback" not in final.stderr
    assert catalogue_facts(database_url) == catalogue_facts(clean)
    engine = create_engine(database_url)
    with engine.connect() as connection:
        batches = connection.execute(select(Batch.finished_at, Batch.interrupted_at)).all()
    engine.dispose()
    unfinished = [b for b in batches if b.finished_at is None]
    assert unfinished and all(b.interrupted_at is not None for b in unfinished)



def wait_for_intent(db: str, run: subprocess.Popen) -> None:
    """Until a write-back has recorded its first intent (or the run has ended)."""
    engine = create_engine(db)
    try:
        while run.poll() is None:
            with engine.connect() as connection:
                if connection.scalar(select(func.count()).select_from(WriteIntent)):
                    return
            time.sleep(0.005)
    finally:
        engine.dispose()


def test_killed_writes_leave_old_or_new_files_and_the_next_run_finishes(catalog, tmp_path):
    wire = tmp_path / "wire"
    originals = {path: path.read_bytes() for path in wire_photos(wire, range(8))}
    identities = {path: image_identity(path) for path in originals}
    catalog.ingest([wire], workers=1)
    for summary in catalog.list_photos(limit=20):
        catalog.edit(summary.id, {"city": "Schiedam", "headline": f"Strike ends {summary.id}"})
    db = catalog.settings.database_url
    rng = random.Random(3)
    for trial in range(4):  # the first kill as the first write begins, the others at random
        run = subprocess.Popen(command(db, "write", "--changed"), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=ENV)
        wait_for_intent(db, run)
        time.sleep(rng.uniform(0, 2.0) if trial else 0)
        run.send_signal(signal.SIGKILL)
        run.wait()
        for path, old in originals.items():
            now = path.read_bytes()
            assert now == old or (image_identity(path) == identities[path]
                                  and read_metadata(path).fields["city"] == "Schiedam")
    settling = catalog.ingest([wire], workers=1)  # an ingest settles what the kills left
    assert settling.errors == [] and not list(wire.glob(".*.tmp"))
    with catalog.sessions() as session:
        assert session.scalar(select(func.count()).select_from(WriteIntent)) == 0
    final = subprocess.run(command(db, "write", "--changed"), check=False, capture_output=True,
                           env=ENV, timeout=240)
    assert final.returncode == 0, final.stderr.decode()
    assert b"Traceback" not in final.stderr
    assert all(read_metadata(path).fields["city"] == "Schiedam" for path in originals)
    assert sorted(p.name for p in wire.iterdir()) == sorted(p.name for p in originals)
    with catalog.sessions() as session:
        assert session.scalar(select(func.count()).select_from(WriteIntent)) == 0
        assert session.scalar(select(func.count()).where(Photo.unwritten)) == 0
    again = catalog.ingest([wire], workers=1)  # the catalogue knows every file's new state
    assert again.counts()["unchanged"] == 8


def no_process_left(group: int) -> bool:
    """Whether every process of the run's session (its workers too) has ended, within 10 s."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_ctrl_c_during_ingest_prints_one_line_and_no_worker_tracebacks(tmp_path):
    wire = tmp_path / "wire"
    wire_photos(wire, range(160))
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    with ctrl_c_not_ignored():
        run = subprocess.Popen(
            command(db, "ingest", "--no-thumbnails", "--workers", "2", str(wire)),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, start_new_session=True)
    wait_for_batch(db, 1, run)
    time.sleep(0.2)  # the workers are reading by now
    os.killpg(run.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to the workers too
    out, err = run.communicate(timeout=120)
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert no_process_left(run.pid)  # no reading worker is left orphaned, waiting for work
    aborted = err.decode().strip().splitlines() == ["Aborted."]  # click's word for Ctrl-C
    if aborted:
        assert run.returncode == 130
    else:  # it had already finished: the Ctrl-C came as it wound down, and ends it at once
        assert b"160 added" in out
        assert run.returncode in (0, 130, -signal.SIGINT)


def test_a_database_error_is_one_short_line(tmp_path):
    broken = tmp_path / "catalog.sqlite3"
    broken.write_bytes(b"this is not a database, it is a note about one\n" * 100)
    done = subprocess.run(command(f"sqlite:///{broken}", "list"), capture_output=True,
                          env=ENV, timeout=120, check=False)
    assert done.returncode != 0
    lines = done.stderr.decode().strip().splitlines()
    expected = f"error: cannot open the catalogue at sqlite:///{broken}: file is not a database"
    assert lines == [expected]
