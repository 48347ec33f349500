"""``media-manager inspect``: JSON lines, readable listing, missing paths."""

from __future__ import annotations

import json

from click.testing import CliRunner

from media_manager.cli.inspect import inspect_command
from tests.metadata.builders import app13, base_jpeg, iim_block, with_segments


def _folder(tmp_path):
    data = with_segments(base_jpeg(), app13(iim_block([(2, 90, b"Lyon"), (2, 25, b"news")])))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jpg").write_bytes(data)
    (tmp_path / ".hidden.jpg").write_bytes(data)
    (tmp_path / "notes.txt").write_text("not an image")
    return tmp_path


def test_json_lines_one_per_file(tmp_path):
    result = CliRunner().invoke(inspect_command, [str(_folder(tmp_path)), "--json"])
    assert result.exit_code == 1, result.output  # notes.txt could not be read
    assert result.stderr == (f"error: {tmp_path / 'notes.txt'}: not a supported image format "
                             "(JPEG, TIFF, PNG, WebP, HEIF, PSD)\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"].rsplit("/", 1)[-1] for line in lines] == ["notes.txt", "a.jpg"]
    photo = lines[1]
    assert photo["fields"] == {"keywords": ["news"], "city": "Lyon"}
    assert photo["sources"] == {"keywords": "iptc", "city": "iptc"}
    assert photo["warnings"] == [] and photo["error"] is None
    assert lines[0]["error"].startswith("not a supported image format")


def test_readable_listing(tmp_path):
    result = CliRunner().invoke(inspect_command, [str(_folder(tmp_path) / "sub" / "a.jpg")])
    assert result.exit_code == 0
    assert "city" in result.output and "Lyon  [iptc]" in result.output


def test_missing_path_is_one_line_and_exit_1(tmp_path):
    photo = _folder(tmp_path) / "sub" / "a.jpg"
    result = CliRunner().invoke(inspect_command, [str(tmp_path / "gone.jpg"), str(photo), "--json"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("gone.jpg: no such file or folder")
    assert len(result.stderr.strip().splitlines()) == 1
    assert any(json.loads(line)["fields"].get("city") == "Lyon"
               for line in result.stdout.splitlines() if line.startswith("{"))


def test_command_has_help():
    result = CliRunner().invoke(inspect_command, ["--help"])
    assert result.exit_code == 0 and "--json" in result.output
