"""edit, history, revert, template and ingest --template from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_commands import run
from tests.photos import make_wire_photo


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> str:
    """Two wire photos ingested into the shared catalogue fixture (SQLite and PostgreSQL)."""
    folder = tmp_path / "wire"
    make_wire_photo(folder / "a_lagos.jpg", 1, headline="Lagos floods", city="Lagos",
                    description="Residents wade through a flooded street.", keywords=["flood"],
                    creator=["Temilade Okafor"], date_created="2025-07-08")
    make_wire_photo(folder / "b_bern.jpg", 2, headline="Swiss vote", keywords=["vote"])
    url = database_url
    assert run("ingest", str(folder), "--workers", "1", "--no-thumbnails", db=url).exit_code == 0
    return url


def fields(db: str, photo_id: int) -> dict:
    return json.loads(run("show", str(photo_id), "--json", db=db).output)["fields"]


def test_edit_set_append_replace_and_history(db):
    result = run("edit", "1", "2", "--set", "city=Łódź", "--append", "keywords=news; 東京",
                 "--replace", "headline=/ (floods|vote)/ \\1!/", "--user", "anna", db=db)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "2 updated, 0 unchanged, 0 failed"
    assert fields(db, 1)["keywords"] == ["flood", "news", "東京"]
    assert fields(db, 2)["headline"] == "Swiss vote!" and fields(db, 2)["city"] == "Łódź"
    history = [json.loads(line) for line in run("history", "1", "--json", db=db).output.split("\n")
               if line]
    assert {(h["field"], h["user"]) for h in history} == {
        ("city", "anna"), ("keywords", "anna"), ("headline", "anna")}
    text = run("history", "1", db=db).output
    assert "city: Lagos → Łódź" in text


def test_expect_version_conflict_is_one_line(db):
    assert run("--user", "anna", "edit", "1", "--set", "city=Ikeja", "--expect-version", "1",
               db=db).output == "photo 1: version 2\n"
    result = run("--user", "bob", "edit", "1", "--set", "city=Abuja", "--expect-version", "1",
                 db=db)
    assert result.exit_code == 1
    assert result.output.startswith("error: photo 1 changed since version 1: city by anna at ")
    assert result.output.endswith("; reload and try again\n")
    assert fields(db, 1)["city"] == "Ikeja"


def test_revert(db):
    run("edit", "1", "--set", "city=Ikeja", db=db)
    history_id = json.loads(run("history", "1", "--json", db=db).output.splitlines()[0])["id"]
    assert run("revert", "1", "--field", "city", "--to", str(history_id), "--before",
               db=db).exit_code == 0
    assert fields(db, 1)["city"] == "Lagos"


@pytest.mark.parametrize(("args", "message"), [
    (["edit", "1", "--set", "town=Lagos"], "error: unknown field 'town' (known fields: title,"),
    (["edit", "1"], "error: nothing to change: give --set, --fill, --append or --replace"),
    (["edit", "1", "2", "--set", "city=X", "--expect-version", "1"],
     "error: --expect-version needs exactly one photo"),
    (["edit", "1", "--replace", "city=Lagos"], "error: expected NAME=/regex/replacement/"),
    (["revert", "1", "--field", "city", "--to", "77"], "error: photo 1 has no history entry 77"),
    (["write"], "error: name the photos to write, or use --changed"),
    (["template", "apply", "nope", "1"], "error: no template named 'nope'"),
])
def test_bad_input_is_one_line(db, args, message):
    result = run(*args, db=db)
    assert result.exit_code != 0
    assert result.output.startswith(message) and result.output.count("\n") == 1, result.output


def test_edit_reports_a_missing_photo_and_goes_on(db):
    result = run("edit", "1", "99", "--set", "city=Ikeja", db=db)
    assert result.exit_code == 1
    assert "failed: photo 99: no photo with id 99 in the catalogue" in result.output
    assert result.output.splitlines()[-1] == "1 updated, 0 unchanged, 1 failed"


def test_templates_and_codes_from_the_cli(db, tmp_path):
    codes = tmp_path / "codes.txt"
    codes.write_text("tok\tTemilade Okafor\n", encoding="utf-8")
    assert run("template", "add", "lagos", "--set", "instructions=By =tok= on "
               "{date_created:%B %-d, %Y}", "--fill", "country=Nigeria",
               "--append", "keywords=Africa", db=db).exit_code == 0
    assert run("template", "list", db=db).output == (
        "lagos: instructions, country, keywords\n")
    shown = json.loads(run("template", "show", "lagos", "--json", db=db).output)
    assert shown["entries"][1] == {"field": "country", "value": "Nigeria", "mode": "fill"}
    result = run("template", "apply", "lagos", "1", "--codes", str(codes), db=db)
    assert result.exit_code == 0, result.output
    assert fields(db, 1)["instructions"] == "By Temilade Okafor on July 8, 2025"
    assert fields(db, 1)["keywords"] == ["flood", "Africa"]


def test_ingest_with_a_template(db, tmp_path):
    run("template", "add", "desk", "--fill", "source=Desk", db=db)
    make_wire_photo(tmp_path / "later" / "new.jpg", 9, headline="New arrival")
    result = run("ingest", str(tmp_path / "later"), "--template", "desk", "--json",
                 "--workers", "1", "--no-thumbnails", db=db)
    summary = json.loads(result.output)
    assert summary["added"] == 1 and summary["template"]["updated"] == 1
    assert fields(db, 3)["source"] == "Desk" and "source" not in fields(db, 1)
    refused = run("ingest", str(tmp_path / "later"), "--template", "nope", db=db)
    assert refused.output == "error: no template named 'nope'\n"
