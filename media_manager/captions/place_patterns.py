"""The place patterns, in each caption language: datelines, "in CITY, STATE/COUNTRY"
phrases, "the Syrian city of X", "le village de X", "in der Stadt X", and the cheap hints
that say which of them can match a caption at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from media_manager.captions.names import trie_pattern
from media_manager.captions.place_names import venue_words

ENGLISH_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])


UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
TOKEN = rf"(?:[{UP}][\w'’.-]*|(?:al|el|ad|as|ash|ar|an|at|az|ed|ud|ul)-[\w'’-]+)"
JOIN = r"(?:de|da|do|del|della|delle|dei|degli|la|le|al|el|upon|sur|am|an|der|di|dos|das|du|y|es)"
RUN = rf"{TOKEN}(?:[ \t]+(?:{JOIN}[ \t]+(?:(?:la|las|los|le|les|l['’])[ \t]*)?)?{TOKEN}){{0,7}}"
SUFFIX = (r"(?:[ \t]+(?:(?:autonomous[ \t]+)?region|province|state|district|county|city|island|"
          r"governorate|oblast|area|prefecture|township|refugee[ \t]+camp|camp|Region|Province|"
          r"Prefecture|Oblast|Governorate|County|District))?")
PART = RUN + SUFFIX
DIRECTION = (r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
             r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|"
             r"southeast|southwest)[ \t]+)?")
#: A later part may carry its article: "Hampton, Virginia, the United States" (Xinhua).
CHAIN = rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{DIRECTION}{PART}){{0,3}})"
# a possessive only before a kind of place: "in his home town of ...", not "in his State of
# the World speech"; AP's "in a Maitland, Fla., neighborhood": an article before a town
LEAD = (r"(?:(?:the|el|la|los|las|le|les|l['’]|a(?=\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+[A-Z][\w.]*,\s+[a-z]))\s*)?(?:(?:(?:his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}?(?:home\s?town|native\s+village|village|"
        r"town|city|suburbs?|districts?|neighbou?rhoods?|region|province|capital|outskirts|"
        r"community|streets|centre|center|heart|villages|towns|slums|parts?)\s+of\s+(?:the\s+)?"
        # "in the capital, Abuja": the capital's name after a comma
        # "outside the capital Kyiv, Ukraine": the capital's name right after the word
        r"|capital,\s+|capital\s+(?=[A-Z]))?"
        # "in far western Queensland": "far" before the direction
        r"(?:(?:far\s+)?(?:north|south|east|west|central|"
        r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
        r"south-?western|northeast|northwest|southeast|southwest|downtown|rural|coastal|"
        r"occupied|Israeli-occupied|suburban)\s+)?"
        # "à la périphérie de Jammu", "en las afueras de Quito", "nos arredores de Lisboa"
        r"(?:(?:périphérie|banlieue|afueras|alrededores|periferia|arredores|proximités|environs)"
        r"\s+(?:de|d['’]|di|do|da|del|des|dos|das)\s*(?:(?:la|el|a|o)\s+|l['’])?)?")
#: The words a place phrase opens with, in the order the pattern tries them.
PREPOSITIONS = (
    "in", "near", "outside", "at", "inside", "around", "across", "from", r"(?<!next\s)to", "of",
    "on", "through", "along", "throughout", "over", "off", "into", "within", "en", "à", "au",
    "aux", "dans", "nos", "nas",
    # a sentence may open with its place: "Em Gaza, ...", "In Kabul, ..."
    "In", "En", "Em", "À", "Au", "Dans", "Nel", "Nella",
    r"près\s+de", r"cerca\s+de", "bei", "im", "nahe")
#: The prepositions that are plain words, and those written as patterns ("près\s+de").
_PLAIN_PREPOSITIONS = [p for p in PREPOSITIONS if re.escape(p) == p or p in ("à", "À")]
_PATTERN_PREPOSITIONS = [p for p in PREPOSITIONS if p not in _PLAIN_PREPOSITIONS]
#: The prepositions, the plain words as a prefix tree (faster than the flat list): whitespace
#: follows the word, so at most one of them can match at a place, in any order.
_ANY_PREPOSITION = "|".join([trie_pattern(_PLAIN_PREPOSITIONS), *_PATTERN_PREPOSITIONS])
#: The first-character test first: the engine skips other letters before trying the words.
PREPOSITION = r"(?=[abcdefinoptwàADEINÀ])(?<!\w)(?P<prep>" + _ANY_PREPOSITION + r")\s+"


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern[str]:
    """'in CITY, STATE, COUNTRY' after a preposition; a part may end with a lowercase venue
    word of the desk table, two words of description allowed before it ("in Moleson peak,
    western Switzerland", "at Pairi Daiza zoo", "at St. Boniface primary school")."""
    feature = trie_pattern(sorted(venue_words()))
    # "in Guifeng village, Sanming city, Fujian province": the kind of a town after its name
    part = (rf"{PART}(?:(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{feature})(?![\w-])"
            rf"|[ \t]+(?:village|town|township)(?=[ \t]*,))?")
    chain = rf"(?P<chain>{part}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{DIRECTION}{part}){{0,3}})"
    return re.compile(PREPOSITION + LEAD + chain)


#: Where a phrase of :func:`place_pattern` can open after the caption's first character: a
#: character that is no letter or digit, then a preposition and a space. The engine skips
#: straight to such characters (a pattern opening with a lookahead is tried at every one);
#: the plain words as a prefix tree, faster than the flat list: the lookahead asks only
#: whether one of them follows, so the order of the words cannot change where it finds one.
_PHRASE_START = re.compile(r"\W(?=(?:" + _ANY_PREPOSITION + r")\s)")


def place_phrases(text: str, end: int) -> Iterator[re.Match[str]]:
    """What ``place_pattern().finditer(text, 0, end)`` gives: the pattern tried only where
    one of its phrases can open."""
    pattern = place_pattern()
    m = pattern.match(text, 0, end)
    at = 0
    if m:
        yield m
        at = m.end()
    while True:
        found = _PHRASE_START.search(text, max(at - 1, 0), end)
        if found is None:
            return
        opens = found.end()
        m = pattern.match(text, opens, end)
        if m:
            yield m
            at = m.end()
        else:
            at = opens + 1
CITY_OF = re.compile(
    rf"\b(?:the\s+)?(?:[a-z-]+\s+)?(?P<adj>{RUN})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<kind>city|town|village|capital|suburb|enclave|port|resort|district|neighbou?rhood|"
    rf"municipality|region|province|prefecture|borough|island|isle|state|kibbutz|Kibbutz|moshav|"
    rf"settlement)"
    # "Uganda's capital, Kampala", "the Italian capital, Rome": the capital's name after a comma
    rf"(?:(?<=capital),)?\s+(?:of\s+)?(?P<chain>{PART}(?:[ \t]*,[ \t]*{DIRECTION}{PART}){{0,2}})")
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
    rf"(?=[adensv])(?<![\w'’])(?P<prep>em|na|no|di|de|du|del|des|da|do|von|aus|sur|a)\s+"
    rf"(?:(?:la|el|l['’]|le)\s*)?(?:(?:ciudad|cidade|ville|île|isla|ilha|kota|stadt)\s+(?:de\s+)?)?"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{0,2}})")
#: German: "in der indischen Stadt Agartala", "im Dorf Kofr Qadom", "nach Warnemünde",
#: "über Neunkirchen (Österreich)", "in den Niederlanden" (a plural country): a kind of place
#: (with its adjective) or a known place.
GERMAN_PLACE = re.compile(
    rf"(?<![\w'’])(?P<prep>(?i:in\s+der|in\s+dem|in\s+den|im|nach|über|bei|vor|aus\s+der|auf\s+der|auf\s+dem"
    rf"|der|dem))\s+(?:(?P<adj>(?:US-)?[a-zäöüß-]+(?:en|er|e))\s+)?"
    rf"(?:(?P<kind>Stadt|Hauptstadt|Dorf|Ort|Gemeinde|Hafenstadt|Metropole|Küstenstadt|Kleinstadt|"
    rf"Großstadt|Millionenstadt|Region|Provinz|Insel|Ortschaft|Siedlung|Flüchtlingslager|Lager"
    rf"|[A-ZÄÖÜ][a-zäöüß]+(?:stadt|insel|dorf))\s+)?(?P<chain>{PART})")
#: German: a city's adjective before a noun, "in der Schweriner Innenstadt", "im Hamburger
#: Hafen": the city (a known one only).
GERMAN_CITY_ADJECTIVE = re.compile(
    r"(?<![\w'’])(?P<prep>in\s+der|in\s+den|im|am|auf\s+dem|auf\s+der|vor\s+dem|vor\s+der)\s+"
    r"(?P<chain>[A-ZÄÖÜ][a-zäöüß]{2,}?)er\s+(?=[A-ZÄÖÜ][a-zäöüß])")
#: German landmarks named for their town: "vor der Kathedrale von Coventry" (the sublocation).
GERMAN_LANDMARK_PARTS = "Kathedrale|Kirche|Basilika|Moschee|Synagoge|Burg|Schloss|Universität"
#: German: a part of a town, then "von" and the town: "am Ortsausgang von X", "im Norden von
#: X", "am Stadthafen von X"; the town is the city.
GERMAN_PART_OF = re.compile(
    rf"(?<![\w'’])(?P<prep>im|am|an\s+der|auf\s+dem|in\s+der|vor\s+dem|vor\s+der)\s+(?P<part>Ortsausgang|"
    rf"Ortseingang|Ortsrand|Stadtrand|Stadthafen|Hafen|Zentrum|Stadtzentrum|Innenstadt|Altstadt|"
    rf"Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|Ufer|Strand|Bahnhof|"
    rf"Hauptbahnhof|Marktplatz|Rathaus|{GERMAN_LANDMARK_PARTS})\s+von\s+(?P<chain>{PART})")
_PART_OF_HINT = re.compile(r"\b(?:im|am|der|dem) [A-ZÄÖÜ]\w+ von [A-ZÄÖÜ]")
#: A German city's adjective and a part of it: "im Trierer Stadtteil X": X is the city.
GERMAN_DISTRICT_AFTER = re.compile(
    r"(?:Stadtteil|Ortsteil|Stadtbezirk|Vorort)[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß-]+(?:[ \t]+[A-ZÄÖÜ][a-zäöüß-]+)?)")
#: French, Spanish, Portuguese, Italian: "le village de Pefki", "la colonie israélienne de
#: Givat Zeev", "el barrio de Mudd", "a cidade de Santos", "il paese di Amatrice".
ROMANCE_KIND = re.compile(
    rf"(?<![\w'’])(?P<kind>ville|village|capitale|capital|colonie|commune|quartier|localité|bourg|ciudad|pueblo|port|"
    rf"district|distrito|"
    rf"puerto|porto|"
    rf"localidad|aldea|barrio|cidade|vila|aldeia|bairro|città|paese|villaggio|comune|frazione|"
    rf"municipio|município|provincia|province|région|región|regione|região|estado|état|"
    rf"departamento|département)(?:\s+(?P<adj>[a-zà-ÿ-]+))?\s+(?:de|d['’]|di|do|da|del)\s*"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART})?)")
#: "Governo do estado de São Paulo": an institution's name, not the place.
INSTITUTION_BEFORE = re.compile(
    r"(?i)\b(?:governo|gobierno|gouvernement|governador|gobernador|governatore|prefeitura|"
    r"assembleia|asamblea|assemblée|tribunal|banco|banque)\s+(?:do|de|del|du|della|da)\s*$")
#: The kinds of place that name a state or province, not a city: "la provincia de Misiones".
PROVINCE_KINDS = frozenset(["state", "province", "prefecture", "region", "provincia", "région", "región",
                            "regione", "região", "estado", "état", "departamento", "département",
                            "Provinz"])
#: "in Ayvalik district of Balikesir, Turkey": the town of a province; "in the Palermo
#: neighborhood of Buenos Aires", "the Kagurazaka district of Tokyo": a part of a big city.
DISTRICT_OF = re.compile(
    rf"(?<![\w'’])(?:in|at|near|of|from|en|à)\s+(?:the\s+)?(?P<sub>{RUN})[ \t]+"
    rf"(?P<part>district|county|municipality|township|neighbou?rhood|quarter)[ \t]+of[ \t]+"
    # "the Shah Joy district of southern Afghanistan's Zabul province": the country's own
    rf"(?:{DIRECTION}(?P<owner>{TOKEN}(?:[ \t]+{TOKEN})?)['’]s[ \t]+)?"
    rf"(?P<chain>{PART}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{PART}){{0,2}})")
#: A city this big has districts of its own: "the X district of Tokyo" is a part of it.
BIG_CITY = 1_000_000
#: "près de la ville de X", "dans l'ouest de la capitale de X": X is a reference.
NEAR_BEFORE = re.compile(r"(?i)\b(?:près|cerca|perto|vicino|proche|loin|"
                         r"(?:l['’]|le\s+|el\s+)(?:nord|sud|est|ouest|norte|sur|este|oeste))"
                         r"\s+(?:de|d['’]|a|al|du|do|da)?"
                          r"\s*(?:la|le|el|a|o|l['’])?\s*$")
#: Cheap tests first: substrings, faster than a regular expression's scan.
_ROMANCE_KIND_HINTS = ("ville ", "village ", "capitale d", "capital de", "colonie ", "commune ", "quartier ", "localité ",
                       "bourg ", "ciudad ", "pueblo ", "port d", "puerto ", "porto ",
                       "localidad ", "aldea ", "barrio ", "cidade ", "vila ", "aldeia ",
                       "bairro ", "città ", "paese ", "villaggio ", "comune ", "frazione ",
                       "municipio ", "município ", "provincia ", "province d", "région ",
                       "región ", "regione ", "região ", "estado ", "état ", "departamento ",
                       "département ", "district d", "distrito d")
_GERMAN_HINTS = (" der ", " dem ", " den ", " die ", " und ", " nach ", " über ", "Im ", " im ", " auf ",
                 " ein ", " eine ", " ist ")
FOREIGN_HINT = re.compile(
    r"(?<![\w'’])(?:em|na|no|di|de|du|del|des|da|do|von|aus|sur|a)\s+[A-ZÀ-Þ]")
#: The first-character test first: a part opens with a capital or "al-", "el-", "ud-" ...
BARE_PAIR = re.compile(rf"(?=[{UP}aeu])(?<![\w'’-])(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{1,3}})")
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
AT_SEA = re.compile(r"\b(?:SEA|OCEAN|GULF|BAY|STRAIT|STRAITS|CHANNEL|PACIFIC|ATLANTIC|"
                     r"MEDITERRANEAN|CARIBBEAN)\b")
#: Reuters French "photos de la semaine": "DIMANCHE 3 JANVIER, MEXIQUE  Funérailles de ...":
#: a day and the country in capitals heading the caption.
DATE_HEADING = re.compile(
    rf"^\s*(?:[{UP}]+[ \t]+)?\d{{1,2}}(?:ER)?[ \t]+[{UP}]{{3,}}\.?(?:[ \t]+\d{{4}})?[ \t]*,[ \t]*"
    rf"(?P<chain>[{UP}][{UP}'’ -]+?)(?:[ \t]{{2,}}|[ \t]*\n|[ \t]*[-–—:][ \t])")


#: A venue's name may join its words with "of" and "and": "The Metropolitan Museum of Art",
#: "the All England Lawn Tennis and Croquet Club".
VENUE_JOINS = frozenset(["of", "the", "and", "de", "da", "do", "del", "della", "la", "le", "al",
                          "el", "upon", "sur", "am", "an", "der", "di", "dos", "das", "du", "y",
                          "es", "des"])


#: Where a sentence starts: its end, then a capital.
SENTENCE_START = re.compile(r"[.!?][\s\"”]+(?=[A-ZÀ-Þ])")


#: A line of its own, a place and the date: Reuters Italian "...  Mosul, 27 febbraio, 2017.",
#: "Hollywood, California. 26 febbraio", El País "Ramala, Cisjordania (Palestina), 19/7/2013.".
PLACE_DATE_LINE = re.compile(
    rf"(?:^|(?<=[.!?:»\"”)])[ \t]+|\n\s*)(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{0,2}})"
    rf"(?:[ \t]*\([^()\n]{{2,30}}\))?[ \t]*[,.]?[ \t]*\Z")


#: dpa: a town and a colon open the caption, "Münster: Ein Radfahrer fährt ..." (a known town
#: only: "Fehlstart: ..." is a teaser).
COLON_LEAD = re.compile(rf"[ \t]*(?P<chain>[{UP}][\w'’.-]+(?:[ \t-][{UP}][\w'’.-]+)?)[ \t]*:[ \t]+(?=[{UP}])")
#: Spanish photo galleries: the place on a line of its own above the caption, "Lyon, Francia".
PLACE_HEADING = re.compile(rf"[ \t]*(?P<chain>{PART}(?:[ \t]*,[ \t]*{PART}){{1,2}})[ \t]*\n")


_DISTRICT_HINTS = (" district of ", " county of ", " municipality of ", " township of ",
                   " neighborhood of ", " neighbourhood of ", " quarter of ")
#: What CITY_OF needs: a kind of place, then "of" ("the city of"), or an owner's capital
#: ("Kenya's capital").
_KINDS_BEFORE_OF = ("city", "town", "village", "capital", "suburb", "enclave", "port", "resort",
                    "neighborhood", "neighbourhood", "borough", "island", "isle", "state",
                    "prefecture", "kibbutz", "Kibbutz", "moshav", "settlement")
_KIND_BEFORE_OF = re.compile(rf"\b(?:{'|'.join(_KINDS_BEFORE_OF)})\Z")
_OWNED_CAPITAL = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?capital\b")
_LONGEST_KIND = max(map(len, _KINDS_BEFORE_OF))


def _city_of_hint(text: str) -> bool:
    """A kind of place, spaces and the word "of"; or an owner's capital. Found from each "of"
    backwards: a scan for the kinds' words would start a match at nearly every letter."""
    if "capital" in text and (_OWNED_CAPITAL.search(text) or "capital, " in text):
        return True
    at = text.find("of", 1)
    while at >= 0:
        end = at  # where the kind ends: before the spaces before "of"
        while end > 0 and text[end - 1].isspace():
            end -= 1
        after = text[at + 2:at + 3]
        if end < at and not (after.isalnum() or after == "_") and _KIND_BEFORE_OF.search(
                text, max(0, end - _LONGEST_KIND), end):
            return True
        at = text.find("of", at + 1)
    return False


#: The hints as prefix-tree patterns: one scan, faster than a test per word.
_DISTRICT_HINT = re.compile(trie_pattern(set(_DISTRICT_HINTS)))
_GERMAN_HINT = re.compile(trie_pattern(set(_GERMAN_HINTS)))
_ROMANCE_KIND_HINT = re.compile(trie_pattern(set(_ROMANCE_KIND_HINTS)))


def patterns_for(text: str) -> list[re.Pattern[str]]:
    """Only the patterns that can match: cheap tests first keep parsing fast."""
    patterns = []
    if " - " in text or " – " in text:
        patterns.append(SPORT_LOCATION)
    if " of " in text and _DISTRICT_HINT.search(text):
        patterns.append(DISTRICT_OF)
    if (" of " in text or "capital" in text) and _city_of_hint(text):
        patterns.append(CITY_OF)
    patterns.append(place_pattern())
    if " von " in text and _PART_OF_HINT.search(text):
        patterns.insert(len(patterns) - 1, GERMAN_PART_OF)  # before "im Norden" is read
    if _GERMAN_HINT.search(text):
        patterns.append(GERMAN_PLACE)
        patterns.append(GERMAN_CITY_ADJECTIVE)
    if _ROMANCE_KIND_HINT.search(text):
        patterns.append(ROMANCE_KIND)
    return patterns
