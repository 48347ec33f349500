"""``parse_caption``: credit, date, place and people, each with its span and a confidence."""

from __future__ import annotations

import re

from media_manager.captions.credits import Credit, parse_credit
from media_manager.captions.dates import FoundDate, find_dates
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.model import ParsedCaption, Span, Value
from media_manager.captions.names import lead_end, sentence_end
from media_manager.captions.people import find_people
from media_manager.captions.place_names import regionish, venue_words
from media_manager.captions.places import Place, find_places
from media_manager.captions.regions import city_named_in, demonym_country, venue_in
from media_manager.captions.shown_cues import CUE
from media_manager.captions.tables import credit_table
from media_manager.captions.venues import (
    common_venue_before,
    sublocation_before,
    venue_right_before,
)

_DIGIT = re.compile(r"\d")
#: A later sentence that says who is in the picture, after a news sentence that may not:
#: "En la imagen, ...", "Na imagem, ...", "Sur la photo, ...", "Auf dem Bild ...".
PICTURE_SENTENCE = re.compile(
    r"(?:(?<=[.!?])\s*|\n\s*)(?:En\s+la\s+(?:imagen|foto|fotograf[ií]a)|Na\s+(?:imagem|foto)"
    r"|Sur\s+(?:la|cette)\s+(?:photo|image)|Auf\s+dem\s+Bild|Im\s+Bild|Nella\s+foto"
    r"|Nell['’]immagine|In\s+the\s+picture)\s*,?\s*(?:(?:de|from)\s+(?:izquierda|left)\s+"
    r"(?:a|to)\s+(?:derecha|right)\s*,?\s*)?")
#: A first sentence this short that names no one is a teaser: the next one tells the picture.
_TEASER_CHARS = 40
#: A first sentence that asks a question is a teaser, whatever its length.
_QUESTION_END = re.compile(r"\?[\"”’]?\s*$")
#: An exclamation of one or two words opening the caption ("Hallöchen!", "¡Qué calor!", "Bon
#: appétit !"): no sentence of the picture, so the date, the place and the people are read
#: from the sentence after it.
_EXCLAMATION_OPENER = re.compile(r"\s*¡?[^\W\d_][^\s.!?]*(?:[ \t]+[^\s.!?]+)?[ \t]?!+[ \t]+"
                                 r"(?=[\"“„«]?[A-ZÀ-Þ])")
#: "En la imagen, acompañado por ...", "Sur la photo, entouré de ...": the subject is not named.
_ACCOMPANIED = re.compile(
    r"\s*(?:acompa[ñn]ad[oa]s?|rodead[oa]s?|flanqueado|accompagn[ée]e?s?|entour[ée]e?s?"
    r"|accompanied|flanked|surrounded|begleitet|umringt|accompagnat[oa])\s+(?:por|de|by|von|da)\b")
_PICTURE_HINT = re.compile(r"imag|foto|photo|Bild|picture")
_SIDE = (r"(?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?")
#: A sentence that lists the people in the picture: "Pictured, from left, are: ...",
#: "From left: ...", "De izquierda a derecha, ...", "De gauche à droite : ...", "Von links: ...".
LIST_SENTENCE = re.compile(
    rf"\s*(?:(?:Pictured|Shown|Seen)(?:\s*,?\s*{_SIDE}\s*,?)?\s*(?:are|is)?\s*:"
    rf"|(?:Pictured|Shown)(?:\s*,\s*{_SIDE})?\s*,?\s+(?:are|is)\s+"
    r"|(?:From\s+(?:left|right)(?:\s+to\s+(?:right|left))?|L-R|Left\s+to\s+right"
    r"|De\s+izquierda\s+a\s+derecha|De\s+gauche\s+(?:à|a)\s+droite|Von\s+links(?:\s+nach\s+rechts)?"
    r"|Da\s+sinistra(?:\s+a\s+destra)?|Da\s+esquerda\s+para\s+a\s+direita)\s*[,:]\s*"
    r"(?:(?:are|sont|son|sind)\s*:?\s*)?"
    # "On the right (front to back) are astronauts ...", "From the left are ...": a side of the
    # picture, then the people on it
    r"|(?:On|From)\s+the\s+(?:left|right)(?:\s*\([^()\n]{0,20}\))?\s*,?\s+(?:are|is)\s+"
    # "At left is Jane Roe", "At far right are ...", "From left to right are ...": the side,
    # then the verb, with no colon
    r"|At\s+(?:the\s+)?(?:far\s+)?(?:left|right)\s*,?\s+(?:are|is)\s+"
    r"|(?:From\s+)?(?:left|right)\s+to\s+(?:right|left)\s*,?\s+(?:are|is)\s+"
    # "Among the leaders pictured are ...": the people listed are in the picture
    r"|Among\s+(?:the\s+|those\s+)?(?:[a-z]+\s+){0,2}(?:pictured|shown|seen)\s+(?:are|is)\s+"
    # "He is accompanied by ...", "Il est accompagné de ...": the subject's companions
    r"|(?:He|She|They|Il|Elle|Ils|Elles|Él|Ella|Ele|Ela|Er|Sie)\s+(?:is|are|est|sont|está|están"
    r"|estão|ist|wird|é)\s+(?:accompanied|flanked|joined|accompagn[ée]e?s?|entour[ée]e?s?"
    r"|acompa[ñn]ad[oa]s?|rodead[oa]s?|begleitet|flankiert)\s+(?:by|de|d['’]|par|por|von|pelo"
    r"|pela|du|des)\s*"
    # German puts the participle first: "Begleitet wird sie von ...", "Flankiert wurde er von"
    r"|(?:Begleitet|Flankiert|Umringt)\s+(?:wird|werden|wurde|wurden)\s+(?:er|sie)\s+von\s+)")

#: A later sentence that opens on the subject's company, then names it after the verb:
#: "Accompanying him in the car is Jane Roe", "Joining them on stage are ...".
_COMPANY_SENTENCE = re.compile(
    r"(?<=[.!?])\s+(?:Accompanying|Joining|Flanking)\s+(?:him|her|them)\b[^.!?\n]{0,50}?"
    r"\s(?:is|are)\s+")
_COMPANY_HINT = re.compile(r"Accompanying|Joining|Flanking")


#: Longest text the parser reads, in characters: twice what IIM's Caption-Abstract holds, and
#: four times the longest real caption in the benchmark sets. Captions are untrusted and some
#: rules compare every name or date with every other, so a text of thousands of capitalised
#: words or dates would cost seconds; past this only the first MAX_PARSED_CHARS are read (a
#: credit at the very end of such a text is then not found).
MAX_PARSED_CHARS = 4_000


def parse_caption(text: str) -> ParsedCaption:
    """Parse one caption. Pure: the same text always gives the same result."""
    if len(text) > MAX_PARSED_CHARS:
        parsed = _parse(text[:MAX_PARSED_CHARS])
        parsed.text = text
        return parsed
    return _parse(text)


def _parse(text: str) -> ParsedCaption:
    parsed = ParsedCaption(text=text)
    if not text or not text.strip():
        return parsed
    credit = parse_credit(text)
    _apply_credit(parsed, credit)
    body_end = credit.body_end
    start = max(lead_end(text, body_end), credit.body_start)
    opener = _EXCLAMATION_OPENER.match(text, start, body_end) if "!" in text[start:start + 40] else (
        None)  # cheap test first
    called = opener.group().strip(" \t¡!").split() if opener else []
    if opener and not (len(called) == 2 and all(w[:1].isupper() for w in called)):
        start = opener.end()  # "Hallöchen! Papst Leo XIV. winkt ...": the scene comes after it
        # ("Jane Roe! She won ..." is a name called out)
    first_stop = sentence_end(text, start, body_end)
    dates = find_dates(text, body_end, first_stop)
    if not dates and credit.credit_line is not None and credit.credit_line.span is not None \
            and _DIGIT.search(text, credit.credit_line.span.end, credit.tail_end):
        # Getty's archive: "... (Photo by Name/Getty Images). 24th February 1941"
        dates = find_dates(text, credit.tail_end, first_stop, credit.credit_line.span.end)
    photo_date = next((d for d in dates if not d.released), None)
    if photo_date is not None:
        _apply_date(parsed, photo_date, [d for d in dates if d is not photo_date])
    else:
        parsed.other_dates = [Value(d.iso, d.span, 0.5) for d in dates]
    places = find_places(text, body_end, photo_date.span if photo_date else None,
                         first_stop)
    used = _apply_place(parsed, text, places, first_stop, body_end)
    if parsed.city is None and parsed.sublocation is not None:
        _city_of_venue(parsed, text)
    if parsed.country_made is None:
        _home_service(parsed, text, body_end)
    exclude = [_known_part(p) for p in used
               if p.confidence >= 0.8 or p is used[0] and not _guessed_name(p)]
    exclude += [d.span for d in dates]
    if parsed.sublocation and parsed.sublocation.span:
        exclude.append(parsed.sublocation.span)
    parsed.persons_shown = find_people(text, start, first_stop, exclude)
    if parsed.province_state is not None and any(
            v.value == parsed.province_state.value for v in parsed.persons_shown):
        parsed.province_state = None  # "su par de Venezuela, Nicolás Maduro": a name, no region
    line_start = max(start, text.rfind("\n", start, first_stop) + 1)  # past a dateline line
    teaser = first_stop - line_start <= _TEASER_CHARS or _QUESTION_END.search(
        text, line_start, first_stop) is not None
    if not parsed.persons_shown and teaser and first_stop < body_end:
        # "Sconcerto e imbarazzo. Jane Roe alla cerimonia ...": a short teaser names no one;
        # nor does a question ("Who is ready for the winter? Jane Roe ...")
        next_stop = sentence_end(text, first_stop, body_end)
        parsed.persons_shown = find_people(text, first_stop, next_stop, exclude)
    shown_here = PICTURE_SENTENCE.search(text, first_stop, body_end) if (
        _PICTURE_HINT.search(text, first_stop, body_end)) else None
    if shown_here:  # "... llegó ayer a Cuba. En la imagen, Jane Roe camina junto a ..."
        stop = sentence_end(text, shown_here.end(), body_end)
        pictured = find_people(text, shown_here.end(), stop, exclude)
        if pictured and _ACCOMPANIED.match(text, shown_here.end()):
            # "En la imagen, acompañado por ...": the first sentence's subject is there too
            names = {v.value for v in parsed.persons_shown}
            parsed.persons_shown += [v for v in pictured if v.value not in names]
        elif pictured:
            parsed.persons_shown = pictured
    listed = LIST_SENTENCE.match(text, first_stop, body_end)
    while listed:  # "... in the Oval Office. Pictured, from left, are: Jane Roe; John Doe, aide"
        stop = _add_sentence_people(parsed, text, listed.end(), body_end, exclude)
        # "On the right are ... On the left are ...": the next sentence may list the others
        listed = LIST_SENTENCE.match(text, stop, body_end) if stop < body_end else None
    if first_stop < body_end and _LATER_CUE_HINT.search(
            text, first_stop, body_end):
        _add_cued_sentences(parsed, text, first_stop, body_end, exclude)
    company = _COMPANY_SENTENCE.search(text, first_stop, body_end) if (
        _COMPANY_HINT.search(text, first_stop, body_end)) else None
    if company:  # "... is escorted by police. Accompanying him in the car is Jane Roe, who ..."
        _add_sentence_people(parsed, text, company.end(), body_end, exclude)
    return parsed


def _guessed_name(place: Place) -> bool:
    """'photographs of Jane Roe presiding', 'in front of Prime Minister Jane Roe': a place
    guessed from its phrase alone (no known city, no country, little confidence) leaves the
    run to the people finder."""
    if place.confidence >= 0.5 or place.city_known or place.country is not None or (
            place.sublocation is not None or place.province_state is not None
            or place.span is None or "," in place.span.text):
        return False  # "Moone, Co Kildare": a town and its county
    # "in Co Kildare", "Folha de São Paulo": a county, or a large city's name inside it, keeps
    # it a place (a small town's name is often a surname: "Jane Vale")
    words = place.span.text.split()
    if words[0] in _COUNTY_WORDS:
        return False
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 3) + 1):
            city = find_city(" ".join(words[i:j]))
            if city is not None and city.population >= 100_000:
                return False
    return True


def _known_part(place: Place) -> Span:
    """The part of a place's span the gazetteer knows: 'su par de Venezuela, Nicolás Maduro'
    reads a town, then a region after its comma that no table holds and that is two or more
    capitalised words; the guessed region is left to the people finder."""
    span, region = place.span, place.province_state
    if span is None or region is None or not span.text.endswith(f", {region}") or (
            len(region.split()) < 2 or not all(
                len(w) > 2 and w[:1].isupper() and w[1:].islower() for w in region.split())):
        return span  # cheap tests first: most places have no region, or a region of one word
        # or one with an abbreviation ("Co Kildare")
    gaz = gazetteer()
    if gaz.state(region) or gaz.country(region) or regionish(region) or find_city(region) or (
            place.country_code and gaz.subdivision(place.country_code, region)):
        return span  # "Tulum, Quintana Roo": a state of the town's country
    end = span.end - len(region) - 2
    return Span(span.start, end, span.text[:end - span.start])


#: Ireland's and Britain's counties: "in Co Kildare", "County Laois".
_COUNTY_WORDS = frozenset(["Co", "Co.", "County"])


def _add_sentence_people(parsed: ParsedCaption, text: str, start: int, body_end: int,
                         exclude: list[Span]) -> int:
    """The people named from ``start`` to the end of its sentence join those shown (each
    once); returns where the sentence ends."""
    names = {v.value for v in parsed.persons_shown}
    stop = sentence_end(text, start, body_end)
    parsed.persons_shown += [v for v in find_people(text, start, stop, exclude)
                             if v.value not in names]
    return stop


#: A position cue in parentheses or between commas, cheap to find: "(l.)", "(Mitte)", "(C)",
#: "(2nd L)", ", left,", "(von rechts)". Tested on the text after the first sentence first.
_LATER_CUE_HINT = re.compile(
    r"\((?:[lrm]\.|[LRC]|\d(?:st|nd|rd|th)?\s*[LR]|Mitte|links|rechts|left|right|[Vv]on\s+"
    r"(?:links|rechts)|[^()\n]{0,12}(?:izquierda|derecha|gauche|droite|esquerda|direita))\)"
    r"|\((?:pictured|im\s+Bild|Foto|photo|en\s+la\s+foto|na\s+foto)[,)]"
    r"|,\s+(?:left|right|center|centre),")
#: How many later sentences are read for a position cue (a caption's picture is told early).
_LATER_SENTENCES = 3


def _add_cued_sentences(parsed: ParsedCaption, text: str, start: int, body_end: int,
                        exclude: list[Span]) -> None:
    """A later sentence that places one of its names in the picture ("Marcell Jansen (l.) und
    Jan Roth konnten nicht mehr eingreifen", "Left, Jane Roe, ...") tells who else is shown:
    its names join the first sentence's."""
    names = {v.value for v in parsed.persons_shown}
    for _ in range(_LATER_SENTENCES):
        if start >= body_end:
            return
        stop = sentence_end(text, start, body_end)
        if _LATER_CUE_HINT.search(text, start, stop):
            found = find_people(text, start, stop, exclude)
            cued = [v for v in found if v.span is not None and CUE.match(text, v.span.end)]
            if cued and language_of(text) == "de":
                found = cued  # German capitalises its nouns: only the names placed count
            if cued:
                parsed.persons_shown += [v for v in found if v.value not in names]
                names.update(v.value for v in found)
        start = stop


def _apply_credit(parsed: ParsedCaption, credit: Credit) -> None:
    parsed.credit_line = credit.credit_line
    parsed.creator = credit.creators
    parsed.source = credit.source
    parsed.provider = credit.provider
    parsed.is_file_photo = credit.is_file
    parsed.is_handout = credit.is_handout
    parsed.is_pool = credit.is_pool
    parsed.markers = credit.markers
    parsed.other_credits = credit.other_credits


def _apply_date(parsed: ParsedCaption, date: FoundDate, others: list[FoundDate]) -> None:
    confidence = 0.95 if date.year else 0.5
    if others and others[0].score == date.score:
        confidence -= 0.2
    parsed.date_created = Value(date.iso, date.span, confidence)
    parsed.date_text = date.month_span
    if date.weekday and date.weekday_span:
        parsed.weekday = Value(date.weekday, date.weekday_span, 0.95)
    parsed.other_dates = [Value(d.iso, d.span, 0.5) for d in others]


def _apply_place(parsed: ParsedCaption, text: str, places: list[Place], first_stop: int,
                 body_end: int) -> list[Place]:
    """Fill the place fields from the best candidate, its city from a neighbour if needed."""
    if not places or places[0].score < 0:
        if first_stop <= _DATE_SENTENCE_CHARS and _DIGIT.search(text, 0, first_stop) and not (
                _LOWERCASE_WORD.search(text, 0, first_stop)):
            # "May 3, 2024. The First Lady walks along the White House Colonnade ...": a
            # sentence that is only the date; the next one says what the photo shows
            first_stop = sentence_end(text, first_stop, body_end)
        _demonym_side(parsed, text, first_stop)
        venue = sublocation_before(text, first_stop)  # "en el puente de Westminster": no city
        if venue:
            parsed.sublocation = Value(venue[0], venue[1], 0.5)
        return places[:1] if places else []
    primary = _specific_place(places, text)
    city_from = primary
    if primary.city is None:
        city_from = _city_donor(places, primary, text) or primary
    country_from = primary if primary.printed_country else (
        _country_donor(places, primary, text) or primary)
    if country_from is not primary and gazetteer().territory(country_from.printed_country or ""):
        # "in Rafah in the southern Gaza Strip": the territory is the town's state
        primary.country_code, primary.country_inferred = country_from.country_code, True
        primary.province_state = primary.province_state or country_from.printed_country
        primary.printed_country = None
    elif country_from is not primary:
        primary.country_code = country_from.country_code
        primary.printed_country = country_from.printed_country
        primary.country_inferred = False
    if city_from.city and gazetteer().territory(primary.printed_country or ""):
        # "in Nuseirat in the central Gaza Strip": the territory is the town's state
        primary.province_state = primary.province_state or primary.printed_country
        primary.printed_country, primary.country_inferred = None, True
    _set(parsed, "country", primary.printed_country, text, country_from)
    _set_country_made(parsed, primary)
    _set(parsed, "country_code", primary.country_code, text, primary, exact=False)
    _set(parsed, "province_state", primary.province_state or (
        city_from.province_state if city_from is not primary else None), text, city_from)
    _set(parsed, "city", city_from.city, text, city_from)
    sub = city_from.sublocation
    inner = venue_right_before(text, city_from.span.start) if sub else None
    if inner and text.startswith(" in ", inner[1].end) and inner[1].end + 4 == city_from.span.start:
        # "at the Panda Research Center in Wolong Nature Park of ...": the venue
        # inside the place's own venue
        parsed.sublocation = Value(inner[0], inner[1], 0.6)
    elif sub:
        _set(parsed, "sublocation", sub, text, city_from)
    else:
        found = sublocation_before(text, city_from.span.start) or (
            # "Eugene, OR, USA; ... at Autzen Stadium.": a dateline's place, a venue after it
            sublocation_before(text, first_stop) if _dateline_place(text, city_from) else None)
        again = None if found or not _dateline_place_named_again(text, city_from) else next(
            (p for p in places[1:] if p.city == city_from.city and p.span.start > city_from.span.end),
            None)
        if again:  # Getty: "PARIS, FRANCE - MAY 3: ... at Salle des Fêtes on May 3,
            found = venue_right_before(text, again.span.start)  # 2024 in Paris, France."
        found = found or common_venue_before(text, city_from.span.start)
        if found:
            parsed.sublocation = Value(found[0], found[1], 0.6)
    return places


#: A venue's name that ends with its town ("la Base Aérea de X", "le camp de X"), or the town
#: printed right after the venue ("en X Square, de Y"): "of" and a capitalised name.
_TOWN_OF_VENUE = re.compile(
    r"(?:,[ \t]*)?(?<![\w'’])(?:de|di|d['’])[ \t]*"
    r"(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)(?![\w'’-])")


#: The country of a caption language's own towns, for a town's name several countries share.
_LANGUAGE_HOME = {"fr": "FR", "es": "ES", "it": "IT", "de": "DE", "pt": "PT"}
#: A town abroad named in a venue's name: so many people or more, or it is left unread.
_ABROAD_POPULATION = 500_000


def _city_of_venue(parsed: ParsedCaption, text: str) -> None:
    """A known town at the end of the venue's name, or after it, is the city when no other
    place gives one; the venue keeps its whole name (as the labels do: "camp de Calais")."""
    span = parsed.sublocation.span if parsed.sublocation else None
    if span is None:
        return
    m = None
    for m in _TOWN_OF_VENUE.finditer(text, span.start, span.end):
        pass  # the last "de X" inside the name
    if m is None or m.end() != span.end:
        m = _TOWN_OF_VENUE.match(text, span.end)
    if m is None:
        return
    # "la plaza de la Corredera de Córdoba": a name several countries share is the town of
    # the caption's language
    home = _LANGUAGE_HOME.get(language_of(text) or "")
    town = find_city(m.group("town"), home) if home else None
    if town is None:  # "de Londres": abroad, only a city of note
        town = find_city(m.group("town"))
        town = town if town is None or not home or town.population >= _ABROAD_POPULATION else None
    if town is None:
        return
    made = MADE_IN.get(town.country_code, town.country_code)
    if parsed.country_made_code not in (None, made):
        return  # "le camp de X" in another country than the caption's
    where = Span(m.start("town"), m.end("town"), m.group("town"))
    parsed.city = Value(m.group("town"), where, 0.6)
    if parsed.country_made_code is None:
        parsed.country_made = Value(gazetteer().country_name(made), where, 0.6)
        parsed.country_made_code = made
        parsed.country_made_inferred = Value(True, where, 0.6)
        parsed.country_code = Value(town.country_code, where, 0.6)


#: A first sentence this short with no lowercase word is the photo's date alone.
_DATE_SENTENCE_CHARS = 24
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z]{3,}")


#: The end of a dateline's place: "Eugene, OR, USA;", "LAGOS, Nigeria -", "PARIS (Reuters) -".
_DATELINE_END = re.compile(r"[ \t]*(?:;|[-–—:]|\([^()\n]{2,30}\)\s*[-–—])")


def _dateline_place_named_again(text: str, place: Place) -> bool:
    """The place opens the caption as a dateline and the caption names its city again."""
    return (place.span.start < 40 and bool(place.city)
            and _DATELINE_END.match(text, place.span.end) is not None)


def _dateline_place(text: str, place: Place) -> bool:
    """The place opens the caption as a dateline and the caption does not name it again (its
    venue is in the sentence after it: "Eugene, OR, USA; ... at Autzen Stadium.")."""
    return (place.span.start < 40 and _DATELINE_END.match(text, place.span.end) is not None
            and bool(place.city) and text.find(str(place.city), place.span.end) < 0)


#: Where the photo was made, for places that are not countries of their own in the desk's use.
MADE_IN = {"HK": "CN", "MO": "CN"}


def _set_country_made(parsed: ParsedCaption, place: Place) -> None:
    """The country where the photo was made: printed, or from the city (marked inferred)."""
    if not place.country_code:
        return
    code = MADE_IN.get(place.country_code, place.country_code)
    span = parsed.country.span if parsed.country else place.span
    inferred = parsed.country is None
    parsed.country_made = Value(gazetteer().country_name(code), span, place.confidence)
    parsed.country_made_code = code
    parsed.country_made_inferred = Value(inferred, span, place.confidence)


#: "Sille, outside Konya, Turkey": between a place and the larger reference it is near.
LARGER_REFERENCE = re.compile(
    # "in Vila Nova, a fishing village near the capital Lisbon": a description may come first
    r",?\s*(?:an?\s+(?:[a-z-]+\s+){1,3}?(?=on\s|outside\s|near\s|not\s|about\s|some\s|\d))?"
    r"(?:on\s+the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?(?:outskirts|edge|fringes|"
    r"sidelines)\s+of\s+(?:[^,.;]{0,40}?\bin\s+)?"
    # "in dem Küstendorf X, nahe Hongkong", "à X, près de Y": the caption languages' "near"
    r"|nahe\s+|bei\s+|unweit\s+von\s+|près\s+de\s+|cerca\s+de\s+|perto\s+de\s+|vicino\s+a\s+"
    # "em X, a sul de Y", "en X, al sur de Y", "à X, au nord de Y", "in X, südlich von Y"
    r"|(?:a|ao|al|au)\s+(?:norte|sul|leste|oeste|nordeste|sudeste|noroeste|sudoeste|sur|este|"
    r"nord|sud|est|ouest)\s+(?:de|du|d['’])\s*|(?:nördlich|südlich|östlich|westlich)\s+von\s+"
    r"|outside\s+(?:of\s+)?|near\s+|not\s+far\s+from\s+|(?:about\s+|some\s+)?"
    r"\d[\d.,]*\s*(?:km|kilometers|kilometres|miles)(?:\s*\([^)]*\))?\s+\w+\s+of\s+|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+)"
    r"(?:the\s+)?(?:(?:city|town|capital)(?:\s+of|,)?\s+)?$")


#: "in Molyvos, on the Greek island of Lesbos": the island after a town is its region.
_ISLAND_AFTER = re.compile(r",?\s+on\s+the\s+(?:[A-Za-z-]+\s+){0,2}?(?:island|isle)\s+of\s+")


def _specific_place(places: list[Place], text: str) -> Place:
    """'in X, on the outskirts of Y' -> X: the place before its larger reference."""
    primary = places[0]
    for place in places[1:]:
        gap = text[place.span.end:primary.span.start]
        if place.city and primary.city and not place.background and not place.province_state and (
                place.country_code in (None, primary.country_code)) and _ISLAND_AFTER.fullmatch(gap):
            place.score, place.province_state = primary.score, primary.city
            if primary.printed_country and not place.printed_country:
                place.printed_country, place.country_inferred = primary.printed_country, False
            if primary.country_code:
                place.country_code, place.country = primary.country_code, primary.country
            places.remove(place)
            places.insert(0, place)
            return place
        if (place.span.end <= primary.span.start and len(gap) <= 70
                and (place.city or place.province_state)  # "in Pampanga province, north of"
                and not place.background and LARGER_REFERENCE.fullmatch(gap)):
            place.score = primary.score
            if place.country_code is None and primary.country_code:
                # "in Arab Jabur on the southern edge of Baghdad": the country of the
                # reference is the place's too (inferred)
                place.country_code, place.country = primary.country_code, primary.country
                place.country_inferred = True
            places.remove(place)
            places.insert(0, place)
            return place
    return primary


def _same_sentence(text: str, a: Place, b: Place) -> bool:
    start, end = sorted((a.span.start, b.span.start))
    return sentence_end(text, start, end) >= end


def _city_donor(places: list[Place], primary: Place, text: str) -> Place | None:
    for place in sorted(places[1:], key=lambda p: p.span.start):
        if place.city is None or place.background:
            continue
        if 0 <= place.span.start - primary.span.end <= 40 and LARGER_REFERENCE.fullmatch(
                text, primary.span.end, place.span.start):
            continue  # "in Pampanga province, north of Manila": the reference is no city
        if place.country_code in (None, primary.country_code) and _same_sentence(
                text, place, primary):
            return place
    return None


def _country_donor(places: list[Place], primary: Place, text: str) -> Place | None:
    """'in Irpin, on the outskirts of Kyiv, Ukraine': the country printed with the larger
    reference right after the place is the place's country too."""
    for place in places[1:]:
        gap = place.span.start - primary.span.end
        agrees = primary.country_code in (None, place.country_code) or primary.country_inferred
        if place.printed_country and 0 <= gap <= 45 and agrees and _same_sentence(
                text, place, primary):
            return place
    return None


def _home_service(parsed: ParsedCaption, text: str, body_end: int) -> None:
    """dpa's German service, Agência Brasil: a domestic caption leaves the country out ("in
    Weilburg", or no place at all), so a caption in the service's language that names no
    place the gazetteer places was made at home (inferred, low confidence)."""
    source = parsed.source.value if parsed.source else None
    home = credit_table().home.get(source) if source else None
    if home is None or language_of(text[:body_end]) != home[1]:
        return
    span = parsed.source.span if parsed.source else None
    parsed.country_made = Value(gazetteer().country_name(home[0]), span, 0.4)
    parsed.country_made_code = home[0]
    parsed.country_made_inferred = Value(True, span, 0.4)


#: A country's possessive: "Indonesia's Kawah Ijen volcano".
_COUNTRY_OWNER = re.compile(r"(?<![\w'’])(?P<owner>[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)['’]s[ \t]")


_OWNED_NAME = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,4}(?P<word>[a-z]+)")


def _owns_a_place(text: str, end: int) -> bool:
    """After a country's possessive, a named landmark ("Indonesia's Kawah Ijen volcano"), not a
    person ("Spain's Rafael Nadal celebrates") nor an event ("Qatar's national day")."""
    m = _OWNED_NAME.match(text, end)  # not "Qatar's national day reception": a lowercase noun
    return m is not None and m.group("word") in venue_words()


def _demonym_side(parsed: ParsedCaption, text: str, first_stop: int) -> None:
    """'on the Lebanese side of the border', 'The White House is bathed in pink light': the
    country the photo was made in, from a demonym phrase or a known venue (inferred)."""
    found = demonym_country(text, 0, first_stop)
    owner = None if found else _COUNTRY_OWNER.search(text, 0, first_stop) if (
        "'s " in text[:first_stop] or "’s " in text[:first_stop]) else None
    while owner and not (gazetteer().country(owner.group("owner")) and _owns_a_place(
            text, owner.end())):
        owner = _COUNTRY_OWNER.search(text, owner.end(), first_stop)
    if owner:  # "The crater of Indonesia's Kawah Ijen volcano ...": the country printed
        code = gazetteer().country(owner.group("owner")) or ""
        span = Span(owner.start("owner"), owner.end("owner"), owner.group("owner"))
        parsed.country = Value(owner.group("owner"), span, 0.6)
        parsed.country_code = Value(code, span, 0.6)
        parsed.country_made = Value(gazetteer().country_name(code), span, 0.6)
        parsed.country_made_code = code
        parsed.country_made_inferred = Value(False, span, 0.6)
        return
    found = found or venue_in(text, 0, first_stop) or city_named_in(text, 0, first_stop)
    if found:
        code, start, end = found
        span = Span(start, end, text[start:end])
        parsed.country_made = Value(gazetteer().country_name(code), span, 0.6)
        parsed.country_made_code = code
        parsed.country_made_inferred = Value(True, span, 0.6)


def _set(parsed: ParsedCaption, key: str, value: str | None, text: str, place: Place,
         exact: bool = True) -> None:
    if not value:
        return
    span = place.span
    if exact:
        at = text.find(value, span.start, span.end)
        if at >= 0:
            span = Span(at, at + len(value), value)
    setattr(parsed, key, Value(value, span, place.confidence))


#: Captions of our own in the main agencies' styles, parsed by :func:`prepare`.
_WARM_UP_CAPTIONS = (
    ("Volunteers sort donated food in the old market of Porto, Portugal, Tuesday, May 6, 2025,"
     " after an overnight storm. (AP Photo/Jane Roe, File)"),
    ("French President Jean Roe (L) meets Minister Ana Doe at the Elysee Palace in Paris,"
     " France, May 6, 2025. REUTERS/John Doe/Pool"),
    ("Dock workers unload crates at the port of Mombasa on May 6, 2025. From left: Jane Roe,"
     " John Doe. (Photo by JANE ROE / AFP) / RESTRICTED TO EDITORIAL USE"),
    "Bald zu sehen: Jane Roe steht im Dorf Kofr Qadom, 6. Mai 2025. Foto: John Doe/dpa",
)


def prepare() -> None:
    """Load the gazetteer and build every pattern and table the parser makes on first use,
    e.g. in a parent process before it forks its workers: they then share them, instead
    of each building its own copy while its first files wait."""
    from media_manager.captions.gazetteer import cities, gazetteer
    from media_manager.captions.suggest import suggest_fields

    gazetteer()
    cities()
    for caption in _WARM_UP_CAPTIONS:
        suggest_fields(parse_caption(caption))
