"""The caption linter: named rules over a caption and, optionally, the photo's embedded fields.

Each finding has a rule id, a message a desk editor can act on, and the span of caption text
it concerns (None when it is about a field rather than the text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from media_manager.captions.dates import find_dates, weekday_of
from media_manager.captions.equivalence import same_value
from media_manager.captions.gazetteer import fold
from media_manager.captions.model import ParsedCaption, Span
from media_manager.captions.parse import MAX_PARSED_CHARS, parse_caption
from media_manager.captions.tables import credit_table
from media_manager.fields import FIELDS_BY_NAME

AP_MONTH = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
            8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
ENGLISH_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
MOJIBAKE = re.compile(r"[ÂÃÄÅÆÇÈÉÊËÎÏÐÑÒÓÔÕÖ×Øâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
                      r"|â€[\x80-\xbf™œ“”˜¦¢]|[\x80-\x9f]")
COMPARED_FIELDS = ("date_created", "city", "province_state", "country", "country_code")
#: How a finding names a value by its source: the desk's own word is a "manual value".
SOURCE_WORDS = {"manual": "manual value", "imported": "imported value",
                "sidecar": "sidecar field", "embedded": "embedded field"}


def source_word(name: str, sources: dict[str, str] | None) -> str:
    """'manual value', 'imported value', 'sidecar field' or 'embedded field' (the default)."""
    return SOURCE_WORDS.get((sources or {}).get(name, "embedded"), "embedded field")


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, what to tell the editor, where in the caption."""

    rule_id: str
    message: str
    span: Span | None = None
    field: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule_id": self.rule_id, "message": self.message,
                "span": self.span.as_list() if self.span else None, "field": self.field}


def lint_caption(text: str, fields: dict[str, Any] | None = None, *,
                 date_time_original: str | None = None,
                 parsed: ParsedCaption | None = None,
                 sources: dict[str, str] | None = None) -> list[Finding]:
    """All findings for ``text``; ``fields`` are the photo's values by canonical name and
    ``sources`` where each came from ("embedded" when not said), so a finding can name it."""
    fields = fields or {}
    parsed = parsed if parsed is not None else parse_caption(text)
    findings: list[Finding] = []
    if text.strip():
        findings += _missing(parsed)
        findings += _weekday(parsed)
        findings += _exif_date(parsed, date_time_original or fields.get("date_time_original"))
        findings += _ap_months(text, parsed)
    findings += _lengths(text, fields)
    findings += _credit_mismatch(parsed, fields, sources)
    findings += _field_mismatch(parsed, fields, sources)
    findings += _mojibake(text, fields)
    return findings


def lint_report(text: str, fields: dict[str, Any] | None = None, *,
                date_time_original: str | None = None,
                sources: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """``lint_caption`` as JSON-ready dicts, for ``media-manager lint --json``."""
    return [f.to_dict() for f in lint_caption(text, fields, date_time_original=date_time_original,
                                              sources=sources)]


def _missing(parsed: ParsedCaption) -> list[Finding]:
    out = []
    if parsed.credit_line is None:
        out.append(Finding("missing-credit", "no credit: add photographer and agency"))
    if parsed.date_created is None:
        out.append(Finding("missing-date", "no date for the photo"))
    elif parsed.date_created.value.startswith("--"):
        printed = parsed.date_created.span.text if parsed.date_created.span else ""
        out.append(Finding("date-without-year", f"date {printed!r} has no year",
                           parsed.date_created.span))
    if parsed.city is None and parsed.country is None:
        out.append(Finding("missing-place", "no city or country for the photo"))
    return out


def _weekday(parsed: ParsedCaption) -> list[Finding]:
    out: list[Finding] = []
    for found in find_dates(parsed.text[:MAX_PARSED_CHARS]):
        real = weekday_of(found)
        if found.weekday and real and real != found.weekday:
            out.append(Finding("weekday-mismatch", f"{found.span.text!r}: "
                               f"{found.iso} was a {real}, not a {found.weekday}", found.span))
    return out


def _parse_exif(value: str) -> dt.date | None:
    m = re.match(r"\s*(\d{4})[:-](\d{2})[:-](\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _exif_date(parsed: ParsedCaption, exif: str | None) -> list[Finding]:
    if not exif or parsed.date_created is None or len(parsed.date_created.value) != 10:
        return []
    taken = _parse_exif(str(exif))
    said = dt.date.fromisoformat(parsed.date_created.value)
    if taken is None or abs((taken - said).days) <= 1:
        return []
    return [Finding("date-far-from-exif", f"caption says {said.isoformat()}, camera says "
                    f"{taken.isoformat()} ({abs((taken - said).days)} days apart)",
                    parsed.date_created.span)]


def _ap_months(text: str, parsed: ParsedCaption) -> list[Finding]:
    source = parsed.get("source")
    if source not in (None, "AP"):
        return []
    out = []
    for found in find_dates(parsed.text[:MAX_PARSED_CHARS]):
        printed = found.month_span.text
        if found.pattern != "month_day_year" or printed.casefold() not in ENGLISH_MONTHS:
            continue
        dotted = text[found.month_span.end:found.month_span.end + 1] == "."
        wanted = AP_MONTH[found.month]
        shown = printed + ("." if dotted else "")
        if shown != wanted and not (source is None and len(printed) > 4 and found.month > 7
                                    or source is None and len(printed) > 4 and found.month < 3):
            out.append(Finding("ap-month-style", f"AP style writes {wanted!r} with a date, "
                               f"not {shown!r}", found.month_span))
    return out


def _lengths(text: str, fields: dict[str, Any]) -> list[Finding]:
    out = []
    size = len(text.encode("utf-8"))
    if size > 2000 and "description" not in fields:
        out.append(Finding("iim-too-long", f"description (caption) is {size} bytes in UTF-8, "
                           "over the IIM limit of 2000", Span(0, len(text), ""), "description"))
    for name, value in fields.items():
        spec = FIELDS_BY_NAME.get(name)
        if spec is None or spec.iim_max_bytes is None or name == "date_created":
            continue
        for item in value if isinstance(value, list) else [value]:
            size = len(str(item).encode("utf-8"))
            if size > spec.iim_max_bytes:
                out.append(Finding("iim-too-long", f"{name} is {size} bytes in UTF-8, over the "
                                   f"IIM limit of {spec.iim_max_bytes}", None, name))
    return out


def _norm(value: str) -> str:
    return " ".join(fold(value).replace(".", " ").split())


def _credit_mismatch(parsed: ParsedCaption, fields: dict[str, Any],
                     sources: dict[str, str] | None) -> list[Finding]:
    out = []
    table = credit_table()
    span = parsed.credit_line.span if parsed.credit_line else None
    creators = {_norm(c) for c in parsed.get("creator")}
    byline = fields.get("creator")
    byline_set = {_norm(b) for b in (byline if isinstance(byline, list) else [byline]) if b}
    if creators and byline_set and not creators & byline_set:
        out.append(Finding("credit-mismatch", f"credit names {sorted(parsed.get('creator'))}, "
                           f"By-line ({source_word('creator', sources)}) says "
                           f"{sorted(byline_set)}", span, "creator"))
    source = parsed.get("source")
    for name in ("source", "credit_line"):
        embedded = fields.get(name)
        if not source or not embedded or not isinstance(embedded, str):
            continue
        match = table.agency_re.search(embedded)  # type: ignore[union-attr]
        agency = table.agency(match.group(0)) if match else table.agency(embedded)
        if agency and agency != source:
            out.append(Finding("credit-mismatch", f"credit says {source}, {name} "
                               f"({source_word(name, sources)}) says {embedded!r}", span, name))
    return out


def _field_mismatch(parsed: ParsedCaption, fields: dict[str, Any],
                    sources: dict[str, str] | None) -> list[Finding]:
    out = []
    for name in COMPARED_FIELDS:
        embedded = fields.get(name)
        found = parsed.country_made if name == "country" else getattr(parsed, name)
        if not embedded or found is None or not isinstance(embedded, str):
            continue
        if name == "country" and found.confidence < 0.5:
            continue  # a guess (a domestic service's home country), not the caption's word
        if name == "date_created":
            same = str(embedded)[:10].replace(":", "-") == found.value or found.value[:2] == "--"
        else:
            same = same_value(name, found.value, embedded)
        if not same:
            out.append(Finding("field-mismatch", f"{name}: caption says {found.value!r}, "
                               f"{source_word(name, sources)} says {embedded!r}", found.span,
                               name))
    return out


def _mojibake(text: str, fields: dict[str, Any]) -> list[Finding]:
    out = []
    m = MOJIBAKE.search(text)
    if m:
        out.append(Finding("mojibake", f"garbled characters {m.group(0)!r}: text decoded with "
                           "the wrong character set", Span(m.start(), m.end(), m.group(0)),
                           "description"))
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and name != "description" and MOJIBAKE.search(item):
                out.append(Finding("mojibake", f"{name} has garbled characters", None, name))
                break
    return out
