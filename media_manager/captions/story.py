"""``parse_story``: a wire story as text: headline (often repeated), dateline, byline, body
paragraphs and the caption paragraphs at its foot (each ends with a credit)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from media_manager.captions.credits import parse_credit
from media_manager.captions.model import Span
from media_manager.captions.names import smart_case
from media_manager.captions.tables import credit_table

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,4}\.?\s+\d{1,2}))?\s*\((?P<agency>[^)]{2,30})\)\s*[-–—]+\s*")
BYLINE = re.compile(r"^By\s+(?P<byline>[A-Z][^\n]{1,100})$")


@dataclass
class ParsedStory:
    """The parts of a story; spans are offsets into the text given."""

    headline: str | None = None
    headline_span: Span | None = None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    byline: str | None = None
    body: list[str] = field(default_factory=list)
    body_spans: list[Span] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    caption_spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "headline": self.headline, "dateline_place": self.dateline_place,
            "dateline_agency": self.dateline_agency, "byline": self.byline, "body": self.body,
            "captions": self.captions,
            "caption_spans": [s.as_list() for s in self.caption_spans],
        }


def _paragraphs(text: str) -> list[Span]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, _end = m.start(), m.end()
        stripped = m.group(0).strip()
        if stripped:
            start += len(m.group(0)) - len(m.group(0).lstrip())
            out.append(Span(start, start + len(stripped), stripped))
    return out


def ends_with_credit(paragraph: str) -> bool:
    """True when the paragraph is a caption: it ends with a credit (boilerplate may follow)."""
    credit = parse_credit(paragraph)
    if credit.credit_line is None or credit.credit_line.span is None or \
            credit.credit_line.confidence < 0.8:
        return False
    tail = paragraph[credit.credit_line.span.end:].strip(" )\n.")
    return len(tail) < 3 or tail.isupper() or credit.body_end < len(paragraph) * 0.98


def parse_story(text: str) -> ParsedStory:
    """Split ``text`` into its parts; a story without a headline gives empty parts."""
    story = ParsedStory()
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return story
    story.headline, story.headline_span = paragraphs[0].text, paragraphs[0]
    rest = [p for p in paragraphs[1:] if p.text.casefold() != story.headline.casefold()]
    captions: list[Span] = []
    while len(rest) > 1 and ends_with_credit(rest[-1].text):
        captions.insert(0, rest.pop())
    story.captions = [c.text for c in captions]
    story.caption_spans = captions
    if rest and (m := BYLINE.match(rest[0].text)):
        story.byline = m.group("byline").strip()
        rest = rest[1:]
    if rest and (m := DATELINE.match(rest[0].text)):
        place = m.group("place").strip()
        story.dateline_place = ", ".join(
            smart_case(part.strip()) if part.isupper() else part.strip()
            for part in place.split(","))
        agency = m.group("agency")
        story.dateline_agency = credit_table().agency(agency) or agency
    story.body = [p.text for p in rest]
    story.body_spans = rest
    return story
