"""Map a parsed caption onto the canonical field names of ``media_manager.fields``.

The ingest pipeline stores these as suggestions with source "parsed"; it never lets them
overwrite embedded, imported or manual values.
"""

from __future__ import annotations

import re

from media_manager.captions.model import ParsedCaption

SUGGESTED_FIELDS: tuple[str, ...] = (
    "credit_line", "creator", "source", "date_created", "city", "province_state", "country",
    "country_code", "sublocation", "persons_shown",
)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def suggest_fields(parsed: ParsedCaption) -> dict[str, str | list[str]]:
    """The parsed values worth suggesting, keyed by canonical field name; empty ones left out.

    A date without a year is not suggested: it cannot fill Date Created honestly. Country and
    its code are where the photo was made (from the city when the caption names no country).
    """
    out: dict[str, str | list[str]] = {}
    for name in SUGGESTED_FIELDS:
        value = _suggested(parsed, name)
        if isinstance(value, list):
            if value:
                out[name] = list(value)
        elif isinstance(value, str) and value.strip():
            if name == "date_created" and not _FULL_DATE.match(value):
                continue
            out[name] = value
    return out


def _suggested(parsed: ParsedCaption, name: str) -> str | list[str] | None:
    if name == "country":
        return parsed.get("country_made")
    if name == "country_code":
        return parsed.country_made_code or parsed.get("country_code")
    return parsed.get(name)
