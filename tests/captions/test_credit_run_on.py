"""A one-line caption run on into its credit with no stop between (issue 12, items 2 and 4),
found on the odd half of real_people_7: the credit is the bar's agency, or the photographer's
two names before the slash, and the people before it are shown.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # a caption, a bar and the agency: the agency alone is the credit
    ("Jana Roth begrüßt Tom Vale vor dem Kanzleramt | ASSOCIATED PRESS",
     "ASSOCIATED PRESS", [], ["Jana Roth", "Tom Vale"]),
    ("Bundeskanzlerin Jana Roth begrüßt US-Präsident Tom Vale | ASSOCIATED PRESS",
     "ASSOCIATED PRESS", [], ["Jana Roth", "Tom Vale"]),
    # a photographer's name, a bar and the agency: all of it is the credit
    ("Tom Vale | ASSOCIATED PRESS", "Tom Vale | ASSOCIATED PRESS", ["Tom Vale"], []),
    ("Foto: Tom Vale | dpa", "Tom Vale | dpa", ["Tom Vale"], []),
    # people, their positions, then the photographer's two names and the agency
    ("Jane Roe, left, and Ana-Maria Luz Tom Vale/Getty Images", "Tom Vale/Getty Images",
     ["Tom Vale"], ["Jane Roe", "Ana-Maria Luz"]),
    # a credit's own words before the slash are no caption
    ("U.S. Navy/Petty Officer Jo Roe", "U.S. Navy/Petty Officer Jo Roe", ["Jo Roe"], []),
    # the credit's opening words stay with it
    ("IN THE BACKGROUND, THE OLD TOWN HALL Photo by Jo Roe/Only Paris/ABACAPRESS.COM",
     "Photo by Jo Roe/Only Paris/ABACAPRESS.COM", ["Jo Roe"], []),
]


@pytest.mark.parametrize(("text", "credit", "creator", "people"), CASES)
def test_a_caption_run_on_into_its_credit(text: str, credit: str, creator: list[str],
                                          people: list[str]) -> None:
    parsed = parse_caption(text).to_json()
    assert (parsed.get("credit_line"), parsed.get("creator") or [],
            parsed["persons_shown"]) == (credit, creator, people)
