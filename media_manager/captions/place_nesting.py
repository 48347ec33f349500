"""Xinhua's nested administrative places: "in Dajishan Town of Quan'nan County in Ganzhou
City, east China's Jiangxi Province", "in the ancient town of Xinshi of Deqing County, ...".
The town or village first is the specific place (the city); the county and the city after it
are larger references, whose province and country it takes."""

from __future__ import annotations

import re

from media_manager.captions.model import Span
from media_manager.captions.place_names import Place

#: Between the town and the later place: "of X County in ", "of X District, " or just "of ".
_OF_COUNTY = re.compile(
    r"[ \t]+of[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:County|District|Township)(?:[ \t]+in|,)[ \t]+$"
    r"|[ \t]+of[ \t]+$")
#: The town is named as one: "Dajishan Town", or "the ancient town of Xinshi".
_TOWN_NAME = re.compile(r"[ \t](?:Town|Village|Township)$")
_TOWN_BEFORE = re.compile(r"\b(?:town|village|township)[ \t]+of[ \t]+$")
_COUNTY_NAME = re.compile(r"[ \t](?:County|District|City)$")


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
