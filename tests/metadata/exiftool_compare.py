"""Compare read_metadata with ExifTool's MWG reading: field map and a formatting normaliser.

Shared by the stored-reference conformance test and the live ExifTool test.
Only formatting is normalised (date punctuation, list vs single value, blanks
and NULs at the ends); any difference in content stays a difference.
"""

from __future__ import annotations

import re

from media_manager.fields import FIELDS_BY_NAME, LIST_FIELDS

#: Fields with an MWG composite tag: ExifTool's own reconciliation is the referee.
MWG_TAGS: dict[str, str] = {
    "description": "MWG:Description", "creator": "MWG:Creator",
    "copyright_notice": "MWG:Copyright", "keywords": "MWG:Keywords", "city": "MWG:City",
    "province_state": "MWG:State", "country": "MWG:Country", "sublocation": "MWG:Location",
}
#: Fields without one: (IPTC tag, XMP tag), chosen between by the same MWG digest rule.
IPTC_XMP_TAGS: dict[str, tuple[str | None, str]] = {
    "title": ("IPTC:ObjectName", "XMP-dc:Title"),
    "headline": ("IPTC:Headline", "XMP-photoshop:Headline"),
    "description_writer": ("IPTC:Writer-Editor", "XMP-photoshop:CaptionWriter"),
    "creator_job_title": ("IPTC:By-lineTitle", "XMP-photoshop:AuthorsPosition"),
    "credit_line": ("IPTC:Credit", "XMP-photoshop:Credit"),
    "source": ("IPTC:Source", "XMP-photoshop:Source"),
    "country_code": ("IPTC:Country-PrimaryLocationCode", "XMP-iptcCore:CountryCode"),
    "instructions": ("IPTC:SpecialInstructions", "XMP-photoshop:Instructions"),
    "job_id": ("IPTC:OriginalTransmissionReference", "XMP-photoshop:TransmissionReference"),
    "persons_shown": (None, "XMP-iptcExt:PersonInImage"),
    "date_created": ("IPTC:DateCreated", "XMP-photoshop:DateCreated"),
}

_EXIFTOOL_DATE = re.compile(
    r"^(\d{4}):(\d{2})(?::(\d{2}))?(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:\d{2})?$")
_ISO_DATE = re.compile(
    r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:\d{2})?$")


def normalise_date(value: str) -> str:
    """ExifTool "2017:09:14 10:22:05+03:00" and ISO "2017-09-14T10:22:05+03:00" -> one form."""
    text = value.strip()
    match = _EXIFTOOL_DATE.match(text) or _ISO_DATE.match(text)
    if not match:
        return text
    year, month, day, time, zone = match.groups()
    if month == "00":  # IIM's "unknown month/day" zeros = a partial date
        return year
    if day == "00":
        return f"{year}-{month}"
    out = f"{year}-{month}" + (f"-{day}" if day else "")
    if time:
        out += "T" + (time if time.count(":") == 2 else time + ":00")
        if zone:
            out += "+00:00" if zone == "Z" else zone
    return out


def _text(value: object) -> str:
    return str(value).strip(" \t\r\n\x00")


def normalise(name: str, value: object) -> str | tuple[str, ...] | None:
    """One comparable form of a field value from either side; None for 'no value'."""
    if value is None:
        return None
    if name in LIST_FIELDS:
        items = value if isinstance(value, list) else [value]
        texts = tuple(t for t in (_text(v) for v in items) if t)
        return texts or None
    if isinstance(value, list):
        value = ", ".join(_text(v) for v in value)
    text = _text(value)
    if name == "date_created" and text:
        text = normalise_date(text)
    return text or None


def xmp_is_current(full_entry: dict) -> bool:
    """The MWG rule as ExifTool applies it: no IPTC, no stored digest, or digests equal."""
    current = full_entry.get("File:CurrentIPTCDigest")
    stored = full_entry.get("Photoshop:IPTCDigest")
    return current is None or stored is None or current == stored


def iptc_date(entry: dict) -> str | None:
    date = entry.get("IPTC:DateCreated")
    if not date:
        return None
    time = entry.get("IPTC:TimeCreated")
    return f"{date} {time}" if time else str(date)


def expected_value(name: str, entry: dict, xmp_current: bool) -> object:
    """ExifTool's answer for one canonical field (raw, before normalising)."""
    if name in MWG_TAGS:
        return entry.get(MWG_TAGS[name])
    iptc_tag, xmp_tag = IPTC_XMP_TAGS[name]
    iptc = iptc_date(entry) if name == "date_created" else entry.get(iptc_tag) if iptc_tag else None
    xmp = entry.get(xmp_tag)
    if xmp not in (None, "", []) and (xmp_current or iptc in (None, "", [])):
        return xmp
    if iptc in (None, "", []):
        return None
    return recover_truncated(name, iptc, xmp)


def recover_truncated(name: str, iptc: object, xmp: object) -> object:
    """ExifTool's RecoverTruncatedIPTC, applied to the fields without an MWG composite too."""
    limit = FIELDS_BY_NAME[name].iim_max_bytes
    if not isinstance(iptc, str) or not isinstance(xmp, str) or limit is None:
        return iptc
    if len(iptc.encode()) == limit and len(xmp.encode()) > limit and xmp.startswith(iptc):
        return xmp
    return iptc


def compare_entry(name: str, ours: object, entries: list[dict], xmp_current: bool) -> bool:
    """True when our value equals ExifTool's in at least one of the reference readings."""
    mine = normalise(name, ours)
    return any(mine == normalise(name, expected_value(name, e, xmp_current)) for e in entries)
