"""Pairing: which catalogued photo an imported caption belongs to, and how sure we are.

Candidates come from the index's exact keys, then its word and day/city buckets.
Each candidate gets a score made of named parts (weights in
:class:`PairingWeights`), and the best one a recommendation: ``strong`` (applied),
``review`` (the desk decides) or ``none``. A caption goes to one photo at most; two
captions strong for one photo both go to review.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from media_manager.catalog.pairing_index import (
    PairingIndex,
    PhotoFacts,
    agency,
    day,
    fold,
    stem,
    words,
)
from media_manager.catalog.pairing_weights import PairingWeights
from media_manager.wire.record import CORRECTION, KILL, CaptionRecord

STRONG, REVIEW, NONE = "strong", "review", "none"
EXACT_PARTS = ("filename", "job_id", "guid")
MAX_CANDIDATES = 12
SHOWN_CANDIDATES = 3


@dataclass
class Candidate:
    photo_id: int
    score: float
    parts: dict[str, float]

    def to_json(self) -> dict[str, object]:
        return {"photo_id": self.photo_id, "score": self.score, "parts": self.parts}


@dataclass
class Pairing:
    """A record's candidates, best first, and what to do with it."""

    record: CaptionRecord
    candidates: list[Candidate] = field(default_factory=list)
    recommendation: str = NONE
    reason: str = ""
    #: Older photos a correction supersedes (same key, the newest photo takes the caption).
    superseded: list[int] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass
class RecordFacts:
    """The record's side of the comparison, folded once."""

    names: set[str]
    stems: set[str]
    job_id: str | None
    title: str | None
    words: frozenset[str]
    creators: set[str]
    persons: set[str]
    day: str | None
    city: str | None
    country: str | None
    agency: str | None


def record_facts(record: CaptionRecord) -> RecordFacts:
    def text(name: str) -> str | None:
        value = record.value(name)
        return fold(value).strip() if isinstance(value, str) and value.strip() else None

    def items(name: str) -> set[str]:
        value = record.value(name)
        return {fold(v).strip() for v in value} if isinstance(value, list) else set()

    credit = record.value("source") or record.value("credit_line")
    job = record.value("job_id")
    names = {n.casefold() for n in record.filenames}
    return RecordFacts(
        names=names, stems={stem(n) for n in names}, job_id=job.strip().casefold()
        if isinstance(job, str) else None, title=text("title"),
        words=words(record.caption), creators=items("creator"), persons=items("persons_shown"),
        day=day(record.value("date_created")), city=text("city"),  # type: ignore[arg-type]
        country=text("country"), agency=agency(credit) if isinstance(credit, str) else None)


def candidates_of(index: PairingIndex, record: CaptionRecord, facts: RecordFacts) -> set[int]:
    """Photos sharing an exact key; failing that, the buckets' best few."""
    found: set[int] = set()
    for name in facts.names:
        found |= index.by_name.get(name, set())
    for name_stem in facts.stems:
        found |= index.by_stem.get(name_stem, set())
    if facts.job_id:
        found |= index.by_job.get(facts.job_id, set())
    if record.guid:
        found |= set(index.by_guid.get(record.guid, {}))
    if found:
        return found
    limit = index.word_limit
    if facts.title and len(index.by_title.get(facts.title, ())) <= limit:
        found |= index.by_title.get(facts.title, set())
    hits: Counter[int] = Counter()
    for word in facts.words | {w for c in facts.creators for w in words(c)}:
        bucket = index.by_word.get(word, ())
        if len(bucket) <= limit:
            hits.update(bucket)
    if facts.day and facts.city:
        bucket = index.by_day_city.get((facts.day, facts.city), ())
        if len(bucket) <= limit:
            hits.update({photo_id: 2 for photo_id in bucket})
    found |= {photo_id for photo_id, _ in hits.most_common(MAX_CANDIDATES)}
    return found


def score(photo: PhotoFacts, record: CaptionRecord, facts: RecordFacts, index: PairingIndex,
          weights: PairingWeights) -> Candidate:
    """The named parts of the evidence that ``record`` belongs to ``photo``."""
    parts: dict[str, float] = {}
    if facts.names & photo.names:
        parts["filename"] = weights.filename
    elif facts.stems and facts.stems & {stem(n) for n in photo.names}:
        parts["filename"] = weights.filename * 0.9
    if facts.job_id and photo.job_id:
        parts["job_id"] = weights.job_id * (1.0 if facts.job_id == photo.job_id else -0.5)
    if record.guid and photo.id in index.by_guid.get(record.guid, {}):
        parts["guid"] = weights.guid
    if facts.title and photo.title == facts.title:
        parts["title"] = weights.title
    if facts.words and photo.words:
        shared = 2 * len(facts.words & photo.words) / (len(facts.words) + len(photo.words))
        parts["text"] = weights.text * max(-0.5, (shared - 0.35) / 0.65)
    _agreement(parts, photo, facts, weights)
    rounded = {name: round(value, 3) for name, value in parts.items()}
    return Candidate(photo.id, round(sum(parts.values()), 3), rounded)


def _agreement(parts: dict[str, float], photo: PhotoFacts, facts: RecordFacts,
               weights: PairingWeights) -> None:
    if facts.day and photo.days:
        gap = min(abs(_ordinal(facts.day) - _ordinal(d)) for d in photo.days)
        parts["date"] = weights.date * (1.0 if gap == 0 else 0.5 if gap == 1 else -1.0)
    if facts.city and photo.city:
        parts["place"] = weights.place * (1.0 if facts.city == photo.city else -1.0)
    elif facts.country and photo.country:
        parts["place"] = weights.place * (0.5 if facts.country == photo.country else -1.0)
    if facts.creators and photo.creators:
        parts["people"] = weights.people * (1.0 if facts.creators & photo.creators else -1.0)
    if facts.persons & photo.persons:
        parts["people"] = parts.get("people", 0.0) + weights.people * 0.5
    if facts.agency and photo.agency:
        parts["credit"] = weights.credit * (1.0 if facts.agency == photo.agency else -1.0)


def _ordinal(iso: str) -> int:
    try:
        year, month, dd = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
        return year * 372 + month * 31 + dd
    except ValueError:
        return 0


def pair(index: PairingIndex, record: CaptionRecord, weights: PairingWeights) -> Pairing:
    """Score the record's candidates and recommend one (or none)."""
    facts = record_facts(record)
    ranked = sorted((score(index.photos[i], record, facts, index, weights)
                     for i in candidates_of(index, record, facts) if i in index.photos),
                    key=lambda c: (-c.score, -c.photo_id))
    result = Pairing(record, ranked[:SHOWN_CANDIDATES])
    best = ranked[0] if ranked else None
    if best is None or best.score < weights.review:
        result.reason = "no photo scores high enough" if best else "no candidate photo"
        return result
    runner_up = ranked[1] if len(ranked) > 1 else None
    if best.score >= weights.strong and (
            runner_up is None or best.score - runner_up.score >= weights.margin):
        result.recommendation = STRONG
    elif best.score >= weights.strong and record.action in (CORRECTION, KILL) and _same_key(
            ranked):
        result.recommendation = STRONG  # a resend: the newest photo with the key takes it
        result.superseded = [c.photo_id for c in ranked[1:] if _exact(c)]
    else:
        result.recommendation = REVIEW
        result.reason = (f"photo {runner_up.photo_id} scores {runner_up.score} against "
                         f"{best.score}" if runner_up and best.score >= weights.strong
                         else f"score {best.score} is below {weights.strong}")
    return result


def _exact(candidate: Candidate) -> bool:
    return any(candidate.parts.get(p, 0) > 0 for p in EXACT_PARTS)


def _same_key(ranked: list[Candidate]) -> bool:
    tied = [c for c in ranked if c.score >= ranked[0].score - 1e-9 or _exact(c)]
    return all(_exact(c) for c in tied)


def settle_competition(pairings: list[Pairing]) -> None:
    """Two captions strong for one photo: neither is applied, both go to review."""
    by_photo: dict[int, list[Pairing]] = {}
    for pairing in pairings:
        if pairing.recommendation == STRONG and pairing.best:
            by_photo.setdefault(pairing.best.photo_id, []).append(pairing)
    for photo_id, rivals in by_photo.items():
        if len(rivals) < 2:
            continue
        for pairing in rivals:
            others = ", ".join(r.record.source for r in rivals if r is not pairing)
            pairing.recommendation = REVIEW
            pairing.reason = f"competes with {others} for photo {photo_id}"
