"""Caption intelligence: text in, structure out. Pure functions, no I/O.

``parse_caption`` finds credit, photographer, agency, date, place and people shown;
``parse_story`` splits a wire story into headline, dateline, byline, body and captions;
``lint_caption`` checks a caption (and embedded fields) against desk rules;
``suggest_fields`` maps a parsed caption onto the canonical field names of ``fields.py``.

Each name loads its module when first used, so ingest, which only parses and suggests,
does not compile the linter's and the story splitter's patterns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from media_manager.captions.lint import Finding, lint_caption, lint_report
    from media_manager.captions.model import ParsedCaption, Span, Value
    from media_manager.captions.parse import parse_caption, prepare
    from media_manager.captions.story import ParsedStory, parse_story
    from media_manager.captions.suggest import suggest_fields

#: Each public name and the module that defines it.
_MODULES = {
    "Finding": "lint", "lint_caption": "lint", "lint_report": "lint",
    "ParsedCaption": "model", "Span": "model", "Value": "model",
    "parse_caption": "parse", "prepare": "parse",
    "ParsedStory": "story", "parse_story": "story",
    "suggest_fields": "suggest",
}

__all__ = [
    "Finding", "ParsedCaption", "ParsedStory", "Span", "Value", "lint_caption", "lint_report",
    "parse_caption", "parse_story", "prepare", "suggest_fields",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    globals()[name] = value
    return value
