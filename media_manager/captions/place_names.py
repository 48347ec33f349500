"""What a place phrase names: its comma-separated parts resolved against the gazetteer into
city, state, country and sublocation, with the country inferred from the city where the
caption does not name it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from media_manager.captions.gazetteer import cities_called, find_city, fold, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.people import strip_title_words
from media_manager.captions.place_nesting import part_of_big_city, province_of
from media_manager.captions.regions import island, region_of, split_possessive, venue_of
from media_manager.captions.tables import read_rows

REGION_WORD = re.compile(r"\s(?:Region|Oblast|Governorate|Prefecture|County|District)$")

UK_NATIONS = frozenset(["England", "Scotland", "Wales", "Northern Ireland"])
CITY_STATES = {"VA": "Vatican City", "MC": "Monaco", "SG": "Singapore", "HK": "Hong Kong"}
NOT_PLACES = frozenset(["congress", "parliament", "senate", "house", "court", "game", "week", "round", "stage", "act", "the", "a", "an", "his", "her", "their", "this", "that", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "world", "cup", "olympics", "olympic", "games", "championship", "league", "final", "semifinal", "government", "police", "army",
                        # German colours a person is dressed in: "ganz in Schwarz", "in Weiß"
                        "rot", "schwarz", "weiß", "weiss", "blau", "grün", "gelb", "grau", "pink",
                        "rosa", "lila"])


@dataclass
class Place:
    """A place the caption names: whatever of city/state/country it resolves to."""

    span: Span
    city: str | None = None
    province_state: str | None = None
    country: str | None = None
    country_code: str | None = None
    sublocation: str | None = None
    score: float = 0.0
    confidence: float = 0.5
    city_known: bool = False
    background: bool = False  # where people came from, not where the photo was made
    country_inferred: bool = False  # the country comes from the city, not from the words
    printed_country: str | None = None  # the country as the caption names it ("Britain")
    reference: bool = False  # a distance and direction from it: its city is not the place
    state_inferred: bool = False  # the state comes from the dateline table, not the words


#: The kinds of place an owner's name is followed by before the place's own name ("in
#: Australia's state of Queensland"): no place of their own.
_KIND_WORDS = frozenset(["state", "province", "region", "capital", "city", "town", "village",
                         "prefecture", "county", "district"])
#: An owner, then two capitalised words or more: a team's or a country's person.
_PERSON_OWNED = re.compile(
    r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+(?P<rest>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)+)$")


def _titled_person(name: str) -> bool:
    """'President Jane Roe': a title, then two capitalised words or more, no known place."""
    words = name.split()
    return len(words) >= 3 and words[0].casefold() in strip_title_words() and all(
        w[:1].isupper() for w in words[1:]) and find_city(name) is None and not is_venue(name) \
        and gazetteer().state(name) is None  # "U.S. Virgin Islands" is no "U.S. Rep. Jane Roe"


def _owned_place(rest: str, name: str) -> bool:
    return (find_city(name) is not None or find_city(rest) is not None or is_venue(name)
            or is_venue(rest) or regionish(rest) is not None or bool(gazetteer().state(rest)))


#: A town smaller than this that owns a venue ("Wilson's Hospital School") is more likely a
#: person's surname than the city of "Athens' Syntagma Square".
OWNER_CITY_POPULATION = 100_000


def _owner_city(name: str) -> bool:
    city = find_city(name)
    return city is not None and city.population >= OWNER_CITY_POPULATION


#: The fields ``fill`` reads and writes: the names and these alone decide what it writes.
_FILLED = ("city", "province_state", "country", "country_code", "sublocation", "confidence",
           "city_known", "country_inferred", "printed_country", "state_inferred")
_filled_fields = attrgetter(*_FILLED)


def fill(place: Place, names: list[str]) -> bool:
    """Resolve a chain's names ("Avondale", "Pa.") into ``place``; False when they name no
    place. Cached: the names alone decide, and the desk's places repeat ("Kyiv, Ukraine")."""
    ok, score, changed = _filled(tuple(names), _filled_fields(place))
    for name, value in changed:
        setattr(place, name, value)
    place.score += score
    return ok


@lru_cache(maxsize=4096)
def _filled(names: tuple[str, ...], before: tuple[object, ...]
            ) -> tuple[bool, float, tuple[tuple[str, object], ...]]:
    """What ``_fill`` makes of ``names`` on a place holding ``before``: whether they name a
    place, the score it adds and the fields it changes."""
    place = Place(Span(0, 0, ""))
    for name, value in zip(_FILLED, before):
        setattr(place, name, value)
    ok = _fill(place, list(names))
    changed = tuple((name, value) for name, value, old in zip(_FILLED, _filled_fields(place), before)
                    if value is not old)
    return ok, place.score, changed


def _fill(place: Place, names: list[str]) -> bool:
    gaz = gazetteer()
    names = [n for n in names if n.casefold().rstrip("'’") not in NOT_PLACES]
    # "the two Koreas, South Korea": a country's plural is no place of its own
    names = [n for n in names if not (n.endswith("s") and " " not in n and gaz.country(n[:-1]))]
    # "in Kuwait city": the city's name written with a lowercase "city"; else the word only
    names = [n[:-5] if n.endswith(" city") and find_city(n) is None else n for n in names]
    # "Province du Gansu, Chine", "Provincia de Misiones, Argentina": the province's name
    names = [province_of(n) if n[:1] in "PpRr" else n for n in names]
    if any(_titled_person(n) for n in names):
        return False  # "next to President Jane Roe, Britain's ...": people, not a place
    owned_person = _PERSON_OWNED.match(names[0]) if names and (
        "'" in names[0] or "’" in names[0]) else None  # cheap test first: an apostrophe
    if owned_person and not _owned_place(owned_person.group("rest"), names[0]):
        return False  # "England's Jane Roe", "Spain's Jean Roe": a team's player, no place
    owned = split_possessive(names[0]) if names else None
    if owned and owned[1].split(" ", 1)[0] in _KIND_WORDS:
        return False  # "in Australia's state of Queensland": a kind of place, named after it
    if owned:  # "China's Macao", "Athens' Syntagma Square"
        if gaz.country(owned[0]) and len(names) == 1:
            place.country_code, place.printed_country = gaz.country(owned[0]), owned[0]
            names = [owned[1]]
        elif _owner_city(owned[0]):
            place.sublocation = owned[1]
            names = [owned[0], *names[1:]]
    if names and names[-1].endswith(("'s", "’s")) and find_city(names[-1][:-2]):
        names[-1] = names[-1][:-2]  # "Beirut's southern suburbs"
    if not names or any(n.endswith(("'s", "’s")) for n in names):
        return False
    if len(names) == 1:
        return _fill_single(place, names[0])
    rest = list(names)
    owner = split_possessive(rest[-1])
    if owner and gaz.country(owner[0]):
        place.country_code, place.printed_country = gaz.country(owner[0]), owner[0]
        place.province_state = regionish(owner[1]) or owner[1]
        rest.pop()
    cc = gaz.country(rest[-1])
    if cc and not (gaz.state(rest[-1]) and _state_not_country(rest[-2], cc)):
        place.country_code = cc
        printed = place.printed_country = rest.pop()
        if cc in CITY_STATES and rest and is_venue(rest[-1]) and find_city(rest[-1]) is None:
            # "St. Peter's Square, Vatican City": the city-state; but "Monte Carlo, Monaco"
            place.city, place.printed_country = place.printed_country.removeprefix("the "), None
            place.country_inferred, place.sublocation = True, rest[-1]
            return _finish(place)
        if rest and gaz.territory(printed):
            # "in Rafah, Gaza Strip": the territory is the town's state, not its country
            place.province_state, place.printed_country = printed, None
            place.country_inferred = True
    if rest and len(rest) > 1 or (rest and not place.country_code):
        state = gaz.state(rest[-1]) or (
            gaz.postal.get(rest[-1]) if len(rest) > 1 and place.country_code in (None, "US")
            and gaz.country(rest[-2]) is None else None)  # "Tuscaloosa, AL, USA": a postal code only right after a place
        if state and (place.country_code in (None, state[0])):
            place.country_code, place.province_state = state
            rest.pop()
    if len(rest) == 2 and place.country_code and part_of_big_city(rest[0], rest[1]) and (
            rest[1] not in CITY_STATES.values()):
        # "in Queens, New York City, New York": a borough; but a city-state's district is
        # the town and the city-state its region ("Wan Chai, Hong Kong, south China")
        place.sublocation = rest.pop(0)
    if len(rest) >= 2 and place.country_code:
        region = region_of(rest[-1])
        sub = gaz.subdivision(place.country_code, rest[-1]) or regionish(rest[-1]) or (
            region[1] if region and region[0] == place.country_code else None)
        known_city = find_city(rest[-1], place.country_code) and not find_city(
            rest[-2], place.country_code)
        if sub and not known_city:
            place.province_state = sub
            rest.pop()
        elif len(rest) == 2 and not known_city and not is_venue(rest[0]):
            place.province_state = rest.pop()  # "Komarovce, Velke Trakany, Slovakia"
    if len(rest) == 2 and not place.country_code and not place.province_state:
        if not _town_name(rest[0]) and (find_city(rest[1]) and not find_city(rest[0])
                                        or part_of_big_city(rest[0], rest[1])):
            place.sublocation = rest.pop(0)
        else:
            place.province_state = regionish(rest[-1]) or rest[-1]  # "Shaanxi province"
            rest.pop()
    if len(rest) == 1 and place.province_state in UK_NATIONS and place.country_code == "GB" and \
            gaz.subdivision("GB", rest[0]) and find_city(rest[0], "GB") is None:
        place.province_state = rest.pop()  # "Worthy Farm, in Somerset, England": the county
    if len(rest) == 1 and not place.province_state and _lone_region(place, rest[0]):
        rest.pop()  # "the Mopti region, central Mali", "East Sussex, United Kingdom"
    if rest:
        _city_or_venue(place, rest[-1])
        if len(rest) > 1:
            place.sublocation = rest[-2]
    return _finish(place)


@lru_cache(maxsize=1)
def venue_words() -> frozenset[str]:
    """Words that make a name a venue, not a city ("Wembley Stadium", "Moleson peak"): the
    ``venue_word`` rows of the desk table ``places.tsv``."""
    return frozenset(row[1].casefold() for row in read_rows("places.tsv")
                     if row[0] == "venue_word" and len(row) > 1)


#: Words that join a town's name: "Castelnuovo di Porto", "San Martín de los Andes".
_TOWN_JOINS = frozenset(["di", "de", "del", "della", "do", "da", "dos", "das", "sur", "am", "an",
                         "upon", "on", "en", "im", "bei"])


def _town_name(name: str) -> bool:
    """'Castelnuovo di Porto, Rome': a town's name joined by a particle, not a venue, before
    its province's capital (the province)."""
    words = name.split()
    return len(words) >= 3 and words[1] in _TOWN_JOINS and not is_venue(name)


def _state_not_country(before: str, cc: str) -> bool:
    """'Fort Benning, Georgia' is the US state, 'Batumi, Georgia' the country: a name that is
    both is the country only when the place before it is a city of that country."""
    return find_city(before, "US") is not None or find_city(before, cc) is None


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """Words that make a name an event, not a place ("London Fashion Week"): the
    ``event_word`` rows of ``places.tsv``."""
    return frozenset(row[1].casefold() for row in read_rows("places.tsv")
                     if row[0] == "event_word" and len(row) > 1)


@lru_cache(maxsize=8192)
def is_venue(name: str) -> bool:
    words = venue_words()
    return any(w.casefold() in words for w in name.split())


#: The venue words that end towns' names too, where a state or province follows the name:
#: "Hay River, Northwest Territories", "Myrtle Beach, S.C.".
_TOWN_FEATURES = frozenset(["river", "beach", "harbour", "harbor", "valley", "bay", "lake",
                            "falls", "springs", "creek"])


def _city_or_venue(place: Place, name: str) -> None:
    """A known city is a city; so is a short name right before a state ("Orchard Park,
    N.Y."); otherwise a name with a venue word ("Wembley Stadium") is a sublocation."""
    words = name.split()
    if any(w.casefold() in event_words() for w in words) and find_city(name) is None:
        return  # "Milan Cortina Olympics", "London Fashion Week": an event, no place
    # AP's "Orchard Park, N.Y.": a short name before a US state is the town
    short_before_state = place.province_state is not None and len(words) <= 2 and (
        place.country_code == "US" or words[-1].casefold() in _TOWN_FEATURES)
    if len(words) >= 3 and words[-1] == "area" and all(w[:1].isupper() for w in words[:-1]) and (
            not is_venue(" ".join(words[:-1]))):
        # "near the Tumbler Ridge area": the area of a place whose name is no venue's
        name = " ".join(words[:-1])
    venue = venue_of(name)
    if venue and not place.country_code:
        place.sublocation, place.country_code, place.country_inferred = name, venue, True
        return
    city = find_city(name, place.country_code)
    if name.casefold() in venue_words():
        return  # "near the University of ...": a venue word alone is no city, nor a venue
    if not is_venue(name) or short_before_state or city is not None and fold(city.name) == fold(
            name):
        place.city = name
    else:
        place.sublocation = name  # "White House" is not Casablanca, "Wembley Stadium" no city


@lru_cache(maxsize=8192)
def regionish(name: str) -> str | None:
    if name.endswith(("autonomous region", "Autonomous Region")):
        return name  # "Guangxi Zhuang autonomous region" is the region's whole name
    for suffix in (" region", " province", " Province", " governorate", " oblast", " state",
                   " State", " district"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return None


def _lone_region(place: Place, name: str) -> bool:
    region = region_of(name)
    if regionish(name) or REGION_WORD.search(name):
        place.province_state = regionish(name) or name  # "Luhansk Region" as printed
        return True
    if region and region[0] == place.country_code and find_city(name, region[0]) is None:
        place.province_state = region[1]
        return True
    # British captions print the county as the place: "at Epsom Racecourse in Surrey, United
    # Kingdom" (elsewhere a subdivision may be a town's own municipality: "Tapa, Estonia")
    sub = gazetteer().subdivision("GB", name) if place.country_code == "GB" else None
    if sub and find_city(name, "GB") is None:
        place.province_state = sub
        return True
    state = gazetteer().state(name) if place.country_code not in (None, "GB", "US") else None
    if state and state[0] == place.country_code and find_city(name, state[0]) is None:
        place.province_state = state[1]  # "Thessaly, Greece": a region of the desk table
        return True
    return False


def _region_or_island(place: Place, name: str) -> bool:
    """A region of any country ('Fukushima Prefecture') or an island ('Tahiti'): the country
    where the photo was made, inferred; a town of the island's name is the city."""
    region = region_of(name)
    if region:
        place.country_code, place.province_state = region
        place.country_inferred = True
        return True
    found = island(name)
    if found:
        place.country_code, place.country_inferred = found[0], True
        place.city = name if found[1] else None
        place.province_state = None if found[1] else name
        return True
    return False


def _fill_single(place: Place, name: str) -> bool:
    gaz = gazetteer()
    line = gaz.dateline(name)
    if line:
        place.city, place.country_code, place.province_state = line[0], line[1], line[2] or None
        place.state_inferred = bool(line[2])
        place.city_known = True
        place.country_inferred = not line[2]
        return _finish(place)
    cc = gaz.country(name)
    if cc and not place.country_code:
        place.country_code = cc
        if cc in CITY_STATES:  # "in Singapore", "Vatican City": the city, its country inferred
            place.city, place.country_inferred = name.removeprefix("the "), True
        else:
            place.printed_country = name
        return _finish(place)
    state = gaz.state(name) if len(name) > 3 or "." in name else None
    if state is None and _DIRECTION_WORD.match(name):  # "in Northern New Mexico": the state
        state = gaz.state(_DIRECTION_WORD.sub("", name))
    if state and place.country_code in (None, state[0]):  # "North China's Inner Mongolia"
        place.country_code, place.province_state = state
        return _finish(place)
    if gaz.demonyms.get(name) or name.isupper() and len(name) <= 4:
        return False
    if not place.country_code and (island(name) or find_city(name) is None) and \
            _region_or_island(place, name):
        return _finish(place)
    region = regionish(name)
    if region:
        place.province_state = region
    else:
        _city_or_venue(place, name)
    return _finish(place)


_DIRECTION_WORD = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)"
                             r"\s+")


def _finish(place: Place) -> bool:
    """Country from the gazetteer city where the caption did not say; confidence."""
    gaz = gazetteer()
    if place.city:
        city = find_city(place.city, place.country_code)
        if city is None and place.country_code is None:
            line = gaz.dateline(place.city)
            if line:
                place.country_code = line[1]
                place.country_inferred = not (place.province_state or line[2])
                place.state_inferred = not place.province_state and bool(line[2])
                place.province_state = place.province_state or line[2] or None
                place.city_known = True
        if city is not None:
            place.city_known = True
            if place.country_code is None and (city.population >= 50_000 or place.province_state
                                               or len(cities_called(fold(place.city))) == 1):
                place.country_code = city.country_code
                place.country_inferred = place.province_state is None
    if place.country_code is None and place.province_state:
        bare = _DIRECTION_WORD.sub("", place.province_state)  # "South Wales"
        state = gaz.state(bare)
        region = (state[0], bare) if state else region_of(bare)
        capital = find_city(bare) if region is None else None
        if capital is not None and capital.population >= 100_000:
            # "Lviv region", "Castelnuovo di Porto, Rome": the region of a big city
            region = (capital.country_code, bare)
        if region:  # "Shika Town, Ishikawa Prefecture": the prefecture's country (inferred)
            place.country_code, place.country_inferred = region[0], True
    if place.country_code is None and place.city and "-" in place.city and not place.city_known:
        head = find_city(place.city.split("-", 1)[0])  # "Berlin-Hohenschönhausen": a district
        if head is not None and head.population >= 100_000:
            place.country_code, place.country_inferred = head.country_code, True
    if place.country_code:
        place.country = gaz.country_name(place.country_code)
    known = place.city_known or place.country_code is not None
    place.confidence = 0.9 if place.city_known and place.country_code else 0.8 if known else 0.4
    place.score += 1 if known else -1
    return place.city is not None or place.country is not None or bool(place.province_state)
