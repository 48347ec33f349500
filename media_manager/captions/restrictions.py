"""What a photo's special instructions or usage terms forbid or require. Pure: text in.

Agencies write restrictions in capitals inside IIM 2:40 Special Instructions or XMP
usage terms: ``MANDATORY CREDIT``, ``NO SALES``, ``NO ARCHIVES``, ``EDITORIAL USE ONLY``,
``EMBARGOED UNTIL 2026-12-03 10:00 GMT``, ``HUNGARY OUT``. Each pattern is named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

MANDATORY_CREDIT = re.compile(
    r"(?i)\bmandatory\s+credit\b|\b(?:photo\s+)?credit\s+(?:must|should)\s+read\b|\bmust\s+credit\b")
REQUIRED_CREDIT = re.compile(
    r"(?i)(?:mandatory\s+credit|credit\s+(?:must|should)\s+read)\s*:?\s*[\"“](?P<c>[^\"”]{2,80})[\"”]")
NO_SALES = re.compile(r"(?i)\bno\s+sales\b")
NO_ARCHIVE = re.compile(r"(?i)\bno\s+archiv(?:e|es|ing)\b")
EDITORIAL_ONLY = re.compile(r"(?i)\beditorial\s+use\s+only\b|\bfor\s+editorial\s+use\b")
EMBARGO = re.compile(r"(?i)\bembargo(?:ed)?\b(?:\s+(?:until|till|to))?\s*:?\s*(?P<rest>.{0,60})")
OUT = re.compile(r"(?<![\w])(?P<what>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,2})\s+OUT\b")
NOT_TERRITORY = {"MANDATORY", "CREDIT", "NO", "SALES", "ARCHIVE", "ARCHIVES", "EDITORIAL",
                 "USE", "ONLY", "EMBARGOED", "EMBARGO", "UNTIL", "FOR", "AND", "GMT", "UTC"}
MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
DAY_MONTH = re.compile(r"(?i)\b(?P<d>\d{1,2})\s+(?P<mon>[a-z]{3})[a-z]*\.?,?\s+(?P<y>\d{4})")
MONTH_DAY = re.compile(r"(?i)\b(?P<mon>[a-z]{3})[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})")
CLOCK = re.compile(r"(?i)\b(?P<h>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)(?:\s*(?:GMT|UTC|Z)\b|(?=\s|$|[^\d]))")


@dataclass(frozen=True)
class Restrictions:
    """The restrictions one instructions or usage-terms text carries."""

    mandatory_credit: bool = False
    required_credit: str | None = None
    no_sales: bool = False
    no_archive: bool = False
    editorial_only: bool = False
    embargo_day: date | None = None
    embargo_time: time | None = None  # UTC, when the text gives a time
    territories_out: tuple[str, ...] = ()

    @property
    def kinds(self) -> list[str]:
        """The names of the restrictions present, in a fixed order."""
        named = [("mandatory credit", self.mandatory_credit), ("no sales", self.no_sales),
                 ("no archive", self.no_archive), ("editorial use only", self.editorial_only),
                 ("embargo", self.embargo_day is not None)]
        kinds = [name for name, present in named if present]
        return kinds + [f"{territory} OUT" for territory in self.territories_out]

    @property
    def embargo_until(self) -> datetime | None:
        if self.embargo_day is None:
            return None
        return datetime.combine(self.embargo_day, self.embargo_time or time(0), UTC)

    def __bool__(self) -> bool:
        return bool(self.kinds)


def parse_restrictions(text: str) -> Restrictions:
    """The restrictions in ``text`` (instructions and usage terms joined)."""
    required = REQUIRED_CREDIT.search(text)
    embargo = EMBARGO.search(text)
    day, clock = _embargo_moment(embargo.group("rest")) if embargo else (None, None)
    return Restrictions(
        mandatory_credit=bool(MANDATORY_CREDIT.search(text)),
        required_credit=required.group("c").strip() if required else None,
        no_sales=bool(NO_SALES.search(text)), no_archive=bool(NO_ARCHIVE.search(text)),
        editorial_only=bool(EDITORIAL_ONLY.search(text)),
        embargo_day=day, embargo_time=clock, territories_out=_territories(text))


def _embargo_moment(rest: str) -> tuple[date | None, time | None]:
    for pattern in (ISO_DATE, DAY_MONTH, MONTH_DAY):
        found = pattern.search(rest)
        if not found:
            continue
        parts = found.groupdict()
        month = int(parts["m"]) if "m" in parts else MONTHS.get(parts["mon"][:3].lower())
        try:
            day = date(int(parts["y"]), month or 0, int(parts["d"]))
        except ValueError:
            continue
        clock = CLOCK.search(rest[found.end():]) or CLOCK.search(rest[:found.start()])
        return day, (time(int(clock.group("h")), int(clock.group("mi"))) if clock else None)
    return None, None


def _territories(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in OUT.finditer(text):
        words = match.group("what").split()
        while words and words[0].strip(".") in NOT_TERRITORY:
            words.pop(0)
        name = " ".join(words).strip(" .")
        if name and name not in found:
            found.append(name)
    return tuple(found)
