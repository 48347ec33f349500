"""Checking the desk's values before a save: dates, country codes and IIM byte limits.

Pure. The rules follow each field's kind in the table of fields; until the table
carries value kinds, :data:`KINDS` names them here (one place to swap). A value over
its IIM byte limit is a problem unless the desk chose to keep the full text in XMP
only (the IIM copy is then cut at its limit when the file is written).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from media_manager.fields import FIELDS_BY_NAME

DATE, COUNTRY_CODE = "date", "country-code"
KINDS: dict[str, str] = {"date_created": DATE, "country_code": COUNTRY_CODE}

_ISO_DATE = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?)?)?$")


@dataclass(frozen=True)
class Problem:
    """Why one field's value cannot be saved as it is."""

    field: str
    message: str
    over_limit: bool = False  # may be saved anyway, keeping the full text in XMP only


def iim_bytes(value: str) -> int:
    """The value's size in IIM: UTF-8 bytes."""
    return len(value.encode("utf-8", "surrogatepass"))


def check_date(text: str) -> str | None:
    import datetime as dt

    found = _ISO_DATE.match(text.strip())
    if not found:
        return f"{text!r} is not an ISO 8601 date (YYYY-MM-DD, optionally THH:MM:SS)"
    parts = {k: int(v) for k, v in found.groupdict().items() if v and k != "zone"}
    try:
        dt.date(parts["year"], parts.get("month", 1), parts.get("day", 1))
        dt.time(parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0))
    except ValueError as problem:
        return f"{text!r} is not a real date: {problem}"
    return None


def check_country_code(text: str) -> str | None:
    import pycountry

    code = text.strip().upper()
    if len(code) in (2, 3) and code.isalpha():
        found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else \
            pycountry.countries.get(alpha_3=code)
        if found is not None:
            return None
    return f"{text!r} is not an ISO 3166 country code (e.g. NG or NGA)"


def check_value(name: str, value: str | list[str] | None) -> list[Problem]:
    """Problems with one field's value (empty values clear the field and are fine)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    problems: list[Problem] = []
    kind = KINDS.get(name)
    for item in (i for i in items if i.strip()):
        message = check_date(item) if kind == DATE else \
            check_country_code(item) if kind == COUNTRY_CODE else None
        if message:
            problems.append(Problem(name, message))
        if "\x00" in item:
            problems.append(Problem(name, "contains a NUL character"))
    limit = FIELDS_BY_NAME[name].iim_max_bytes if name in FIELDS_BY_NAME else None
    if kind == DATE:  # written to IIM as CCYYMMDD + HHMMSS±HHMM, within its limits
        limit = None
    for item in items:
        size = iim_bytes(item)
        if limit and size > limit:
            problems.append(Problem(name, f"{size:,} bytes, over the IIM limit of {limit:,}",
                                    over_limit=True))
    return problems


def check_changes(changes: Mapping[str, str | list[str] | None], *,
                  xmp_only: Iterable[str] = ()) -> list[Problem]:
    """Every problem in a set of changes; over-limit values of ``xmp_only`` fields pass."""
    allowed = set(xmp_only)
    return [problem for name, value in changes.items() for problem in check_value(name, value)
            if not (problem.over_limit and name in allowed)]
