"""Credits as republishers print them at the caption's foot, in forms no wire sends: a
Spanish paper's spaced slash before the agency ("... en el mitin / EFE - Jane Roe"), a Korean
paper's agency pair ("AFP-Yonhap"), a Portuguese weekly's picture word run on without a colon
("... de 2019 Foto Jane Roe/Expresso"), and a chain whose slash a page lost ("REUTERSJane Roe").

Every function returns offsets into the caption; what the credit says is read by ``credits``.
"""

from __future__ import annotations

import re

from media_manager.captions.credit_names import name_like
from media_manager.captions.tables import CreditTable

#: "... nas eleições de 2019 Foto Jane Roe/Expresso": a picture word, capitalised, with no
#: colon and no stop before it, then a slash chain of names and agencies, ends the caption
RUN_ON_LABEL = re.compile(r"(?<=[\w)”\"])\s+(?:Foto|Fotos|Photo|Fotografia)\s+"
                          r"(?P<credit>[A-ZÀ-Þ][^\n/]{2,40}(?:/[^\n/]{2,40}){1,3})$")


def run_on_label(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    if "/" not in head[-80:]:
        return None  # cheap test first
    m = RUN_ON_LABEL.search(head, max(0, len(head) - 130))
    if m is None:
        return None
    pieces = [p.strip() for p in m.group("credit").split("/")]
    if all(name_like(p) or table.agency(p) for p in pieces):
        return m.start("credit"), m.end("credit"), 0.8
    return None


#: "... en el mitin de Lagos / EFE - Jane Roe", "... / EUROPA PRESS": Spanish papers print the
#: credit after a spaced slash, an agency first, then its partners or photographer by dashes
SPACED_SLASH_CREDIT = re.compile(r"\s/\s+(?P<credit>[A-ZÀ-Þ][^\n/]{1,60})$")
_DASHES = re.compile(r"\s+[-–—]\s+")


def spaced_slash_credit(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    m = SPACED_SLASH_CREDIT.search(head, max(0, len(head) - 70))
    if m is None:
        return None
    pieces = _DASHES.split(m.group("credit").strip())
    if table.agency(pieces[0]) and all(table.agency(p) or name_like(p) for p in pieces[1:]):
        shouted = _SHOUTED_BEFORE.search(head, max(0, m.start() - 50), m.start())
        if shouted and not table.agency(shouted.group("name")):
            return shouted.start("name"), m.end("credit"), 0.8  # "... agitação JANE ROE / AFP"
        return m.start("credit"), m.end("credit"), 0.85
    return None


#: A photographer's name in capitals run onto the caption's last lower-case word, before the
#: spaced slash and the agency (Expresso's galleries: "... grande agitação JANE ROE / AFP")
_SHOUTED_BEFORE = re.compile(r"(?<=[a-zà-ÿ])\s+(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+"
                             r"(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})$")


def agency_pair(tail: str, table: CreditTable) -> bool:
    """'Reuters-Yonhap', 'AFP-Yonhap': an agency's picture as another republishes it (Korean
    and Japanese papers), two agencies joined by a hyphen."""
    first, _, second = tail.strip().partition("-")
    return bool(second) and table.agency(first) is not None and table.agency(second) is not None


#: "... in New York, May 3, 2024. REUTERSJane Roe": a shouted agency glued to the photographer's
#: name, the slash between them lost
GLUED_AGENCY = re.compile(r"(?P<agency>[A-Z]{3,})(?P<name>[A-ZÀ-Þ][a-zà-ÿ][\w'’.-]*"
                          r"(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})")


def glued_agency(piece: str, table: CreditTable) -> tuple[str, str] | None:
    """(agency, name) of a shouted agency glued to a name, else None."""
    m = GLUED_AGENCY.fullmatch(piece) if piece[:3].isupper() else None  # cheap test first
    if m and table.agency(m.group("agency")) and name_like(m.group("name")):
        return m.group("agency"), m.group("name")
    return None
