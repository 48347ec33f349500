"""The place finder's speed-ups give what the plain code gives: a chain's names resolved from
the cache, at any offset and after any other caption, fill a place as resolving them anew."""

from __future__ import annotations

import dataclasses
import re

import pytest

from media_manager.captions import parse_caption
from media_manager.captions.model import Span
from media_manager.captions.people import strip_title_words
from media_manager.captions.place_chain import _office_of
from media_manager.captions.place_context import preposition
from media_manager.captions.place_names import Place, _fill, fill
from media_manager.captions.place_patterns import (
    BARE_PAIR,
    CITY_OF,
    FOREIGN_PLACE,
    GERMAN_PLACE,
    ROMANCE_KIND,
    _city_of_hint,
    place_pattern,
    place_phrases,
)

CHAINS = [["Paris"], ["Avondale", "Pa."], ["Lisbon", "Portugal"], ["Georgia"], ["Batumi", "Georgia"],
          ["Shaanxi province"], ["White House"], ["Jane Roe"], ["England's Jane Roe"]]


def _fresh(country_code: str | None = None, score: float = 0.0) -> Place:
    place = Place(Span(3, 9, "placed"), score=score)
    if country_code:
        place.country_code, place.printed_country = country_code, "as printed"
    return place


@pytest.mark.parametrize("names", CHAINS)
@pytest.mark.parametrize("country_code", [None, "US", "GE"])
def test_a_cached_fill_is_the_plain_fill(names: list[str], country_code: str | None) -> None:
    for _ in range(2):  # the second time from the cache
        plain, cached = _fresh(country_code, 2.0), _fresh(country_code, 2.0)
        assert fill(cached, list(names)) == _fill(plain, list(names))
        assert dataclasses.asdict(cached) == dataclasses.asdict(plain)


def test_the_country_already_given_keys_the_cache() -> None:
    alone, of_us = _fresh(), _fresh("US")
    fill(alone, ["Georgia"])
    fill(of_us, ["Georgia"])
    again = _fresh()
    fill(again, ["Georgia"])
    assert dataclasses.asdict(again) == dataclasses.asdict(alone)


def test_a_place_seen_before_keeps_this_captions_span() -> None:
    first = parse_caption("Fans cheer in Batumi, Georgia, on May 3, 2024. REUTERS/Jo Doe")
    later = parse_caption("Long queues of fans cheer the team in Batumi, Georgia, on May 3, 2024.")
    assert first.city is not None and later.city is not None and first.country is not None
    assert (first.city.value, first.city.span.start) == ("Batumi", 14)
    assert (later.city.value, later.city.span.start) == ("Batumi", 38)
    assert first.country.value == "Georgia"


_CITY_OF_HINT = re.compile(r"\b(?:city|town|village|capital|suburb|enclave|port|resort|"
                           r"neighbou?rhood|borough|island|isle|state|prefecture|kibbutz|Kibbutz|"
                           r"moshav|settlement)\s+of\b|['’]s?\s+(?:[a-z-]+\s+)?capital\b")


@pytest.mark.parametrize("text", [
    "in the city of Homs", "the port  of Sfax", "the town\n of X", "electricity of the", "city office",
    "city of_", "the neighbourhood of Palermo", "Kenya's capital", "Kenya's bustling capital",
    "capitalism", "of the city", "state of", "a state'of", "cityof", "the big-city of X", "of"])
def test_the_city_of_hint_is_the_one_pattern_it_replaces(text: str) -> None:
    assert _city_of_hint(text) == bool(_CITY_OF_HINT.search(text))


_OFFICE_OF = re.compile(r"([\w-]+)\s+(?:of|de|do|da|del|du|di|des)\s+(?:the\s+|la\s+|le\s+)?$")


@pytest.mark.parametrize("text", [
    "the mayor of London", "o governador de São Paulo", "the mayor of the city", "the mayor of\nX",
    "Jane Roe, the Prime Minister of Britain", "a street of Paris", "in London", "Chief of Staff"])
def test_the_office_before_a_place_reads_as_its_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        m = _OFFICE_OF.search(text, max(0, start - 40), start)
        assert _office_of(text, start) == (
            m is not None and m.group(1).casefold() in strip_title_words())


@pytest.mark.parametrize("pattern", [place_pattern(), CITY_OF, FOREIGN_PLACE, GERMAN_PLACE,
                                     ROMANCE_KIND, BARE_PAIR])
def test_a_phrases_preposition_is_its_group(pattern: re.Pattern[str]) -> None:
    text = ("Jane Roe walks in Lisbon, Portugal, near the Syrian city of Homs, em Brasília, in der "
            "Stadt Agartala, le village de Pefki, Kyiv, Ukraine.")
    matches = list(pattern.finditer(text))
    assert matches
    assert [preposition(m) for m in matches] == [m.groupdict().get("prep") for m in matches]


@pytest.mark.parametrize("text", [
    "In Kabul, Jane Roe waits at Kabul airport, Afghanistan.", "in Lisbon", "Jane Roe in Porto",
    "at Avondale, Pa.in Lisbon, Portugal", "(in Lagos) at Abuja;at Kano", "next to Paris, to Rome",
    "près de Lyon, cerca de Quito,nahe Bonn", "walks\tin\nParis", "inside Kyiv", "-in Kyiv",
    "Berlin", "", "tin Paris", "in", "in ", "Jane Roe at the Stade de France in Saint-Denis"])
def test_place_phrases_are_the_pattern_s_phrases(text: str) -> None:
    """The phrases tried only where one can open are the pattern's, to any end of the text."""
    for end in range(len(text) + 1):
        assert [(m.span(), m.groupdict()) for m in place_phrases(text, end)] == [
            (m.span(), m.groupdict()) for m in place_pattern().finditer(text, 0, end)], end


def test_the_cheap_test_before_a_city_of_reads_as_its_pattern() -> None:
    from media_manager.captions.place_patterns import BEFORE_CITY_OF
    from media_manager.captions.places import _city_of_after

    for text, end, expected in [("in Roe Bay port of Fernhill", 10, True),  # a space
                                ("in Roebury’s old port, boats", 10, True),  # an apostrophe
                                ("in Roebury, Westshire", 10, False),  # a comma
                                ("in Roebury", 10, False)]:  # the text's end
        assert _city_of_after(text, end) is expected
        assert (BEFORE_CITY_OF.match(text, end) is not None) is expected


def test_a_word_tested_after_its_first_letter_is_still_a_whole_word() -> None:
    from media_manager.captions.regions import words_after

    pattern = re.compile("(?:" + words_after(["Kremlin", "Knesset"], "!", r"\w") + ")")
    assert [m.span() for m in pattern.finditer("the Kremlin and the Knesset")] == [(4, 11),
                                                                                   (20, 27)]
    assert pattern.search("aKremlin, xKnesset") is None
    assert pattern.search("Kremlin", 0).span() == (0, 7)  # at the text's start
    assert pattern.search("oKremlin", 1) is None  # the letter before the start still counts
