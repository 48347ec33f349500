"""Restrictions in special instructions and usage terms: the parser's named patterns."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from media_manager.captions.restrictions import parse_restrictions
from media_manager.catalog.report_config import load_report_config
from media_manager.errors import ConfigError


@pytest.mark.parametrize(("text", "day", "clock"), [
    ("EMBARGOED UNTIL 2026-12-03 10:00 GMT", date(2026, 12, 3), time(10, 0)),
    ("Embargoed until 0001 GMT December 4, 2026", date(2026, 12, 4), time(0, 1)),
    ("EMBARGO: 5 December 2026. NO SALES", date(2026, 12, 5), None),
    ("embargoed till Dec. 6, 2026 at 14:30 UTC", date(2026, 12, 6), time(14, 30)),
])
def test_embargo_dates_and_times(text, day, clock):
    found = parse_restrictions(text)
    assert (found.embargo_day, found.embargo_time) == (day, clock)
    assert "embargo" in found.kinds


def test_territories_and_flags():
    found = parse_restrictions('MANDATORY CREDIT: "Ministry of Defence". HUNGARY OUT, '
                               "NEW ZEALAND OUT. NO ARCHIVES. EDITORIAL USE ONLY")
    assert found.territories_out == ("HUNGARY", "NEW ZEALAND")
    assert found.required_credit == "Ministry of Defence"
    assert found.kinds == ["mandatory credit", "no archive", "editorial use only",
                           "HUNGARY OUT", "NEW ZEALAND OUT"]


def test_ordinary_words_are_no_restriction():
    assert not parse_restrictions("Fans stand out in the rain before the match. Sold out.")


def test_report_settings_refuse_unknown_placeholders(tmp_path: Path):
    bad = tmp_path / "reports.toml"
    bad.write_text('[house_style.agencies]\nAP = "AP Photo/{creator.__class__}"\n', "utf-8")
    with pytest.raises(ConfigError) as refused:
        load_report_config(bad)
    assert "unknown placeholder {creator.__class__}" in str(refused.value)
