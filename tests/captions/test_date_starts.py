"""Date patterns tried only where a date can begin (a weekday's or a month's name, a day's
digit) find what they find tried everywhere."""

from __future__ import annotations

import re

import pytest

from media_manager.captions.dates import PARTIAL_PATTERNS, PATTERNS, _DateStarts, find_dates
from media_manager.captions.tables import ignorecase_folded

DATED = [
    "Jane Roe walks in Lagos, Nigeria, Tuesday, May 6, 2025. (AP Photo/Jo Doe)",
    "Jane Roe am 6. Mai 2025 in Berlin, segunda-feira, 5 de maio de 2025, und Mars 2019",
    "Sunni leaders met on Monday the 3rd March, in 2011 and June, 10 2021; mar 4 Aug.3, 2021",
    "FILE - Jane Roe in Porto em 13 de janeiro de 2010 (Jane Roe)",
    "Stadt 12.05.2024 und 2024-05-12, ſeptember 3 and ſunday, 4 June 2023",
    "İn İstanbul on MAY 3, 2024, SEPTİEMBRE 4 de 2021, oKTOBER 5, FÉVRIER 6 2020, MÄRZ 7",
    "May 6, 2025: Jane Roe (6 May 2025),June 7 2024;8 July 2023_9 Aug 2022 x10 Sept 2021",
    "6. Mai 2025 -Juni 7, 2024 segunda-feira,5 de maio de 2025",
]


@pytest.mark.parametrize("text", DATED)
def test_date_patterns_tried_where_dates_begin_find_what_they_find_everywhere(text: str
                                                                              ) -> None:
    for start in (0, 1, 5, 6):
        starts = _DateStarts(text, start, len(text))
        for name, pattern, _base in PATTERNS + PARTIAL_PATTERNS:
            assert [m.span() for m in starts.matches(name, pattern)] == [
                m.span() for m in pattern.finditer(text, start, len(text))], name
    assert find_dates(DATED[0])[0].iso == "2025-05-06"


_OTHER = re.compile("[^\x00]")


def test_folded_text_is_the_caption_letter_for_letter() -> None:
    """The scan's places are the caption's: no character folds to more or fewer than one, and
    none changes from a word character, a digit or a space to another kind."""
    kinds = [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")]
    for low in range(0, 0x110000, 0x1000):
        chars = "".join(map(chr, range(low, low + 0x1000)))
        folded = ignorecase_folded(chars)
        assert len(folded) == len(chars), hex(low)
        for kind in kinds:  # where the kind is, marked "\x00", everything else "\x01"
            marks = [_OTHER.sub("\x01", kind.sub("\x00", text)) for text in (chars, folded)]
            assert marks[0] == marks[1], (hex(low), kind.pattern)
