"""A credit printed *above* the caption: a republisher's line before the caption's first
words ("Kyodo News/AP" on a line of its own, "REUTERS/Name | The caption", "Credits: Name,
Agency" as Italian magazines print it, Shutterstock's "Mandatory Credit: ... (1234a)").

Every function returns offsets into the caption; what the credit says is read by ``credits``.
"""

from __future__ import annotations

import re

from media_manager.captions.credit_locate import LOWER_WORD, name_comma_agency
from media_manager.captions.credit_names import body_name_like, name_like
from media_manager.captions.tables import CreditTable

#: "REUTERS/Name | The caption ...": a republisher's credit before the caption.
LEAD_SHUTTERSTOCK = re.compile(
    r"\s*(?i:mandatory\s+credit)\s*:\s*(?P<credit>[^()\n]{3,90}?)\s*\(\d+[a-z]{0,3}\)\s*")
#: "Kyodo News/AP\nThe caption ...": a republisher's credit on the caption's first line.
LEAD_LINE = re.compile(r"[ \t]*(?P<credit>[^\n]{2,90}?)[ \t]*\n+(?=[ \t]*\S)")
#: A web page's link after a credit on the first line: "/ Acessar o banco de imagens".
_LINK_TEXT = re.compile(r"\s*/\s*(?i:acessar|acceder|access|voir|zur)\b[^/\n]*$")
#: dpa galleries: "dpa/Jane Roe Bild 16/60 - The caption ...".
LEAD_GALLERY = re.compile(r"\s*(?P<credit>[^\n]{3,80}?)\s+Bild\s+\d+\s*/\s*\d+\s*[-–—]\s+")
LEAD_CREDIT = re.compile(r"\s*(?P<credit>[^|\n]{3,80}?)\s+\|\s+(?=\S)")


_LEAD_PHOTO_LABEL = re.compile(r"(?:PHOTO|FOTO)\s+(?=[A-ZÀ-Þ])")
#: "Credits: Jane Roe, Reuters" on the first line (Italian and Spanish magazines' galleries)
_LEAD_CREDITS_LABEL = re.compile(r"(?i:cr[eé]dits?|cr[eé]diti|cr[eé]ditos?)\s*:\s*(?=[A-ZÀ-Þ])")
#: A photographer, a comma, the agency or the body that made the picture: "Jane Roe, Casa Real"
_NAME_COMMA_BODY = re.compile(r"(?P<name>[^,]{3,40}),\s*(?P<body>[^,]{2,40})")


def lead_credit(text: str, table: CreditTable, shutterstock_only: bool = False
                ) -> tuple[int, int, float, int] | None:
    """'REUTERS/Name | The caption', 'Mandatory Credit: Photo by Name/Shutterstock (1234a)
    The caption': (start, end, confidence, where the caption begins)."""
    m = LEAD_SHUTTERSTOCK.match(text)
    if m:
        return m.start("credit"), m.end("credit"), 0.9, m.end()
    m = LEAD_GALLERY.match(text) if "Bild" in text[:100] else None
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    if shutterstock_only:
        return None
    m = LEAD_CREDIT.match(text)
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    m = LEAD_LINE.match(text)
    if m is None:
        return None
    start, end = m.start("credit"), m.end("credit")
    if text.startswith("©", start):
        start = start + 1 + len(text[start + 1:end]) - len(text[start + 1:end].lstrip())
    link = _LINK_TEXT.search(text, start, end)
    if link:  # "© Sputnik / Jane Roe / Acessar o banco de imagens": the site's link
        end = link.start()
    label = _LEAD_PHOTO_LABEL.match(text, start, end)
    if label:  # La Presse: "PHOTO JANE ROE, REUTERS" above the caption
        start = label.end()
    credits = None if label else _LEAD_CREDITS_LABEL.match(text, start, end)
    if credits:
        return _labelled_lead(text, credits.end(), end, m.end(), table)
    line = text[start:end]
    if table.agency_re.search(line) and (  # type: ignore[union-attr]
            "/" in line or table.agency(line) or label and name_comma_agency(line, table)
            ) and not LOWER_WORD.search(line):
        return start, end, 0.85, m.end()
    if start > m.start("credit") and (table.agency(line) or table.agency(line.upper())):
        return start, end, 0.8, m.end()  # "© apa\nThe caption": the agency in its own case
    return None


def _labelled_lead(text: str, start: int, end: int, body: int, table: CreditTable
                   ) -> tuple[int, int, float, int] | None:
    """'Credits: Jane Roe, Reuters' above the caption: after the label, a known agency, a
    slash chain, or a name, a comma and the agency or body that made it ("Jane Roe, Casa
    Real") is the credit; a sentence ("Credits: thanks to all ...") is not."""
    line = text[start:end].rstrip(" .")
    pair = _NAME_COMMA_BODY.fullmatch(line)
    if pair and name_like(pair.group("name")) and (
            table.agency(pair.group("body")) or body_name_like(pair.group("body"))
            or name_like(pair.group("body"))):
        return start, start + len(line), 0.85, body
    if table.agency(line) or "/" in line and not LOWER_WORD.search(line):
        return start, start + len(line), 0.85, body
    return None
