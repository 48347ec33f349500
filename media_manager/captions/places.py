"""The photo's place: datelines, "in CITY, STATE/COUNTRY" phrases, "the Syrian city of X".

Every place phrase is a candidate; the photo's place is the one next to the photo's date, in
the first sentence, after "in"/"at"/"near"; hometowns and places people came from score low.
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import MONTHS, WEEKDAYS
from media_manager.captions.gazetteer import City, find_city, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.names import (
    ABBREVIATIONS,
    EFE_LEAD,
    SEMICOLON_LEAD,
    smart_case,
    trie_pattern,
)
from media_manager.captions.people import strip_title, strip_title_words
from media_manager.captions.place_names import (
    Place,
    fill,
    is_venue,
    regionish,
    venue_words,
)
from media_manager.captions.regions import island, region_of, subdivision_named

_ENGLISH_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

_LEADING_DIRECTION = re.compile(r"\s*(?:north|south|east|west|central|northern|southern|eastern|"
                                r"western|north-?eastern|north-?western|south-?eastern|"
                                r"south-?western|northeast|northwest|southeast|southwest)\s+")


# precompiled: these run for every caption
_ARTICLE = re.compile(r"\s*the\s+")
#: Between a place and the photo's date: "in Paris on May 6", "à Paris le 6 mai", "en Lima el
#: 5 de mayo", "em Lisboa, em 2 de maio", "a Roma il 6 maggio", "in Berlin am 6. Mai".
_BEFORE_DATE = re.compile(r"[\s,]*(?:(?:on|le|el|em|il|am|ce|este|on\s+the)\s*)?")
_LARGER_THEN_DATE = re.compile(
    r",\s*(?:en|au|aux|dans\s+l[ae]|em|no|na)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?"
    r"\s*,?\s*(?:(?:on|le|el|em|il|am)\s*)?")
_DOTTED_ABBREVIATION = re.compile(r"(?:\w\.)+\w?")

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
TOKEN = rf"(?:[{UP}][\w'’.-]*|(?:al|el|ad|as|ash|ar|an|at|az|ed|ud|ul)-[\w'’-]+)"
JOIN = r"(?:de|da|do|del|della|delle|dei|degli|la|le|al|el|upon|sur|am|an|der|di|dos|das|du|y|es)"
RUN = rf"{TOKEN}(?:[ \t]+(?:{JOIN}[ \t]+(?:(?:la|las|los|le|les|l['’])[ \t]*)?)?{TOKEN}){{0,7}}"
SUFFIX = (r"(?:[ \t]+(?:(?:autonomous[ \t]+)?region|province|state|district|county|city|island|"
          r"governorate|oblast|area|prefecture|refugee[ \t]+camp|camp|Region|Province|"
          r"Prefecture|Oblast|Governorate|County|District))?")
PART = RUN + SUFFIX
DIRECTION = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
             r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|"
             r"southeast|southwest)[ \t]+)?")
#: A later part may carry its article: "Hampton, Virginia, the United States" (Xinhua).
CHAIN = rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{DIRECTION}{PART}){{0,3}})"
# a possessive only before a kind of place: "in his home town of ...", not "in his State of
# the World speech"
LEAD = (r"(?:(?:the|el|la|los|las|le|les|l['’])\s*)?(?:(?:(?:his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:home\s?town|native\s+village|village|"
        r"town|city|suburbs?|districts?|neighbou?rhoods?|region|province|capital|outskirts|"
        r"community|streets|centre|center|heart|villages|towns|slums|parts?)\s+of\s+(?:the\s+)?)?"
        r"(?:(?:north|south|east|west|central|"
        r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
        r"south-?western|northeast|northwest|southeast|southwest|downtown|rural|coastal|"
        r"occupied|Israeli-occupied|suburban)\s+)?"
        # "à la périphérie de Jammu", "en las afueras de Quito", "nos arredores de Lisboa"
        r"(?:(?:périphérie|banlieue|afueras|alrededores|periferia|arredores|proximités|environs)"
        r"\s+(?:de|d['’]|di|do|da|del|des|dos|das)\s*(?:(?:la|el|a|o)\s+|l['’])?)?")
PREPOSITION = (r"(?<!\w)(?P<prep>in|near|outside|at|inside|around|across|from|(?<!next\s)to|of|on|"
               r"through|along|throughout|over|off|into|within|en|à|au|aux|dans|nos|nas|"
               # a sentence may open with its place: "Em Gaza, ...", "In Kabul, ..."
               r"In|En|Em|À|Au|Dans|Nel|Nella|"
               r"près\s+de|cerca\s+de|bei|im|nahe)\s+")


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    """'in CITY, STATE, COUNTRY' after a preposition; a part may end with a lowercase venue
    word of the desk table, two words of description allowed before it ("in Moleson peak,
    western Switzerland", "at Pairi Daiza zoo", "at St. Boniface primary school")."""
    feature = trie_pattern(sorted(venue_words()))
    part = rf"{PART}(?:(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{feature})(?![\w-]))?"
    chain = rf"(?P<chain>{part}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{DIRECTION}{part}){{0,3}})"
    return re.compile(PREPOSITION + LEAD + chain)
CITY_OF = re.compile(
    rf"\b(?:the\s+)?(?:[a-z-]+\s+)?(?P<adj>{RUN})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<kind>city|town|village|capital|suburb|enclave|port|resort|district|neighbou?rhood|"
    rf"municipality|region|province|borough|island|isle|state|kibbutz|Kibbutz|moshav|settlement)"
    rf"\s+(?:of\s+)?(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{0,2}})")
# "in the Black Sea port of ...": the capitalised words before "port of" are not the place
BEFORE_CITY_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:city|town|village|capital|suburb|enclave|port|resort|"
    r"neighbou?rhood|borough)\s+of\b|['’]s?\s+(?:[a-z-]+\s+)?(?:capital|city|port)\b"
    r"|\s+(?:sea|ocean|coast|river|lake|gulf|strait|bay|basin|delta|plain|plateau|peninsula|"
    r"jungle|rainforest|border|frontier|boundary)\b"
    # "on Proactiva Open Arms rescue ship", "on M240b machine guns": a vessel or a thing
    r"|\s+(?:[a-z-]+\s+)?(?:ship|vessel|boat|ferry|yacht|train|plane|aircraft|jet|helicopter|"
    r"truck|bus|tank|gun|rifle|missile|drone)s?\b")
# "... leaves Patras, Greece, June 2": a city and its country with no preposition before them
# Portuguese, Spanish, French, Italian, German and Indonesian words before a place that
# also mean "of" or "on": "em Brasília", "en el Vaticano", "l'île de Lampedusa", "di Kota Gaza"
FOREIGN_PLACE = re.compile(
    rf"(?<![\w'’])(?P<prep>em|na|no|di|de|du|del|des|da|do|von|aus|sur|a)\s+"
    rf"(?:(?:la|el|l['’]|le)\s*)?(?:(?:ciudad|cidade|ville|île|isla|ilha|kota|stadt)\s+(?:de\s+)?)?"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{0,2}})")
#: German: "in der indischen Stadt Agartala", "im Dorf Kofr Qadom", "nach Warnemünde",
#: "über Neunkirchen (Österreich)": a kind of place (with its adjective) or a known place.
GERMAN_PLACE = re.compile(
    rf"(?<![\w'’])(?P<prep>(?i:in\s+der|in\s+dem|im|nach|über|bei|vor|aus\s+der|auf\s+der|auf\s+dem"
    rf"|der|dem))\s+(?:(?P<adj>[a-zäöüß-]+(?:en|er|e))\s+)?"
    rf"(?:(?P<kind>Stadt|Hauptstadt|Dorf|Ort|Gemeinde|Hafenstadt|Metropole|Küstenstadt|Kleinstadt|"
    rf"Großstadt|Millionenstadt|Region|Provinz|Insel|Ortschaft|Siedlung|Flüchtlingslager|Lager"
    rf"|[A-ZÄÖÜ][a-zäöüß]+(?:stadt|insel|dorf))\s+)?(?P<chain>{PART})")
#: German: a city's adjective before a noun, "in der Schweriner Innenstadt", "im Hamburger
#: Hafen": the city (a known one only).
GERMAN_CITY_ADJECTIVE = re.compile(
    r"(?<![\w'’])(?P<prep>in\s+der|in\s+den|im|am|auf\s+dem|auf\s+der|vor\s+dem|vor\s+der)\s+"
    r"(?P<chain>[A-ZÄÖÜ][a-zäöüß]{2,}?)er\s+(?=[A-ZÄÖÜ][a-zäöüß])")
#: French, Spanish, Portuguese, Italian: "le village de Pefki", "la colonie israélienne de
#: Givat Zeev", "el barrio de Mudd", "a cidade de Santos", "il paese di Amatrice".
ROMANCE_KIND = re.compile(
    rf"(?<![\w'’])(?P<kind>ville|village|colonie|commune|quartier|localité|bourg|ciudad|pueblo|port|"
    rf"puerto|porto|"
    rf"localidad|aldea|barrio|cidade|vila|aldeia|bairro|città|paese|villaggio|comune|frazione|"
    rf"municipio|município|provincia|province|région|región|regione|região|estado|état|"
    rf"departamento|département)(?:\s+(?P<adj>[a-zà-ÿ-]+))?\s+(?:de|d['’]|di|do|da|del)\s*"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART})?)")
#: "Governo do estado de São Paulo": an institution's name, not the place.
_INSTITUTION_BEFORE = re.compile(
    r"(?i)\b(?:governo|gobierno|gouvernement|governador|gobernador|governatore|prefeitura|"
    r"assembleia|asamblea|assemblée|tribunal|banco|banque)\s+(?:do|de|del|du|della|da)\s*$")
#: The kinds of place that name a state or province, not a city: "la provincia de Misiones".
PROVINCE_KINDS = frozenset(["state", "province", "region", "provincia", "région", "región",
                            "regione", "região", "estado", "état", "departamento", "département"])
#: "in Ayvalik district of Balikesir, Turkey": the town of a province; "in the Palermo
#: neighborhood of Buenos Aires", "the Kagurazaka district of Tokyo": a part of a big city.
DISTRICT_OF = re.compile(
    rf"(?<![\w'’])(?:in|at|near|of|from|en|à)\s+(?:the\s+)?(?P<sub>{RUN})[ \t]+"
    rf"(?P<part>district|county|municipality|township|neighbou?rhood|quarter)[ \t]+of[ \t]+"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{PART}){{0,2}})")
#: A city this big has districts of its own: "the X district of Tokyo" is a part of it.
BIG_CITY = 1_000_000
_NEAR_BEFORE = re.compile(r"(?i)\b(?:près|cerca|perto|vicino|proche|loin)\s+(?:de|d['’]|a|al|du|do|da)?"
                          r"\s*(?:la|le|el|a|o|l['’])?\s*$")
#: Cheap tests first: substrings, faster than a regular expression's scan.
_ROMANCE_KIND_HINTS = ("ville ", "village ", "colonie ", "commune ", "quartier ", "localité ",
                       "bourg ", "ciudad ", "pueblo ", "port d", "puerto ", "porto ",
                       "localidad ", "aldea ", "barrio ", "cidade ", "vila ", "aldeia ",
                       "bairro ", "città ", "paese ", "villaggio ", "comune ", "frazione ",
                       "municipio ", "município ", "provincia ", "province d", "région ",
                       "región ", "regione ", "região ", "estado ", "état ", "departamento ",
                       "département ")
_GERMAN_HINTS = (" der ", " dem ", " die ", " und ", " nach ", " über ", "Im ", " im ", " auf ",
                 " ein ", " eine ", " ist ")
_FOREIGN_HINT = re.compile(
    r"(?<![\w'’])(?:em|na|no|di|de|du|del|des|da|do|von|aus|sur|a)\s+[A-ZÀ-Þ]")
BARE_PAIR = re.compile(rf"(?<![\w'’-])(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{1,3}})")
SPORT_LOCATION = re.compile(  # Reuters sport: "Premier League - Emirates Stadium, London, Britain -"
    r"\s[-–]\s(?P<chain>[^-–\n]{3,90}?)\s[-–]\s(?=[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})")
DATELINE = re.compile(
    rf"^\s*(?:(?:FILE(?:\s+PHOTO)?|TOPSHOT|APTOPIX|EPASELECT|EDITORS?\s+NOTE)\W*?[-–—:]\s*)?"
    rf"(?P<chain>[{UP}][{UP} .'’-]+(?:,[ \t]*[{UP}][\w .'’-]*?)*)\s*(?:\([\w ]+\))?\s*[-–—]\s")
#: US military (Navy, DVIDS): "191108-N-AB123-0050 SAN DIEGO (Nov. 8, 2019) Sailors ...", the
#: VIRIN first when the caption keeps it; "ARABIAN SEA (June 10, 2023)" was made at sea.
MILITARY_DATELINE = re.compile(
    rf"^\s*(?:\d{{6}}-[A-Z]-[A-Z0-9]{{4,6}}-\d{{3,4}}\s+)?(?P<chain>[{UP}][{UP} .'’-]+"
    rf"(?:,[ \t]*[{UP}][\w.'’ -]*?)?)\s*\((?:[A-Z][a-z]+\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}})\)\s")
_AT_SEA = re.compile(r"\b(?:SEA|OCEAN|GULF|BAY|STRAIT|STRAITS|CHANNEL|PACIFIC|ATLANTIC|"
                     r"MEDITERRANEAN|CARIBBEAN)\b")
#: Reuters French "photos de la semaine": "DIMANCHE 3 JANVIER, MEXIQUE  Funérailles de ...":
#: a day and the country in capitals heading the caption.
DATE_HEADING = re.compile(
    rf"^\s*(?:[{UP}]+[ \t]+)?\d{{1,2}}(?:ER)?[ \t]+[{UP}]{{3,}}\.?(?:[ \t]+\d{{4}})?[ \t]*,[ \t]*"
    rf"(?P<chain>[{UP}][{UP}'’ -]+?)(?:[ \t]{{2,}}|[ \t]*\n|[ \t]*[-–—:][ \t])")
#: Words before a place that make it where people came from or went to, not where the photo
#: was made ("born in", "fled from", "lebt in", "nacido en"): a word of these, then at most 25
#: characters with no comma or full stop, then the place.
BACKGROUND_WORDS = frozenset([
    "born", "native", "captivity", "fled", "flee", "fleeing", "deported", "moved", "traveled",
    "travelled", "returning", "returned", "evacuated", "displaced", "exiled", "bound", "headed",
    "heading", "flight", "flights", "route", "originally", "relocated", "transferred",
    "escaped", "arrived", "expelled", "comes", "came", "hail", "hails", "released", "freed",
    "captured", "kidnapped", "abducted", "killed", "died", "wohnen", "wohnt", "lebt", "leben",
    "geboren", "stammt", "stammen", "né", "née", "nacido", "nacida", "nacidos", "nacidas",
    "nascido", "nascida", "nascidos", "nascidas", "nato", "nata", "vive", "viven", "vivem",
    "reside", "residem", "originaire", "oriundo", "oriunda", "oriundos", "oriundas"])
_DISPLACED_PEOPLE = frozenset(["people", "persons", "families", "residents", "civilians"])
_CLAUSE_END = re.compile(r"[,.;]")


def _background_before(text: str, start: int) -> bool:
    """A background word in the 40 characters before ``start``, within 25 characters of it."""
    window = text[max(0, start - 40):start + 1]
    stop = max(window.rfind(","), window.rfind("."), window.rfind(";"))
    if stop >= 0:
        window = window[stop + 1:]
    words = window.split()
    for i, word in enumerate(words):
        bare = word.strip("\"'“”()").casefold()
        if bare in BACKGROUND_WORDS:
            if bare == "displaced" and i + 1 < len(words) and words[i + 1] in _DISPLACED_PEOPLE:
                continue  # "displaced people" are where they are now
            tail = window[window.rfind(word) + len(word):]
            if len(tail) <= 26:
                return True
    return False


#: A venue's name may join its words with "of" and "and": "The Metropolitan Museum of Art",
#: "the All England Lawn Tennis and Croquet Club".
_VENUE_JOINS = frozenset(["of", "the", "and", "de", "da", "do", "del", "della", "la", "le", "al",
                          "el", "upon", "sur", "am", "an", "der", "di", "dos", "das", "du", "y",
                          "es"])


def find_places(text: str, body_end: int, date: Span | None, first_stop: int
                ) -> list[Place]:
    """Place candidates in ``text[:body_end]``, the photo's place first."""
    found: list[Place] = []
    military = MILITARY_DATELINE.match(text, 0, body_end) if text[:1].isdigit() or (
        "(" in text[:60]) else None
    if military and _AT_SEA.search(military.group("chain")):
        return []  # "ARABIAN SEA (June 10, 2023)": at sea, no city or country
    m = (DATELINE.match(text, 0, body_end) or EFE_LEAD.match(text, 0, body_end)
         or SEMICOLON_LEAD.match(text, 0, body_end) or military)
    if m and not _is_marker(m.group("chain")):
        place = _resolve(text, m, dateline=m.re is not SEMICOLON_LEAD)
        if place and m is military and place.state_inferred:
            place.province_state = None  # "SAN DIEGO (Nov. 8, 2019)": no state printed
        if place:
            place.score += 3
            found.append(place)
    for pattern in _patterns_for(text) + [FOREIGN_PLACE]:
        if pattern is FOREIGN_PLACE and (found or not _FOREIGN_HINT.search(text, 0, body_end)):
            break  # words that also mean "of" only when no other phrase names a place
        for m in pattern.finditer(text, 0, body_end):
            if any(p.span.start <= m.start("chain") < p.span.end for p in found):
                continue
            if pattern is place_pattern() and BEFORE_CITY_OF.match(text, m.end("chain")):
                continue
            if _nationality(text, m):
                continue
            if pattern is FOREIGN_PLACE and m.group("prep") in NAME_PARTICLES and _inside_a_name(
                    text, m.start()):
                continue  # "Puerta del Sol", "Plaza de Mayo": a particle inside a name
            if pattern is FOREIGN_PLACE and m.group("prep") in ORIGIN_PREPOSITIONS and \
                    "," not in m.group("chain") and gazetteer().country(m.group("chain")):
                continue  # "migrants de Tunisie", "Flüchtlinge aus Syrien": an origin
            if pattern is GERMAN_CITY_ADJECTIVE and find_city(m.group("chain")) is None:
                continue  # "in der Schweriner Innenstadt": only a known city's adjective
            if pattern is GERMAN_PLACE and not m.group("kind") and \
                    strip_title(m.group("chain")) != m.group("chain"):
                continue  # "mit dem polnischen Präsidenten Jan Nowak": a title and a name
            if pattern is GERMAN_PLACE and not m.group("kind") and not _known(text, m):
                continue  # "nach Warnemünde" only for a known place: "nach Angaben" names none
            if m.groupdict().get("prep") in ("im", "am", "beim", "bei") and not _known(text, m):
                continue  # German capitalises nouns: "im Einsatz" names no place
            place = _resolve(text, m)
            if place and pattern is DISTRICT_OF:
                _district_of(text, m, place)
            if place and pattern is FOREIGN_PLACE and not (place.city_known or place.country_code):
                continue  # "de Lula": after a word that also means "of", only a known place
            if place and (m.groupdict().get("prep") or "a")[:1].isupper() and not (
                    (place.city_known or place.country_code) and _all_geographic(text, m)):
                continue  # "In Memoriam", "In the Rose Garden, Trump ...": a sentence's opening
            if place and m.groupdict().get("prep") == "on" and not (
                    place.city_known or place.country_code or place.province_state
                    or place.sublocation):
                continue  # "wins on Energumene", "on Twitter": after "on", only a known place
            if place and m.groupdict().get("prep") in ("over", "against") and not (
                    place.city_known or place.country_code or place.province_state):
                continue  # "a win over the Yankees": a team, not a place
            if place and pattern is FOREIGN_PLACE and m.group("prep") == "a" and not (
                    place.city_known and place.city):
                continue  # Italian "a Roma"; but English "a U.S. strike" names no place
            if place and pattern is ROMANCE_KIND and _INSTITUTION_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            if place and pattern is ROMANCE_KIND and not (place.city_known or _known_part(
                    place)) and len(place.span.text.split()) > 3:
                continue
            if place and m.groupdict().get("prep") == "of":
                _venue_of_name(text, m, place)
            if place:
                place.score += _context_score(text, m, date, first_stop)
                if pattern is ROMANCE_KIND:
                    place.score += 1  # "le village de Pefki à Eubée": the kind names the spot
                    if _NEAR_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                        place.score -= 3  # "près de la ville de Ramallah": a reference
                place.background = _is_background(text, m)
                found.append(place)
    if date is None or not any(0 <= date.start - p.span.end <= 8 for p in found):
        line = _place_date_line(text, date, body_end)
        if line is not None:
            printed = next((p for p in found if p.printed_country and p.country_code
                            == line.country_code), None) if line.country_inferred else None
            if printed:  # "fugge da Mosul in Iraq. ... Mosul, 27 febbraio": the country printed
                line.printed_country, line.country_inferred = printed.printed_country, False
            found.append(line)
    if not found:
        found.extend(_bare_pairs(text, body_end, date, first_stop))
    elif date is not None and not any(0 <= date.start - p.span.end <= 8 for p in found):
        window = max(0, date.start - 90)
        for place in _bare_pairs(text, date.start, date, first_stop, window):
            if 0 <= date.start - place.span.end <= 3 and not any(
                    q.span.start <= place.span.start < q.span.end for q in found):
                place.score += 4  # "..., London, Britain, May 26, 2020."
                found.append(place)
    for place in found:
        if place.city is None and place.printed_country and not place.province_state:
            _city_of_before(text, place)
    heading = DATE_HEADING.match(text, 0, body_end) if text[:1].isupper() else None
    if heading:
        _heading_country(text, heading, found)
    # on a tie, the specific place: a city before a country alone ("Menschen in Herne ...
    # die Weltmeisterschaft in Katar"), then the later phrase
    found.sort(key=lambda p: (-p.score, p.city is None, -p.span.start))
    if found and found[0].city and not found[0].province_state:
        _province_from_tie(text, found)
    if found and found[0].city and not found[0].sublocation:
        _part_of_the_city(text, found)
    return found


#: Where a sentence starts: its end, then a capital.
_SENTENCE_START = re.compile(r"[.!?][\s\"”]+(?=[A-ZÀ-Þ])")


def _part_of_the_city(text: str, found: list[Place]) -> None:
    """'in Sham Shui Po in Hong Kong, China': an unknown name right before "in" and a city of a
    million or more is a part of that city, its sublocation."""
    top = found[0]
    city = find_city(top.city or "", top.country_code) or find_city(top.city or "")
    if city is None or city.population < BIG_CITY:
        return
    for place in found[1:]:
        gap = text[place.span.end:top.span.start]
        known = find_city(place.city or "", city.country_code) if place.city_known else None
        if place.city and gap.strip() == "in" and not place.background and (
                not place.city_known or known is not None and known.population < city.population):
            top.sublocation = place.city
            top.span = Span(place.span.start, top.span.end, text[place.span.start:top.span.end])
            return


def _in_one_sentence(text: str, a: Span, b: Span) -> bool:
    start, end = sorted((a.end, b.start)) if a.start < b.start else sorted((b.end, a.start))
    return _SENTENCE_START.search(text, start, end) is None


def _province_from_tie(text: str, found: list[Place]) -> None:
    """'in Lowell, au Massachusetts', 'in Suzhou, East China's Jiangsu Province': a region of
    the same score and country is the city's province."""
    top = found[0]
    for place in found[1:]:
        same_sentence = _in_one_sentence(text, top.span, place.span)
        if (place.score == top.score or top.country_inferred and place.printed_country
                and same_sentence) and place.city is None and place.province_state and (
                place.country_code == top.country_code) and not place.background:
            # "in Imphal on Sept. 19, as they demand peace in India's northeastern state of
            # Manipur": the region the sentence names in the city's own country
            top.province_state = place.province_state
            if place.printed_country and not top.printed_country:
                top.printed_country, top.country_inferred = place.printed_country, False
            return


#: "un bureau de vote de Dakar, au Sénégal": a known city after a word meaning "of", then
#: its country after a preposition.
_CITY_OF_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w'’])(?:de|d['’]|di|do|da|del|du|of)[ \t]*(?P<city>{RUN}),[ \t]*(?:au|en|in|na|no|em|"
    rf"aux|à|nel|nella)[ \t]+(?:(?:la|le|el|o|a|l['’])[ \t]*)?$")


_REGION_KIND_BEFORE = re.compile(r"(?i)(?:région|region|región|regione|região|province|provincia|"
                                 r"estado|état|stato|département|departamento|department)\s*$")


def _city_of_before(text: str, place: Place) -> None:
    """The city before a country printed alone, when the gazetteer puts it there."""
    if ", " not in text[max(0, place.span.start - 12):place.span.start]:
        return  # cheap test first
    m = _CITY_OF_BEFORE_COUNTRY.search(text, max(0, place.span.start - 60), place.span.start)
    if m and _REGION_KIND_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return  # "la région du Darién, en Colombie": a region, not a city
    city = find_city(m.group("city"), place.country_code) if m else None
    if m and city is not None:
        place.city, place.city_known = m.group("city"), True
        place.span = Span(m.start("city"), place.span.end, text[m.start("city"):place.span.end])


def _heading_country(text: str, m: re.Match[str], found: list[Place]) -> None:
    """The country of a date heading is printed for every place of the caption that is in it
    or has none; with no other place, the heading is the place."""
    head = _resolve(text, m)
    if head is None or head.country_code is None:
        return
    for place in found:
        if place.country_code in (None, head.country_code) or place.country_inferred:
            place.country_code, place.country = head.country_code, head.country
            place.printed_country, place.country_inferred = head.printed_country, False
    if not found:
        head.score += 3
        found.append(head)


#: Where people or things come from or go to, not where the photo was made: "from", "of",
#: and the words of other languages that mean "of"/"from" ("migrants de Tunisie", "aus Syrien").
ORIGIN_PREPOSITIONS = frozenset(["from", "to", "of", "de", "du", "des", "da", "do", "dos", "das",
                                 "del", "von", "aus"])
#: Words that mean "of" and also join the parts of a name ("Puerta del Sol", "Lula da Silva").
NAME_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das", "du", "des", "von"])
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+)+$")


_VENUE_BEFORE_OF = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+)*?([A-Z][\w'’-]*)[ \t]+$")


def _venue_of_name(text: str, m: re.Match[str], place: Place) -> None:
    """'at the Stadium of Light, Sunderland, England': a venue word, then "of" and its name's
    last word; the venue is the sublocation, the place after it the city."""
    before = _VENUE_BEFORE_OF.search(text, max(0, m.start() - 40), m.start())
    if before is None or before.group(1).casefold() not in venue_words():
        return
    head = text[before.start():m.start()].strip()
    name = place.sublocation or (place.city if not place.city_known else None)
    if name is None or not text.startswith(name, m.start("chain")):
        return
    place.sublocation = f"{head} of {name}"
    if place.city == name:
        place.city = None
    place.score += 3  # not an origin: the venue's own name


def _district_of(text: str, m: re.Match[str], place: Place) -> None:
    """'Ayvalik district of Balikesir': the town, then its province; but 'the Palermo
    neighborhood of Buenos Aires' and the districts of a big city are a part of the city."""
    sub = m.group("sub")
    place.span = Span(m.start("sub"), place.span.end, text[m.start("sub"):place.span.end])
    big = place.city is not None and (
        (find_city(place.city, place.country_code) or City("", "", 0)).population >= BIG_CITY)
    if m.group("part").startswith(("neighbo", "quarter")) or big:
        place.sublocation = sub
        return
    if place.city and not place.province_state:
        place.province_state, place.city = place.city, sub
        place.city_known = find_city(sub, place.country_code) is not None


def _inside_a_name(text: str, start: int) -> bool:
    """'Puerta del Sol': the particle joins a name; but 'Palacio Real de Madrid', a venue's
    name, is followed by its city."""
    m = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return not any(w.casefold() in venue_words() for w in m.group(0).split())


def _known_part(place: Place) -> bool:
    return place.country_code is not None or bool(place.province_state)


def _known(text: str, m: re.Match[str]) -> bool:
    place = _resolve(text, m)
    return place is not None and (place.city_known or place.country_code is not None)


_NAME_BEFORE_OF = re.compile(r"[A-Z][\w'’.-]*\s+of\s+$")


def _nationality(text: str, m: re.Match[str]) -> bool:
    """'Simon Roe of Australia', 'President of France': after a capitalised name, 'of
    COUNTRY' tells whom a person plays for or serves, not where the photo was made."""
    if m.groupdict().get("prep") != "of" or "," in m.group("chain"):
        return False
    if not _NAME_BEFORE_OF.search(text, max(0, m.start() - 40), m.end("prep") + 1):
        return False
    return gazetteer().country(m.group("chain")) is not None


#: A line of its own, a place and the date: Reuters Italian "...  Mosul, 27 febbraio, 2017.",
#: "Hollywood, California. 26 febbraio", El País "Ramala, Cisjordania (Palestina), 19/7/2013.".
PLACE_DATE_LINE = re.compile(
    rf"(?:^|(?<=[.!?:»\"”)])[ \t]+|\n\s*)(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{0,2}})"
    rf"(?:[ \t]*\([^()\n]{{2,30}}\))?[ \t]*[,.]?[ \t]*\Z")


#: A date's shape, in any language, where the date parser knows no month: "27 febbraio, 2017".
_DATE_SHAPE = re.compile(r"(?<![\w.])\d{1,2}(?:er|º|\.)?[ \t]+[^\W\d_]{3,}\.?,?[ \t]+\d{4}(?!\w)"
                         r"|(?<![\w.])\d{1,2}/\d{1,2}/\d{4}(?!\w)")


_LINE_MARKS = (". ", "! ", "? ", ": ", ") ", "» ", '" ', "” ", "\n", ".\t", ":\t")


def _line_before(text: str, pos: int) -> re.Match[str] | None:
    """PLACE_DATE_LINE before ``pos``; cheap tests first: a line or sentence starts within 80
    characters, and only capitalised words (and the words that join names) follow it."""
    low = max(0, pos - 80)
    end = pos - 2  # not the place's own full stop: "Hollywood, California. 26 febbraio"
    begin = max(text.rfind(mark, low, end) + len(mark) if text.rfind(mark, low, end) >= 0
                else -1 for mark in _LINE_MARKS)
    if begin < 0 and low > 0:
        return None
    words = text[max(begin, 0):end].split()
    if not words or any(w[:1].islower() and w not in _VENUE_JOINS for w in words):
        return None
    return PLACE_DATE_LINE.search(text, max(0, begin - 2), pos)


def _place_date_line(text: str, date: Span | None, body_end: int) -> Place | None:
    """The place that stands alone before the photo's date, at a line's or sentence's start;
    with no date found, before a date's shape."""
    if date is not None:
        m = _line_before(text, date.start)
    else:
        m = None
        # the line may stand after the body, just before the credit ("Mosul, 27 febbraio,
        # 2017. REUTERS/Jane Roe"), where the credit parser ends the body
        for shape in _DATE_SHAPE.finditer(text):
            m = _line_before(text, shape.start())
            if m:
                break
    if m is None:
        return None
    place = _resolve(text, m)
    if place is None or not (place.city_known or place.country_code or place.province_state):
        return None
    place.score += 4
    return place


def _bare_pairs(text: str, body_end: int, date: Span | None, first_stop: int, start: int = 0
                ) -> list[Place]:
    """Fallback when no phrase with a preposition names a place: 'City, Country' anywhere,
    taken only when the last part resolves to a country."""
    found = []
    for m in BARE_PAIR.finditer(text, start, body_end):
        place = _resolve(text, m)
        # right before the date ("the two Koreas, South Korea, April 27"), a printed country
        # is the caption's even where the part before it is no place
        near_date = start > 0 and place is not None and place.printed_country is not None
        if place and (place.city or place.reference or near_date) and place.country_code:
            place.score += _context_score(text, m, date, first_stop) - 1
            place.confidence = min(place.confidence, 0.7 if place.city_known else 0.6)
            place.background = _is_background(text, m)
            found.append(place)
    return found


_DISTRICT_HINTS = (" district of ", " county of ", " municipality of ", " township of ",
                   " neighborhood of ", " neighbourhood of ", " quarter of ")
_CITY_OF_HINT = re.compile(r"\b(?:city|town|village|capital|suburb|enclave|port|resort|"
                           r"neighbou?rhood|borough|island|isle|state|kibbutz|Kibbutz|moshav|"
                           r"settlement)\s+of\b|['’]s?\s+(?:[a-z-]+\s+)?capital\b")


#: The hints as prefix-tree patterns: one scan, faster than a test per word.
_DISTRICT_HINT = re.compile(trie_pattern(set(_DISTRICT_HINTS)))
_GERMAN_HINT = re.compile(trie_pattern(set(_GERMAN_HINTS)))
_ROMANCE_KIND_HINT = re.compile(trie_pattern(set(_ROMANCE_KIND_HINTS)))


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """Only the patterns that can match: cheap tests first keep parsing fast."""
    patterns = []
    if " - " in text or " – " in text:
        patterns.append(SPORT_LOCATION)
    if " of " in text and _DISTRICT_HINT.search(text):
        patterns.append(DISTRICT_OF)
    if (" of " in text or "capital" in text) and _CITY_OF_HINT.search(text):
        patterns.append(CITY_OF)
    patterns.append(place_pattern())
    if _GERMAN_HINT.search(text):
        patterns.append(GERMAN_PLACE)
        patterns.append(GERMAN_CITY_ADJECTIVE)
    if _ROMANCE_KIND_HINT.search(text):
        patterns.append(ROMANCE_KIND)
    return patterns


def _is_marker(chain: str) -> bool:
    return chain.strip().split(" ")[0] in ("FILE", "TOPSHOT", "APTOPIX", "EPASELECT")


def _is_background(text: str, m: re.Match[str]) -> bool:
    prep = m.groupdict().get("prep") or "in"
    return prep in ORIGIN_PREPOSITIONS or bool(
        _background_before(text, m.start()))


def _context_score(text: str, m: re.Match[str], date: Span | None, first_stop: int
                   ) -> float:
    date_start = date.start if date else None
    date_end = date.end if date else None
    prep = m.groupdict().get("prep") or "in"
    score = 2.0 if m.start() < first_stop else 0.0
    if prep in ORIGIN_PREPOSITIONS:
        score -= 3
    elif prep == "on":
        score -= 1
    if _background_before(text, m.start()):
        score -= 3
    if date_start is not None and 0 <= date_start - m.end() <= 8:
        if _BEFORE_DATE.fullmatch(text[m.end():date_start]):
            score += 4
    elif date_start is not None and 0 <= date_start - m.end() <= 40 and _LARGER_THEN_DATE.fullmatch(
            text, m.end(), date_start):
        score += 4  # "le port de Messine, en Sicile, le 15 avril": the larger place between
    elif date_end is not None and 0 <= m.start() - date_end <= 4 and "." not in text[
            date_end - 1:m.start()]:  # never across a sentence's end: "le 8 août. En Grèce, ..."
        score += 4  # Getty: "on May 06, 2024 in New York City"
    return score


def _parts(text: str, m: re.Match[str]) -> list[tuple[str, int]]:
    """The comma-separated parts of a chain, cut at the first month or weekday."""
    parts: list[tuple[str, int]] = []
    pos = m.start("chain")
    for raw in m.group("chain").split(","):
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
        kept: list[str] = []
        stop = False
        for i, word in enumerate(words):
            bare = word.strip(".,").casefold()
            if bare in WEEKDAYS or bare in MONTHS and (
                    bare in _ENGLISH_MONTHS or i + 1 < len(words) and words[i + 1][:1].isdigit()):
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
            if word.endswith(".") and i + 1 < len(words) and _us_state_abbreviation(word):
                stop = True  # "in Sacramento, Calif. The Trump administration": AP's state ends it
                break
        if kept:
            parts.append((" ".join(kept), pos + lead))
        pos += len(raw) + 1
        if stop or len(kept) < len(words):
            break
    return _split_abbreviation(parts)


#: A word, a full stop and a capitalised word with no space: a sentence (or the credit) run on.
_GLUED_SENTENCE = re.compile(r"([^\W\d_]{3,})\.(?=[A-ZÀ-Þ][\w-])")


def _us_state_abbreviation(word: str) -> bool:
    state = gazetteer().state(word)
    return state is not None and state[0] == "US" and word[:1].isupper() and len(word) > 3


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


def _resolve(text: str, m: re.Match[str], dateline: bool = False) -> Place | None:
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
    adj = m.groupdict().get("adj")
    if adj:
        adj = adj.removesuffix("'s").removesuffix("’s")
        cc = gazetteer().demonyms.get(adj) or gazetteer().country(adj)
        if cc:
            place.country_code = cc
            place.printed_country = gazetteer().country_name(cc)
        elif adj.islower() and gazetteer().adjective(adj) and not _region_after(text, end) and (
                m.groupdict().get("kind") not in ("colonie", "colonia", "settlement")):  # settlers
            # "im walisischen Port Talbot", "l'État brésilien de Paraná": the country's adjective;
            # but "la colonie israélienne de X, en Cisjordanie" is in the region named after it
            place.country_code, place.printed_country = gazetteer().adjective(adj) or ("", "")
    country_after = _NEIGHBOUR_COUNTRY.match(text, end) if text.startswith(",", end) else None
    if country_after and gazetteer().country(country_after.group("name")) and not (
            place.country_code or gazetteer().country(names[-1])):
        # "em Susa, na Itália", "le village de X, dans le centre de l'Espagne": its country
        names.append(country_after.group("name"))
        end = country_after.end()
        place.span = Span(place.span.start, end, text[place.span.start:end])
    bracket = _PAREN_COUNTRY.match(text, end) if len(names) > 1 else None
    if bracket and gazetteer().country(bracket.group(1)) and not gazetteer().country(names[-1]):
        # EFE: "en Westminster, Londres (Reino Unido)": the country in brackets ends the chain,
        # so that "Westminster" is read as a part of a British city, not the American one
        names.append(bracket.group(1))
    owner = _OWNER_REGION.match(text, end) if text.startswith(" of ", end) else None
    owner_code = gazetteer().country(owner.group("owner")) if owner else None
    if owner and owner_code and len(names) > 1 and all(_ADMIN_UNIT.search(n) for n in names[1:]):
        names = names[:1]  # Xinhua: "in X Village, Y Township, Z County of ... Hunan Province"
    if not fill(place, names):
        return None
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
        end = owner.end()
        place.span = Span(place.span.start, end, text[place.span.start:end])
    if place.state_inferred and not dateline:
        place.province_state = None  # "in Los Angeles": the state is not printed
    if not dateline and m.groupdict().get("prep") == "of" and _office_of(text, parts[0][1]):
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
    if place.city and _reference_before(text, parts[0][1]):
        place.city, place.city_known = None, False  # "fifty miles northeast of Saigon, Vietnam"
        place.reference = True
        place.sublocation = None
    if m.groupdict().get("kind") == "Insel" and island(place.span.text):
        # "am Strand der Insel Rügen": the island, named with its word, is the place
        place.city = text[m.start("kind"):place.span.end]
        place.province_state = None
        place.span = Span(m.start("kind"), place.span.end, place.city)
    if m.groupdict().get("kind") in PROVINCE_KINDS and place.city and \
            not place.province_state:  # "the western Indian state of Rajasthan"
        place.province_state, place.city, place.city_known = place.city, None, False
    return place


#: A distance and a direction before a place: the place is a reference, not where the photo
#: was made ("a camp 100 km west of the capital, Harare, Zimbabwe"); its country still is.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\d[\d.,]*|a\s+few|several|some|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"[\s-]*(?:km|kilometers|kilometres|miles|mi)\b(?:\s*\([^)]*\))?\s+(?:north|south|east|"
    r"west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:\w+\s+)?(?:capital|city|town)(?:\s+of\s+|\s*,\s*))?(?:the\s+)?$")


def _reference_before(text: str, start: int) -> bool:
    window = text[max(0, start - 70):start]
    if " of " not in window or not any(unit in window for unit in ("km", "mile", "kilomet")):
        return False  # cheap tests first: this runs for every place phrase
    return _REFERENCE_BEFORE.search(text, max(0, start - 70), start) is not None


#: "in Montevrain, east of Paris", "le port de Messine, en Sicile": the place's country from
#: the reference place or the island after it (inferred).
_NEIGHBOUR = re.compile(
    r",\s*(?:(?:about\s+)?(?:\d+\s+(?:km|miles|kilometres|kilometers)\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+of|(?:en|au|in|na|no|em|à)|(?:près|cerca|perto)\s+d[ea])\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")


#: Xinhua: "... of central China's Hunan Province", "... of southwest China's Guangxi Zhuang
#: Autonomous Region": the province and country a county or park is in.
_OWNER_REGION = re.compile(
    r" of (?:(?:north|south|east|west|central|northern|southern|eastern|western|northeast|"
    r"northwest|southeast|southwest|north-?east|north-?west|south-?east|south-?west)\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?P<region>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"\s+(?:Province|province|Autonomous\s+Region|autonomous\s+region|Region|Prefecture|State|"
    r"Municipality|Oblast))")
_ADMIN_UNIT = re.compile(r"\s(?:County|Township|District|Town|Village|Prefecture|City|"
                         r"county|township|district|town|village)$")


#: The country after a place in the caption languages, maybe with its part: ", na Itália",
#: ", dans le centre de l'Espagne", ", en el norte de España", ", nel nord dell'Italia".
_NEIGHBOUR_COUNTRY = re.compile(
    r",[ \t]*(?:en|au|in|na|no|em|à|dans|nel|nella)[ \t]+(?:(?:le|la|el|o|a|l['’])[ \t]*)?"
    r"(?:(?:centre|center|centro|nord|norte|north|sud|sur|sul|south|est|este|leste|east|ouest|"
    r"oeste|west|nord-est|nord-ouest|sud-est|sud-ouest|noreste|noroeste|sureste|suroeste|"
    r"nordeste|sudeste|sudoeste)[ \t]+(?:de|du|des|del|do|da|della|dell['’]|di)[ \t]*"
    r"(?:(?:la|el|o|a)[ \t]+|l['’])?)?(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)")


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
_OFFICE_OF = re.compile(r"([\w-]+)\s+(?:of|de|do|da|del|du|di|des)\s+(?:the\s+|la\s+|le\s+)?$")


def _office_of(text: str, start: int) -> bool:
    """True when a title and its preposition lead the place: 'o governador de São Paulo'."""
    m = _OFFICE_OF.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).casefold() in strip_title_words()


def _all_geographic(text: str, m: re.Match[str]) -> bool:
    return all(_geographic(part) for part, _ in _parts(text, m)[1:])


def _geographic(name: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.country(name) or gaz.state(name) or find_city(name) is not None
                or regionish(name) or is_venue(name))
