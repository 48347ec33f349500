"""Captions are untrusted: a text of thousands of names or dates is read only so far.

Some rules compare each name or date with every other one found, so an unbounded text
would cost the parser (and the linter, and an ingest worker) seconds; these tests pin the
bounds, not times.
"""

from __future__ import annotations

from media_manager.captions import lint_caption, parse_caption, suggest_fields
from media_manager.captions.dates import MAX_DATES, find_dates
from media_manager.captions.parse import MAX_PARSED_CHARS

CAPTION = ("Dock workers march past the harbour wall in Genoa, Italy, May 6, 2026. "
           "(AP Photo/Ada Rossi)")


def test_a_caption_within_the_bound_is_read_whole():
    padded = "Crowd. " * ((MAX_PARSED_CHARS - len(CAPTION)) // 7) + CAPTION
    assert len(padded) <= MAX_PARSED_CHARS
    parsed = parse_caption(padded)
    assert parsed.get("credit_line") == "AP Photo/Ada Rossi"
    assert parsed.get("date_created") == "2026-05-06"


def test_past_the_bound_only_the_first_characters_are_read():
    text = CAPTION + " Crowd." * 1_000 + " (Photo by Jan Novak / AFP)"
    assert len(text) > MAX_PARSED_CHARS
    parsed = parse_caption(text)
    assert parsed.text == text  # the caption itself is kept whole
    assert parsed.get("date_created") == "2026-05-06" and parsed.get("city") == "Genoa"
    assert parsed.get("credit_line") is None  # the credit lies past the bound
    assert suggest_fields(parsed) == suggest_fields(parse_caption(text[:MAX_PARSED_CHARS]))


def test_thousands_of_names_or_dates_are_parsed_and_linted():
    for unit in ("Word ", "May 5, ", "É ", "de Word ", "JOHN SMITH, ", "Monday, May 5, 2025, "):
        text = unit * (200_000 // len(unit))
        parsed = parse_caption(text)
        assert parsed.text == text
        assert all(v.span.end <= MAX_PARSED_CHARS for v in parsed.persons_shown)
        assert isinstance(lint_caption(text), list)


def test_find_dates_stops_after_a_caption_worth_of_dates():
    text = "On May 5, 2025, " * 500
    assert len(find_dates(text)) == MAX_DATES
    assert len(find_dates("On May 5, 2025, and on May 9, 2025, ")) == 2


def test_the_hostile_caption_benchmark_runs_and_prints_each_size():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "hostile_captions.py"
    done = subprocess.run([sys.executable, str(script), "--sizes", "1000", "3000", "--top", "2"],
                          capture_output=True, text=True, timeout=120, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("reference: a 140-character wire caption parses in ")
    assert lines[1] == "1,000 characters: the slowest of 28 shapes"
    assert lines[4] == "3,000 characters: the slowest of 28 shapes"
    assert len(lines) == 7 and all("× the reference)" in line for line in lines[2:4] + lines[5:])
