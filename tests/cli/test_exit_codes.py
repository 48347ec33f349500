"""Exit codes and messages as the README promises: non-zero when any item failed, errors on
stderr in one line, unknown names refused, a database folder that does not exist refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, insert, text

from media_manager.models import FieldValue
from tests.cli.test_commands import db, run  # noqa: F401 - the shared catalogue fixture
from tests.ctrl_c import ctrl_c_not_ignored
from tests.photos import make_wire_photo


def test_inspect_of_a_non_image_says_so_on_stderr_and_exits_1(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo\n")
    result = run("inspect", str(notes))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"error: {notes}: not a supported image format "
                             "(JPEG, TIFF, PNG, WebP, HEIF, PSD)\n")


def test_inspect_json_still_prints_the_object_of_a_failed_file(tmp_path: Path):
    photo = make_wire_photo(tmp_path / "a.jpg", 3, city="Lagos")
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    result = run("inspect", str(photo), str(notes), "--json")
    assert result.exit_code == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["fields"].get("city"), o["error"]) for o in objects] == [
        ("Lagos", None), (None, "not a supported image format (JPEG, TIFF, PNG, WebP, HEIF, PSD)")]
    assert result.stderr.count("\n") == 1


def test_history_of_an_unknown_field_is_refused(db, tmp_path: Path):  # noqa: F811
    make_wire_photo(tmp_path / "wire" / "a.jpg", 4, city="Lagos")
    run("ingest", str(tmp_path / "wire"), "--workers", "1", "--no-thumbnails", db=db)
    result = run("history", "1", "--field", "colour", db=db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: unknown field 'colour' (known fields: title, ")
    assert result.stderr.count("\n") == 1


def test_a_sqlite_url_whose_folder_does_not_exist_is_refused(tmp_path: Path):
    missing = tmp_path / "no" / "such" / "dir"
    result = run("--db", f"sqlite:///{missing}/x.db", "list")
    assert result.exit_code == 1
    assert result.stderr == (f"error: cannot open the catalogue at sqlite:///{missing}/x.db: "
                             f"folder {missing} does not exist\n")
    assert not (tmp_path / "no").exists()


def test_the_default_catalogue_folder_is_still_made(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("MEDIA_MANAGER_DB", raising=False)
    result = run("--data-dir", str(tmp_path / "fresh" / "data"), "list")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fresh" / "data" / "catalog.sqlite3").is_file()


def test_ingest_with_a_failed_file_exits_1_and_names_it_on_stderr(db, tmp_path: Path):  # noqa: F811
    folder = tmp_path / "wire"
    make_wire_photo(folder / "good.jpg", 5, city="Lagos")
    (folder / "bad.jpg").write_bytes(b"\xff\xd8\xff\xdb garbage")
    result = run("ingest", str(folder), "--workers", "1", "--no-thumbnails", db=db)
    assert result.exit_code == 1
    assert result.stdout == "1 added, 0 updated, 0 unchanged, 0 duplicate, 1 failed\n"
    assert result.stderr == (f"failed: {folder / 'bad.jpg'}: unreadable JPEG: "
                             "JPEG truncated in DQT segment\n")


def test_write_changed_writes_every_photo_it_can_and_names_the_rest(db, tmp_path: Path):  # noqa: F811
    """A value stored before edits were validated (date_created=yesterday) fails its photo
    in one line; the other photo is written; the exit code is 1."""
    folder = tmp_path / "wire"
    make_wire_photo(folder / "a.jpg", 6, city="Lagos")
    make_wire_photo(folder / "b.jpg", 7, city="Bern")
    run("ingest", str(folder), "--workers", "1", "--no-thumbnails", db=db)
    assert run("edit", "1", "2", "--set", "headline=Desk headline", db=db).exit_code == 0
    engine = create_engine(db)
    with engine.begin() as connection:
        connection.execute(insert(FieldValue.__table__).values(
            photo_id=1, name="date_created", position=0, value="yesterday", source="manual"))
        assert connection.execute(text("select count(*) from photo where unwritten")).scalar() == 2
    engine.dispose()
    result = run("write", "--changed", db=db)
    assert result.exit_code == 1
    assert result.stderr == ("failed: photo 1: date_created: 'yesterday' is not an ISO 8601 date "
                             "(YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM])\n")
    assert result.stdout == f"written: photo 2: {folder / 'b.jpg'}\n1 written, 0 unchanged, 1 failed\n"


CTRL_C_IN_A_FINALISER = """
import sys, time, weakref
from media_manager.cli.main import _ctrl_c_is_never_ignored
sys.unraisablehook = _ctrl_c_is_never_ignored
class Connection: pass
def finalised(ref): raise KeyboardInterrupt  # as a Ctrl-C arriving inside a GC callback
connection = Connection()
watcher = weakref.ref(connection, finalised)
try:
    del connection
    time.sleep(5)
    print("the interrupt was lost")
except KeyboardInterrupt:
    print("interrupted")
"""


def test_a_ctrl_c_inside_a_garbage_collector_callback_still_interrupts(tmp_path):
    done = subprocess.run([sys.executable, "-c", CTRL_C_IN_A_FINALISER], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.stdout.strip() == "interrupted"
    assert done.stderr == ""  # no "Exception ignored ... Traceback"


CTRL_C_WHILE_CLOSING = """
import sqlite3, sys
from sqlalchemy import create_engine, text
from media_manager.cli.main import _no_library_tracebacks
_no_library_tracebacks()
class Connection(sqlite3.Connection):
    def close(self):  # as a Ctrl-C arriving while the pool closes the connection
        super().close()
        raise KeyboardInterrupt
engine = create_engine("sqlite://", connect_args={"factory": Connection})
with engine.connect() as connection:
    connection.execute(text("select 1"))
try:
    engine.dispose()
except KeyboardInterrupt:
    pass
print("closed")
"""


def test_a_ctrl_c_while_a_connection_closes_prints_no_library_traceback():
    done = subprocess.run([sys.executable, "-c", CTRL_C_WHILE_CLOSING], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.stdout.strip() == "closed"
    assert done.stderr == ""  # not "Exception closing connection ... Traceback"


def test_a_ctrl_c_while_the_command_line_loads_says_aborted_not_a_traceback(tmp_path):
    """Loading the command line (click, SQLAlchemy) takes a good part of a second on a busy
    machine: a Ctrl-C then ends it as one later does. ``-X importtime`` shows the loading as
    it goes, so the Ctrl-C is sent while SQLAlchemy is still being imported."""
    import os
    import signal

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    with ctrl_c_not_ignored():
        run = subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "media_manager.cli", "--db", url, "list"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    seen = []
    for line in run.stderr:
        seen.append(line)
        if b"sqlalchemy.util" in line:  # one of the first of SQLAlchemy's modules loaded
            os.killpg(run.pid, signal.SIGINT)
            break
    rest = run.stderr.read()
    run.wait(timeout=60)
    said = [line for line in (b"".join(seen) + rest).decode().splitlines()
            if not line.startswith("import time:")]
    assert any(b"sqlalchemy.util" in line for line in seen)  # it was loading when interrupted
    assert said == ["Aborted."]
    assert run.returncode == 130
    assert run.stdout.read() == b""


CTRL_C_IN_GENERATED_CODE = """
import sys
from media_manager.cli.main import _quiet_ctrl_c_from_now_on
try:
    exec("raise KeyboardInterrupt")  # a Ctrl-C landing in code made from text (SQLAlchemy's)
except KeyboardInterrupt:
    _quiet_ctrl_c_from_now_on()
    print("Aborted.", file=sys.stderr)
    sys.exit(130)
"""


def test_a_ctrl_c_caught_in_generated_code_still_ends_with_130_under_python_m(tmp_path):
    """``python -m``, as the tests and a desk's scripts run it: CPython would end such a run
    with the Ctrl-C's own signal (-2) after its exit(130)."""
    import os

    (tmp_path / "aborting.py").write_text(CTRL_C_IN_GENERATED_CODE)
    repository = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "aborting"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False,
                          env={**os.environ, "PYTHONPATH": str(repository)})
    assert done.stderr == "Aborted.\n"
    assert done.returncode == 130
