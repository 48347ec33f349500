"""The command line: help for every command, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from media_manager.cli.main import COMMANDS, cli
from tests.photos import make_picture, make_wire_photo


def run(*args: str, db: str | None = None, stdin: str | None = None):  # type: ignore[no-untyped-def]
    prefix = ["--db", db] if db else []
    return CliRunner().invoke(cli, [*prefix, *args], input=stdin, catch_exceptions=False)


@pytest.fixture
def db(database_url: str) -> str:
    """The shared catalogue fixture: a SQLite file, and a PostgreSQL schema where one answers."""
    return database_url


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    folder = tmp_path / "wire"
    make_wire_photo(folder / "lagos.jpg", 1, headline="Lagos floods",
                    description="Residents wade through a flooded street in Lagos, Nigeria, "
                                "July 8, 2025. REUTERS/Temilade Okafor",
                    credit_line="REUTERS", creator=["Temilade Okafor"], city="Lagos",
                    keywords=["weather", "flood"])
    make_wire_photo(folder / "bern.jpg", 2, headline="Swiss vote",
                    description="Voters queue in Bern.", credit_line="EPA-EFE")
    make_picture(folder / "plain.jpg", 3)
    (folder / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xdb garbage")
    return folder


def test_every_command_has_help():
    names = cli.list_commands(click.Context(cli))
    assert names, "no commands registered"
    for name in names:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and command.name == name, name
        assert command.help and command.help.strip(), f"{name} has no help text"
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_top_level_help_lists_every_command():
    listed = run("--help").output.split("Commands:")[1]
    names = [line.split()[0] for line in listed.splitlines() if line.strip()]
    assert names == sorted(COMMANDS) and len(names) == 24


def test_ingest_loads_only_what_it_runs():
    """The ingest command's start leaves reports, pairing, backup and export unimported."""
    script = ("import sys; from media_manager.cli.main import cli; "
              "cli.get_command(None, 'ingest'); "
              "print(' '.join(sorted(m for m in sys.modules if m.startswith('media_manager'))))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True).stdout.split()
    assert "media_manager.cli.ingest" in loaded and "media_manager.catalog.ingest" in loaded
    for later in ("media_manager.catalog.reports", "media_manager.catalog.pairing",
                  "media_manager.catalog.backup", "media_manager.catalog.export",
                  "media_manager.catalog.review", "media_manager.cli.reports",
                  "media_manager.captions"):
        assert later not in loaded, later


def test_ingest_json_summary(db, wire):
    result = run("ingest", str(wire), "--json", "--workers", "1", "--no-thumbnails", db=db)
    assert result.exit_code == 1, result.output  # one file failed: the README promises non-zero
    summary = json.loads(result.output)
    assert {k: summary[k] for k in ("added", "updated", "unchanged", "duplicate", "failed")} == {
        "added": 3, "updated": 0, "unchanged": 0, "duplicate": 0, "failed": 1}
    [error] = summary["errors"]
    assert error["path"] == str(wire / "corrupt.jpg") and error["reason"]


def test_show_json_gives_fields_and_sources(db, wire):
    run("ingest", str(wire), "--workers", "1", "--no-thumbnails", db=db)
    listed = [json.loads(line) for line in run("list", "--json", db=db).output.splitlines()]
    lagos = next(p for p in listed if p["path"].endswith("lagos.jpg"))
    shown = json.loads(run("show", str(lagos["id"]), "--json", db=db).output)
    assert {"id", "path", "version", "fields", "sources"} <= set(shown)
    assert shown["fields"]["city"] == "Lagos"
    assert shown["fields"]["keywords"] == ["weather", "flood"]
    assert shown["sources"]["city"] == "embedded"
    assert set(shown["sources"]) == set(shown["fields"])


def test_search_finds_by_caption_credit_and_keyword(db, wire):
    run("ingest", str(wire), "--workers", "1", "--no-thumbnails", db=db)
    for text in ("flooded", "reuters", "weather", "okafor lagos"):
        found = [json.loads(line) for line in run("search", text, "--json", db=db).output.split("\n") if line]
        assert [Path(p["path"]).name for p in found] == ["lagos.jpg"], text
    assert run("search", "nothing-like-this", "--json", db=db).output == ""


def test_unknown_photo_is_one_line_error(db):
    result = run("show", "999", db=db)
    assert result.exit_code == 1
    assert result.output.strip() == "error: no photo with id 999 in the catalogue"


def test_missing_folder_is_one_line_error(db, tmp_path):
    result = run("ingest", str(tmp_path / "nowhere"), db=db)
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        f"Error: no such file or folder: {tmp_path / 'nowhere'}"]


def test_unusable_database_is_one_line_error_without_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    process = subprocess.run(
        [sys.executable, "-m", "media_manager.cli", "--db", f"sqlite:///{blocker}/sub/c.db",
         "list"], capture_output=True, text=True, check=False)
    assert process.returncode != 0
    assert "Traceback" not in process.stderr
    assert len(process.stderr.strip().splitlines()) == 1
    assert process.stderr.startswith("error: ")


def test_lint_reports_findings_and_exits_3(db, tmp_path):
    folder = tmp_path / "lint"
    make_wire_photo(folder / "a.jpg", 40, description="Workers repair a bridge in Ghent, "
                    "Belgium, Wednesday, Oct. 9, 2025. (AP Photo/Els Maes)")
    run("ingest", str(folder), "--workers", "1", "--no-thumbnails", db=db)
    result = CliRunner().invoke(cli, ["--db", db, "lint", "--all", "--json"])
    assert result.exit_code == 3
    [report] = [json.loads(line) for line in result.output.splitlines()]
    [finding] = report["findings"]
    assert finding["rule_id"] == "weekday-mismatch"
    assert "Thursday" in finding["message"]


def test_lint_needs_ids_or_all(db):
    result = CliRunner().invoke(cli, ["--db", db, "lint"])
    assert result.exit_code == 2
    assert "name photo ids, or --all" in result.output


def test_parse_reads_stdin_in_order(db):
    captions = ("Fans cheer in Dublin, Ireland, Saturday, March 15, 2025. (AP Photo/Ann Kelly)\n"
                "\n"
                "A ferry leaves Patras, Greece, June 2, 2024. REUTERS/Nikos Papas\n")
    result = run("parse", "-", "--json", stdin=captions)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["city"] for line in lines] == ["Dublin", None, "Patras"]
    assert [line["source"] for line in lines] == ["AP", None, "Reuters"]


def test_search_pages_with_a_cursor_and_refuses_bad_syntax(db, wire):
    run("ingest", str(wire), "--workers", "1", "--no-thumbnails", db=db)
    first = run("search", "credit:reuters OR date:2020..", "--limit", "1", db=db)
    assert first.exit_code == 0 and "no photo matches" in first.output
    page = run("list", "--sort", "id", "--limit", "2", db=db)
    lines = page.output.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("2 of 3 photos; next page: --after ")
    cursor = lines[-1].rsplit(" ", 1)[1]
    rest = run("list", "--sort", "id", "--after", cursor, db=db).output.splitlines()
    assert len(rest) == 2 and rest[-1] == "1 of 3 photos"
    bad = run("search", 'city:"Lagos', db=db)
    assert bad.exit_code == 2
    assert bad.output == "error: search: the quote at character 6 is never closed\n"


def test_demo_pairs_the_sample_captions_with_their_photos(tmp_path: Path) -> None:
    """`demo` imports the sample story and caption sheet as a desk would: the sheet's rows
    whose picture is in sample_media/ go to their photos, the row naming a missing file is
    unmatched; a second demo run on the same data folder imports nothing again."""
    import csv

    samples = Path(__file__).resolve().parents[2] / "sample_media"
    rows = list(csv.DictReader((samples / "captions.csv").open(encoding="utf-8-sig")))
    present = [row for row in rows if (samples / row["filename"]).exists()]
    story_captions = (samples / "stories" / "rotterdam_barge_protest.txt").read_text(
        encoding="utf-8").count("(AP Photo/")
    data = tmp_path / "data"
    first = run("--data-dir", str(data), "demo", "--no-serve")
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[1] == (
        f"sample captions: {len(present) + story_captions} applied, 0 review, "
        f"{len(rows) - len(present)} unmatched, 0 failed (batch 2)")
    toulouse = next(row for row in rows if row["filename"] == "IMG_4071.jpg")
    listed = [json.loads(line) for line in
              run("--data-dir", str(data), "list", "--json").output.splitlines()]
    photo = next(p for p in listed if p["path"].endswith("/IMG_4071.jpg"))
    assert photo["headline"] == toulouse["headline"]
    again = run("--data-dir", str(data), "demo", "--no-serve")
    assert "sample captions" not in again.output


def test_help_and_the_caption_import_start_without_loading_the_caption_parser():
    """The parser takes a good part of a second to load: a command loads it when it parses,
    not because a module of the caption import was imported (``--help`` lists them all)."""
    script = ("import sys; from media_manager.cli.main import cli; "
              "cli.main(['--help'], standalone_mode=False); "
              "cli.get_command(None, 'import-captions'); "
              "print(' '.join(sorted(m for m in sys.modules if m.startswith('media_manager'))))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True).stdout.split()
    assert "media_manager.cli.import_captions" in loaded and "media_manager.wire.story" in loaded
    assert "media_manager.captions.parse" not in loaded
    assert "media_manager.captions.people" not in loaded
