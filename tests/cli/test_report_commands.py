"""``use`` and ``report`` from the command line, on real ingested wire photos."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from media_manager.cli.main import cli
from tests.photos import make_wire_photo


def run(db: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    folder = tmp_path / "wire"
    make_wire_photo(folder / "lagos.jpg", 1, headline="Lagos floods",
                    credit_line="REUTERS/Temilade Okafor", source="Reuters",
                    creator=["Temilade Okafor"], job_id="LAG-0708",
                    instructions="EMBARGOED UNTIL 2026-11-20 10:00 GMT")
    make_wire_photo(folder / "bern.jpg", 2, headline="Swiss vote", credit_line="AP Photo/Lukas Brunner",
                    source="AP", creator=["Lukas Brunner"])
    make_wire_photo(folder / "quay.jpg", 3, headline="Harbour", creator=["Ünal Özdemir"])
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = run(url, "ingest", str(folder), "--workers", "1", "--no-thumbnails")
    assert result.exit_code == 0, result.output
    return url


def test_use_by_file_name_and_transmission_reference(db):
    result = run(db, "use", "bern.jpg", "--story", "swiss-vote", "--publication", "Daily Planet",
                 "--date", "2026-11-21", "--page", "A2")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("recorded: photo ")
    again = run(db, "use", "bern.jpg", "--story", "swiss-vote", "--publication", "Daily Planet",
                "--date", "2026-11-21", "--page", "A2")
    assert again.output.startswith("already recorded: photo ")
    by_ref = run(db, "use", "LAG-0708", "--story", "swiss-vote", "--publication", "Daily Planet",
                 "--date", "2026-11-19", "--url", "https://planet.example/vote")
    assert by_ref.exit_code == 0, by_ref.output
    story = run(db, "report", "story", "swiss-vote")
    assert "Photos: REUTERS/Temilade Okafor; AP Photo/Lukas Brunner" in story.output
    restrictions = run(db, "report", "restrictions", "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(restrictions.output)))
    assert (row["verdict"], row["embargo_until"]) == ("broken", "2026-11-20 10:00")


def test_use_refuses_unknown_photo_with_one_line(db):
    result = run(db, "use", "nowhere.jpg", "--story", "x", "--publication", "y",
                 "--date", "2026-11-21")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == \
        "error: no photo found for photo 'nowhere.jpg'"


def test_use_csv_goes_on_past_bad_rows_and_exits_non_zero(db, tmp_path):
    sheet = tmp_path / "uses.csv"
    sheet.write_text("filename,story,publication,date,page\n"
                     "lagos.jpg,flood,Daily Planet,2026-11-21,1\n"
                     "missing.jpg,flood,Daily Planet,2026-11-21,2\n"
                     "quay.jpg,flood,Daily Planet,2026-11-22,3\n", encoding="utf-8")
    result = run(db, "use", "--csv", str(sheet))
    assert result.exit_code == 1
    assert "2 added, 0 already recorded, 1 failed" in result.output
    assert f"{sheet}:3: no photo found for file name 'missing.jpg'" in result.output
    again = run(db, "use", "--csv", str(sheet))
    assert "0 added, 2 already recorded, 1 failed" in again.output
    credits = run(db, "report", "credits", "--by", "creator", "--format", "csv")
    rows = {r["creator"]: r for r in csv.DictReader(io.StringIO(credits.output))}
    assert (rows["Ünal Özdemir"]["received"], rows["Ünal Özdemir"]["published"]) == ("1", "1")
    assert rows["Lukas Brunner"]["published"] == "0"


def test_report_files_and_config(db, tmp_path):
    run(db, "use", "lagos.jpg", "--story", "flood", "--publication", "Daily Planet",
        "--date", "2026-11-21", "--page", "1")
    config = tmp_path / "reports.toml"
    config.write_text('currency = "CHF"\n[rates.Reuters]\nper_use = 80\n', encoding="utf-8")
    out = tmp_path / "cost.xlsx"
    result = run(db, "report", "cost", "--config", str(config), "--out", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out)["Report"]
    assert [c.value for c in sheet[1]] == ["period", "agency", "uses", "per_use", "monthly",
                                           "cost", "currency"]
    assert list(sheet.iter_rows(min_row=2, values_only=True)) == [
        ("2026-11", "Reuters", 1, 80.0, None, 80.0, "CHF")]
    pdf = tmp_path / "problems.pdf"
    assert run(db, "report", "problems", "--out", str(pdf)).exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    refused = run(db, "report", "credits", "--format", "pdf")
    assert refused.exit_code == 1 and "give --out FILE" in refused.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[rates.AP]\nper_use = 'lots'\n", encoding="utf-8")
    broken = run(db, "report", "cost", "--config", str(bad))
    assert broken.exit_code == 1
    assert f"error: {bad}: rates.AP.per_use must be a number >= 0" in broken.output


def test_report_commands_have_help():
    for name in ("credits", "story", "restrictions", "problems", "cost"):
        result = CliRunner().invoke(cli, ["report", name, "--help"])
        assert result.exit_code == 0 and "--format" in result.output
