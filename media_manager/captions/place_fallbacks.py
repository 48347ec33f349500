"""Places found when no phrase with a preposition names one: a place standing alone on its
line before the photo's date ("Mosul, 27 febbraio, 2017."), or a bare "City, Country" pair."""

from __future__ import annotations

import re

from media_manager.captions.gazetteer import gazetteer
from media_manager.captions.model import Span
from media_manager.captions.place_chain import resolve_chain
from media_manager.captions.place_context import context_score, is_background
from media_manager.captions.place_names import Place
from media_manager.captions.place_patterns import BARE_PAIR, PLACE_DATE_LINE, VENUE_JOINS

#: A date's shape, in any language, where the date parser knows no month: "27 febbraio, 2017".
#: "27 febbraio 2017", "19/7/2013"; opening with its digit (no word or stop before it), so the
#: engine skips straight to digits.
_DATE_SHAPE = re.compile(r"\d(?<![\w.]\d)(?:\d?(?:er|º|\.)?[ \t]+[^\W\d_]{3,}\.?,?[ \t]+\d{4}(?!\w)"
                         r"|\d?/\d{1,2}/\d{4}(?!\w))")


_LINE_MARKS = (". ", "! ", "? ", ": ", ") ", "» ", '" ', "” ", "\n", ".\t", ":\t")


def _line_before(text: str, pos: int) -> re.Match[str] | None:
    """PLACE_DATE_LINE before ``pos``; cheap tests first: a line or sentence starts within 80
    characters, and only capitalised words (and the words that join names) follow it."""
    low = max(0, pos - 80)
    end = pos - 2  # not the place's own full stop: "Hollywood, California. 26 febbraio"
    begin = -1
    for mark in _LINE_MARKS:
        at = text.rfind(mark, low, end)
        if at >= 0:
            begin = max(begin, at + len(mark))
    if begin < 0 and low > 0:
        return None
    words = text[max(begin, 0):end].split()
    if not words or any(w[:1].islower() and w not in VENUE_JOINS for w in words):
        return None
    return PLACE_DATE_LINE.search(text, max(0, begin - 2), pos)


def place_date_line(text: str, date: Span | None, body_end: int) -> Place | None:
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
    place = resolve_chain(text, m)
    if place is None or not (place.city_known or place.country_code or place.province_state):
        return None
    place.score += 4
    return place


def bare_pairs(text: str, body_end: int, date: Span | None, first_stop: int, start: int = 0,
               before_date: bool = False) -> list[Place]:
    """Fallback when no phrase with a preposition names a place: 'City, Country' anywhere,
    taken only when the last part resolves to a country; ``before_date`` when the pairs
    looked for end at the photo's date."""
    found = []
    for m in BARE_PAIR.finditer(text, start, body_end):
        place = resolve_chain(text, m)
        # right before the date ("the two Koreas, South Korea, April 27"), a printed country
        # is the caption's even where the part before it is no place
        near_date = before_date and place is not None and place.printed_country is not None
        # "Province du Gansu, Chine. Des mannequins ...": a region heading the caption
        heading = place is not None and place.province_state and not text[:m.start()].strip()
        if place and (place.city or place.reference or near_date or heading) and (
                place.country_code):
            place.score += context_score(text, m, date, first_stop) - 1
            place.confidence = min(place.confidence, 0.7 if place.city_known else 0.6)
            place.background = is_background(text, m)
            found.append(place)
    return found


#: The last part of a one-line caption, after its last comma: "Le Morne Brabant mountain and
#: islet, Mauritius (© Ocean/Corbis)", the wallpaper and picture-library form.
_LAST_PART = re.compile(r",[ \t]*(?P<country>[A-Z][\w.'’ -]{1,40}?)[ \t]*$")


def trailing_country(text: str, body_end: int) -> Place | None:
    """Fallback when nothing else names a place: a one-line body ending with ', COUNTRY'
    (no full stop in it) printed its country."""
    body = text[:body_end]
    if len(body) > 160 or "." in body or "\n" in body:
        return None
    m = _LAST_PART.search(body)
    code = gazetteer().country(m.group("country")) if m else None
    if code is None:
        return None
    name = m.group("country")
    span = Span(m.start("country"), m.end("country"), name)
    return Place(span, country=gazetteer().country_name(code), country_code=code,
                 printed_country=name, score=1.0, confidence=0.6)
