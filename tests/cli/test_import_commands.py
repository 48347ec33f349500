"""``import-captions``, ``review`` and ``watch`` from the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from media_manager.cli.main import cli
from tests.photos import make_wire_photo

ITEM_KEYS = ["source", "photo_id", "recommendation", "score", "parts", "changes"]


def run(db: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    wire = tmp_path / "wire"
    make_wire_photo(wire / "OSL7.jpg", 41, job_id="OSL7", city="Oslo", creator=["Ine Berg"])
    make_wire_photo(wire / "OSL8.jpg", 42, job_id="OSL8", city="Oslo", creator=["Ine Berg"])
    assert run(url, "ingest", str(wire), "--workers", "1", "--no-thumbnails").exit_code == 0
    return url


def test_json_outcome_has_exactly_the_documented_shape(db, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("job_id,headline,date_created\nOSL7,Ferry day,2026-01-02\n"
                     "OSL8,Bad,someday\nZZZ9,Lost,2026-01-02\n", encoding="utf-8")
    result = run(db, "import-captions", str(sheet), "--json")
    assert result.exit_code == 1  # a row failed
    out = json.loads(result.stdout)
    assert list(out) == ["batch", "applied", "review", "unmatched", "failed", "items", "errors"]
    assert (out["applied"], out["review"], out["unmatched"], out["failed"]) == (1, 0, 1, 1)
    applied, unmatched = out["items"]
    assert list(applied) == ITEM_KEYS
    assert applied["source"] == "s.csv:2" and applied["recommendation"] == "strong"
    assert applied["parts"] == {"job_id": 0.9} and applied["score"] == 0.9
    assert applied["changes"] == {"headline": [None, "Ferry day"],
                                  "date_created": [None, "2026-01-02"]}
    assert unmatched["photo_id"] is None and unmatched["recommendation"] == "none"
    assert out["errors"] == [{"source": "s.csv:3",
                              "reason": "date_created 'someday' is not an ISO 8601 date"}]
    undo = run(db, "import-captions", "--undo", str(out["batch"]))
    assert undo.exit_code == 0 and "2 changes reverted on 1 photos" in undo.stdout


def test_dry_run_prints_per_photo_per_field_diff(db, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("filename,city\nOSL7.jpg,Bergen\n", encoding="utf-8")
    result = run(db, "import-captions", str(sheet), "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "applied: s.csv:2 → photo 1: strong 1 (filename 1.2, place -0.2)",
        "    city: 'Oslo' → 'Bergen'",
        "1 applied, 0 review, 0 unmatched, 0 failed (dry run: nothing changed)"]
    shown = json.loads(run(db, "show", "1", "--json").stdout)
    assert shown["fields"]["city"] == "Oslo"


def test_a_sheet_imported_again_says_the_photos_already_say_so(db, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("job_id,headline\nOSL7,Ferry day\nOSL8,Harbour night\n", encoding="utf-8")
    first = run(db, "import-captions", str(sheet))
    assert first.stdout.splitlines()[-1] == "2 applied, 0 review, 0 unmatched, 0 failed (batch 2)"
    again = run(db, "import-captions", str(sheet))
    assert again.exit_code == 0
    assert again.stdout.splitlines() == [
        "applied: s.csv:2 → photo 1: strong 0.9 (job_id 0.9); the photo already says so",
        "applied: s.csv:3 → photo 2: strong 0.9 (job_id 0.9); the photo already says so",
        "2 applied (2 with nothing to change), 0 review, 0 unmatched, 0 failed (batch 3)"]


def test_review_list_accept_and_reject(db, tmp_path):
    sheet = tmp_path / "s.csv"
    sheet.write_text("job_id,headline\nOSL7,One\nOSL7,Two\n", encoding="utf-8")
    assert run(db, "import-captions", str(sheet)).exit_code == 0
    listed = json.loads(run(db, "review", "--json").stdout)["items"]
    assert [i["source"] for i in listed] == ["s.csv:2", "s.csv:3"]
    assert listed[0]["candidates"][0]["photo_id"] == 1
    accepted = run(db, "review", "accept", str(listed[0]["id"]), "--photo", "2")
    assert accepted.stdout.strip() == f"review item {listed[0]['id']} accepted for photo 2: headline"
    assert run(db, "review", "reject", str(listed[1]["id"])).exit_code == 0
    assert "0 waiting for review" in run(db, "review").stdout
    again = run(db, "review", "reject", str(listed[1]["id"]))
    assert again.exit_code == 1
    assert again.stderr.strip() == f"error: review item {listed[1]['id']} is already rejected"


def test_import_errors_are_one_line_on_stderr(db, tmp_path):
    result = run(db, "import-captions", str(tmp_path / "nothing.csv"))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    result = run(db, "import-captions", "--undo", "1")
    assert result.stderr.strip() == "error: batch 1 is a ingest, not a caption import"


def wait_for(path: Path, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        log = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in log:
            return log
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in the log:\n{log}")


def test_watch_takes_a_file_sent_in_two_writes_and_stops_cleanly(db, tmp_path):
    """The caption lands first (in two pieces), then its picture; SIGTERM ends it cleanly."""
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    log = tmp_path / "watch.log"
    env = {**os.environ, "MEDIA_MANAGER_DB": db, "MEDIA_MANAGER_DATA": str(tmp_path / "data")}
    with log.open("w") as out:
        watcher = subprocess.Popen([sys.executable, "-m", "media_manager", "watch",
                                    str(incoming), "--interval", "1.5"],
                                   stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        wait_for(log, "watching")
        with (incoming / "feed.csv").open("w", encoding="utf-8") as upload:  # FTP, two pieces
            upload.write("job_id,headline\nOSL9,Harbour ")
            upload.flush()
            time.sleep(0.5)  # well under --interval: the watcher must wait for the rest
            upload.write("ice breaks up\n")
        wait_for(log, "feed.csv: 0 applied")
        picture = make_wire_photo(tmp_path / "OSL9.jpg", 43, job_id="OSL9", city="Oslo")
        (incoming / "OSL9.jpg").write_bytes(picture.read_bytes())
        wait_for(log, "again")
    finally:
        watcher.send_signal(signal.SIGTERM)
        code = watcher.wait(timeout=60)
    text = log.read_text(encoding="utf-8")
    assert code == 0, text
    lines = [line.split(" ", 1)[1] if line[:4].isdigit() else line for line in text.splitlines()]
    feed, photo = incoming / "feed.csv", incoming / "OSL9.jpg"
    assert lines == [
        f"watching {incoming} (every 1.5 s; Ctrl-C to stop)",
        f"imported {feed}: 0 applied, 0 review, 1 unmatched, 0 failed (batch 2)",
        f"ingested {photo}: added (photo 3)",
        f"imported {feed} again: 1 applied, 0 review, 0 unmatched, 0 failed (batch 4)",
        "stopped"], text
    shown = json.loads(run(db, "show", "3", "--json").stdout)
    assert shown["fields"]["headline"] == "Harbour ice breaks up"
