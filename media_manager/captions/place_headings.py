"""Places that web galleries print ahead of the caption, in title case, with no preposition:
"Paris (France) – Le ministre ..." (the country in parentheses, a dash), and a first sentence
that is only the place: "Sao Paulo, Brasil. Camioneros ...", "Ciudad de México. Turistas ..."."""

from __future__ import annotations

import re

from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.place_chain import resolve_chain
from media_manager.captions.place_names import Place, fill
from media_manager.captions.place_patterns import BIG_CITY, UP

#: A place's name in title case: words that open with a capital, hyphens inside
#: ("Granges-sur-Vologne"), and the particles Romance names join with ("Ciudad de México");
#: no full stop inside, so that "Michael Pompeo, U.S. Secretary of State" is no heading.
_NAME = (rf"[{UP}][\w'’-]*(?:[ \t]+(?:(?:de|del|do|da|la|el)[ \t]+)?[{UP}][\w'’-]*){{0,3}}")
#: "Paris (France) – ": the town, its country in parentheses, a spaced dash.
_PAREN_COUNTRY = re.compile(
    rf"[ \t]*(?P<city>{_NAME})[ \t]+\((?P<country>[{UP}][^()\n]{{1,38}})\)[ \t]*[-–—][ \t]")
#: A country's code, as sports results print it: "(USA)", "(FRA)".
_CODE = re.compile(r"[A-Z]{2,3}")
#: "Mageland, Indonesia. ", "Ciudad de México. ": the first sentence a place alone, then the
#: caption's first word.
_STOP_HEADING = re.compile(
    rf"[ \t]*(?P<chain>{_NAME}(?:,[ \t]*{_NAME}){{0,2}})\.[ \t]+(?=[{UP}¿¡\"“])")


def heading_place(text: str, body_end: int) -> Place | None:
    """The place a gallery prints ahead of the caption, or None.

    "X (Country) – ..." needs a country the gazetteer knows in the parentheses (so that "PARIS
    (AFP) -", an agency's dateline, stays the dateline's), and a town it knows before a
    country's code ("Jane Roe (USA) – ..." of a sports gallery names no town); "X, Country.
    ..." needs a country last and no country first (a town the gazetteer does not know is
    taken: galleries head their pictures so with villages, "Nakon Pathom, Tailandia."); a lone name before the stop must be a city of a million or more
    ("Ciudad de México."), so that a sentence of one name ("Jane Roe. She ...") names none."""
    m = _PAREN_COUNTRY.match(text, 0, body_end) if "(" in text[:64] else None  # cheap test first
    if m and gazetteer().country(m.group("country")) and not gazetteer().country(
            m.group("city")) and (not _CODE.fullmatch(m.group("country")) or find_city(
            m.group("city")) is not None):
        # a country's code needs a town the gazetteer knows: sports galleries print an
        # athlete so ("Jane Roe (USA) – ..."), a gallery's heading its country's name
        return _place(m.start("city"), m.end(), text, [m.group("city"), m.group("country")])
    stop = text.find(". ", 0, 64)
    m = _STOP_HEADING.match(text, 0, min(stop + 3, body_end)) if stop > 0 else None
    if m is None:
        return None
    parts = [p.strip() for p in m.group("chain").split(",")]
    if len(parts) > 1:
        if not gazetteer().country(parts[-1]) or gazetteer().country(parts[0]):
            return None  # "Brasil, Argentina.": two countries, no town
    else:
        city = find_city(parts[0])
        if city is None or city.population < BIG_CITY or gazetteer().country(parts[0]):
            return None
    return _place(m.start("chain"), m.end("chain"), text, parts)


def _place(start: int, end: int, text: str, names: list[str]) -> Place | None:
    place = Place(Span(start, end, text[start:end]))
    if not fill(place, names) or not place.city:
        return None
    place.score += 3  # the gallery's heading is the photo's place
    return place


def heading_line_town(text: str, m: re.Match[str], found: list[Place]) -> None:
    """A heading line of its own with a town the gazetteer knows and its state, no country:
    "Huixtla, Chiapas\\nNov. 6: Migrants block a road in Chiapas": the town is the photo's
    place, ahead of the places the caption's sentence names inside that state."""
    head = resolve_chain(text, m)
    if head is None or not (head.city and head.city_known and head.province_state) or (
            head.printed_country or head.country_code is None):
        return
    if any(p.city == head.city for p in found):
        return
    head.score = max((p.score for p in found), default=0.0) + 1
    found.append(head)
