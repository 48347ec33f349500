"""Places that are not cities: regions and provinces of any country, islands, possessive
places ("China's Macao", "Athens' Syntagma Square") and demonym phrases ("the Lebanese side
of the border"). Each tells the country a photo was made in when the caption names none."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from media_manager.captions.gazetteer import find_city, fold, gazetteer, subdivision_rows
from media_manager.captions.names import trie_pattern
from media_manager.captions.tables import read_rows

REGION_SUFFIX = re.compile(
    r"(?i)\s+(?:autonomous\s+region|region|province|prefecture|oblast|governorate|county|"
    r"district|state|municipality|department)$")
POSSESSIVE = re.compile(r"^(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?P<rest>\S.*)$")
DIRECTION = re.compile(r"(?i)^(?:north|south|east|west|central|northern|southern|eastern|"
                       r"western|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+")
DEMONYM_SIDE = re.compile(
    r"\bthe\s+(?P<adj>[A-Z][a-z]+)\s+(?:side|part|half|shore|bank|coast)\s+of\b")


def words_after(words: Iterable[str], sign: str, before: str) -> str:
    """``(?<SIGN BEFORE)`` and a prefix tree of ``words``, with the look-behind written after
    each word's first letter (``A(?<!BEFORE A)...``): the same matches, but a pattern that
    opens with letters lets the engine skip straight to them, where one opening with a
    look-behind is tried at every character of the text."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], set()).add(word[1:])
    return "|".join(f"{re.escape(first)}(?<{sign}{before}{re.escape(first)}){trie_pattern(rest)}"
                    for first, rest in sorted(by_first.items()))


@lru_cache(maxsize=1)
def _subdivisions_by_name() -> dict[str, tuple[str, str] | None]:
    """Folded subdivision name -> (country code, name); None where two countries share it."""
    out: dict[str, tuple[str, str] | None] = {}
    for country_code, name, _, key in subdivision_rows():
        found = (country_code, name)
        out[key] = found if out.get(key, found) == found else None
    return out


def subdivision_named(name: str) -> tuple[str, str] | None:
    """(country code, name) of the one subdivision called ``name``, a city's name or not:
    EFE's "Cercedilla (Madrid)" names the province."""
    return _subdivisions_by_name().get(fold(name))


@lru_cache(maxsize=8192)
def region_of(name: str) -> tuple[str, str] | None:
    """(country code, region as printed) of a province/region name of any country:
    'Fukushima Prefecture', 'East Sussex', 'Luhansk Region'; None when unknown or a city."""
    bare = REGION_SUFFIX.sub("", name)
    found = _subdivisions_by_name().get(fold(bare))
    if found is None or (bare == name and find_city(name) is not None):
        return None
    return found[0], bare if name.lower().endswith(" province") else name


@lru_cache(maxsize=1)
def islands() -> dict[str, tuple[str, bool]]:
    """Folded island name -> (country code, whether the island is also its town's name),
    from the desk table ``places.tsv`` (kind ``island``)."""
    out = {}
    for row in read_rows("places.tsv"):
        if row[0] == "island" and len(row) > 2:
            out[fold(row[1])] = (row[2], len(row) > 3 and row[3] == "town")
    return out


@lru_cache(maxsize=1)
def venues() -> dict[str, str]:
    """Folded venue name -> country code, from the desk table (kind ``venue``): places
    that are no city but tell the country ("White House", "Oval Office", "Kremlin")."""
    return {fold(row[1]): row[2] for row in read_rows("places.tsv")
            if row[0] == "venue" and len(row) > 2 and row[2]}


@lru_cache(maxsize=1)
def _venue_names() -> re.Pattern[str]:
    names = [row[1] for row in read_rows("places.tsv") if row[0] == "venue" and len(row) > 2
             and row[2]]
    return re.compile(r"(?:" + words_after(set(names), "!", r"[\w'’]") + r")(?![\w'’])")


def venue_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A venue of the desk table named anywhere in ``text[start:end]`` ("The White House is
    bathed in pink light"): its country code and span, for a caption that names no place."""
    m = _venue_names().search(text, start, end)
    if m is None:
        return None
    code = venue_of(m.group(0))
    return (code, m.start(), m.end()) if code else None


#: A capitalised word: the words before an event's or a venue's word may name its city.
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![a-z])")


@lru_cache(maxsize=1)
def _event_or_venue_word() -> re.Pattern[str]:
    """An event's or a venue's word, capitalised, in a name: "Festival", "Racecourse" (glued
    titles too: "Cheltenham FestivalThe ...")."""
    from media_manager.captions.place_names import event_words, venue_words

    words = {w.capitalize() for w in event_words() | venue_words() if w.isalpha()}
    return re.compile("(?:" + words_after(words, "=", r"[a-z][ \t]") + r")(?![a-z])")


def city_named_in(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The country of a city that names an event or a venue ("the Cheltenham Festival",
    "Doncaster Racecourse"), for a caption that names no place: where the picture was made
    (inferred). Teams ("Leeds United") are no events: a team plays away."""
    for word in _event_or_venue_word().finditer(text, start, end):
        before = [m for m in _CAPITALISED.finditer(text, max(start, word.start() - 30),
                                                    word.start())]
        for first in (len(before) - 2, len(before) - 1):  # "New York Marathon", "York ..."
            if first < 0:
                continue
            run = before[first:]
            if text[run[0].start():word.start()].count(" ") + text[
                    run[0].start():word.start()].count("-") != len(run):
                continue  # the words must stand next to each other, right before the word
            city = find_city(text[run[0].start():run[-1].end()])
            if city is not None and city.population >= 50_000:
                return city.country_code, run[0].start(), run[-1].end()
    return None


@lru_cache(maxsize=8192)
def venue_of(name: str) -> str | None:
    key = fold(name)
    return venues().get(key.removeprefix("the "))


_ISLAND_WORDS = re.compile(r"(?i)^(?:the\s+)|\s+(?:island|islands|isle)$")


@lru_cache(maxsize=8192)
def island(name: str) -> tuple[str, bool] | None:
    bare = _ISLAND_WORDS.sub("", name)
    return islands().get(fold(bare)) or islands().get(fold(name))


def split_possessive(name: str) -> tuple[str, str] | None:
    """'China's Macao' -> ('China', 'Macao'); 'Athens' Syntagma Square' -> ('Athens', ...),
    when the owner is a country or a known city."""
    m = POSSESSIVE.match(name) if "'" in name or "’" in name else None  # cheap test first
    if not m:
        return None
    owner = m.group("owner")
    if gazetteer().country(owner) or find_city(owner) is not None:
        return owner, m.group("rest")
    bare = DIRECTION.sub("", owner)  # Xinhua: "southwest China's Sichuan Province"
    if bare != owner and gazetteer().country(bare):
        return bare, m.group("rest")
    return None


#: A place noun and a country's adjective in the caption languages: "sur l'île italienne",
#: "en suelo cubano", "no território brasileiro"; German puts the adjective first: "auf einem
#: italienischen Campingplatz" (the noun is found first, then the word before it).
ADJECTIVE_PLACE = re.compile(
    r"(?<!\w)(?:île|isla|ilha|isola|suelo|sol|solo|territoire|territorio|território|côte|costa|"
    r"capitale|ville|ciudad|cidade|città|village|pueblo|aldeia|frontière|frontera|fronteira|"
    r"plage|playa|praia|spiaggia|port|puerto|porto)[ \t]+(?P<adj>[a-zà-ÿ]{4,})"
    r"|[ \t](?:Campingplatz|Insel|Hauptstadt|Stadt|Küste|Grenze|Boden|Dorf|Strand|Hafen|"
    r"Hafenstadt|Kleinstadt|Metropole)\b")
_GERMAN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’-])([a-zäöüß]{4,}(?:en|er|es|e))$")


def demonym_country(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """'the Lebanese side of the border', "sur l'île italienne": the country code and the span
    of the adjective."""
    m = DEMONYM_SIDE.search(text, start, end)
    if m:
        code = gazetteer().demonyms.get(m.group("adj"))
        if code:
            return code, m.start("adj"), m.end("adj")
    for m in ADJECTIVE_PLACE.finditer(text, start, end):
        if m.group("adj"):
            at, word = m.start("adj"), m.group("adj")
        else:
            before = _GERMAN_ADJECTIVE_BEFORE.search(text, max(start, m.start() - 30), m.start())
            if before is None:
                continue
            at, word = before.start(1), before.group(1)
        found = gazetteer().adjective(word)
        if found:
            return found[0], at, at + len(word)
    return None
