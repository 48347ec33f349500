"""Offline gazetteer: countries and subdivisions (ISO 3166, from pycountry, in
``data/countries.tsv``), cities (GeoNames, in ``data/cities.tsv``), and the desk's own table
``data/places.tsv`` (AP state abbreviations, aliases, dateline cities).

Indexes are built on first use and cached, so importing this module costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from media_manager.captions.names import PARTICLES, smart_case
from media_manager.captions.tables import read_data, read_rows


@dataclass
class Gazetteer:
    """Dict lookups over places, keyed by casefolded name unless noted."""

    countries: dict[str, str] = field(default_factory=dict)  # name -> ISO code
    display: dict[str, str] = field(default_factory=dict)  # ISO code -> name to report
    states: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (cc, name)
    exact_states: dict[str, tuple[str, str]] = field(default_factory=dict)  # "PA" -> ...
    demonyms: dict[str, str] = field(default_factory=dict)  # "Syrian" -> "SY"
    datelines: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # -> (city, cc, st)
    subdivisions: dict[tuple[str, str], str] = field(default_factory=dict)  # (cc, name) -> name
    #: US postal codes that are words or agencies too ("IN", "PA"): a state only after a place
    postal: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: folded base form of a country's adjective in the caption languages -> (cc, name printed)
    adjectives: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: an adjective of a region ("Andalusian") -> (cc, region name)
    region_demonyms: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: a region also read as its country's name ("Gaza Strip") -> its country code
    territories: dict[str, str] = field(default_factory=dict)

    def country(self, text: str) -> str | None:
        """ISO code of the country ``text`` names, else None."""
        key = _key(text)
        return self.countries.get(key) or self.countries.get(key.removeprefix("the "))

    def territory(self, text: str) -> str | None:
        """Country code of a region that names its country too ("West Bank"), else None."""
        return self.territories.get(_key(text)) if self.territories else None

    def country_name(self, code: str) -> str:
        return self.display.get(code, code)

    def state(self, text: str) -> tuple[str, str] | None:
        """(country code, full name) of a state/province/nation ``text`` names."""
        stripped = text.strip()
        if stripped in self.exact_states:
            return self.exact_states[stripped]
        return self.states.get(_key(stripped))

    def dateline(self, text: str) -> tuple[str, str, str] | None:
        return self.datelines.get(_key(text))

    def adjective(self, word: str) -> tuple[str, str] | None:
        """(country code, English name) of a country's adjective in German, French, Spanish,
        Portuguese or Italian, inflected or not: 'walisischen', 'syrienne', 'brasileña'."""
        key = fold(word)
        if len(key) < 4:
            return None
        for stem in _stems(key):
            found = self.adjectives.get(stem)
            if found:
                return found
        compass = _COMPASS.match(key)  # "nordsyrischen", "südostasiatischen": its country's
        if compass and len(key) - compass.end() >= 4:
            return self.adjective(key[compass.end():])
        return None

    def subdivision(self, cc: str, text: str) -> str | None:
        return self.subdivisions.get((cc, _key(text)))


#: A German compass prefix fused to a country's adjective: "nordsyrisch", "südwestfranzösisch".
_COMPASS = re.compile(r"(?:nord|sud|ost|west)(?:ost|west)?-?")

#: Inflections of an adjective: German -en/-er/-es/-em/-e, French -ne(s)/-e(s)/-s, Romance -a/-o
#: -os/-as/-i/-e/-es.
_ENDINGS = ("nes", "ne", "en", "er", "es", "em", "os", "as", "e", "s", "a", "i", "o")


def _stems(key: str) -> list[str]:
    stems = [key]
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            stems.append(key[: -len(ending)])
            if ending in ("a", "i", "e", "as", "os", "es"):
                stems.append(key[: -len(ending)] + "o")  # "siriana", "siriani" -> "siriano"
    return stems


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").strip(" .,").split()).casefold()


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Casefolded, accents removed: 'Bogotá' -> 'bogota'."""
    if text.isascii():  # NFKD leaves ASCII as it is, and it holds no combining marks
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Countries, states and the desk table: the ISO 3166 names of ``data/countries.tsv``
    (derived from pycountry by ``build_countries``), then the rows of ``data/places.tsv``."""
    gaz = Gazetteer()
    for row in _iso_rows():
        if row[0] == "name":
            gaz.countries[row[1]] = row[2]
        elif row[0] == "display":
            gaz.display[row[1]] = row[2]
    for country_code, name, key, _ in subdivision_rows():
        gaz.subdivisions[(country_code, key)] = name
    for row in read_rows("places.tsv"):
        _add_row(gaz, row)
    return gaz


@lru_cache(maxsize=1)
def _iso_rows() -> tuple[list[str], ...]:
    return tuple(read_rows("countries.tsv"))


@lru_cache(maxsize=1)
def subdivision_rows() -> tuple[tuple[str, str, str, str], ...]:
    """(country code, name, key, folded name) of every ISO 3166-2 subdivision, in pycountry's
    order, read from ``data/countries.tsv`` (pycountry itself is not imported to parse a
    caption); the key is the name as :meth:`Gazetteer.subdivision` looks it up, the folded
    name as :func:`fold` gives it."""
    return tuple((row[1], row[2], row[3], row[4]) for row in _iso_rows()
                 if row[0] == "subdivision")


def subdivision_names() -> tuple[tuple[str, str], ...]:
    """(country code, name) of every ISO 3166-2 subdivision, in pycountry's order."""
    return tuple(row[:2] for row in subdivision_rows())


#: The caption languages whose country names are known too ("im Libanon", "en Turquía").
CAPTION_LANGUAGES = ("de", "fr", "es", "pt", "it")


def _add_row(gaz: Gazetteer, row: list[str]) -> None:
    kind, text = row[0], row[1]
    code = row[2] if len(row) > 2 else ""
    name = row[3] if len(row) > 3 else ""
    if kind == "state":
        if len(text) <= 3 and text.isupper() and "." not in text:
            gaz.exact_states[text] = (code, name)
        else:
            gaz.states[_key(text)] = (code, name)
            gaz.subdivisions[(code, _key(text))] = name
    elif kind == "postal":
        gaz.postal[text] = (code, name)
    elif kind == "country":
        gaz.countries[_key(text)] = code
    elif kind == "display":
        gaz.display[text] = code
    elif kind == "demonym" and code:
        gaz.demonyms[text] = code
    elif kind == "region_demonym" and code:
        gaz.region_demonyms[text] = (code, name)
    elif kind == "territory" and code:
        gaz.territories[_key(text)] = code
    elif kind == "adjective" and code:
        gaz.adjectives[fold(text)] = (code, name or gaz.country_name(code))
    elif kind == "dateline":
        words = smart_case(text).split()
        city = " ".join("St." if w == "ST." else w.lower() if i and w.casefold() in PARTICLES
                        else w.capitalize() if w.isupper() else w for i, w in enumerate(words))
        gaz.datelines[_key(text)] = (city, code, name)


class City(NamedTuple):
    name: str
    country_code: str
    population: int


class CityTable:
    """``data/cities.tsv`` searched where it lies: its lines are sorted by folded name, so a
    lookup bisects a small index of every block's first name, then finds its line in that
    block with one substring search, instead of the whole table being split into a dict of
    49,000 entries first (a tenth of a second in every process that parses)."""

    #: Characters a block of the index holds at least (about sixty lines).
    BLOCK = 2048

    def __init__(self, text: str) -> None:
        self.text = text
        self.first = 0
        while text.startswith("#", self.first):  # the header comment
            self.first = text.index("\n", self.first) + 1
        self._starts: list[int] = []  # where each block's first line starts
        self._names: list[str] = []  # its folded name

    def _index(self) -> None:
        """The blocks' first lines, found once, on the first lookup."""
        text, at = self.text, self.first
        while at < len(text):
            self._starts.append(at)
            self._names.append(text[at:text.find("\t", at)])
            at = text.find("\n", at + self.BLOCK) + 1
            if at == 0:
                break

    def get(self, key: str, default: str | None = None) -> str | None:
        """The entry of the cities whose folded name is ``key`` (``default`` if none)."""
        if not self._starts:
            self._index()
        if "\t" in key or "\n" in key:
            return default  # no name holds them
        block = bisect_right(self._names, key) - 1
        if block < 0:
            return default  # before the first name
        text, start = self.text, self._starts[block]
        if self._names[block] != key:
            end = self._starts[block + 1] if block + 1 < len(self._starts) else len(text)
            at = text.find("\n" + key + "\t", start, end)
            if at < 0:
                return default
            start = at + 1
        tab = start + len(key)
        end = text.find("\n", tab)
        return text[tab + 1:len(text) if end < 0 else end]


@lru_cache(maxsize=1)
def cities() -> CityTable:
    """Cities of 15,000 people or more (GeoNames) by folded name, as their table entry.

    Read from ``data/cities.tsv`` (derived by ``build_cities``, sorted by name); each
    entry is found and parsed only when a caption asks for that name, so loading costs
    one file read.
    """
    return CityTable(read_data("cities.tsv"))


@lru_cache(maxsize=4096)
def cities_called(key: str) -> tuple[City, ...]:
    """The cities whose folded name is ``key``, most populous first."""
    entry = cities().get(key)
    if not entry:
        return ()
    found = []
    for city in entry.split("|"):
        name, country_code, population = city.split("\t")
        found.append(City(name, country_code, int(population)))
    return tuple(found)


@lru_cache(maxsize=16384)
def find_city(name: str, country_code: str | None = None) -> City | None:
    """The most populous city called ``name`` (in ``country_code`` when given)."""
    found = cities_called(fold(name.strip(" .,")))
    if not found:
        return None
    if country_code:
        return next((c for c in found if c.country_code == country_code), None)
    return found[0]
