"""What the caption tests read off a parsed caption: people shown, the credit's three parts."""

from __future__ import annotations

from media_manager.captions import parse_caption


def people(text: str) -> list[str]:
    return parse_caption(text).get("persons_shown")


def credit(text: str) -> tuple[str | None, list[str], str | None]:
    parsed = parse_caption(text)
    return parsed.get("credit_line"), parsed.get("creator"), parsed.get("source")
