"""Caption intelligence: text in, structure out. Pure functions, no I/O.

``parse_caption`` finds credit, photographer, agency, date, place and people shown;
``parse_story`` splits a wire story into headline, dateline, byline, body and captions;
``lint_caption`` checks a caption (and embedded fields) against desk rules;
``suggest_fields`` maps a parsed caption onto the canonical field names of ``fields.py``.
"""

from __future__ import annotations

from media_manager.captions.lint import Finding, lint_caption, lint_report
from media_manager.captions.model import ParsedCaption, Span, Value
from media_manager.captions.parse import parse_caption, prepare
from media_manager.captions.story import ParsedStory, parse_story
from media_manager.captions.suggest import suggest_fields

__all__ = [
    "Finding", "ParsedCaption", "ParsedStory", "Span", "Value", "lint_caption", "lint_report",
    "parse_caption", "parse_story", "prepare", "suggest_fields",
]
