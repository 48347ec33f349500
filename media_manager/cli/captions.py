"""``media-manager parse``: captions in, fields out (one JSON object per caption with --json)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from media_manager import captions as caption_parser  # loads on first use, not with every command
from media_manager.captions.model import JSON_KEYS, empty_json


def caption_json(text: str) -> dict[str, Any]:
    """The parse result of one caption plus ``warnings`` (the linter's findings)."""
    if not text.strip():
        out = empty_json()
        out["warnings"] = []
        return out
    parsed = caption_parser.parse_caption(text)
    out = parsed.to_json()
    out["warnings"] = [f.to_dict() for f in caption_parser.lint_caption(text, parsed=parsed)]
    return out


def _table(text: str, data: dict[str, Any]) -> str:
    lines = []
    for key in JSON_KEYS:
        value = data[key]
        if value in (None, [], False):
            continue
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        confidence = data["confidence"].get(key)
        conf = (max(confidence) if isinstance(confidence, list) else confidence) or 1.0
        span = data["spans"].get(key)
        first = span[0] if isinstance(span, list) and span and isinstance(span[0], list) else span
        where = ""
        if first:
            start, end = first
            where = "  " + text[max(0, start - 10):start] + "[" + text[start:end] + "]" + \
                text[end:end + 10]
        lines.append(f"{key:<15} {shown:<40} {conf:.2f}{where}")
    for warning in data["warnings"]:
        lines.append(f"warning         {warning['rule_id']}: {warning['message']}")
    return "\n".join(lines) if lines else "(nothing found)"


@click.command("parse")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: one object, or one per input line when TEXT is '-'.")
def parse_command(text: str, as_json: bool) -> None:
    """Parse a caption into credit, photographer, agency, date, place and people.

    TEXT is the caption; '-' reads one caption per line from standard input and prints one
    result per line, in the same order (an empty line gives an empty result).
    """
    if text == "-":
        captions = sys.stdin.read().splitlines()
    else:
        captions = [text]
    for index, caption in enumerate(captions):
        data = caption_json(caption)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            if len(captions) > 1:
                click.echo(f"--- {index + 1}")
            click.echo(_table(caption, data))
