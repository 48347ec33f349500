"""People shown: left-to-right order, titles stripped, places and teams excluded."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption
from media_manager.captions.people import strip_title

PEOPLE_CASES = [
    (("President Joan Ridley speaks at a rally in Erie, Pa., Friday, Oct. 4, 2024. "
     "(AP Photo/Al Bee)"), ["Joan Ridley"]),
    (("Mara Lind, left, and Tove Lind, right, wait in Oslo, Norway, May 3, 2024. "
     "(AP Photo/Al Bee)"), ["Mara Lind", "Tove Lind"]),
    (("French President Luc Aubry (C) greets farmers in Paris on February 24, 2024. "
     "(Photo by Ana ROY / AFP)"), ["Luc Aubry"]),
    (("Liverpool's Samir Haddou celebrates a goal in Liverpool, England, May 4, 2024. "
     "REUTERS/Tom Hale"), ["Samir Haddou"]),
    ("Pope Clement greets pilgrims at the Vatican, Oct. 18, 2023. (AP Photo/Al Bee)",
     ["Pope Clement"]),
    (("Manchester City forward Erik Dahl runs in Manchester, England, May 4, 2024. "
     "REUTERS/Tom Hale"), ["Erik Dahl"]),
    ("People gather in Tahrir Square in Cairo, Egypt, Oct. 20, 2023. (AP Photo/Al Bee)", []),
    (("Sen. Mia Cole, R-La., talks on Capitol Hill in Washington, Sept. 19, 2023. "
     "(AP Photo/Al Bee)"), ["Mia Cole"]),
]


@pytest.mark.parametrize("text,people", PEOPLE_CASES)
def test_people_shown(text, people):
    assert parse_caption(text).get("persons_shown") == people


def test_people_only_from_first_sentence():
    text = ("Nora Fink waves in Vienna, Austria, May 2, 2023. Her coach Paul Gruber was not "
            "there. (AP Photo/Al Bee)")
    assert parse_caption(text).get("persons_shown") == ["Nora Fink"]


@pytest.mark.parametrize("name,expected", [
    ("President Joe Biden", "Joe Biden"),
    ("Senate Majority Leader Ada Kim", "Ada Kim"),
    ("South Korean President Yoon Tae-hwan", "Yoon Tae-hwan"),
    ("King Frederik Hendrik", "King Frederik Hendrik"),
    ("Jane Roe", "Jane Roe"),
])
def test_strip_title(name, expected):
    assert strip_title(name) == expected
