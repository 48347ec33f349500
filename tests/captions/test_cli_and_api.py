"""`media-manager parse`: JSON keys, stdin order; suggest_fields names."""

from __future__ import annotations

import json

from click.testing import CliRunner

from media_manager.captions import parse_caption, suggest_fields
from media_manager.captions.model import JSON_KEYS
from media_manager.cli.captions import parse_command
from media_manager.fields import FIELD_NAMES

CAPTION = "A man walks in Homs, Syria, Wednesday, Sept. 13, 2017. (AP Photo/Omar Sayed)"


def test_parse_json_has_exact_keys():
    result = CliRunner().invoke(parse_command, [CAPTION, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == [*JSON_KEYS, "spans", "confidence", "warnings"]
    assert data["city"] == "Homs" and data["warnings"] == []


def test_parse_stdin_keeps_order_and_blank_lines():
    lines = ["A fire in Malibu, Calif., Nov. 8, 2022. (AP Photo/Al Bee)", "",
             "A tram in Lisbon, Portugal, 02 January 2023. EPA-EFE/JOAO SILVA"]
    result = CliRunner().invoke(parse_command, ["-", "--json"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["city"] for r in rows] == ["Malibu", None, "Lisbon"]
    assert rows[1]["credit_line"] is None and rows[1]["warnings"] == []


def test_parse_table_output():
    result = CliRunner().invoke(parse_command, [CAPTION])
    assert result.exit_code == 0
    assert "city" in result.output and "[Homs]" in result.output


def test_parse_command_has_help():
    assert parse_command.help and "caption" in parse_command.help


def test_suggest_fields_uses_canonical_names():
    suggested = suggest_fields(parse_caption(CAPTION))
    assert set(suggested) <= set(FIELD_NAMES)
    assert suggested["creator"] == ["Omar Sayed"] and suggested["date_created"] == "2017-09-13"
    assert suggested["country_code"] == "SY"


def test_suggest_fields_skips_a_date_without_year():
    suggested = suggest_fields(parse_caption("Troops in Bamako, Mali, Aug. 20. (AP Photo)"))
    assert "date_created" not in suggested


def test_parse_gives_exact_values_and_handles_empty_text():
    assert parse_caption("").to_json()["credit_line"] is None
    found = parse_caption(CAPTION).to_json()
    assert {k: v for k, v in found.items() if k not in ("spans", "confidence")} == {
        "credit_line": "AP Photo/Omar Sayed", "creator": ["Omar Sayed"], "source": "AP",
        "provider": None, "date_created": "2017-09-13", "weekday": "Wednesday",
        "sublocation": None, "city": "Homs", "province_state": None, "country": "Syria",
        "country_code": "SY", "persons_shown": [], "is_file_photo": False,
        "is_handout": False, "is_pool": False, "markers": [], "country_made": "Syria",
        "country_made_inferred": False, "other_credits": []}
