"""What pairing needs to know of every catalogued photo, read in a few bulk queries.

Exact keys (file names and stems, transmission reference, object name, NewsML-G2
guid) are dictionaries; caption words, days and cities are buckets. A caption's
candidates come from these lookups only, never from comparing it with every photo.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from media_manager.captions.gazetteer import fold as fold_accents
from media_manager.models import FieldValue, Photo, PhotoFile, WireItem

INDEXED_FIELDS = ("job_id", "title", "description", "creator", "date_created", "city",
                  "country", "source", "credit_line", "persons_shown")
_WORD = re.compile(r"[^\W\d_]{3,}|\d{3,}")
STOPWORDS = frozenset({
    "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "his", "her",
    "their", "its", "into", "during", "after", "before", "near", "photo", "photos", "file",
    "picture", "shows", "seen", "while", "over", "under", "about", "who", "which", "has", "have"})


def fold(text: str) -> str:
    """Case-folded, accents removed ('Bogotá' → 'bogota'); plain ASCII takes the short way."""
    return text.casefold() if text.isascii() else fold_accents(text)


def words(text: str) -> frozenset[str]:
    """The caption words that can tell one picture from another (folded, 3+ letters)."""
    return frozenset(w for w in _WORD.findall(fold(text)) if w not in STOPWORDS)


def day(value: str | None) -> str | None:
    """``2025:06:11 07:48`` or ``2025-06-11T...`` → ``2025-06-11``; None when no full date."""
    if not value or len(value) < 10 or not value[:4].isdigit():
        return None
    return f"{value[:4]}-{value[5:7]}-{value[8:10]}"


@lru_cache(maxsize=4096)
def agency(text: str) -> str:
    """The canonical agency a credit or source names ('AP Photo/X' → 'AP'), else the text."""
    from media_manager.captions.tables import credit_table

    table = credit_table()
    match = table.agency_re.search(text)  # type: ignore[union-attr]
    found = table.agency(match.group(0)) if match else table.agency(text)
    return found or fold(text).strip()


@dataclass
class PhotoFacts:
    """One photo as pairing sees it."""

    id: int
    names: set[str] = field(default_factory=set)
    job_id: str | None = None
    title: str | None = None
    words: frozenset[str] = frozenset()
    creators: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    days: set[str] = field(default_factory=set)
    city: str | None = None
    country: str | None = None
    agency: str | None = None


@dataclass
class PairingIndex:
    photos: dict[int, PhotoFacts] = field(default_factory=dict)
    by_name: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_stem: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_job: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_title: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_guid: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    by_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    by_day_city: dict[tuple[str, str], set[int]] = field(
        default_factory=lambda: defaultdict(set))

    @property
    def word_limit(self) -> int:
        """Words on more photos than this say too little to be a bucket."""
        return max(40, len(self.photos) // 100)

    def add_guid(self, guid: str, photo_id: int, version: int | None) -> None:
        self.by_guid[guid][photo_id] = max(version or 0, self.by_guid[guid].get(photo_id, 0))


def stem(name: str) -> str:
    return os.path.splitext(name)[0].casefold()


def build_index(session: Session) -> PairingIndex:
    """Read every photo's keys and pairing facts (four queries, linear in the catalogue)."""
    index = PairingIndex()
    for photo_id, taken in session.execute(select(Photo.id, Photo.date_time_original)):
        facts = index.photos[photo_id] = PhotoFacts(photo_id)
        if day(taken):
            facts.days.add(day(taken))  # type: ignore[arg-type]
    for photo_id, path in session.execute(select(PhotoFile.photo_id, PhotoFile.path)):
        name = os.path.basename(path).casefold()
        index.photos[photo_id].names.add(name)
        index.by_name[name].add(photo_id)
        index.by_stem[stem(name)].add(photo_id)
    rows = session.execute(select(FieldValue.photo_id, FieldValue.name, FieldValue.value)
                           .where(FieldValue.name.in_(INDEXED_FIELDS)))
    for photo_id, name, value in rows:
        _remember(index, index.photos[photo_id], name, value)
    for guid, photo_id, version in session.execute(
            select(WireItem.guid, WireItem.photo_id, WireItem.version)):
        index.add_guid(guid, photo_id, version)
    _bucket(index)
    return index


def _remember(index: PairingIndex, facts: PhotoFacts, name: str, value: str) -> None:
    if name == "job_id":
        facts.job_id = value.strip().casefold()
        index.by_job[facts.job_id].add(facts.id)
    elif name == "title":
        facts.title = fold(value).strip()
        index.by_title[facts.title].add(facts.id)
    elif name == "description":
        facts.words = words(value)
    elif name == "creator":
        facts.creators.add(fold(value).strip())
    elif name == "persons_shown":
        facts.persons.add(fold(value).strip())
    elif name == "date_created" and day(value):
        facts.days.add(day(value))  # type: ignore[arg-type]
    elif name == "city":
        facts.city = fold(value).strip()
    elif name == "country":
        facts.country = fold(value).strip()
    elif name in ("source", "credit_line") and (facts.agency is None or name == "source"):
        facts.agency = agency(value)


def _bucket(index: PairingIndex) -> None:
    for facts in index.photos.values():
        for word in facts.words | {w for c in facts.creators for w in words(c)}:
            index.by_word[word].add(facts.id)
        if facts.city:
            for taken in facts.days:
                index.by_day_city[(taken, facts.city)].add(facts.id)
