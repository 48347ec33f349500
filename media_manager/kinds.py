"""Value kinds: what a field's value is, and so how it is parsed, checked, stored and encoded.

Every :class:`~media_manager.fields.Field` has one kind. The kind alone decides

* ``parse(text)``: the desk's typed text (CLI ``--set``, the UI form, templates) as a value;
* ``check(value)`` / ``validate(value)``: the rule a value must keep, named in the refusal;
* ``normalise(value)``: the stored shape (stripped text, a list without blanks or repeats);
* ``format(value)``: the value as one line of text for tables and form widgets;
* ``iim_texts(value)``: the texts of its IIM datasets, and ``from_iim`` back;
* ``from_xmp(texts)``: the value from the texts an XMP property holds;
* ``xmp_layout``: simple property, language alternative, Bag or Seq.

A new typed field is one row in the table of fields with one of these kinds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from media_manager.errors import InvalidValue

Value = str | list[str] | None
Dataset = tuple[int, int]

LIST_SEPARATOR = ";"
#: A text value longer than this is refused: no caption needs it, and XMP must fit 64 KB.
MAX_TEXT_CHARACTERS = 32_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def empty(value: object) -> bool:
    """True for None, blank text and empty lists: a value that says nothing.

    Every value a file offers passes here several times, so it is written for speed:
    ``isspace`` is what ``strip`` strips, without making a copy.
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value or value.isspace()
    if isinstance(value, (list, tuple)):
        for item in value:
            if not empty(item):
                return False
        return True
    return False


def _text_problem(text: str) -> str | None:
    if _CONTROL.search(text):
        return "must not hold control characters (NUL, escape ...)"
    if len(text) > MAX_TEXT_CHARACTERS:
        return f"is {len(text):,} characters; at most {MAX_TEXT_CHARACTERS:,} are kept"
    return None


@dataclass(frozen=True)
class Text:
    """One line or paragraph of text (XMP simple property)."""

    name: str = "text"
    xmp_layout: str = "text"
    repeatable: bool = False

    def parse(self, text: str) -> Value:
        return self.normalise(text)

    def normalise(self, value: object) -> Value:
        if empty(value):
            return None
        if isinstance(value, (list, tuple)):
            value = "; ".join(str(v).strip() for v in value if not empty(v))
        return str(value).strip()

    def check(self, value: Value) -> str | None:
        """The rule ``value`` breaks, or None; blank values always pass (they clear)."""
        if empty(value):
            return None
        if not isinstance(value, str):
            return "must be one text, not a list"
        return _text_problem(value)

    def validate(self, value: Value, field_name: str = "value") -> None:
        """Raise :class:`InvalidValue` naming ``field_name`` and the rule broken."""
        rule = self.check(value)
        if rule is not None:
            raise InvalidValue(field_name, value, rule)

    def format(self, value: Value) -> str:
        if value is None:
            return ""
        return "; ".join(value) if isinstance(value, list) else value

    def iim_texts(self, dataset: Dataset, value: Value) -> list[tuple[Dataset, str]]:
        """(dataset, text) pairs this value is stored as in IIM."""
        return [] if empty(value) else [(dataset, self.format(value))]

    def from_iim(self, dataset: Dataset, texts: Mapping[Dataset, list[str]]) -> Value:
        found = [t for t in texts.get(dataset, []) if t]
        return found[0] if found else None

    def from_xmp(self, texts: Sequence[str]) -> Value:
        found = [t for t in texts if t]
        if not found:
            return None
        return found[0] if len(found) == 1 else ", ".join(found)


@dataclass(frozen=True)
class LangAlt(Text):
    """Text kept as an XMP language alternative; the desk edits the x-default entry."""

    name: str = "language alternative"
    xmp_layout: str = "lang-alt"


@dataclass(frozen=True)
class TextList(Text):
    """Several texts (keywords, photographers): typed as ``a; b``, IIM repeats the dataset."""

    name: str = "list"
    xmp_layout: str = "bag"  # "seq" when the order means something
    repeatable: bool = True

    def parse(self, text: str) -> Value:
        return self.normalise(text.split(LIST_SEPARATOR))

    def normalise(self, value: object) -> Value:
        if empty(value):
            return None
        items = value if isinstance(value, (list, tuple)) else [value]
        kept: list[str] = []
        for item in items:
            text = str(item).strip()
            if text and text not in kept:
                kept.append(text)
        return kept or None

    def check(self, value: Value) -> str | None:
        if empty(value):
            return None
        for item in [value] if isinstance(value, str) else value or []:
            problem = _text_problem(item)
            if problem:
                return f"item {item[:40]!r} {problem}"
        return None

    def iim_texts(self, dataset: Dataset, value: Value) -> list[tuple[Dataset, str]]:
        items = [value] if isinstance(value, str) else value or []
        return [(dataset, item) for item in items if not empty(item)]

    def from_iim(self, dataset: Dataset, texts: Mapping[Dataset, list[str]]) -> Value:
        return [t for t in texts.get(dataset, []) if t] or None

    def from_xmp(self, texts: Sequence[str]) -> Value:
        return [t for t in texts if t] or None


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?"
                  r"(Z|[+-]\d{2}:?\d{2})?)?)?)?")
_IIM_TIME = re.compile(r"(\d{2}):?(\d{2}):?(\d{2})(\.\d+)?(?:([+-])(\d{2}):?(\d{2}))?")
DATE_RULE = ("is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or "
             "YYYY-MM-DDTHH:MM[:SS][+HH:MM])")
NO_SUCH_DAY = "is not a real date: "


@dataclass(frozen=True)
class DateTime(Text):
    """An ISO 8601 date, maybe partial, maybe with a time and zone; IIM 2:55 + 2:60."""

    name: str = "date/time"
    iim_time: Dataset = (2, 60)  # IIM Time Created travels with the date
    iim_time_max_bytes: int = 11

    def normalise(self, value: object) -> Value:
        text = super().normalise(value)
        if text is None:
            return None
        return tidy_iso(text) or text  # an invalid value is kept as given, for check() to name

    def check(self, value: Value) -> str | None:
        if empty(value):
            return None
        if not isinstance(value, str):
            return DATE_RULE
        if tidy_iso(value) is None:
            return _no_such_day(value) if _ISO.fullmatch(value.strip()) else DATE_RULE
        return None

    def iim_texts(self, dataset: Dataset, value: Value) -> list[tuple[Dataset, str]]:
        """2:55 CCYYMMDD (unknown parts 00) and, with a time, 2:60 HHMMSS±HHMM."""
        if empty(value):
            return []
        iso = tidy_iso(str(value))
        if iso is None:
            raise InvalidValue("date_created", value, DATE_RULE)
        day, _, clock = iso.partition("T")
        parts = day.split("-") + ["00", "00"]
        out = [(dataset, f"{parts[0]}{parts[1]}{parts[2]}")]
        if clock:
            match = re.match(r"(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(.*)", clock)
            assert match is not None  # tidy_iso always writes seconds
            hour, minute, second, zone = match.groups()
            out.append((self.iim_time, f"{hour}{minute}{second}{zone.replace(':', '')}"))
        return out

    def from_iim(self, dataset: Dataset, texts: Mapping[Dataset, list[str]]) -> Value:
        dates, times = texts.get(dataset) or [""], texts.get(self.iim_time) or [""]
        return iim_to_iso(dates[0], times[0])

    def from_xmp(self, texts: Sequence[str]) -> Value:
        found = [t for t in texts if t]
        return tidy_iso(found[0]) if found else None


def _no_such_day(text: str) -> str:
    """Why an ISO-shaped date names no real day or time ("day is out of range for month")."""
    match = _ISO.fullmatch(text.strip())
    assert match is not None
    year, month, day, hour, minute, second = match.groups()[:6]
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
        dt.time(int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError as problem:
        return NO_SUCH_DAY + str(problem)
    return NO_SUCH_DAY + "no such day or time"


def tidy_iso(text: str) -> str | None:
    """A valid ISO 8601 (partial) date-time in one spelling ("Z" as +00:00, seconds shown),
    or None when the text is not one or names a day that does not exist."""
    match = _ISO.fullmatch(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
        if hour is not None:
            dt.time(int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    iso = year + (f"-{month}" if month else "") + (f"-{day}" if day else "")
    if hour is not None:
        iso += f"T{hour}:{minute}:{second or '00'}{fraction or ''}"
        if zone:
            iso += "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    return iso


def iim_to_iso(date: str | None, time: str | None) -> str | None:
    """2:55 CCYYMMDD + 2:60 HHMMSS±HHMM as ISO 8601; unknown parts (00) cut the date there."""
    date = (date or "").replace("-", "").replace(":", "").strip()
    if len(date) < 8 or not date[:8].isdigit() or date[:4] == "0000":
        return None
    if date[4:6] == "00":
        return date[:4]
    if date[6:8] == "00":
        return f"{date[:4]}-{date[4:6]}"
    iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}"
    match = _IIM_TIME.match((time or "").strip())
    if match:
        hour, minute, second, fraction, sign, zone_hour, zone_minute = match.groups()
        iso += f"T{hour}:{minute}:{second}{fraction or ''}"
        if sign:
            iso += f"{sign}{zone_hour}:{zone_minute}"
    return iso


@dataclass(frozen=True)
class CountryCode(Text):
    """An ISO 3166 country code, two or three letters (IIM 2:100 holds three)."""

    name: str = "country code"

    def parse(self, text: str) -> Value:
        value = self.normalise(text)
        return value.upper() if isinstance(value, str) else value

    def check(self, value: Value) -> str | None:
        if empty(value):
            return None
        if not isinstance(value, str) or not known_country_code(value):
            return "is not an ISO 3166 country code (two or three capital letters, e.g. NG, NGA)"
        return None


def known_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 or alpha-3 code in capitals (pycountry's list, and
    the user-assigned X codes)."""
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return False
    if code.startswith("X"):
        return True  # the user-assigned range: XK / XKX (Kosovo) on the wires
    import pycountry  # lazy: loading the country list costs a few milliseconds

    key = "alpha_2" if len(code) == 2 else "alpha_3"
    return pycountry.countries.get(**{key: code}) is not None


TEXT = Text()
LANG_ALT = LangAlt()
BAG = TextList()
SEQ = TextList(xmp_layout="seq")
DATE_TIME = DateTime()
COUNTRY_CODE = CountryCode()
