"""The sublocation: the venue or landmark of a place phrase (IPTC Location), just before it
("at Wembley Stadium in London") or earlier in its sentence ("at Alvalade Stadium before the
match ... in Lisbon", "au Stade de l'Amitié à Cotonou", "na sacada do Palácio de Buckingham")."""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import WEEKDAYS
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.model import Span
from media_manager.captions.names import trie_pattern
from media_manager.captions.people import strip_title_words
from media_manager.captions.place_names import NOT_PLACES, event_words, is_venue, venue_words
from media_manager.captions.place_patterns import (
    ENGLISH_MONTHS,
    JOIN,
    SENTENCE_START,
    TOKEN,
    UP,
    VENUE_JOINS,
)
from media_manager.captions.regions import venue_in, venue_of

VENUE_RUN = rf"{TOKEN}(?:[ \t]+(?:(?:{JOIN}|of|of[ \t]+the|and|des)[ \t]+)?{TOKEN}){{0,7}}"
#: "at Wembley Stadium in London", "across Vauxhall Bridge in", "at Pairi Daiza zoo in",
#: Getty's "at The O2 Arena on October 14, 2023 in", AP's "near Shibuya Station Wednesday,
#: April 8, 2020, in", Xinhua's "shows the X Bridge in southwest China's": the venue just
#: before the place phrase, a date or a compass word allowed between.
_VENUE_DATE = (r"(?:,?[ \t]+(?:on[ \t]+)?(?:[A-Z][a-z]+day,?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+\d{1,2}"
               r"(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}))?")
SUBLOCATION = re.compile(  # the words' first letters tested first
    rf"(?=[ailnoevs])\b(?:at|inside|outside|on|near|across|along|over|visit|visits|visiting|shows"
    rf"|in\s+front\s+of"
    rf"|leave|leaves|leaving|enter|enters|entering)"  # "as it leaves St Paul's Cathedral, in"
    rf"\s+(?:the\s+)?(?P<sub>(?:The[ \t]+)?(?:\d+[A-Z]*[ \t]+)?{VENUE_RUN}(?:[ \t]+[a-z-]+){{0,3}}?)"
    rf"{_VENUE_DATE}(?:\s*,\s*(?:in\s+)?|\s+in\s+(?:(?:north|south|east|west|central)[a-z]*\s+)?"
    rf"|\s+of\s+|\s+(?:outside|near)\s+(?:of\s+)?)$")


def sublocation_before(text: str, start: int) -> tuple[str, Span] | None:
    """'at Wembley Stadium in London': the venue just before a place phrase; else the first
    venue earlier in the place's sentence ("at the Alvalade Stadium before the match ... in
    Lisbon", "au Stade de l'Amitié à Cotonou", "na sacada do Palácio de Buckingham ...")."""
    return venue_right_before(text, start) or _venue_earlier_in_sentence(text, start)


def venue_right_before(text: str, start: int) -> tuple[str, Span] | None:
    window_start = max(0, start - 90)
    m = SUBLOCATION.search(text, window_start, start)
    if m and gazetteer().country(m.group("sub")) is None:
        sub = m.group("sub")
        words = sub.split()
        for i, word in enumerate(words):
            if i and (word.casefold() in WEEKDAYS or word.casefold().rstrip(".") in ENGLISH_MONTHS):
                sub = " ".join(words[:i])  # "Shibuya Station Wednesday, April 8"
                break
        lower = [w for w in sub.split() if w.islower() and w not in VENUE_JOINS]
        if lower and lower[-1] not in venue_words():
            return None  # only a venue word may end it lowercase: "Toshimaen amusement park"
        if any(w.casefold() in event_words() for w in sub.split()):
            return None  # "at London Fashion Week, in London": an event, not a venue
        if _person_named(sub):
            return None  # "meets visiting Spanish Prime Minister Ana Roy in Rome": a person
        if _ADMIN_UNIT_WORD.search(sub) and not is_venue(sub):
            return None  # Xinhua's "at X Village of Y County in": a town, not a venue
        if find_city(sub) is None and sub.casefold() not in NOT_PLACES:
            return _inner_venue(text, m.start()) or (
                sub, Span(m.start("sub"), m.start("sub") + len(sub), sub))
    return None


#: The units of Xinhua's nested places that name towns, never venues ("at Debao County on
#: October 16, 2022 in Baise" stays the venue a Getty caption makes of its county).
_ADMIN_UNIT_WORD = re.compile(r"\b(?:Village|Township)\b")


def _person_named(sub: str) -> bool:
    """A demonym or a title opens the name and no venue word is in it: a person."""
    first = sub.split(maxsplit=1)[0]
    return (first in gazetteer().demonyms or first.casefold() in strip_title_words()) and not (
        is_venue(sub))


@lru_cache(maxsize=1)
def _common_venue() -> re.Pattern[str]:
    """'at the regional court in', 'shows the cathedral in': a venue named by its lowercase
    word alone (maybe with one word before it), the definite article before it."""
    words = trie_pattern(sorted(venue_words()))
    return re.compile(rf"(?<![\w'’])(?:at|inside|outside|shows|in[ \t]+front[ \t]+of)[ \t]+the[ \t]+"
                      rf"(?P<sub>(?:[a-z-]+[ \t]+)?(?:{words}))[ \t]+in[ \t]+$")


def common_venue_before(text: str, start: int) -> tuple[str, Span] | None:
    """The lowercase venue right before the place: "appears at the regional court in X"."""
    if not text.endswith(" in ", 0, start + 1) and not text.endswith(" in ", 0, start):
        return None  # cheap test first
    m = _common_venue().search(text, max(0, start - 60), start)
    if m is None:
        return None
    return m.group("sub"), Span(m.start("sub"), m.end("sub"), m.group("sub"))


#: "at St George's Chapel at Windsor Castle in Windsor": a venue inside the one before the place.
_INNER_VENUE = re.compile(rf"(?=[ai])\b(?:at|inside)\s+(?:the\s+)?(?P<sub>{VENUE_RUN})[ \t]+$")


def _inner_venue(text: str, outer: int) -> tuple[str, Span] | None:
    """The more specific venue printed just before the venue of the place phrase, if any."""
    m = _INNER_VENUE.search(text, max(0, outer - 80), outer)
    sub = _venue_name(m.group("sub")) if m else None
    if m is None or sub is None or sub != m.group("sub"):
        return None
    return sub, Span(m.start("sub"), m.end("sub"), sub)


#: A venue named by a lowercase noun of the caption languages and its name: "au Stade de
#: l'Amitié", "sur la place de la Bourse", "en el puente de Westminster", "na praia de Ipanema".
_ROMANCE_VENUE_NOUNS = (
    "plaza|place|praça|piazza|palacio|palais|palazzo|palácio|catedral|cathédrale|cattedrale|"
    "estadio|estádio|stade|stadio|puente|pont|ponte|puerta|porte|barrio|quartier|bairro|avenida|"
    "calle|rue|rua|parque|parc|parco|museo|musée|museu|teatro|théâtre|praia|playa|plage|iglesia|"
    "église|igreja|chiesa|basílica|basilique|basilica|aeropuerto|aéroport|aeroporto|estación|"
    "gare|estação|stazione|canal|monumento|hospital|hôpital|ospedale|consulat|consulado|"
    "embajada|ambassade|cimetière|cementerio|cemitério|cimitero|mercado|marché|mercato|jardin|"
    "jardín|jardim|giardino|castillo|château|castelo|castello|galleria|galería|cerro|monte|"
    "base|campo|camp|parlamento|parlement|assembleia|asamblea|assemblée|congreso|sénat|senado|"
    "cataratas|lago|lac|playa")
_NOUNS = sorted({n for noun in _ROMANCE_VENUE_NOUNS.split("|") for n in (noun, noun.capitalize())})
#: Where a venue noun stands after a lowercase word (a preposition or an article).
_ROMANCE_VENUE_NOUN = re.compile(rf"(?<=[a-zà-ÿ'’][ \t])(?:{trie_pattern(_NOUNS)})(?=[ \t])")
ROMANCE_VENUE = re.compile(
    rf"(?P<sub>[^\W\d_]+(?:[ \t]+[a-zà-ÿ]+)?[ \t]+(?:(?:de|del|des|du|di|della|"
    rf"do|da|dos|das)[ \t]+(?:(?:la|el|le|o|a)[ \t]+)?|d['’]|de[ \t]+l['’]|dell['’])?"
    rf"[{UP}][\w'’-]*(?:[ \t]+(?:(?:de|del|la|le|di|della|do|da|des|du)[ \t]+)?[{UP}][\w'’-]*)*)")
#: An English venue anywhere before the place in its sentence: "at Alvalade Stadium", "over
#: Great American Ball Park", "through the Banadir soccer stadium", "of the Pentagon".
SENTENCE_VENUE = re.compile(  # the words' first letters tested first
    rf"(?=[aiont])\b(?:at|inside|outside|through|over|across|along|in|into|on|of|near)\s+(?:the\s+"
    rf"(?:[a-z]+\s+){{0,2}}?)?(?P<sub>(?:The[ \t]+)?(?:\d+[A-Z]*[ \t]+)?{VENUE_RUN}(?:[ \t]+[a-z-]+){{0,2}})")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _venue_earlier_in_sentence(text: str, start: int) -> tuple[str, Span] | None:
    """The first venue in the sentence before ``start``: a desk-table venue, an English name
    with a venue word, or a venue noun of the caption languages with its name."""
    window = max(0, start - 200)
    begin = window
    for stop in SENTENCE_START.finditer(text, window, start):
        begin = stop.end()
    return _venue_in_window(text, begin, start)


def _venue_in_window(text: str, begin: int, start: int) -> tuple[str, Span] | None:
    found: list[tuple[int, str]] = []
    for m in SENTENCE_VENUE.finditer(text, begin, start):
        following = _NEXT_WORD.match(text, m.end("sub"))
        sub = _venue_name(m.group("sub") + (" " + following.group(1) if following else ""))
        if sub:
            found.append((m.start("sub"), sub))
            break
    first = min(found)[0] if found else start  # only an earlier venue can win
    for noun in _ROMANCE_VENUE_NOUN.finditer(text, begin, first):
        named = ROMANCE_VENUE.match(text, noun.start(), start)
        if named:
            found.append((named.start("sub"), named.group("sub")))
            break
    first = min(found)[0] if found else start
    desk = venue_in(text, begin, first)
    if desk:
        found.append((desk[1], text[desk[1]:desk[2]]))
    if not found:
        return None
    at, sub = min(found)
    return sub, Span(at, at + len(sub), sub)


#: Words that may follow a venue's name in its sentence ("at Alvalade Stadium prior to").
_AFTER_A_VENUE = frozenset(["prior", "before", "after", "as", "in", "on", "at", "for", "during",
                            "while", "where", "with", "to", "of", "near", "and", "the", "which",
                            "that", "is", "was", "are", "were", "ahead", "following", "from",
                            "by", "under", "when", "amid", "against", "into", "onto", "over",
                            "run"])  # "at the X Animal Centre run by volunteers"


def _venue_name(sub: str) -> str | None:
    """The venue's name, cut after its last venue word ("Alvalade Stadium prior"), when a
    venue word is in it and it is no event, city or country."""
    words = sub.split()
    last = max((i for i, w in enumerate(words) if w.casefold().strip(".,") in venue_words()),
               default=-1)
    if last < 0:
        return venue_of(sub) and sub or None
    after = words[last + 1] if last + 1 < len(words) else ""
    if after.islower() and after not in _AFTER_A_VENUE:
        return None  # "school shootings", "folk theater troupe": the venue word describes
    if after[:1].isupper():
        return None  # "Sorbonne University Marc Aubert": an organisation, then its member
    words = words[:last + 1]
    name = " ".join(words)
    if name.endswith(".") and len(words[-1]) > 4:
        name = name[:-1]  # "... at Folsom Field.": the sentence's stop, not an abbreviation's
    if len(words) == 1 and not venue_of(name):
        return None  # "on the Highway": a venue word alone names no venue
    if not any(w[:1].isupper() for w in words) or any(
            w.casefold() in event_words() for w in words):
        return None
    if find_city(name) is not None or gazetteer().country(name) or name.casefold() in NOT_PLACES:
        return None
    return name
