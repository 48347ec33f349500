"""Wire stories as text: headline, dateline, body and caption paragraphs at the foot.

A file may hold several stories, separated by a line of ``=``, ``-`` or ``*``
(three or more), a form feed, or ASCII's file/record separators. Each caption
paragraph becomes one record: the caption and the story's headline are what it
states; credit, photographer, date and place parsed from the caption are hints
for pairing.
"""

from __future__ import annotations

import re

from media_manager import captions as caption_parser  # loads on first use, not with every command
from media_manager.wire.record import CaptionRecord, classify
from media_manager.wire.text import decode, head_text

NAME = "story"
SEPARATOR = re.compile(r"^[ \t]*(?:[=*-][ \t]*){3,}$|[\f\x1c\x1e]", re.MULTILINE)


def can_parse(data: bytes) -> bool:
    """Plain text (not markup or a table) whose foot holds at least one caption."""
    head = head_text(data)
    if not head or head[0] in "<{[" or "\x00" in head:
        return False
    text, _ = decode(data)
    return any(caption_parser.parse_story(part).captions for part in stories(text))


def stories(text: str) -> list[str]:
    return [part for part in SEPARATOR.split(text) if part.strip()]


def parse(data: bytes, name: str = "story") -> list[CaptionRecord]:
    text, _ = decode(data)
    records: list[CaptionRecord] = []
    for part in stories(text):
        story = caption_parser.parse_story(part)
        for caption in story.captions:
            records.append(_record(f"{name}#{len(records) + 1}", caption, story.headline))
    return records


def _record(source: str, caption: str, headline: str | None) -> CaptionRecord:
    record = CaptionRecord(source=source, fields={"description": caption})
    if headline:
        record.fields["headline"] = headline
    record.hints = caption_parser.suggest_fields(caption_parser.parse_caption(caption))
    classify(record)
    return record
