"""Metadata Working Group reconciliation of EXIF, IPTC IIM and XMP (as ExifTool does it).

The rule, from ExifTool's Image::ExifTool::MWG composite tags:

* description, creator, copyright_notice: a non-blank EXIF ImageDescription /
  Artist / Copyright wins over both IIM and XMP.
* Between IIM and XMP: XMP wins when there is no IIM, or when XMP has the value
  and the Photoshop IPTCDigest (0x0425) is absent or equals the MD5 of the IIM.
  Otherwise (digest present and different: the IIM was edited after the XMP, by
  a tool that does not know XMP) the IIM value wins. A value that only one of
  them has comes from that one.
* When IIM wins but its value fills the IIM byte limit exactly and the XMP value
  is longer and starts with it, the XMP value is the untruncated original.

The same IIM/XMP choice decides fields that have no MWG composite tag (title,
headline, credit_line ...), and date_created (IIM 2:55+2:60 vs photoshop:DateCreated).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from media_manager.fields import FIELD_NAMES, FIELDS_BY_NAME, FieldValue, empty
from media_manager.sources import EMBEDDED, may_replace

DIGEST_MISMATCH_WARNING = "IPTC digest does not match the IPTC data: XMP may be out of date"


@dataclass
class SourceValues:
    """What each embedded source says, before reconciliation."""

    exif: dict[str, FieldValue] = field(default_factory=dict)
    iim: dict[str, FieldValue] | None = None  # None: the file has no IIM block at all
    xmp: dict[str, FieldValue] = field(default_factory=dict)
    iim_digest: bytes | None = None  # MD5 of the IIM block as read
    stored_digest: bytes | None = None  # Photoshop resource 0x0425


def xmp_is_current(values: SourceValues) -> bool:
    """True when MWG readers should trust XMP over IIM (no IIM, no digest, or digest matches)."""
    if values.iim is None:
        return True
    return values.stored_digest is None or values.stored_digest == values.iim_digest


def reconcile(values: SourceValues) -> tuple[dict[str, FieldValue], dict[str, str], list[str]]:
    """Canonical fields, their sources, and warnings, by the MWG rule above."""
    fields: dict[str, FieldValue] = {}
    sources: dict[str, str] = {}
    warnings: list[str] = []
    trust_xmp = xmp_is_current(values)
    if not trust_xmp:
        warnings.append(DIGEST_MISMATCH_WARNING)
    exif, iim, xmp = values.exif, values.iim or {}, values.xmp
    for name in FIELD_NAMES:
        from_exif, from_iim, from_xmp = exif.get(name), iim.get(name), xmp.get(name)
        if from_exif is None and from_iim is None and from_xmp is None:
            continue  # no store has it: nothing to offer
        choice = _choose(name, from_exif, from_iim, from_xmp, trust_xmp)
        if choice is not None:
            sources[name], fields[name] = choice
    return fields, sources, warnings


#: The one precedence rule between two embedded values (each store's value is offered after
#: the one before it in the MWG order): a later non-blank one refreshes the one standing.
_LATER_REFRESHES = may_replace(EMBEDDED, EMBEDDED)


def _choose(name: str, exif: FieldValue | None, iim: FieldValue | None,
            xmp: FieldValue | None, trust_xmp: bool) -> tuple[str, FieldValue] | None:
    """The MWG order is the order the stores offer their values in; the one precedence
    rule (all three are ``embedded``, so a later non-blank value refreshes) picks. The
    offers are all of one source, so the rule is asked once, at import
    (:data:`_LATER_REFRESHES`), not once a value (as :func:`prevailing` would)."""
    if exif is None and iim is None and xmp is None:  # no store has it: nothing to offer
        return None
    offers = (("iptc", iim), ("xmp", xmp), ("exif", exif)) if trust_xmp else \
        (("xmp", xmp), ("iptc", iim), ("exif", exif))  # a blank one is passed over
    standing: tuple[str, FieldValue] | None = None
    for offer in offers:
        if not empty(offer[1]) and (standing is None or _LATER_REFRESHES):
            standing = offer  # type: ignore[assignment]
    if standing is None:
        return None
    if standing[0] == "iptc":  # only a standing IIM value is looked at for a cut: the
        # recovery keeps a value blank or not, so the rule's choice is the same either way
        return "iptc", recover_truncated(name, iim, xmp)  # type: ignore[return-value]
    return standing


#: Each field's IIM byte limit, by name (None: no limit, so no cut value to recover).
_IIM_LIMITS: dict[str, int | None] = {name: FIELDS_BY_NAME[name].iim_max_bytes
                                      for name in FIELD_NAMES}


def recover_truncated(name: str, iim: FieldValue | None, xmp: FieldValue | None) -> FieldValue | None:
    """An IIM value cut at the byte limit is replaced by the XMP value it is a prefix of."""
    limit = _IIM_LIMITS[name]
    if iim is None or xmp is None or limit is None:
        return iim
    if isinstance(iim, list):
        xmp_list = xmp if isinstance(xmp, list) else [xmp]
        return [_recover_one(v, xmp_list[i] if i < len(xmp_list) else None, limit)
                for i, v in enumerate(iim)]
    return _recover_one(iim, xmp[0] if isinstance(xmp, list) else xmp, limit)


def _recover_one(iim: str, xmp: str | None, limit: int) -> str:
    # a text of n characters is n to 4n bytes in UTF-8: most fall outside the limit at once
    if xmp is None or len(iim) > limit or 4 * len(iim) < limit \
            or len(iim.encode("utf-8")) != limit:  # IIM limits are bytes
        return iim
    return xmp if len(xmp.encode("utf-8")) > limit and xmp.startswith(iim) else iim
