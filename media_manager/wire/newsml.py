"""NewsML-G2 picture items (``ninat:picture``), alone or inside a ``newsMessage`` or package.

Read with defusedxml (no entities, no external references); element names are
matched by local name, so any namespace prefix works; text is whitespace-folded;
of several language versions the one in the item's ``xml:lang`` wins. What each
element fills is the table :data:`MAPPING`; a provider variant is a subclass of
:class:`NewsMLReader` with another table. Where the item's structured place (a
POI's locality, area, country) and its caption text disagree, the structured
value is what the record states, and the record notes the disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from media_manager import captions as caption_parser  # loads on first use, not with every command
from media_manager.captions.gazetteer import fold
from media_manager.fields import LIST_FIELDS
from media_manager.wire.record import (
    CORRECTION,
    KILL,
    BadRecord,
    CaptionRecord,
    check_value,
    classify,
    clean_value,
)
from media_manager.wire.text import head_text

NAME = "newsml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_BYTES = 50_000_000


def qcode_tail(value: str) -> str:
    """``nprov:AP`` → ``AP``; ``iso3166-1a2:NL`` → ``NL``."""
    return value.rpartition(":")[2].strip()


def iso_date(value: str) -> str:
    return value.strip()


@dataclass(frozen=True)
class Rule:
    """``path`` of local names below the item (``[attr=a|b]`` filters on a qcode's tail,
    ``@attr`` reads an attribute) → canonical field or ``extra:NAME``; first hit wins
    for single-valued targets, every hit counts for lists."""

    path: str
    target: str
    convert: Callable[[str], str] | None = None


MAPPING: tuple[Rule, ...] = (
    Rule("itemMeta/title", "title"),
    Rule("contentMeta/slugline", "title"),
    Rule("itemMeta/edNote", "instructions"),
    Rule("itemMeta/pubStatus/@qcode", "extra:pub_status", qcode_tail),
    Rule("itemMeta/fileName", "extra:filename"),
    Rule("itemMeta/provider/name", "source"),
    Rule("itemMeta/provider/@literal", "source"),
    Rule("itemMeta/provider/@qcode", "source", qcode_tail),
    Rule("contentMeta/headline", "headline"),
    Rule("contentMeta/description[role=caption]", "description"),
    Rule("contentMeta/description", "description"),
    Rule("contentMeta/creditline", "credit_line"),
    Rule("contentMeta/creator/name", "creator"),
    Rule("contentMeta/creator/@jobtitle", "creator_job_title", qcode_tail),
    Rule("contentMeta/creator/related[rel=hasJobTitle|jobTitle]/name", "creator_job_title"),
    Rule("contentMeta/contributor[role=descrWriter|captionWriter|writer]/name",
         "description_writer"),
    Rule("contentMeta/keyword", "keywords"),
    Rule("contentMeta/subject/name", "keywords"),
    Rule("contentMeta/contentCreated", "date_created", iso_date),
    Rule("contentMeta/located/name", "extra:located"),
    Rule("contentMeta/located/@qcode", "extra:located_qcode"),
    Rule("rightsInfo/copyrightNotice", "copyright_notice"),
    Rule("rightsInfo/usageTerms", "extra:usage_terms"),
    Rule("contentSet/remoteContent/@href", "extra:href"),
)
_STEP = re.compile(r"^(?P<name>[\w.-]+)(?:\[(?P<attr>\w+)=(?P<values>[\w|]+)\])?$")


def local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def text_of(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


class NewsMLReader:
    """Reads picture items with :data:`MAPPING` (a subclass may set another ``mapping``)."""

    mapping: tuple[Rule, ...] = MAPPING

    def items(self, root: Any) -> Iterator[Any]:
        for element in root.iter():
            if local(element.tag) == "newsItem" and self._is_picture(element):
                yield element

    def _is_picture(self, item: Any) -> bool:
        classes = [e.get("qcode", "") for e in item.iter() if local(e.tag) == "itemClass"]
        return any(qcode_tail(c).casefold() == "picture" for c in classes)

    def record(self, item: Any, source: str, lang: str | None) -> CaptionRecord:
        found: dict[str, list[str]] = {}
        for rule in self.mapping:
            values = [v for v in self._select(item, rule.path.split("/"), lang) if v]
            if rule.convert:
                values = [rule.convert(v) for v in values]
            if values and (rule.target in LIST_FIELDS or rule.target not in found):
                found.setdefault(rule.target, []).extend(values)
        return self._build(item, source, found)

    def _select(self, element: Any, steps: list[str], lang: str | None) -> list[str]:
        if steps[0].startswith("@"):
            value = element.get(steps[0][1:])
            return [value.strip()] if value else []
        match = _STEP.match(steps[0])
        assert match, steps[0]
        children = [c for c in element if local(c.tag) == match["name"]
                    and _accepted(c, match["attr"], match["values"])]
        if len(steps) == 1:
            return [text_of(c) for c in _by_language(children, lang)]
        return [v for c in children for v in self._select(c, steps[1:], lang)]

    def _build(self, item: Any, source: str, found: dict[str, list[str]]) -> CaptionRecord:
        record = CaptionRecord(source=source, guid=item.get("guid"))
        version = item.get("version", "")
        record.version = int(version) if version.isdigit() else None
        for target, values in found.items():
            if target.startswith("extra:"):
                record.extra[target[6:]] = values[0]
                if target in ("extra:filename", "extra:href"):
                    record.filenames.extend(v.replace("\\", "/").rsplit("/", 1)[-1]
                                            for v in values)
                continue
            value = clean_value(target, values if target in LIST_FIELDS else values[0])
            if value is not None:
                check_value(target, value)
                record.fields[target] = value
        _place(item, record)
        _status(record)
        return record


def _accepted(element: Any, attr: str | None, values: str | None) -> bool:
    if not attr:
        return True
    wanted = {v.casefold() for v in (values or "").split("|")}
    return qcode_tail(element.get(attr, "")).casefold() in wanted


def _by_language(elements: list[Any], lang: str | None) -> list[Any]:
    if len(elements) < 2 or not lang:
        return elements
    same = [e for e in elements if (e.get(XML_LANG) or lang).casefold().startswith(
        lang.casefold()[:2])]
    return same or elements


def _status(record: CaptionRecord) -> None:
    record.note = record.fields.get("instructions")  # type: ignore[assignment]
    if record.extra.get("pub_status", "").casefold() == "canceled":
        record.action = KILL
    classify(record)


PLACE_PARTS = (("locality", "city"), ("area", "province_state"), ("country", "country"))


def _place(item: Any, record: CaptionRecord) -> None:
    """Place from the ``assert`` the ``located`` points to (or its own broader names)."""
    place = _asserted_place(item, record.extra.get("located_qcode")) or {}
    if "city" not in place and record.extra.get("located"):
        place["city"] = record.extra["located"]
    parsed = caption_parser.suggest_fields(caption_parser.parse_caption(record.caption)) \
        if record.caption else {}
    for name, value in place.items():
        record.fields[name] = value
        said = parsed.get(name)
        if name != "country_code" and isinstance(said, str) and fold(said) != fold(value):
            record.notes.append(f"{name}: the item's structured place {value!r} wins over "
                                f"the caption's {said!r}")
    record.hints = {k: v for k, v in parsed.items() if k not in record.fields}


def _asserted_place(item: Any, qcode: str | None) -> dict[str, str] | None:
    if not qcode:
        return None
    for element in item:
        if local(element.tag) != "assert" or element.get("qcode") != qcode:
            continue
        place: dict[str, str] = {}
        for part in element.iter():
            for tag, name in PLACE_PARTS:
                if local(part.tag) == tag:
                    _part(part, name, place)
        poi = [text_of(c) for c in element if local(c.tag) == "name"]
        if poi and poi[0] and poi[0] != place.get("city"):
            place.setdefault("sublocation", poi[0])
        return place
    return None


def _part(element: Any, name: str, place: dict[str, str]) -> None:
    label = next((text_of(c) for c in element if local(c.tag) == "name"), "")
    if label:
        place.setdefault(name, label)
    if name == "country" and element.get("qcode"):
        code = _alpha3(qcode_tail(element.get("qcode")))
        if code:
            place.setdefault("country_code", code)


def _alpha3(code: str) -> str | None:
    import pycountry

    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else (
        pycountry.countries.get(alpha_3=code) if len(code) == 3 else None)
    return found.alpha_3 if found else None


def can_parse(data: bytes) -> bool:
    head = head_text(data, 8192)
    return head.startswith("<") and any(
        tag in head for tag in ("<newsItem", "<newsMessage", "<packageItem", ":newsItem",
                                ":newsMessage"))


def parse(data: bytes, name: str = "newsml.xml",
          reader: NewsMLReader | None = None) -> list[CaptionRecord | BadRecord]:
    from defusedxml import DefusedXmlException, ElementTree

    if len(data) > MAX_BYTES:
        raise BadRecord(f"{len(data):,} bytes of XML is over the limit")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as problem:
        raise BadRecord(f"not well-formed XML ({problem})") from None
    except DefusedXmlException as problem:
        raise BadRecord(f"XML refused: {problem}") from None
    reader = reader or NewsMLReader()
    out: list[CaptionRecord | BadRecord] = []
    for number, item in enumerate(reader.items(root), 1):
        source = f"{name}#{number}"
        lang = item.get(XML_LANG) or root.get(XML_LANG)
        try:
            out.append(reader.record(item, source, lang))
        except BadRecord as problem:
            out.append(BadRecord(f"{source}: {problem}"))
    return out


__all__ = ["CORRECTION", "KILL", "MAPPING", "NewsMLReader", "Rule", "can_parse", "parse"]
