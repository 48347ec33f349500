"""Reading a matched place chain ("Avondale, Pa.", "em Susa, na Itália", "Maputo
(Mozambique)") into a Place: its parts, its city, state and country, printed or inferred."""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import MONTHS, WEEKDAYS
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.names import ABBREVIATIONS, smart_case
from media_manager.captions.people import strip_title_words
from media_manager.captions.place_context import reference_before
from media_manager.captions.place_names import Place, fill, is_venue, regionish
from media_manager.captions.place_patterns import ENGLISH_MONTHS, PROVINCE_KINDS
from media_manager.captions.regions import island, region_of, split_possessive, subdivision_named

_LEADING_DIRECTION = re.compile(r"\s*(?:north|south|east|west|central|northern|southern|eastern|"
                                r"western|north-?eastern|north-?western|south-?eastern|"
                                r"south-?western|northeast|northwest|southeast|southwest)\s+")


# precompiled: these run for every caption
_ARTICLE = re.compile(r"\s*the\s+")


_DOTTED_ABBREVIATION = re.compile(r"(?:\w\.)+\w?")


def _parts(text: str, m: re.Match[str]) -> list[tuple[str, int]]:
    """The comma-separated parts of a chain and where each starts in ``text``."""
    start = m.start("chain")
    return [(part, start + at) for part, at in _chain_parts(m.group("chain"))]


@lru_cache(maxsize=8192)
def _chain_parts(chain: str) -> tuple[tuple[str, int], ...]:
    """The comma-separated parts of a chain and where each starts in it, cut at the first
    month or weekday. Cached: it reads the chain alone, and the desk's places repeat."""
    parts: list[tuple[str, int]] = []
    pos = 0
    for raw in chain.split(","):
        article = _ARTICLE.match(raw) if parts else None
        if article:  # "..., the United States": only a country takes its article here
            if gazetteer().country(raw[article.end():]) is None:
                break
            raw = " " * article.end() + raw[article.end():]
        direction = _LEADING_DIRECTION.match(raw) if parts else None
        if direction:
            raw = " " * direction.end() + raw[direction.end():]
        lead = len(raw) - len(raw.lstrip())
        words = raw.strip().split()
        if parts and len(words) == 1 and words[0] in gazetteer().demonyms:
            break  # "in the Italian capital, Rome, Kenyan writer Jane Roe": a person's demonym
        kept: list[str] = []
        stop = False
        for i, word in enumerate(words):
            bare = word.strip(".,").casefold()
            if bare in WEEKDAYS or bare in MONTHS and (
                    bare in ENGLISH_MONTHS or i + 1 < len(words) and words[i + 1][:1].isdigit()):
                break
            glued = _GLUED_SENTENCE.match(word) if "." in word[3:-1] else None
            if glued:  # "à Krakow, Pologne.NurPhoto": the credit run onto the caption
                kept.append(glued.group(1))
                stop = True
                break
            if word.endswith(".") and not _abbreviation(word):
                kept.append(word.rstrip("."))
                stop = True
                break
            kept.append(word)
            if word.endswith(".") and i + 1 < len(words) and us_state_abbreviation(word):
                stop = True  # "in Sacramento, Calif. The Trump administration": AP's state ends it
                break
        if kept:
            parts.append((" ".join(kept), pos + lead))
        pos += len(raw) + 1
        if stop or len(kept) < len(words):
            break
    return tuple(_split_abbreviation(parts))


#: A word, a full stop and a capitalised word with no space: a sentence (or the credit) run on.
_GLUED_SENTENCE = re.compile(r"([^\W\d_]{3,})\.(?=[A-ZÀ-Þ][\w-])")


def us_state_abbreviation(word: str) -> bool:
    state = gazetteer().state(word)
    return state is not None and state[0] == "US" and word[:1].isupper() and len(word) >= 3


def _abbreviation(word: str) -> bool:
    bare = word.casefold().rstrip(".")
    return (len(bare) <= 5 and gazetteer().state(word) is not None or bare in ABBREVIATIONS
            or _DOTTED_ABBREVIATION.fullmatch(word) is not None)


def _split_abbreviation(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'Avondale Pa.' -> 'Avondale', 'Pa.' (AP abbreviations written without a comma)."""
    if not parts:
        return parts
    last, pos = parts[-1]
    words = last.split()
    if len(words) > 1 and words[-1] in ("England", "Scotland", "Wales", "Britain") and \
            find_city(" ".join(words[:-1])):  # "in London England"
        head = " ".join(words[:-1])
        return parts[:-1] + [(head, pos), (words[-1], pos + len(head) + 1)]
    if len(words) > 1 and (words[-1].endswith(".") or len(words[-1]) == 2 and words[-1].isupper()
                           and find_city(" ".join(words[:-1]), "US")) and gazetteer().state(
                               words[-1]):  # "Avondale Pa.", "Washington DC"
        head = " ".join(words[:-1])
        return parts[:-1] + [(head, pos), (words[-1], pos + len(head) + 1)]
    return parts


def resolve_chain(text: str, m: re.Match[str], dateline: bool = False) -> Place | None:
    parts = _parts(text, m)
    if not parts:
        return None
    if dateline:
        parts = [(smart_case(p) if p.isupper() else p, s) for p, s in parts]
    elif len(parts) > 1 and _office_of(text, parts[0][1]) and not _geographic(parts[1][0]):
        parts = parts[:1]  # "the mayor of London, Jane Roe": the office's place, then its holder
    end = parts[-1][1] + len(parts[-1][0])
    place = Place(Span(parts[0][1], end, text[parts[0][1]:end]))
    names = [p for p, _ in parts]
    groups = m.groupdict()  # once: each groupdict() builds a new dict
    adj = groups.get("adj")
    if adj:
        adj = adj.removesuffix("'s").removesuffix("’s")
        cc = gazetteer().demonyms.get(adj) or gazetteer().country(adj)
        if cc:
            place.country_code = cc
            place.printed_country = gazetteer().country_name(cc)
        elif adj.removeprefix("US-").islower() and gazetteer().adjective(adj) and (
                not _region_after(text, end)) and (
                groups.get("kind") not in ("colonie", "colonia", "settlement")):  # settlers
            # "im walisischen Port Talbot", "l'État brésilien de Paraná", "im US-amerikanischen
            # Knox County": the country's adjective;
            # but "la colonie israélienne de X, en Cisjordanie" is in the region named after it
            place.country_code, place.printed_country = gazetteer().adjective(adj) or ("", "")
    country_after = _NEIGHBOUR_COUNTRY.match(text, end) if text.startswith(",", end) else None
    after_name = country_after.group("name") if country_after else ""
    if country_after and (gazetteer().country(after_name) or len(names) == 1 and (
            country_after.group(0)[1:].split()[0] in ("en", "au")) and gazetteer().state(
            after_name) and find_city(after_name) is None) and not (
            place.country_code or gazetteer().country(names[-1])):
        # "em Susa, na Itália", "le village de X, dans le centre de l'Espagne": its country;
        # "à Agua Dulce, en Californie": its state (no city's name: "en Washington" is the
        # city), so that the town is read as the state's
        names.append(after_name)
        end = country_after.end()
        place.span = Span(place.span.start, end, text[place.span.start:end])
    bracket = _PAREN_COUNTRY.match(text, end) if len(names) > 1 else None
    if bracket and gazetteer().country(bracket.group(1)) and not gazetteer().country(names[-1]):
        # EFE: "en Westminster, Londres (Reino Unido)": the country in brackets ends the chain,
        # so that "Westminster" is read as a part of a British city, not the American one
        names.append(bracket.group(1))
    of_country = _PROVINCE_OF_COUNTRY.match(text, end) if text.startswith(" of ", end) and (
        _PROVINCE_END.search(names[-1])) else None
    if of_country and gazetteer().country(of_country.group("name")):
        # Getty: "in Huzhou, Zhejiang Province of China": the province's country printed
        names.append(of_country.group("name"))
        end = of_country.end()
        place.span = Span(place.span.start, end, text[place.span.start:end])
    owner = _OWNER_REGION.match(text, end) if text.startswith(" of ", end) else None
    owner_code = gazetteer().country(owner.group("owner")) if owner else None
    if owner and owner_code and len(names) > 1 and all(_ADMIN_UNIT.search(n) for n in names[1:]):
        names = names[:1]  # Xinhua: "in X Village, Y Township, Z County of ... Hunan Province"
    elif len(names) > 2 and all(_ADMIN_UNIT.search(n) for n in names[1:-1]) and (
            _owner_country(names[-1])):
        names = [names[0], names[-1]]  # "in X Town, Y County, southwest China's Z Province"
    nested_units = len(names) > 1 and _NAMED_TOWN.search(names[0]) is not None and all(
        _LARGER_UNIT.search(n) for n in names[1:])
    if nested_units:  # "in X Village, Y Township, Z City": the village, then larger units
        names = names[:1]
    town_named = False
    if adj and groups.get("kind") in ("village", "town") and adj[:1].isupper() and (
            place.country_code is None and _ADMIN_UNIT.search(names[0])):
        # Xinhua: "in Dongcun village of Heping township, ...": the village is the town
        names[0] = adj
        town_named = True
        start = m.start("adj")
        place.span = Span(start, place.span.end, text[start:place.span.end])
    kind_end = _TOWN_KIND.search(names[0]) if len(names) > 2 and not town_named else None
    if kind_end and all(_ADMIN_UNIT.search(n) or n.endswith(" city") for n in names[1:-1]) and (
            _PROVINCE_END.search(names[-1])):
        # Xinhua: "in Guifeng village, Sanming city, Fujian province": the village is the town,
        # the city between a larger unit
        names = [names[0][:kind_end.start()], names[-1]]
    elif not town_named and _TOWN_KIND.search(names[0]):  # "in Pucon town, Chile": the town's name
        names[0] = names[0].rsplit(" ", 1)[0]
    if not fill(place, names) and not (owner and owner_code and _owned_venue(place, names)):
        return None
    if adj and place.city and not place.province_state and place.country_code and (
            gazetteer().territory(adj) == place.country_code):
        # "the West Bank town of Hebron": the territory is the town's state, not its country
        place.province_state, place.printed_country, place.country_inferred = adj, None, True
    region_adj = gazetteer().region_demonyms.get(adj) if adj else None
    if region_adj and place.country_code in (None, region_adj[0]) and (
            not place.province_state or place.state_inferred):
        # "the Andalusian capital of Seville": the region printed, its country inferred
        place.country_code, place.province_state = region_adj
        place.country = gazetteer().country_name(region_adj[0])
        place.country_inferred = place.printed_country is None
        place.state_inferred = False
    if owner and owner_code and place.country_code in (None, owner_code) and not (
            place.province_state):
        # "... County of central China's Hunan Province": the province and country it is in
        place.country_code, place.printed_country = owner_code, owner.group("owner")
        place.country, place.country_inferred = gazetteer().country_name(owner_code), False
        place.province_state = regionish(owner.group("region")) or owner.group("region")
        municipality = place.province_state.removesuffix(" Municipality")
        if municipality != place.province_state and place.city is None:
            # "in Century Park of east China's Shanghai Municipality": a city of its own
            place.city, place.province_state = municipality, None
            place.city_known = find_city(municipality, owner_code) is not None
        end = owner.end()
        place.span = Span(place.span.start, end, text[place.span.start:end])
    if place.country_code is None and (nested_units and len(parts) > 2 or any(
            _CHINESE_UNIT.search(n) for n, _ in parts)):
        # Chinese official captions name three nested units ("X Village, Y Town, Z County")
        # or an autonomous county or prefecture, and leave the country out (inferred)
        place.country_code, place.country, place.country_inferred = "CN", \
            gazetteer().country_name("CN"), True
    if place.state_inferred and not dateline:
        place.province_state = None  # "in Los Angeles": the state is not printed
    if not dateline and groups.get("prep") == "of" and _office_of(text, parts[0][1]):
        # "Jane Roe, the mayor of Palermo, Italy, in front of ...": the office's place is not
        # where the photo was made, though its country most likely is (inferred)
        place.city = place.province_state = place.sublocation = place.printed_country = None
        place.city_known, place.country_inferred = False, True
        if place.country_code is None:
            return None
    if place.country_code is None:
        _country_from_neighbour(text, end, place)
    paren = _PAREN_COUNTRY.match(text, end) if not place.printed_country else None
    cc = gazetteer().country(paren.group(1)) if paren else None
    if paren and cc is None and place.country_code is None:
        region = subdivision_named(paren.group(1))  # EFE: "en Cercedilla (Madrid)": the province
        if region:
            place.country_code, place.country_inferred = region[0], True
            place.province_state = place.province_state or region[1]
            place.country = gazetteer().country_name(region[0])
    if paren and cc and (place.country_code in (None, cc) or place.country_inferred):
        # EFE, El País, dpa: "en Maputo (Mozambique)", "über Neunkirchen (Österreich)"
        if not (place.city_known or place.country_code):
            place.score += 2  # now a known place: "la provincia de Misiones (Argentina)"
        place.country_code, place.printed_country, place.country_inferred = cc, paren.group(1), False
        place.country = gazetteer().country_name(cc)
    if place.city and reference_before(text, parts[0][1]):
        place.city, place.city_known = None, False  # "fifty miles northeast of Saigon, Vietnam"
        place.reference = True
        place.sublocation = None
    if groups.get("kind") == "Insel" and island(place.span.text):
        # "am Strand der Insel Rügen": the island, named with its word, is the place
        place.city = text[m.start("kind"):place.span.end]
        place.province_state = None
        place.span = Span(m.start("kind"), place.span.end, place.city)
    if groups.get("kind") in PROVINCE_KINDS and place.city and \
            not place.province_state:  # "the western Indian state of Rajasthan"
        place.province_state, place.city, place.city_known = place.city, None, False
    return place


#: "in Montevrain, east of Paris", "le port de Messine, en Sicile": the place's country from
#: the reference place or the island after it (inferred).
_NEIGHBOUR = re.compile(
    r",\s*(?:(?:about\s+)?(?:\d+\s+(?:km|miles|kilometres|kilometers)\s+"
    # "Qualander Khel, about two hours north of Kabul": a distance in time
    r"|(?:an?|one|two|three|four|five|six|\d+)\s+hours?(?:['’]?\s+drive)?\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+of|(?:en|au|in|na|no|em|à)|(?:près|cerca|perto)\s+d[ea])\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")


#: " of China" after a province: the country it is in.
_PROVINCE_OF_COUNTRY = re.compile(r" of (?:the )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?![\w'’])")
_PROVINCE_END = re.compile(r"\s(?:Province|Prefecture|Region|State|province|prefecture|region)$")


#: Xinhua: "... of central China's Hunan Province", "... of southwest China's Guangxi Zhuang
#: Autonomous Region": the province and country a county or park is in.
_OWNER_REGION = re.compile(
    r" of (?:(?:north|south|east|west|central|northern|southern|eastern|western|northeast|"
    r"northwest|southeast|southwest|north-?east|north-?west|south-?east|south-?west)\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"\s+(?:Province|province|Autonomous\s+Region|autonomous\s+region|Region|Prefecture|State|"
    r"Municipality|Oblast))")
_TOWN_KIND = re.compile(r" (?:village|town|township)$")
#: A town named with its unit word: "Loutian Village", "Qingtang Town".
_NAMED_TOWN = re.compile(r"\s(?:Village|Town|Township)$")
#: The units a town is in, short of a province ("Shika Town, Ishikawa Prefecture" keeps it).
_LARGER_UNIT = re.compile(r"\s(?:County|Township|District|Town|City)$")
#: A unit only China's administration has: "Chenbu Miao Autonomous County".
_CHINESE_UNIT = re.compile(r"\sAutonomous\s+(?:County|Prefecture|Banner)$")
_ADMIN_UNIT = re.compile(r"\s(?:County|Township|District|Town|Village|Prefecture|City|"
                         r"county|township|district|town|village)$")


#: The country after a place in the caption languages, maybe with its part: ", na Itália",
#: ", dans le centre de l'Espagne", ", en el norte de España", ", nel nord dell'Italia",
#: ", al oeste de Colombia", ", ao norte de Portugal".
_NEIGHBOUR_COUNTRY = re.compile(
    r",[ \t]*(?:en|au|in|na|no|em|à|dans|nel|nella|al|ao)[ \t]+(?:(?:le|la|el|o|a|l['’])[ \t]*)?"
    r"(?:(?:centre|center|centro|nord|norte|north|sud|sur|sul|south|est|este|leste|east|ouest|"
    r"oeste|west|nord-est|nord-ouest|sud-est|sud-ouest|noreste|noroeste|sureste|suroeste|"
    r"nordeste|sudeste|sudoeste)[ \t]+(?:de|du|des|del|do|da|della|dell['’]|di)[ \t]*"
    r"(?:(?:la|el|o|a)[ \t]+|l['’])?)?(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)")


def _owner_country(name: str) -> bool:
    """'southwest China's Guizhou Province': a country's region, named as its own."""
    owned = split_possessive(name) if "'" in name or "’" in name else None
    return owned is not None and gazetteer().country(owned[0]) is not None


def _owned_venue(place: Place, names: list[str]) -> bool:
    """A venue alone before its owner region ("in Century Park of ... China's Shanghai
    Municipality"): the venue is the place's sublocation, the region after it its place."""
    if len(names) != 1 or not is_venue(names[0]) or find_city(names[0]) is not None:
        return False
    place.sublocation = names[0]
    return True


def _region_after(text: str, end: int) -> bool:
    m = _NEIGHBOUR.match(text, end) if text.startswith(",", end) else None
    if m is None:
        return False
    name = m.group("name")
    return bool(gazetteer().state(name) or gazetteer().country(name) or region_of(name))


def _country_from_neighbour(text: str, end: int, place: Place) -> None:
    m = _NEIGHBOUR.match(text, end)
    if m is None:
        return
    name = m.group("name")
    found = island(name)
    code = found[0] if found else None
    if code is None:
        city = find_city(name)
        code = city.country_code if city is not None and city.population >= 100_000 else None
    if code:
        place.country_code, place.country_inferred = code, True
        place.country = gazetteer().country_name(code)


_PAREN_COUNTRY = re.compile(r"\s*\(([^()\d\n]{2,30})\)")
_OFFICE_PREPOSITIONS = ("of", "de", "do", "da", "del", "du", "di", "des")
_OFFICE_ARTICLES = ("the", "la", "le")
_OFFICE_OF = re.compile(r"([\w-]+)\s+(?:" + "|".join(_OFFICE_PREPOSITIONS) + r")\s+(?:"
                        + "|".join(a + r"\s+" for a in _OFFICE_ARTICLES) + ")?$")
#: The words ``_OFFICE_OF`` can end with: the cheap test first.
_OFFICE_OF_ENDS = _OFFICE_PREPOSITIONS + _OFFICE_ARTICLES


def _office_of(text: str, start: int) -> bool:
    """True when a title and its preposition lead the place: 'o governador de São Paulo'."""
    window = max(0, start - 40)
    if not text[window:start].rstrip().endswith(_OFFICE_OF_ENDS):
        return False
    m = _OFFICE_OF.search(text, window, start)
    return m is not None and m.group(1).casefold() in strip_title_words()


def all_geographic(text: str, m: re.Match[str]) -> bool:
    return all(_geographic(part) for part, _ in _parts(text, m)[1:])


@lru_cache(maxsize=8192)
def _geographic(name: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.country(name) or gaz.state(name) or find_city(name) is not None
                or regionish(name) or is_venue(name))
