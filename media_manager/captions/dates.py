"""Dates in captions: AP, Reuters, European, numeric and Getty-dateline forms.

Every date the caption names is found; the photo's date is the one with the best cues (a Getty
dateline, "Picture date:", "taken", the first sentence), not a release or background date.
A date without a year is reported as such (``--MM-DD``), never completed by guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from media_manager.captions.model import Span
from media_manager.captions.names import lead_end, sentence_end, trie_pattern
from media_manager.captions.tables import ignorecase_folded

MONTHS: dict[str, int] = {}
for _num, _names in enumerate((
    "january jan janvier enero januar gennaio janeiro januari jänner",
    "february feb février fevrier febrero februar febbraio fevereiro februari",
    "march mar mars marzo märz maerz março maart",
    "april apr avril abril aprile",
    "may mai mayo maggio maio mei",
    "june jun juin junio juni giugno junho",
    "july jul juillet julio juli luglio julho",
    "august aug août aout agosto augustus",
    "september sept sep septembre septiembre setiembre settembre setembro",
    "october oct octobre octubre oktober ottobre outubro",
    "november nov novembre noviembre novembro",
    "december dec décembre decembre diciembre dezember dicembre dezembro",
), start=1):
    for _name in _names.split():
        MONTHS[_name] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate((
    "monday mon lundi lunes montag lunedì segunda-feira",
    "tuesday tue tues mardi martes dienstag martedì terça-feira",
    "wednesday wed mercredi miércoles miercoles mittwoch mercoledì quarta-feira",
    "thursday thu thurs jeudi jueves donnerstag giovedì quinta-feira",
    "friday fri vendredi viernes freitag venerdì sexta-feira",
    "saturday sat samedi sábado sabado samstag sabato",
    "sunday sun dimanche domingo sonntag domenica",
)):
    for _name in _names.split():
        WEEKDAYS[_name] = _num
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MON = trie_pattern({m for m in MONTHS if len(m) > 2})
_MON_UPPER = trie_pattern({m.upper() for m in MONTHS if len(m) > 2})
_WD = trie_pattern({w for w in WEEKDAYS if len(w) > 3})
_WD_PART = rf"(?:(?P<wd>{_WD})\.?,?\s+(?:the\s+)?)?"
#: Lookaheads on the first letter a weekday or month (or a day's digit) can start with: the
#: engine skips every other word start at once instead of trying the name tries there.
_FIRST = "".join(sorted({w[0] for w in MONTHS if len(w) > 2} | {w[0] for w in WEEKDAYS
                                                                if len(w) > 3}))
_NAME_START = f"(?=[{_FIRST}])"
_DAY_START = f"(?=[{_FIRST}\\d])"

#: (name, pattern, base score), most specific first.
PATTERNS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("getty_dateline", re.compile(  # "LAS VEGAS - FEBRUARY 11:", "LAS VEGAS – FEB. 11:"
        rf"^\s*[A-Z][A-Z .,'’()-]+?\s+[-–—]\s+(?P<mon>{_MON_UPPER})\.?\s+(?P<day>\d{{1,2}})"
        rf"(?:,\s*(?P<year>\d{{4}}))?\s*:"), 6),
    ("month_comma_day_year", re.compile(  # "June, 10 2021", "August 19. 2017"
        rf"(?i)\b{_NAME_START}{_WD_PART}(?P<mon>{_MON}),"
        rf"\s+(?P<day>\d{{1,2}})\s+(?P<year>\d{{4}})\b"
        rf"|\b{_NAME_START}(?P<mon2>{_MON})\s+(?P<day2>\d{{1,2}})\.\s+(?P<year2>\d{{4}})\b"), 0),
    ("month_day_year", re.compile(
        # "Aug.3, 2021" (no space after the stop); "Sunday, October 4, 2020: A view ..." (a
        # heading's colon after the year; after the day it is a time, "May 4 10:30")
        rf"(?i)\b{_NAME_START}{_WD_PART}(?P<mon>{_MON})(?:\.\s*|\s+)"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>\d{{4}})(?!\d)|(?![\d:]))"), 0),
    ("day_month_year", re.compile(
        rf"(?i)\b{_DAY_START}{_WD_PART}(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.|º|ª)?"
        rf"\s+(?:de\s+|of\s+)?"
        rf"(?P<mon>{_MON})\b\.?(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?(?!\d)"), 0),
    # ISO, and the year-first slashes and dots of Korean, Chinese and Japanese captions
    # each opens with a digit (none of "0-9/.-" before it), so the engine skips to digits
    ("iso", re.compile(r"(?P<year>\d(?<![\d/.-]\d)\d{3})([-/.])(?P<mon>\d{1,2})\2(?P<day>\d{1,2})"
                       r"(?![\d])"), 0),
    ("numeric_dmy", re.compile(
        r"(?P<day>\d(?<![\d/.-]\d)\d?)([-./])(?P<mon>\d{1,2})\2(?P<year>\d{4})(?![\d])"), 0),
)

#: Partial dates, used only when the caption names no fuller one: "Mars 2019", "in 2011",
#: Spanish and Portuguese "junio de 2014".
PARTIAL_PATTERNS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("month_year", re.compile(
        rf"(?i)\b{_NAME_START}(?P<mon>{_MON})\.?,?(?:\s+de)?\s+(?P<year>\d{{4}})\b"), -1),
    ("year", re.compile(r"\b(?:in|en|em|im)\s+(?P<year>(?:18|19|20)\d{2})\b(?![-/.]\d)"), -2),
)
NUMERIC_PATTERNS = frozenset({"iso", "numeric_dmy"})
#: Where a date of names can begin: a weekday's or a month's name, or (a day first) a digit.
#: One scan finds these places; a pattern whose dates begin so is tried only there, instead
#: of at every word of the caption. It reads the caption in lower case as an ignore-case
#: pattern reads it (``ignorecase_folded``, letter for letter), where matching case is quicker.
_DATE_START = re.compile(rf"\b(?:{_NAME_START}(?=(?P<name>{_WD}|{_MON}))|(?=\d))")
#: The same places after the caption's first character, found from the character before
#: each (no letter or digit): the engine skips straight to those characters, where a pattern
#: opening with ``\b`` is tried at every one. A match ends where the date can begin.
_DATE_START_AFTER = re.compile(rf"\W(?:{_NAME_START}(?=(?P<name>{_WD}|{_MON}))|(?=\d))")
NAME_FIRST = frozenset({"month_comma_day_year", "month_day_year", "month_year"})
NAME_OR_DAY_FIRST = frozenset({"day_month_year"})
#: "in 2011": a year after a space (cheap test first for the ``year`` pattern).
_YEAR_HINT = re.compile(r"\s(?:18|19|20)\d\d")
#: "2024-05-06", "06/05/2024": a digit on either side of a dash, stop or slash (from the
#: sign, which the engine skips to, instead of trying every digit of the caption).
_NUMERIC_HINT = re.compile(r"[-./](?<=\d[-./])(?=\d)")
#: "June, 10 2021", "19. 2017": from the comma or the stop, so the engine skips to those.
_COMMA_DAY_HINT = re.compile(r"[,.](?:(?<=[a-z],)\s\d{1,2}\s\d{4}|(?<=\d\.)\s\d{4})")

TAKEN = re.compile(
    r"(?i)(?:picture\s+date|photo\s+date|date\s+taken|taken|shot|photographed|captured|"
    r"pictured|filmed|recorded)\s*(?:on|in)?\s*:?\s*$")
#: Cheap test first: TAKEN needs one of these, casefolded. None holds an "i": the pattern's
#: ignore-case "i" also matches a dotless "ı", which casefolding keeps as it is.
_TAKEN_HINTS = ("date", "taken", "shot", "photograph", "tured", "lmed", "recorded")
RELEASED = re.compile(
    r"(?i)(?:(?:released|issued|published|distributed|provided|made\s+available|posted|shared|"
    r"announced|obtained|received)\s+(?:on\s+|by\s+[^,]{0,40}\s+on\s+)?"
    r"|(?:issue|release|publication|upload|transmission)\s+date\s*:?\s*(?:\w+day,?\s+)?)$")
_RELEASE_HINTS = ("releas", "issue", "publish", "distribut", "provided", "available", "posted",
                  "shared", "announc", "obtain", "receiv", "upload", "transmission", "date")
BACKGROUND = re.compile(
    r"(?i)\b(?:since|until|till|before|after|born|died|from|between|by|last|ahead\s+of|"
    r"scheduled\s+for|due)\s+(?:on\s+)?$")

#: Cheap test first: BACKGROUND ends in one of these words (or "on"), then only spaces.
_BACKGROUND_ENDINGS = ("since", "until", "till", "before", "after", "born", "died", "from",
                       "between", "by", "last", "of", "for", "due", "on")


def _may_end_in_background_word(before: str) -> bool:
    """False where ``BACKGROUND`` cannot match: it ends in space after a word of its list
    (the "on" of "since on" included), read as its ignore-case pattern reads letters."""
    bare = before.rstrip()
    return len(bare) < len(before) and ignorecase_folded(bare).endswith(_BACKGROUND_ENDINGS)


#: Xinhua and China News Service: "(240720) -- BEIJING, July 20, 2024 (Xinhua) -- caption":
#: the date of this lead is the transmission's; a date in the caption itself is the photo's.
TRANSMISSION_LEAD = re.compile(r"^\s*\(\d{6}\)\s*-{2,3}\s*[^\n]{0,160}?\s-{2,3}\s")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """One date the caption names."""

    year: int | None
    month: int
    day: int
    span: Span
    month_span: Span
    weekday: str | None
    weekday_span: Span | None
    pattern: str
    score: int
    released: bool = False  # a release or issue date: never the date the photo was taken

    @property
    def iso(self) -> str:
        """ISO 8601, as much as the caption says: '2024-05-06', '--05-06', '2019-03', '2011'."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        if not self.month:
            return f"{self.year:04d}"
        if not self.day:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if not (self.year and self.month and self.day):
            return None
        return dt.date(self.year, self.month, self.day)


#: A caption names a few dates; past this many the rest are not looked at (a text of
#: thousands of dates would otherwise cost seconds: each is checked against those found).
MAX_DATES = 24


def find_dates(text: str, body_end: int | None = None, first_stop: int | None = None,
               start: int = 0) -> list[FoundDate]:
    """All dates in ``text[start:body_end]``, best candidate for the photo's date first.

    ``first_stop`` (the end of the first sentence) is worked out unless the caller has it.
    """
    end = len(text) if body_end is None else body_end
    if first_stop is None:
        first_stop = sentence_end(text, lead_end(text, end), end)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    numeric = _NUMERIC_HINT.search(text, 0, end) is not None
    starts = _DateStarts(text, start, end)
    for name, pattern, base in PATTERNS:
        if name in NUMERIC_PATTERNS and not numeric:
            continue  # cheap test first: most captions have no 2024-05-06 or 06/05/2024
        if name == "month_comma_day_year" and not _COMMA_DAY_HINT.search(text, 0, end):
            continue
        for m in starts.matches(name, pattern):
            if len(found) >= MAX_DATES:
                break
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            date = _build(text, m, name, base, first_stop)
            if date is not None:
                found.append(date)
                taken.append((m.start(), m.end()))
    if not found:
        found = _partial_dates(text, end, first_stop, starts)
    lead = TRANSMISSION_LEAD.match(text) if text.lstrip().startswith("(") else None
    if lead and len(found) > 1:
        found = [_lowered(d, 5) if d.span.end <= lead.end() else d for d in found]
    found = _complete_years(found)
    found.sort(key=lambda d: (-d.score, d.span.start))
    return found


class _DateStarts:
    """Where in ``text[start:end]`` a date of names can begin, found once for every pattern."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.names: list[int] = []  # where a weekday's or a month's name begins
        self.names_or_days: list[int] = []  # ... or a digit
        folded = ignorecase_folded(text)
        first = _DATE_START.match(folded, start, end) if start == 0 else None
        if first:
            self.names_or_days.append(0)
            if first.group("name") is not None:
                self.names.append(0)
        for m in _DATE_START_AFTER.finditer(folded, max(start - 1, 0), end):
            self.names_or_days.append(m.end())
            if m.group("name") is not None:
                self.names.append(m.end())

    def matches(self, name: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` gives, trying the pattern only where
        its dates can begin."""
        if name in NAME_FIRST:
            places = self.names
        elif name in NAME_OR_DAY_FIRST:
            places = self.names_or_days
        else:
            yield from pattern.finditer(self.text, self.start, self.end)
            return
        resume = self.start
        for at in places:
            m = pattern.match(self.text, at, self.end) if at >= resume else None
            if m:
                yield m
                resume = m.end()


def _lowered(date: FoundDate, by: int) -> FoundDate:
    return FoundDate(date.year, date.month, date.day, date.span, date.month_span, date.weekday,
                     date.weekday_span, date.pattern, date.score - by, date.released)


#: Words opening a clause about what came before: a month or year in it is not the photo's.
_BACKGROUND_CLAUSE = re.compile(r"(?i)\b(?:después\s+de|depois\s+de|après\s+(?:avoir|être|sa|son|ses|le|la|les)"
                                r"|since|after\s+(?:his|her|their|its|the)|seit|desde\s+que)\b")
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _in_background_clause(text: str, start: int) -> bool:
    """A clause of the date's sentence before it opens with 'after', 'después de', ..."""
    begin = max(0, start - 160)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    return _BACKGROUND_CLAUSE.search(text, stops[-1] if stops else begin, start) is not None


def _partial_dates(text: str, end: int, first_stop: int, starts: _DateStarts
                   ) -> list[FoundDate]:
    for name, pattern, base in PARTIAL_PATTERNS:
        out = []
        if name == "year" and not _YEAR_HINT.search(text, starts.start, end):
            continue  # cheap test first
        for m in starts.matches(name, pattern):
            year = int(m.group("year"))
            mon = m.groupdict().get("mon")
            month = MONTHS.get(mon.casefold()) if mon else 0
            if month is None or not 1839 <= year <= 2100 or (mon and mon[:1].islower()
                                                              and name == "month_year"
                                                              and mon.casefold() == "may"):
                continue
            if text[max(0, m.start() - 4):m.start()].casefold() == "the ":
                continue  # "the March 2011 quake": an event, not the photo's date
            if _in_background_clause(text, m.start()):
                continue  # "después de sus encuentros en Panamá, en abril de 2015": the past
            span = Span(m.start(), m.end(), m.group(0))
            month_span = Span(m.start("mon"), m.end("mon"), mon) if mon else span
            score = base + _context_score(text, m.start(), first_stop)
            out.append(FoundDate(year, month, 0, span, month_span, None, None, name, score))
        if out:
            return out
    return []


def _group(groups: dict[str, str | None], name: str) -> str | None:
    """A named group, or its twin of the pattern's second branch ("mon2")."""
    value = groups.get(name)
    return value if value is not None else groups.get(name + "2")


def _build(text: str, m: re.Match[str], name: str, base: int, first_stop: int
           ) -> FoundDate | None:
    groups = m.groupdict()  # once: each groupdict() builds a new dict
    mon = _group(groups, "mon") or ""
    month = int(mon) if mon.isdigit() else MONTHS.get(mon.casefold().rstrip("."))
    day = int(_group(groups, "day") or 0)
    year_text = _group(groups, "year")
    year = int(year_text) if year_text else None
    if month is None or not 1 <= month <= 12:
        return None
    if year is not None and not 1839 <= year <= 2100:
        return None
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    wd = groups.get("wd")
    wd_span = Span(m.start("wd"), m.end("wd"), wd) if wd else None
    weekday = WEEKDAY_NAMES[WEEKDAYS[wd.casefold()]] if wd else None
    context, released = _context(text, m.start(), first_stop)
    score = base + context + (1 if year else 0)
    if name == "month_day_year" and year is None and mon[:1].islower():
        return None  # "may 3" inside a sentence is a verb, not a date
    mon_group = "mon" if groups.get("mon") is not None else "mon2"
    return FoundDate(year, month, day, Span(m.start(), m.end(), m.group(0)),
                     Span(m.start(mon_group), m.end(mon_group), mon), weekday, wd_span, name,
                     score,
                     released)


def _context_score(text: str, start: int, first_stop: int) -> int:
    return _context(text, start, first_stop)[0]


def _context(text: str, start: int, first_stop: int) -> tuple[int, bool]:
    """The date's score from the words before it, and whether it is a release date."""
    before = text[max(0, start - 40):start]
    score = 2 if start < first_stop else 0
    folded = before.casefold()
    taken = any(k in folded for k in _TAKEN_HINTS) and TAKEN.search(before) is not None
    if taken:
        score += 4
    released = any(k in folded for k in _RELEASE_HINTS) and RELEASED.search(before) is not None
    if released:
        score -= 4
    elif _may_end_in_background_word(before) and BACKGROUND.search(before):
        score -= 2
    return score, released and not taken and "taken" not in before


def _complete_years(found: list[FoundDate]) -> list[FoundDate]:
    """A Getty dateline "AUGUST 20:" takes its year from "August 20, 2024" later on."""
    out = []
    for date in found:
        if date.year is None:
            twin = next((d for d in found if d.year and (d.month, d.day) ==
                         (date.month, date.day)), None)
            if twin is not None:
                date = FoundDate(twin.year, date.month, date.day, date.span, date.month_span,
                                 date.weekday, date.weekday_span, date.pattern, date.score + 1,
                                 date.released)
        out.append(date)
    return out


def weekday_of(date: FoundDate) -> str | None:
    """The real weekday of a dated ``date``; None without a year."""
    real = date.as_date()
    return WEEKDAY_NAMES[real.weekday()] if real else None
