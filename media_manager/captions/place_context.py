"""Where a place phrase stands: a place people came from or went to (background), a
reference place ("50 km north of X"), a name's particle or a nationality rather than a
place, and the score its position earns (first sentence, next to the photo's date)."""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.gazetteer import fold, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.person_titles import _is_title_word
from media_manager.captions.place_names import Place, venue_words

#: Between a place and the photo's date: "in Paris on May 6", "à Paris le 6 mai", "en Lima el
#: 5 de mayo", "em Lisboa, em 2 de maio", "a Roma il 6 maggio", "in Berlin am 6. Mai".
#: AP: "in Bodrum, Turkey, early Wednesday, Sept. 2, 2015": "early"/"late" before the day
_BEFORE_DATE = re.compile(r"[\s,]*(?:(?:early|late)\s+)?(?:(?:on|le|el|em|il|am|ce|este|on\s+the)\s*)?")
_LARGER_THEN_DATE = re.compile(
    r",\s*(?:en|au|aux|dans\s+l[ae]|em|no|na)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?"
    r"\s*,?\s*(?:(?:on|le|el|em|il|am)\s*)?")


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
    return _background_in(text[max(0, start - 40):start + 1])


@lru_cache(maxsize=4096)
def _background_in(window: str) -> bool:
    """Cached: a place phrase's score and its background flag both ask about one window."""
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


#: Where people or things come from or go to, not where the photo was made: "from", "of",
#: and the words of other languages that mean "of"/"from" ("migrants de Tunisie", "aus Syrien").
ORIGIN_PREPOSITIONS = frozenset(["from", "to", "of", "de", "du", "des", "da", "do", "dos", "das",
                                 "del", "von", "aus"])
#: Words that mean "of" and also join the parts of a name ("Puerta del Sol", "Lula da Silva").
NAME_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das", "du", "des", "von"])
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s+)+$")


def inside_a_name(text: str, start: int) -> bool:
    """'Puerta del Sol': the particle joins a name; but 'Palacio Real de Madrid', a venue's
    name, is followed by its city."""
    m = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if text.startswith(_ARTICLE_PARTICLES, start):
        return True  # "Museo del Prado", "Palácio do Planalto": a particle with its article
    return not any(w.casefold() in venue_words() for w in m.group(0).split())


#: Particles that hold an article: a venue's name goes on after them ("Museo del Prado"),
#: where a city's name takes none ("Palacio Real de Madrid").
_ARTICLE_PARTICLES = ("del ", "do ", "da ", "dos ", "das ", "du ", "des ")


_NAME_BEFORE_OF = re.compile(r"[A-Z][\w'’.-]*\s+of\s+$")


def preposition(m: re.Match[str]) -> str | None:
    """The phrase's preposition; None where its pattern has none ("the Syrian city of X").
    Read from the one group: ``groupdict()`` builds a dict of them all, for every phrase."""
    return m["prep"] if "prep" in m.re.groupindex else None


def is_nationality(text: str, m: re.Match[str]) -> bool:
    """'Simon Roe of Australia', 'President of France': after a capitalised name, 'of
    COUNTRY' tells whom a person plays for or serves, not where the photo was made."""
    if preposition(m) != "of" or "," in m.group("chain"):
        return False
    if not _NAME_BEFORE_OF.search(text, max(0, m.start() - 40), m.end("prep") + 1):
        return False
    return gazetteer().country(m.group("chain")) is not None


#: "seen from Oakland", "photographed from a hill in X": where the camera stood, not an origin.
_VANTAGE_VERB = re.compile(r"(?<![\w'’])(?:seen|viewed|photographed|pictured|taken|shot|filmed|"
                           r"watched)[ \t]+$")


#: "flooded the coast of Gulfport", "the streets of Kyiv": a part of the place the picture
#: shows before "of", not where people came from.
_SCENE_OF = re.compile(r"(?<![\w'’])(?:coast|coastline|shores?|beach|beaches|waterfront|"
                       r"streets|skyline|outskirts|suburbs|banks|island|isle)[ \t]+$")
#: "a boat in Thai waters off the southern island of Koh Lipe": at sea, not on the island.
_OFF_ISLAND = re.compile(r"(?<![\w'’])off[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:island|isle)[ \t]+$")


def _place_preposition(text: str, m: re.Match[str]) -> str:
    """The phrase's preposition for its score: "from" after a verb of seeing names the
    vantage point, where the photo was made, not where people came from; "of" after a part
    of the scene ("the coast of X") names the place itself."""
    prep = preposition(m) or "in"
    if prep == "from" and _VANTAGE_VERB.search(text, max(0, m.start() - 14), m.start()):
        return "at"
    if prep == "of" and _SCENE_OF.search(text, max(0, m.start() - 12), m.start()) and not (
            _OFF_ISLAND.search(text, max(0, m.start() - 40), m.start())):
        return "in"
    return prep


def home_of_person(text: str, m: re.Match[str]) -> bool:
    """'Jane Roe, 10, from north Leeds, waves': where a person lives, in an appositive; not
    the photo's town, though most likely its country."""
    return preposition(m) == "from" and text.startswith(",", m.end()) and (
        _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None)


def is_background(text: str, m: re.Match[str]) -> bool:
    prep = _place_preposition(text, m)
    return prep in ORIGIN_PREPOSITIONS or bool(
        _background_before(text, m.start()))


def context_score(text: str, m: re.Match[str], date: Span | None, first_stop: int
                   ) -> float:
    date_start = date.start if date else None
    date_end = date.end if date else None
    prep = _place_preposition(text, m)
    start = m.start()
    score = 2.0 if start < first_stop else 0.0
    if prep in ORIGIN_PREPOSITIONS:
        score -= 3
    elif prep == "on":
        score -= 1
    if _background_before(text, start):
        score -= 3
    if text.find(" the ", max(0, start - 30), start + 5) >= 0 and _APPOSITIVE_BEFORE.search(
            text, max(0, start - 80), m.start("chain")):
        score -= 3  # "in Secunderabad, the twin city of Hyderabad": the city it is compared to
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


#: A person's name (or age) and a comma before "from": an appositive of where they live.
_NAME_COMMA_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]+|\d{1,3}|left|right|center|centre),[ \t]+$")


#: A place, then a description of it naming a larger or sister place: "in X, the twin city
#: of Y", "at X, the port town of Y".
_APPOSITIVE_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2},\s+the\s+"
    r"(?:[a-z-]+\s+){0,2}(?:city|town|capital|port|suburb)\s+of\s+$")


#: A distance and a direction before a place: the place is a reference, not where the photo
#: was made ("a camp 100 km west of the capital, Harare, Zimbabwe"); its country still is.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\d[\d.,]*|a\s+few|several|some|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"[\s-]*(?:km|kilometers|kilometres|miles|mi)\b(?:\s*\([^)]*\))?\s+(?:north|south|east|"
    r"west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:\w+\s+)?(?:capital|city|town)(?:\s+of\s+|\s*,\s*))?(?:the\s+)?$")


def reference_before(text: str, start: int) -> bool:
    window = text[max(0, start - 70):start]
    if " of " not in window or not any(unit in window for unit in ("km", "mile", "kilomet")):
        return False  # cheap tests first: this runs for every place phrase
    return _REFERENCE_BEFORE.search(text, max(0, start - 70), start) is not None


#: "the Russian capital", "the Kenyan city": the caption names the place's country again.
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+(?P<adj>[A-Z][a-z]+)\s+(?:capital|city)\b")


def country_from_demonym_mention(text: str, place: Place, end: int) -> None:
    """'... in Moscow, following a lockdown earlier in the day in the Russian capital': the
    demonym names the country of the place, printed (SOURCES: a demonym counts)."""
    if not place.country_inferred or place.country_code is None:
        return
    if text.find(" capital", place.span.end, end) < 0 and text.find(" city", place.span.end,
                                                                     end) < 0:
        return  # cheap test first
    for m in _DEMONYM_CAPITAL.finditer(text, place.span.end, end):
        if gazetteer().demonyms.get(m.group("adj")) == place.country_code:
            place.printed_country = gazetteer().country_name(place.country_code)
            place.country_inferred = False
            return


#: A country printed right after the city: "in Legaspi, the Philippines", "a cidade de Seul,
#: na Coreia do Sul" (the chain's own rules read neither the article nor the preposition).
_COUNTRY_AFTER_CITY = re.compile(
    r",[ \t]*(?:(?P<prep>na|no|em|en|au|aux|in|nel|nella)[ \t]+)?(?P<the>the[ \t]+)?"
    r"(?P<name>[A-ZÀ-Þ][\w-]+(?:[ \t]+(?:(?:do|da|de|del|of)[ \t]+)?[A-ZÀ-Þ][\w-]+)*)"
    r"(?![\w'’-]|[ \t]+[A-ZÀ-Þ])")
#: A country named before the city in its sentence: after a preposition of place ("riot
#: police in Nigeria practise ..."), or as the owner of a thing: lowercase words that no
#: capitalised name follows ("one of Morocco's top nightclubs, Theatro, in Marrakesh"; not
#: "South Korea's new President Moon").
_COUNTRY_BEFORE_CITY = re.compile(
    r"(?<![\w'’])(?:(?:in|na|no|em|en|au|aux|nel|nella)[ \t]+(?P<name>[A-ZÀ-Þ][\w-]+"
    r"(?:[ \t]+(?:(?:do|da|de|del|of)[ \t]+)?[A-ZÀ-Þ][\w-]+)*)(?![\w'’-]|[ \t]+[A-ZÀ-Þ])"
    r"|(?P<owner>[A-ZÀ-Þ][\w-]+(?:[ \t][A-ZÀ-Þ][\w-]+)?)['’]s[ \t]+(?P<next>[a-z]+)(?![\w'’-])"
    r"(?:\s+(?P<then>[a-z]+)(?![\w'’-]))?+(?!\s+[A-ZÀ-Þ]))")
#: What stands between that country and its city: its capital ("in the capital, Abuja",
#: "in der Hauptstadt Abuja") or "near" ("hier in Russland, nahe St. Petersburg").
_CAPITAL_OR_NEAR = re.compile(
    r"(?:\b(?:capital|capitale|Hauptstadt)|,[ \t]*(?:nahe|near|près[ \t]+de|cerca[ \t]+de|"
    r"perto[ \t]+de|vicino[ \t]+a))[ \t,]*(?:of[ \t]+|de[ \t]+|d['’]|von[ \t]+)?$")
_SENTENCE_END = re.compile(r"[.!?][\s\"”]+(?=[A-ZÀ-Þ])")


def country_from_name_mention(text: str, place: Place, end: int) -> None:
    """A city whose country the gazetteer infers, and its sentence names that country: right
    after the city ("in Legaspi, the Philippines"), or before it with the city its capital or
    near it ("riot police in Nigeria ... in the capital, Abuja"), or as the owner of a thing in
    the city ("one of Morocco's top nightclubs, Theatro, in Marrakesh"); the country is
    printed, as the sentence names it. Not a region that names its country ("in the West
    Bank"), nor an owner of a person ("Japan's prime minister")."""
    if not place.country_inferred or place.country_code is None or not place.city:
        return
    m = _COUNTRY_AFTER_CITY.match(text, place.span.end, end)
    if m and _names_country(m.group("name"), place) and (m.group("prep") or m.group("the")):
        place.printed_country = f"the {m.group('name')}" if m.group("the") else m.group("name")
        place.country_inferred = False
        return
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, place.span.start - 300), place.span.start):
        start = m.end()
    for m in _COUNTRY_BEFORE_CITY.finditer(text, start, place.span.start):
        name = m.group("name") or m.group("owner")
        if not _names_country(name, place):
            continue
        if m.group("owner"):
            if any(_is_title_word(w) for w in (m.group("next"), m.group("then")) if w):
                continue  # "Japan's prime minister": a person's country
        elif not _CAPITAL_OR_NEAR.search(text, max(m.end(), place.span.start - 40),
                                         place.span.start):
            continue
        place.printed_country = name
        place.country_inferred = False
        return


def _names_country(name: str, place: Place) -> bool:
    return gazetteer().country(name) == place.country_code and not gazetteer().territory(
        name) and fold(name) not in fold(place.city or "")


#: A noble or royal title before "de"/"di"/"du": "princesa de Asturias", "duc d'Orléans".
_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:princesa|príncipe|princesse|principessa|principe|duque|duquesa|duc|duchesse|"
    r"duca|duchessa|conde|condesa|comte|comtesse|contessa|marqués|marquesa|marquis|marquise|"
    r"infanta|infante|rey|reina|roi|reine|regina)\s+$")


def after_a_title(text: str, start: int) -> bool:
    """'Leonor, princesa de Asturias': the place names the title, not where the photo was
    made (English 'Princess of Wales' is read by ``is_nationality``)."""
    return _TITLE_BEFORE.search(text, max(0, start - 16), start) is not None
