"""The photo's place: datelines, "in CITY, STATE/COUNTRY" phrases, "the Syrian city of X".

Every place phrase is a candidate; the photo's place is the one next to the photo's date, in
the first sentence, after "in"/"at"/"near"; hometowns and places people came from score low.
"""

from __future__ import annotations

import re

from media_manager.captions.gazetteer import City, find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.model import Span
from media_manager.captions.names import EFE_LEAD, SEMICOLON_LEAD
from media_manager.captions.people import strip_title
from media_manager.captions.place_chain import all_geographic, resolve_chain, us_state_abbreviation
from media_manager.captions.place_context import (
    NAME_PARTICLES,
    ORIGIN_PREPOSITIONS,
    after_a_title,
    context_score,
    country_from_demonym_mention,
    country_from_name_mention,
    home_of_person,
    inside_a_name,
    is_background,
    is_nationality,
    preposition,
)
from media_manager.captions.place_fallbacks import bare_pairs, place_date_line, trailing_country
from media_manager.captions.place_headings import heading_line_town, heading_place
from media_manager.captions.place_names import Place, fill, is_venue, regionish, venue_words
from media_manager.captions.place_nesting import (
    province_from_body,
    town_in_unit,
    town_of_county,
    town_of_larger,
    village_in_unit,
)
from media_manager.captions.place_patterns import (
    AT_SEA,
    BEFORE_CITY_OF,
    BIG_CITY,
    COLON_LEAD,
    DATE_HEADING,
    DATELINE,
    DISTRICT_OF,
    FOREIGN_HINT,
    FOREIGN_PLACE,
    GERMAN_CITY_ADJECTIVE,
    GERMAN_DISTRICT_AFTER,
    GERMAN_LANDMARK_PARTS,
    GERMAN_PART_OF,
    GERMAN_PLACE,
    INSTITUTION_BEFORE,
    MILITARY_DATELINE,
    NEAR_BEFORE,
    PLACE_HEADING,
    ROMANCE_KIND,
    RUN,
    SENTENCE_START,
    UP,
    patterns_for,
    place_pattern,
    place_phrases,
)

#: A French caption opening with its place, the capital À written without its accent.
_UNACCENTED_A = re.compile(r"A [A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*,")
#: A German landmark named for its town is the place's sublocation, the town its city.
_GERMAN_LANDMARK = re.compile(GERMAN_LANDMARK_PARTS)


def find_places(text: str, body_end: int, date: Span | None, first_stop: int
                ) -> list[Place]:
    """Place candidates in ``text[:body_end]``, the photo's place first."""
    if text.startswith("A ") and _UNACCENTED_A.match(text) and language_of(text[:body_end]) == "fr":
        text = "À" + text[1:]  # "A Houma, dans le delta ...": French drops a capital's accent
    first_stop = _state_stop(text, first_stop)
    country_head = _COUNTRY_HEADING.match(text, 0, body_end) if text[1:2].isupper() else None
    if country_head and not gazetteer().country(country_head.group("chain")):
        country_head = None
    if country_head and first_stop <= country_head.end():  # the caption's first sentence follows
        after = SENTENCE_START.search(text, country_head.end(), body_end)
        first_stop = after.start() + 1 if after else body_end
    found: list[Place] = []
    military = MILITARY_DATELINE.match(text, 0, body_end) if text[:1].isdigit() or (
        "(" in text[:60]) else None
    if military and AT_SEA.search(military.group("chain")):
        return []  # "ARABIAN SEA (June 10, 2023)": at sea, no city or country
    m = (DATELINE.match(text, 0, body_end) or EFE_LEAD.match(text, 0, body_end)
         or SEMICOLON_LEAD.match(text, 0, body_end) or military)
    if m and not _is_marker(m.group("chain")):
        place = resolve_chain(text, m, dateline=m.re is not SEMICOLON_LEAD)
        if place and m is military and place.state_inferred:
            place.province_state = None  # "SAN DIEGO (Nov. 8, 2019)": no state printed
        if place:
            place.score += 3
            found.append(place)
    gallery = heading_place(text, body_end) if not found and text[:1].isupper() else None
    if gallery:  # "Paris (France) – ...", "Sao Paulo, Brasil. Camioneros ..."
        found.append(gallery)
    run_in = _RUN_IN_HEADING.match(text, 0, body_end) if not found and text[:1].isupper() else None
    if run_in and gazetteer().country(run_in.group("chain").rsplit(",", 1)[-1]):
        place = resolve_chain(text, run_in)  # "Yogyakarta, Java, Indonesia Indonesian soldiers"
        if place and place.city and place.printed_country:
            place.score += 3
            found.append(place)
    lead = COLON_LEAD.match(text, 0, body_end) if not found and ":" in text[:40] else None
    place = resolve_chain(text, lead) if lead else None
    if place and place.city and place.city_known:  # dpa: "Münster: Ein Radfahrer ..."
        place.score += 3
        found.append(place)
    everyday = place_pattern()  # "in CITY, COUNTRY"
    patterns = patterns_for(text)
    german = GERMAN_PLACE in patterns
    for pattern in patterns + [FOREIGN_PLACE]:
        if pattern is FOREIGN_PLACE and (any(p.city for p in found) or not FOREIGN_HINT.search(
                text, 0, body_end)):
            break  # words that also mean "of" only when no other phrase names a place
        phrases = place_phrases(text, body_end) if pattern is everyday else pattern.finditer(
            text, 0, body_end)
        for m in phrases:
            prep = preposition(m)
            chain_start = m.start("chain")
            if any(p.span.start <= chain_start < p.span.end for p in found):
                continue
            if pattern is everyday and _city_of_after(text, _chain_end(m)):
                continue
            if pattern is everyday and _THE_NAME_OF.match(text, m.end("chain")) and \
                    text.endswith("the ", 0, m.start("chain")) and " " not in m.group("chain"):
                continue  # "in the Battle of Glorieta Pass": a name "the X of Y", no town X
            if is_nationality(text, m):
                continue
            if pattern is FOREIGN_PLACE and prep in NAME_PARTICLES and inside_a_name(
                    text, m.start()):
                continue  # "Puerta del Sol", "Plaza de Mayo": a particle inside a name
            if pattern is FOREIGN_PLACE and after_a_title(text, m.start()):
                continue  # "Leonor, princesa de Asturias": a title
            if pattern is FOREIGN_PLACE and prep in _CLUB_ARTICLES and _FANS_OF.search(
                    text, max(0, m.start() - 24), m.start()):
                continue  # "a torcida do Santos", "los hinchas del Málaga": a club's fans
            if pattern is FOREIGN_PLACE and prep in ORIGIN_PREPOSITIONS and \
                    "," not in m.group("chain") and gazetteer().country(m.group("chain")):
                continue  # "migrants de Tunisie", "Flüchtlinge aus Syrien": an origin
            if pattern is GERMAN_CITY_ADJECTIVE and _adjective_city(m.group("chain")) is None:
                continue  # "in der Schweriner Innenstadt": only a known city's adjective
            if pattern is GERMAN_PLACE and not m.group("kind") and \
                    strip_title(m.group("chain")) != m.group("chain"):
                continue  # "mit dem polnischen Präsidenten Jan Nowak": a title and a name
            place = resolve_chain(text, m)
            if place and pattern is everyday and place.city and "," not in m.group("chain") and (
                    _PROVINCE_KIND_OF.search(text, max(0, chain_start - 24), chain_start)):
                # "in the south eastern province of Katanga": the province, not a town
                place.province_state, place.city, place.city_known = place.city, None, False
            if place and pattern is everyday and _no_place_evidence(text, m, place):
                continue  # "in the Programme for Government", "at Arnotts": no place
            if place and german and pattern is everyday and place.city and not (
                    place.city_known or place.country_code) and " " in place.city:
                place = _city_then_noun(text, place) or place
            if pattern is GERMAN_PLACE and not m.group("kind") and not _known(place):
                continue  # "nach Warnemünde" only for a known place: "nach Angaben" names none
            if pattern is GERMAN_PLACE and not m.group("kind") and prep in ("der", "dem") and (
                    place is not None and not place.city_known):
                continue  # "gegen Mitglieder der spanischen Mafia": an article, a noun
            if pattern is GERMAN_PLACE and not m.group("kind") and (prep or "").lower().split() == ["in", "den"] and (
                    place is None or place.city or not place.printed_country
                    or m.start() > first_stop):
                # "in den Niederlanden", a plural country, in the first sentence ("In den USA
                # reagiert man besorgt" after it is the news); "in den Bergen" names none
                continue
            if prep in ("im", "am", "beim", "bei") and not _known(place) and (
                    pattern is not GERMAN_PART_OF):
                continue  # German capitalises nouns: "im Einsatz" names no place
            if place and pattern is DISTRICT_OF:
                _district_of(text, m, place)
            if place and pattern is GERMAN_CITY_ADJECTIVE:
                _city_of_adjective(place, m.group("chain"))
                district = GERMAN_DISTRICT_AFTER.match(text, m.end())
                if district:  # "im Trierer Stadtteil X": the district is the city
                    place.city, place.city_known = district.group("name"), False
                    place.span = Span(place.span.start, district.end(),
                                      text[place.span.start:district.end()])
            if place and pattern is GERMAN_PART_OF:
                place.span = Span(m.start("part"), place.span.end,
                                  text[m.start("part"):place.span.end])
                if _GERMAN_LANDMARK.fullmatch(m.group("part")):  # "Kathedrale von Coventry"
                    place.sublocation = place.span.text
            if place and pattern is FOREIGN_PLACE and not (place.city_known or place.country_code):
                continue  # "de Lula": after a word that also means "of", only a known place
            if place and pattern is FOREIGN_PLACE and _holder_after(m, place):
                continue  # "la ministra de Sanidad, Ana Roe": an office, then its holder
            if place and (prep or "a")[:1].isupper() and not (
                    (place.city_known or place.country_code) and all_geographic(text, m)) and not (
                    pattern is GERMAN_PLACE and m.group("kind")):  # "In dem Dorf X, ..."
                continue  # "In Memoriam", "In the Rose Garden, Trump ...": a sentence's opening
            if place and prep == "on" and not (
                    place.city_known or place.country_code or place.province_state
                    or place.sublocation):
                continue  # "wins on Energumene", "on Twitter": after "on", only a known place
            if place and prep in ("over", "against") and not (
                    place.city_known or place.country_code or place.province_state):
                continue  # "a win over the Yankees": a team, not a place
            if place and pattern is FOREIGN_PLACE and prep == "a" and not (
                    place.city_known and place.city):
                continue  # Italian "a Roma"; but English "a U.S. strike" names no place
            if place and pattern is ROMANCE_KIND and INSTITUTION_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            if place and pattern is ROMANCE_KIND and m.group("kind").startswith("capital") and (
                    not all_geographic(text, m)):
                continue  # "la capitale de Nairobi, Jane Roe, ...": a name after the capital
            if place and pattern is ROMANCE_KIND and m.group("kind") in _QUARTERS:
                _quarter_of_town(place)
            if place and pattern is ROMANCE_KIND and not (place.city_known or _known_part(
                    place)) and len(place.span.text.split()) > 3:
                continue
            if place and prep == "of":
                _venue_of_name(text, m, place)
            if place and place.city and home_of_person(text, m):
                place.city = place.sublocation = None  # "Jane Roe, 10, from north Leeds, ..."
                place.city_known, place.reference = False, True
            if place:
                place.score += context_score(text, m, date, first_stop)
                if pattern is ROMANCE_KIND:
                    place.score += 1  # "le village de Pefki à Eubée": the kind names the spot
                    if NEAR_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                        place.score -= 3  # "près de la ville de Ramallah": a reference
                place.background = is_background(text, m)
                found.append(place)
    if date is None or not any(0 <= date.start - p.span.end <= 8 for p in found):
        line = place_date_line(text, date, body_end)
        if line is not None:
            printed = next((p for p in found if p.printed_country and p.country_code
                            == line.country_code), None) if line.country_inferred else None
            if printed:  # "fugge da Mosul in Iraq. ... Mosul, 27 febbraio": the country printed
                line.printed_country, line.country_inferred = printed.printed_country, False
            if line.city is None and line.province_state:
                _town_of_line(found, line)
            found.append(line)
    if not found:
        found.extend(bare_pairs(text, body_end, date, first_stop))
    if not found:
        tail = trailing_country(text, body_end)
        if tail:
            found.append(tail)
    elif date is not None and not any(0 <= date.start - p.span.end <= 8 for p in found):
        window = max(0, date.start - 90)
        for place in bare_pairs(text, date.start, date, first_stop, window, before_date=True):
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
    if country_head:  # Expresso: "CHILE. Pamela Roe ...": a place in that country is the photo's
        for place in found:
            if place.country_code == gazetteer().country(country_head.group("chain")):
                place.score += 3
        _heading_country(text, country_head, found)
    own_line = PLACE_HEADING.match(text, 0, body_end) if "\n" in text[:80] else None
    if own_line:  # "Lyon, Francia\nUna mujer camina por el mercado ..."
        _heading_country(text, own_line, found, line=True)
        heading_line_town(text, own_line, found)  # "Huixtla, Chiapas\nNov. 6: ..."
    if len(found) > 1:
        _venue_at_before_town(text, found)
    # on a tie, the specific place: a city before a country alone ("Menschen in Herne ...
    # die Weltmeisterschaft in Katar"), then the later phrase
    found.sort(key=lambda p: (-p.score, p.city is None, -p.span.start))
    if found and found[0].city is None and found[0].printed_country:
        _town_after_dash(text, found[0])
    if found and found[0].city and not found[0].province_state:
        _province_from_tie(text, found)
    if found and found[0].city and not found[0].province_state and not text[
            :found[0].span.start].strip():
        province_from_body(text, found)
    if len(found) > 1 and found[0].city:
        town_of_county(text, found)
        town_of_larger(text, found)
    if found and found[0].city:
        village_in_unit(text, found)
        town_in_unit(text, found)  # "in Wujie in Ilan County"
        country_from_demonym_mention(text, found[0], body_end)
        country_from_name_mention(text, found[0], body_end)
        _small_town_abroad(text, found[0], body_end)
    if found and found[0].city and not found[0].sublocation:
        _part_of_the_city(text, found)
    if found and found[0].sublocation and text.startswith(
            found[0].sublocation, found[0].span.start):
        _venue_joined_by_and(text, found[0])  # "at the Roe Rowing and Sailing Club, Lakeside"
    return found


#: The kind of a province before its name: "the province of ", "the state of ".
_PROVINCE_KIND_OF = re.compile(r"\b(?:province|region|governorate|state)\s+of\s+(?:the\s+)?$")


#: A heading run into the caption with no stop: a town, its region and its country, then the
#: caption's first word: "Yogyakarta, Java, Indonesia Indonesian soldiers and rescue workers".
_RUN_IN_HEADING = re.compile(
    rf"(?P<chain>[{UP}][\w'’-]+(?:[ \t][{UP}][\w'’-]+)?(?:,[ \t]+[{UP}][\w'’-]+"
    rf"(?:[ \t][{UP}][\w'’-]+)?){{1,2}})[ \t]+(?=[{UP}])")
#: A country in capitals, a full stop, then the caption: "ÁFRICA DO SUL. Um menino ..."; or
#: the country on a heading line of its own (a photographer's archive: "KENYA\nA girl ...").
_COUNTRY_HEADING = re.compile(
    rf"[ \t]*(?P<chain>[{UP}][{UP} '’-]{{2,30}}?)(?:\.[ \t]+|[ \t]*\n)(?=[{UP}])")


#: A gallery's heading: the story in a country, a spaced dash and the town the picture shows,
#: the line's last words: "Waldbrände in Griechenland - Avantas".
_DASH_TOWN = re.compile(rf"[ \t]+[-–—][ \t]+(?P<town>[{UP}][\w'’-]+(?:[ \t]+[{UP}][\w'’-]+)?)"
                        r"[ \t]*(?:\n|$)")


def _town_after_dash(text: str, place: Place) -> None:
    """The town after a country on a heading line of its own is the photo's city."""
    if "\n" in text[:place.span.start] or place.province_state:
        return
    m = _DASH_TOWN.match(text, place.span.end)
    if m is None or gazetteer().country(m.group("town")) or is_venue(m.group("town")):
        return
    town = m.group("town")
    place.city = town
    place.city_known = find_city(town, place.country_code) is not None
    place.span = Span(place.span.start, m.end("town"), text[place.span.start:m.end("town")])


def _town_of_line(found: list[Place], line: Place) -> None:
    """'... at Taliban positions in Babaji. Helmand Province, April, 2016.': a province alone
    on the date's line is the region of the town the caption names (in its country or none),
    which stays the photo's place."""
    town = max((p for p in found if p.city and not p.province_state and not p.background
                and p.country_code in (None, line.country_code)), key=lambda p: p.score,
               default=None)
    if town is None:
        return
    town.province_state = line.province_state
    if town.country_code is None:
        town.country_code, town.country = line.country_code, line.country
        town.printed_country, town.country_inferred = line.printed_country, line.country_inferred
    town.score = max(town.score, line.score) + 0.5


#: A run of capitalised words, for the countries a caption names.
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-])[{UP}][\w-]+(?:[ \t]+[{UP}][\w-]+)*")
#: A town this small that the gazetteer places abroad may be a namesake in the country the
#: caption names.
_SMALL_TOWN = 50_000


def _small_town_abroad(text: str, place: Place, end: int) -> None:
    """'Huge waves hit the shoreline in Legazpi. ... the Philippines is hit by about 20
    typhoons': a small town the gazetteer puts in a country the caption never names, while
    it names one other country, is that country's namesake town (the country inferred)."""
    if not (place.country_inferred and place.city_known and place.city and place.country_code):
        return
    town = find_city(place.city, place.country_code)
    if town is None or town.population >= _SMALL_TOWN:
        return
    named = set()
    for m in _CAPITALISED_RUN.finditer(text, 0, end):
        run = m.group()
        if gazetteer().demonyms.get(run) == place.country_code:
            return  # "a Spanish fishing town": the gazetteer's country is named after all
        cc = gazetteer().country(run)  # a demonym of another country is a nationality
        if cc is None and run.startswith("The "):
            cc = gazetteer().country(run[4:])  # "The Philippines"
        if cc:
            named.add(cc)
    if len(named) != 1 or place.country_code in named:
        return
    (other,) = named
    if gazetteer().territory(place.city) or find_city(place.city, other) is not None:
        return
    place.country_code, place.country = other, gazetteer().country_name(other)
    place.city_known = False


def _chain_end(m: re.Match[str]) -> int:
    """Where a chain ends for the words after it: at a full stop inside it, the sentence's
    end ("à Reims. Victime de jet d'oeufs ...": "de" opens no "city of" there)."""
    cut = m.group("chain").find(". ")
    return m.end("chain") if cut < 0 else m.start("chain") + cut + 1


def _city_of_after(text: str, end: int) -> bool:
    """BEFORE_CITY_OF right after a chain: "in the Black Sea port of ...". Every branch of it
    opens with whitespace or an apostrophe: the cheap test of that character first."""
    after = text[end:end + 1]
    return (after.isspace() or after in ("'", "’")) and BEFORE_CITY_OF.match(text, end) is not None


#: AP's state abbreviation, then a capitalised word: "in Redlands, Calif. Crews worked".
_STATE_THEN_SENTENCE = re.compile(r",[ \t]+([A-Z][a-z]{1,4}\.)[ \t]+(?=[A-Z](?:[a-z'’]|[ \t]))")


def _state_stop(text: str, first_stop: int) -> int:
    """The first sentence's end for the places: AP's abbreviated state after a town ends a
    sentence ("seen from Oakland, Calif. Crowds gathered ..."), though "Calif." is an abbreviation."""
    for m in _STATE_THEN_SENTENCE.finditer(text, 0, first_stop):
        if us_state_abbreviation(m.group(1)):
            return m.end()
    return first_stop


#: Right after an unknown name: a German article of the genitive ("in Diensten des ..."), a
#: noun's, not a town's.
_GENITIVE_AFTER = re.compile(r"[ \t]+(?:des|eines)[ \t]")
#: Prepositions that name a venue more often than a town: "at Arnotts", "outside Trump Tower".
_VENUE_PREPOSITIONS = frozenset(["at", "outside"])
#: A place phrase right after the name: "at Portree on the Isle of Skye", "at X in Y, Z".
_PLACE_AFTER = re.compile(r"[ \t]*(?:,|(?:in|near|on[ \t]+the)[ \t]|[ \t]+(?:village|town|city|"
                          r"township|hamlet)\b)")
#: The prepositions of a lone name the rule reads: "of the X" is left to the other rules.
_NO_EVIDENCE_PREPOSITIONS = frozenset(["in", "at", "outside", "inside", "near", "In"])


def _no_place_evidence(text: str, m: re.Match[str], place: Place) -> bool:
    """A lone capitalised name after "in"/"at" that the gazetteer does not know, with no state,
    country or kind of place beside it, is no town when: an article stands before it ("in the
    Programme for Government"), it opens with "The" or a nationality ("in British Art"), its
    preposition names venues ("at Arnotts") or a German genitive follows it."""
    if m.group("prep") not in _NO_EVIDENCE_PREPOSITIONS or not _lone_unknown(place) or (
            "," in m.group("chain")):
        return False
    lead = text[m.end("prep"):m.start("chain")].strip()
    if lead not in ("", "the", "The") or any(w[:1].islower() for w in m.group("chain").split()):
        return False  # "in the village of X", "at X village": a kind of place names it
    first = (place.city or "").split(" ", 1)[0]
    if first == "The" or first in gazetteer().demonyms or _GENITIVE_AFTER.match(text, m.end(
            "chain")):
        return True
    return (bool(lead) or m.group("prep") in _VENUE_PREPOSITIONS) and not _PLACE_AFTER.match(
        text, m.end("chain"))  # "at the Mall in Rome": the venue of the place after it


#: A venue's first half and "and" before the rest of its name: "at the Roe Rowing and Sailing
#: Club, Lakeside": capitalised words after "at" or "at the".
_VENUE_FIRST_HALF = re.compile(
    r"(?<!\w)at[ \t]+(?:the[ \t]+)?(?P<half>(?:[A-Z][\w'’.-]*[ \t]+){1,5})and[ \t]+$")


def _venue_joined_by_and(text: str, place: Place) -> None:
    """The whole name of a venue that "and" joins, when the place phrase began after it."""
    if not text.endswith(" and ", 0, place.span.start) or not is_venue(place.sublocation or ""):
        return
    m = _VENUE_FIRST_HALF.search(text, max(0, place.span.start - 60), place.span.start)
    if m:
        start = m.start("half")
        place.sublocation = text[start:place.span.start] + (place.sublocation or "")
        place.span = Span(start, place.span.end, text[start:place.span.end])


def _holder_after(m: re.Match[str], place: Place) -> bool:
    """'el presidente de la Comisión, Ana Roe': after a word meaning "of", a name the
    gazetteer knows as no region in the state's place is the office's holder, no province."""
    parts = m.group("chain").split(",")
    last = parts[-1].strip()
    words = last.split()
    return len(parts) == 2 and place.province_state == last and 2 <= len(words) <= 3 and all(
        w[:1].isupper() for w in words) and gazetteer().state(last) is None and (
        regionish(last) is None) and find_city(last) is None and not gazetteer().country(last)


def _lone_unknown(place: Place) -> bool:
    return bool(place.city) and not (place.city_known or place.country_code or (
        place.province_state or place.sublocation))


def _venue_at_before_town(text: str, found: list[Place]) -> None:
    """'at Roe Industries in Smallville Township': an unknown name after "at", right before
    "in" and a town, is the venue of that town (the sublocation), not the city."""
    for venue in found:
        if not (_lone_unknown(venue) and text.startswith(" in ", venue.span.end) and (
                text.endswith(("at ", "at the "), 0, venue.span.start))):
            continue
        town = next((p for p in found if p.city and p.span.start == venue.span.end + 4), None)
        if town is not None and town.score < venue.score:
            town.score, venue.score = venue.score, town.score - 1


#: Endings of German nouns that no town's name has: "Verwüstungen", "Freiheit", "Mannschaft".
_GERMAN_NOUN_END = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften)$")


def _city_then_noun(text: str, place: Place) -> Place | None:
    """German capitalises its nouns: "in Bremen Polizisten" is the city and a noun, when the
    first word is a city of 100,000 or more and the whole is no place the gazetteer knows."""
    first = (place.city or "").split(" ", 1)[0]
    city = find_city(first)
    head, _, last = (place.city or "").rpartition(" ")
    if head and _GERMAN_NOUN_END.search(last) and not place.span.text.count(","):
        # "in Cavallino Treporti Verwüstungen angerichtet": a noun ending runs on after it
        own = Place(Span(place.span.start, place.span.start + len(head), head))
        return own if fill(own, head.split(", ")) else None
    if city is None or city.population < 100_000 or place.span.text.count(",") or (
            is_venue(place.city or "")):
        return None
    start = place.span.start
    own = Place(Span(start, start + len(first), first))
    return own if fill(own, [first]) else None


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
            if _TOWN_KIND_BEFORE.search(text, max(0, place.span.start - 12), place.span.start):
                # "in the besieged town of Douma, eastern Ghouta in Damascus, Syria": a town
                # of its own in the larger place, the photo's city
                top.city, top.city_known = place.city, place.city_known
            else:
                top.sublocation = place.city
            top.span = Span(place.span.start, top.span.end, text[place.span.start:top.span.end])
            return


_TOWN_KIND_BEFORE = re.compile(r"\b(?:town|village|township|hamlet)[ \t]+of[ \t]+$")


def _in_one_sentence(text: str, a: Span, b: Span) -> bool:
    start, end = sorted((a.end, b.start)) if a.start < b.start else sorted((b.end, a.start))
    return SENTENCE_START.search(text, start, end) is None


def _province_from_tie(text: str, found: list[Place]) -> None:
    """'in Lowell, au Massachusetts', 'in Suzhou, East China's Jiangsu Province': a region of
    the same score and country is the city's province."""
    top = found[0]
    for place in found[1:]:
        same_sentence = _in_one_sentence(text, top.span, place.span)
        # "in the Shimane Prefecture city of Izumo, western Japan": the region just before
        adjacent = 0 <= top.span.start - place.span.end <= 10
        if (place.score == top.score or adjacent or top.country_inferred and place.printed_country
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


def _heading_country(text: str, m: re.Match[str], found: list[Place], line: bool = False
                     ) -> None:
    """The country of a date heading is printed for every place of the caption that is in it
    or has none; with no other place, the heading is the place. A heading line of its own
    ("Lyon, Francia") prints its country and gives its region too."""
    head = resolve_chain(text, m)
    code = gazetteer().country(m.group("chain")) if head is None else None
    if code:  # "DEMOCRATIC REPUBLIC OF CONGO": a country in capitals, read by its name
        head = Place(Span(m.start("chain"), m.end("chain"), m.group("chain")),
                     country=gazetteer().country_name(code), country_code=code,
                     printed_country=m.group("chain"))
    if head is None or head.country_code is None or line and not head.printed_country:
        return
    for place in found:
        if place.country_code in (None, head.country_code) or place.country_inferred:
            place.country_code, place.country = head.country_code, head.country
            place.printed_country, place.country_inferred = head.printed_country, False
            if line and not place.province_state and head.province_state:
                place.province_state = head.province_state
    if not found:
        head.score += 3
        found.append(head)


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
    elif place.province_state and not place.city:  # "Kishim district of Badakhshan province"
        place.city = sub
        place.city_known = find_city(sub, place.country_code) is not None
    owner = m.group("owner")
    code = gazetteer().country(owner) if owner and not place.printed_country else None
    if code and place.country_code in (None, code):  # "... of southern Afghanistan's Zabul"
        place.country_code, place.country = code, gazetteer().country_name(code)
        place.printed_country, place.country_inferred = owner, False


#: The kinds that name a part of a town: "el barrio de Belén de Iquitos".
_QUARTERS = frozenset(["barrio", "bairro", "quartier"])
_OF_TOWN = re.compile(r"[ \t](?:de|do|da|du|d['’])[ \t]*(?=[A-ZÀ-Þ])")


def _quarter_of_town(place: Place) -> None:
    """'en el barrio de Belén de Iquitos, Perú': the quarter, then its town after 'de'
    (a town the gazetteer knows, where the whole name is none)."""
    if not place.city or place.city_known:
        return
    for part in _OF_TOWN.finditer(place.city):  # the longest town first
        town = place.city[part.end():]
        if find_city(town, place.country_code) is not None and not gazetteer().country(town):
            place.sublocation, place.city = place.city[:part.start()], town
            place.city_known = True
            return


#: " of " and a capitalised name after a word that "the" opens: "the Battle of Hastings".
_THE_NAME_OF = re.compile(r" of (?:the )?[A-ZÀ-Þ]")


#: The fans of a club, whose name after "do"/"de" is a team's, not a town's (Brazilian and
#: Spanish clubs are named for their cities): "a torcida do Santos", "los hinchas del Málaga".
_FANS_OF = re.compile(r"(?i:torcidas?|torcedor(?:es|as)?|hinchas|hinchada|afición|aficionad[oa]s"
                      r"|seguidor(?:es|as)|supporters|tifosi|jogadores|jugadores|goleiro|portero"
                      r"|técnico|elenco|plantel)\s*$")


#: "do"/"del" with the article a club's name takes ("a torcida do Santos"); "de Recife", "no
#: Rio" name the town.
_CLUB_ARTICLES = frozenset(["do", "da", "del", "du"])


def _known_part(place: Place) -> bool:
    return place.country_code is not None or bool(place.province_state)


def _known(place: Place | None) -> bool:
    return place is not None and (place.city_known or place.country_code is not None)


def _is_marker(chain: str) -> bool:
    # AP's year-end package slug: "FOR USE AS DESIRED, YEAR END PHOTOS - FILE - ..."
    return chain.strip().split(" ")[0] in ("FILE", "TOPSHOT", "APTOPIX", "EPASELECT") or (
        chain.lstrip().startswith("FOR USE "))


#: The German-speaking countries, whose cities' adjectives drop an "-en" before "-er".
_GERMAN_SPEAKING = frozenset(["DE", "AT", "CH", "LI", "LU"])


def _adjective_cities(stem: str) -> list[str]:
    """The names a German city adjective's stem may stand for: "Hamburg(er)", "Dresdn(er)" and
    "Münchn(er)" for Dresden and München (the "e" of "-en" dropped), "Brem(er)" for Bremen."""
    names = [stem]
    if stem.endswith("n"):
        names.append(stem[:-1] + "en")
    names.append(stem + "en")
    return names


def _adjective_city(stem: str) -> tuple[str, City] | None:
    """The city of a German adjective's stem, as named in German, and its gazetteer entry."""
    for i, name in enumerate(_adjective_cities(stem)):
        city = find_city(name)
        if city is not None and (i == 0 or city.country_code in _GERMAN_SPEAKING):
            return name, city
    return None


def _city_of_adjective(place: Place, stem: str) -> None:
    """The city of a German adjective ("in der Münchner Innenstadt"): its whole name as the
    caption's language writes it, and its country (inferred)."""
    found = _adjective_city(stem)
    if found is None:
        return
    name, city = found
    if name == stem and place.city_known:
        whole = stem[:-1] + "en" if stem.endswith("n") else stem  # "Dresdn" is a name of Dresden
        place.city = whole if city.name.casefold() == whole.casefold() else place.city
        return
    place.city, place.city_known, place.confidence, place.score = name, True, 0.9, 1.0
    if place.country_code is None:
        place.country_code, place.country_inferred = city.country_code, True
        place.country = gazetteer().country_name(city.country_code)
