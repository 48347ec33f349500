"""The shapes a parsed caption takes: spans, values with confidence, the parsed caption."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)  # slots: made by the dozen per caption, built faster
class Span:
    """A slice of the caption text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Value:
    """One parsed value, the span of text it came from and how sure the parser is (0..1)."""

    value: Any
    span: Span | None = None
    confidence: float = 1.0


LIST_KEYS: tuple[str, ...] = ("creator", "persons_shown", "markers", "other_credits")
FLAG_KEYS: tuple[str, ...] = ("is_file_photo", "is_handout", "is_pool", "country_made_inferred")
JSON_KEYS: tuple[str, ...] = (
    "credit_line", "creator", "source", "provider", "date_created", "weekday",
    "sublocation", "city", "province_state", "country", "country_code",
    "persons_shown", "is_file_photo", "is_handout", "is_pool", "markers",
    "country_made", "country_made_inferred", "other_credits",
)


@dataclass
class ParsedCaption:
    """Everything the parser found in one caption. Absent values are ``None`` or empty lists."""

    text: str = ""
    credit_line: Value | None = None
    creator: list[Value] = field(default_factory=list)
    source: Value | None = None
    provider: Value | None = None
    date_created: Value | None = None
    weekday: Value | None = None
    sublocation: Value | None = None
    city: Value | None = None
    province_state: Value | None = None
    country: Value | None = None
    country_code: Value | None = None
    #: The country where the photo was made: the one printed, else the city's (inferred).
    country_made: Value | None = None
    #: True when ``country_made`` comes from the city, not from the caption's words.
    country_made_inferred: Value | None = None
    #: ISO code of ``country_made`` (for the Country Code suggestion).
    country_made_code: str | None = None
    persons_shown: list[Value] = field(default_factory=list)
    is_file_photo: Value | None = None
    is_handout: Value | None = None
    is_pool: Value | None = None
    markers: list[Value] = field(default_factory=list)
    #: Other credits printed before the final one, kept as a note.
    other_credits: list[Value] = field(default_factory=list)
    #: Dates the caption names but that are not the photo's (release dates, background).
    other_dates: list[Value] = field(default_factory=list)
    #: The photo's date as printed (month style, weekday) for the linter.
    date_text: Span | None = None

    def get(self, key: str) -> Any:
        """The plain value of ``key``: a string, a list of strings, a bool, or None."""
        found = getattr(self, key)
        if key in LIST_KEYS:
            return [v.value for v in found]
        if key in FLAG_KEYS:
            return bool(found.value) if found is not None else False
        return found.value if found is not None else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the values, then ``spans`` and ``confidence`` per key."""
        out: dict[str, Any] = {key: self.get(key) for key in JSON_KEYS}
        spans: dict[str, Any] = {}
        confidence: dict[str, Any] = {}
        for key in JSON_KEYS:
            found = getattr(self, key)
            if key in LIST_KEYS:
                if found:
                    spans[key] = [v.span.as_list() if v.span else None for v in found]
                    confidence[key] = [round(v.confidence, 2) for v in found]
            elif found is not None:
                spans[key] = found.span.as_list() if found.span else None
                confidence[key] = round(found.confidence, 2)
        out["spans"] = spans
        out["confidence"] = confidence
        return out


def empty_json() -> dict[str, Any]:
    """The JSON object of a caption with nothing in it (keeps stdin line numbers aligned)."""
    return ParsedCaption().to_json()
