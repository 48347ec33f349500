"""Date patterns tried only where a date can begin (a weekday's or a month's name, a day's
digit) find what they find tried everywhere."""

from __future__ import annotations

import pytest

from media_manager.captions.dates import PARTIAL_PATTERNS, PATTERNS, _DateStarts, find_dates

DATED = [
    "Jane Roe walks in Lagos, Nigeria, Tuesday, May 6, 2025. (AP Photo/Jo Doe)",
    "Jane Roe am 6. Mai 2025 in Berlin, segunda-feira, 5 de maio de 2025, und Mars 2019",
    "Sunni leaders met on Monday the 3rd March, in 2011 and June, 10 2021; mar 4 Aug.3, 2021",
    "FILE - Jane Roe in Porto em 13 de janeiro de 2010 (Jane Roe)",
    "Stadt 12.05.2024 und 2024-05-12, ſeptember 3 and ſunday, 4 June 2023",
]


@pytest.mark.parametrize("text", DATED)
def test_date_patterns_tried_where_dates_begin_find_what_they_find_everywhere(text: str
                                                                              ) -> None:
    for start in (0, 5):
        starts = _DateStarts(text, start, len(text))
        for name, pattern, _base in PATTERNS + PARTIAL_PATTERNS:
            assert [m.span() for m in starts.matches(name, pattern)] == [
                m.span() for m in pattern.finditer(text, start, len(text))], name
    assert find_dates(DATED[0])[0].iso == "2025-05-06"
