"""Place on the forms of the z round: Italian "a CITY, in COUNTRY" names the city though the
country comes after "in".

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the place and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # "a Torino, in Italia": the city after Italian "a", its country after "in"
    ("Due bambini giocano a calcio a Torino, in Italia. (ANSA/Ana Roy)", ("Torino", "Italia")),
    # the country alone: no city from a word that also means "of" before a name
    ("Sostenitori di Paolo Renzi manifestano in Italia. (ANSA/Ana Roy)", (None, "Italia")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_z_forms(text: str, expected: tuple[str | None, str | None]) -> None:
    parsed = parse_caption(text)
    city = parsed.city.value if parsed.city else None
    country = parsed.country.value if parsed.country else None
    assert (city, country) == expected
