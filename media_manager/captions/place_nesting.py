"""Places inside larger ones: Xinhua's nested units ("in Dajishan Town of Quan'nan County in
Ganzhou City, east China's Jiangxi Province": the town is the city, the county and city after
it larger references), a borough before its big city ("in Manhattan, New York City"), a
province named by its kind ("Province du Gansu"), and a dateline city's province printed later
in the caption."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from media_manager.captions.dates import MONTHS
from media_manager.captions.gazetteer import find_city, fold
from media_manager.captions.model import Span

if TYPE_CHECKING:
    from media_manager.captions.place_names import Place

#: Between the town and the later place: "of X County in ", "of X District, " or just "of ".
_OF_COUNTY = re.compile(
    r"[ \t]+of[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:County|District|Township)(?:[ \t]+in|,)[ \t]+$"
    r"|[ \t]+of[ \t]+$")
#: The town is named as one: "Dajishan Town", or "the ancient town of Xinshi".
_TOWN_NAME = re.compile(r"[ \t](?:Town|Village|Township)$")
_TOWN_BEFORE = re.compile(r"\b(?:town|village|township)[ \t]+of[ \t]+$")
_COUNTY_NAME = re.compile(r"[ \t](?:County|District|City)$")


def town_of_larger(text: str, found: list[Place]) -> None:
    """Xinhua: 'in Xitang Town of Jiashan County, east China's Zhejiang Province': the town
    (named as one) takes the province and country of the larger place right after "of"."""
    top = found[0]
    if top.province_state or not top.city or not _TOWN_NAME.search(top.city) or not (
            text.startswith(" of ", top.span.end)):
        return  # cheap tests first
    for place in found[1:]:
        if place.span.start == top.span.end + 4 and place.province_state and (
                place.country_code and top.country_code in (None, place.country_code)):
            top.province_state = place.province_state
            top.country_code, top.country = place.country_code, place.country
            top.printed_country, top.country_inferred = place.printed_country, place.country_inferred
            return


#: A village named with its unit word right before " in " the place: "Putou Village in ".
_VILLAGE_IN = re.compile(r"(?<![\w'’-])(?P<town>(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Village|Town))[ \t]+in[ \t]+$")


def village_in_unit(text: str, found: list[Place]) -> None:
    """Chinese official captions: 'Putou Village in Jiangfang Township, ... County': the
    village before the township or county it is in is the city."""
    top = found[0]
    if not top.city or not _ADMIN_NAME.search(top.city):
        return
    m = _VILLAGE_IN.search(text, max(0, top.span.start - 60), top.span.start)
    if m is None:
        return
    top.city, top.city_known = m.group("town"), False
    top.span = Span(m.start("town"), top.span.end, text[m.start("town"):top.span.end])


#: A county, township or town named with its unit word.
_ADMIN_NAME = re.compile(r"[ \t](?:County|Township|Town|District)$")


def town_of_county(text: str, found: list[Place]) -> None:
    """The town before 'of X County' becomes the city of the top place that follows it."""
    top = found[0]
    if not top.city or " of " not in text[max(0, top.span.start - 60):top.span.start]:
        return  # cheap test first
    for place in found[1:]:
        if not place.city or place.span.end > top.span.start or place.province_state:
            continue
        gap = text[place.span.end:top.span.start]
        if not _OF_COUNTY.fullmatch(gap) or gap.strip() == "of" and not _COUNTY_NAME.search(
                top.city):
            continue
        if not (_TOWN_NAME.search(place.city) or _TOWN_BEFORE.search(
                text, max(0, place.span.start - 24), place.span.start)):
            continue
        top.city, top.city_known = place.city, place.city_known
        top.span = Span(place.span.start, top.span.end, text[place.span.start:top.span.end])
        return


#: A province's kind and "of" before its name, in French, Spanish, Italian and Portuguese.
_PROVINCE_OF = re.compile(r"^(?:Province|Provincia|Província|Région|Región|Regione|Região)"
                          r"\s+(?:du|de|del|di|do|da|d['’])\s*(?=[A-ZÀ-Þ])", re.IGNORECASE)


def province_of(name: str) -> str:
    """'Province du Gansu' read as 'Gansu province' (a province, whatever its name)."""
    m = _PROVINCE_OF.match(name)
    return f"{name[m.end():]} province" if m else name


def part_of_big_city(part: str, city_name: str) -> bool:
    """'in Manhattan, New York City', 'in Shibuya, Tokyo': a populous place (a borough or
    ward of 100,000 or more) before a city of a million or more, and smaller than it, is a
    part of that city; a small town before it ("Fiumicino, Rome") is of its province."""
    big = find_city(city_name)
    if big is None or big.population < 1_000_000:
        return False
    small = find_city(part, big.country_code)
    return small is not None and 100_000 <= small.population < big.population


def province_from_body(text: str, found: list[Place]) -> None:
    """Kyodo: 'NAGOYA, Japan - ... shows Nagoya Castle in Aichi Prefecture, central Japan': the
    dateline's city takes the province the caption prints for it (after the city's name
    again), not a region named elsewhere ("WASHINGTON - ... a rally in Ohio")."""
    top = found[0]
    for place in found[1:]:
        if not place.province_state or place.country_code != top.country_code or (
                place.background or place.state_inferred):
            continue
        named = place.city is None and fold(top.city or "") in fold(
            text[max(0, place.span.start - 60):place.span.start])
        if place.city == top.city or named:
            top.province_state = place.province_state
            return


#: A unit of government named with its unit word: "Ilan County", "Miyagi Prefecture".
_UNIT_NAME = re.compile(r"[ \t](?:County|Prefecture|Province|District)$")
#: A town's name right before " in " the unit: "in Wujie in ".
_TOWN_IN = re.compile(
    r"(?<![\w'’-])in[ \t]+(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+in[ \t]+$")


def town_in_unit(text: str, found: list[Place]) -> None:
    """'in Wujie in Ilan County': a unit named with its unit word, read as the city, is the
    province of the town named just before it ("in March in Orange County" names no town)."""
    top = found[0]
    if top.province_state or not top.city or not _UNIT_NAME.search(top.city):
        return
    m = _TOWN_IN.search(text, max(0, top.span.start - 50), top.span.start)
    if m is None or m.group("town").split()[0].casefold() in MONTHS:
        return
    top.province_state, top.city = top.city, m.group("town")
    top.city_known = find_city(top.city, top.country_code) is not None
    top.span = Span(m.start("town"), top.span.end, text[m.start("town"):top.span.end])
