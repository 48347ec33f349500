"""A credit printed *above* the caption: a republisher's line before the caption's first
words ("Kyodo News/AP" on a line of its own, "REUTERS/Name | The caption", "Credits: Name,
Agency" as Italian magazines print it, Shutterstock's "Mandatory Credit: ... (1234a)").

Every function returns offsets into the caption; what the credit says is read by ``credits``.
"""

from __future__ import annotations

import re

from media_manager.captions.credit_locate import LOWER_WORD, name_comma_agency
from media_manager.captions.credit_names import body_name_like, name_like
from media_manager.captions.everyday_words import no_given_name
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.tables import CreditTable

#: "REUTERS/Name | The caption ...": a republisher's credit before the caption.
LEAD_SHUTTERSTOCK = re.compile(
    r"\s*(?i:mandatory\s+credit)\s*:\s*(?P<credit>[^()\n]{3,90}?)\s*\(\d+[a-z]{0,3}\)\s*")
#: "Kyodo News/AP\nThe caption ...", "Jane Roe, The Lagos Post\nThe caption ...": a
#: republisher's credit on the caption's first line.
LEAD_LINE = re.compile(r"[ \t]*(?P<credit>[^\n]{2,90}?)[ \t]*\n+(?=[ \t]*\S)")
#: A first line too long for a credit, an alt text or headline above its picture's credit.
_LONG_HEADLINE = re.compile(r"[ \t]*(?P<credit>[^\n]{91,160}?)[ \t]*\n+(?=[ \t]*\S)")
#: A web page's link after a credit on the first line: "/ Acessar o banco de imagens".
_LINK_TEXT = re.compile(r"\s*/\s*(?i:acessar|acceder|access|voir|zur)\b[^/\n]*$")
#: dpa galleries: "dpa/Jane Roe Bild 16/60 - The caption ...".
LEAD_GALLERY = re.compile(r"\s*(?P<credit>[^\n]{3,80}?)\s+Bild\s+\d+\s*/\s*\d+\s*[-–—]\s+")
LEAD_CREDIT = re.compile(r"\s*(?P<credit>[^|\n]{3,80}?)\s+\|\s+(?=\S)")
#: "Photo by: AP/Shutterstock – Jane Roe conducts ...": a labelled slash chain, a spaced dash,
#: then the caption (a blog's picture credit first).
LEAD_DASHED = re.compile(r"\s*(?P<credit>(?i:photo(?:graph)?s?\s+by\s*:?|photo\s*:|foto\s*:)\s*"
                         r"[^\n–—|/]{2,40}/[^\n–—|]{2,40}?)\s+[–—]\s+(?=[A-ZÀ-Þ])")


#: A government photographer's credit first, a dash, then the caption: "Official White House
#: Photo/Jane Roe — The president meets ...".
_LEAD_ORG_PHOTO_DASHED = re.compile(
    r"[ \t]*(?P<credit>(?P<org>(?:Official[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){1,4})Photo[ \t]*/[ \t]*"
    r"[A-ZÀ-Þ][^\n–—|/()]{2,40}?)[ \t]+[–—][ \t]+(?=[A-ZÀ-Þ])")
#: A photographer and the agency in parentheses first, a stop, then the caption: "Jane Roe
#: (Getty Images). Un hombre camina ..." (a gallery's credit before its caption).
_LEAD_NAME_PAREN_AGENCY = re.compile(
    r"[ \t]*(?P<credit>(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})[ \t]+"
    r"\((?P<agency>[^()\n/]{2,30})\))\.[ \t]+(?=[A-ZÀ-Þ])")
#: An agency alone in parentheses before the caption, its archive word after it or none: "(AFP
#: files) In a file picture taken on ...". A dash after it opens a story ("(Reuters) - The ..."),
#: not a caption.
_LEAD_PAREN_AGENCY = re.compile(r"\((?P<credit>(?P<agency>[^()\n/]{2,30}?)(?:\s+(?i:files?))?)\)"
                                r"[ \t]+(?=[A-ZÀ-Þ])")


#: A picture word before the credit above the caption: La Presse's "PHOTO JANE ROE, REUTERS",
#: El País' "Imagen JANE ROE/AFP", "Foto Jane Roe/dpa", "Foto: Jane Roe", "Image: Jane Roe / Reuters"
#: (its colon or none).
_LEAD_PHOTO_LABEL = re.compile(r"(?:PHOTO|FOTO|(?:Foto|Photo|Imagen|Image|Bild)(?=\s*:|\s+\S+[^\n/]*/))"
                               r"\s*:?\s+(?=[A-ZÀ-Þ])")
#: A label with its colon before a lead credit run into the caption by a bar: "Foto: Jane Roe,
#: dpa | The caption".
_LEAD_COLON_LABEL = re.compile(r"(?:Foto|Fotos|Photo|Bild|Imagen)\s*:\s*(?=[A-ZÀ-Þ])")
#: A name's particles: the small words a labelled credit above the caption may hold
#: ("Foto Jane von Roe/dpa").
_PARTICLES = frozenset(["von", "van", "de", "da", "do", "dos", "del", "della", "der", "di", "le",
                        "la"])
#: "Credits: Jane Roe, Reuters" on the first line (Italian and Spanish magazines' galleries)
_LEAD_CREDITS_LABEL = re.compile(r"(?i:cr[eé]dits?|cr[eé]diti|cr[eé]ditos?)\s*:\s*(?=[A-ZÀ-Þ])")
#: A photographer, a comma, the agency or the body that made the picture: "Jane Roe, Casa Real"
_NAME_COMMA_BODY = re.compile(r"(?P<name>[^,]{3,40}),\s*(?P<body>[^,]{2,40})")
#: How far into the caption a credit above it is looked for. The patterns above begin with
#: ``\s*`` and a lazy run of up to 90 characters that spaces may fill too, so on a caption of
#: nothing but spaces (a line of U+2028, which splits no line) each costs time growing with
#: the square of its length: seconds at a few thousand characters.
LEAD_WINDOW = 400


def lead_credit(text: str, table: CreditTable, shutterstock_only: bool = False
                ) -> tuple[int, int, float, int] | None:
    """'REUTERS/Name | The caption', 'Mandatory Credit: Photo by Name/Shutterstock (1234a)
    The caption': (start, end, confidence, where the caption begins)."""
    head = text[:LEAD_WINDOW]  # every match below lies in it
    m = LEAD_SHUTTERSTOCK.match(head)
    if m:
        return m.start("credit"), m.end("credit"), 0.9, m.end()
    m = LEAD_GALLERY.match(head) if "Bild" in text[:100] else None
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    if shutterstock_only:
        return None
    m = LEAD_CREDIT.match(head)
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        label = _LEAD_COLON_LABEL.match(text, m.start("credit"), m.end("credit"))
        return label.end() if label else m.start("credit"), m.end("credit"), 0.85, m.end()
    m = LEAD_DASHED.match(head) if text[:1] in "PpFf \t" else None  # cheap test first
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    m = _LEAD_ORG_PHOTO_DASHED.match(head) if "Photo" in head[:40] else None  # cheap test first
    if m and table.agency_re.search(m.group("org")):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    m = _LEAD_NAME_PAREN_AGENCY.match(head) if "(" in head[:60] else None  # cheap test first
    if m and table.agency(m.group("agency")) and name_like(m.group("name")):
        return m.start("credit"), m.end("credit"), 0.85, m.end()
    m = _LEAD_PAREN_AGENCY.match(head) if text[:1] == "(" else None  # cheap test first
    if m and table.agency(m.group("agency")):
        return m.start("credit"), m.end("credit"), 0.85, m.end()  # "(AFP files) The caption"
    found = _labelled_above(text, table) or _chain_above(text, table) or _glued_above(
        text, table)
    if found:
        return found
    m = _PHOTO_BY_ABOVE.match(head) if "by " in head[:40] else None  # cheap test first
    if m and name_like(m.group("name")):
        return m.start("credit"), m.end("credit"), 0.8, m.end()  # "Pool photo by Jane Roe\n\n"
    m = LEAD_LINE.match(head)
    if m is None:
        m = _LONG_HEADLINE.match(text) if "\n" in text[90:170] else None
        return _credit_under_headline(text, m, table) if m else None  # a longer alt text
    second = _credit_under_headline(text, m, table)
    if second:
        return second
    start, end = m.start("credit"), m.end("credit")
    if text[start] in "([" and text[end - 1] in ")]":  # "(AFP/Getty)\n\nThe caption ..."
        start, end = start + 1, end - 1
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
    lower = [w for w in LOWER_WORD.findall(line.replace(" via ", " "))
             if not (w in _PARTICLES or label and table.agency(w))]  # "Foto Jane von Roe/dpa"
    if table.agency_re.search(line) and (  # type: ignore[union-attr]
            "/" in line or table.agency(line) or " via " in line or name_comma_agency(
                line, table) and (label or name_like(line.partition(",")[0]))) and not lower:
        return start, end, 0.85, m.end()
    if label and ":" in label.group(0) and 2 <= len(line.split()) <= 4 and name_like(line):
        return start, end, 0.8, m.end()  # "Foto: Jane Roe\nThe caption": the name alone
    if start > m.start("credit") and (table.agency(line) or table.agency(line.upper())):
        return start, end, 0.8, m.end()  # "© apa\nThe caption": the agency in its own case
    if text.startswith("©", m.start("credit")) and 2 <= len(line.split()) <= 4 and name_like(
            line) and not no_given_name(line.split()[0], language_of(text)) and not (
            table.org_re is not None and table.org_re.search(line)):
        return start, end, 0.8, m.end()  # "© Jane Roe\n\nThe caption": the photographer alone
        # ("© Notre Dame", "© Ville de Lyon", "© Radio France": a place or a body, no name)
    return None


#: The BBC's picture label before its caption: "Image source, Jane Roe/Agency\nImage caption,",
#: "Image copyright EPA\nImage caption ..." (after the alt text), run together when a page is
#: copied ("Image copyrightEPAImage captionThe caption ...").
_LABEL_BEFORE_CAPTION = re.compile(
    r"(?:Image\s*(?:copyright|source,)|Direito\s+de\s+imagem|Derechos\s+de\s+autor\s+de\s+la\s+imagen)"
    r"\s*(?P<credit>[^\n]{1,80}?)\s*Image\s*caption,?\s*")  # BBC Brasil, BBC Mundo: their labels
#: A copy of the BBC's page that lost its "Image caption" label: "Image source, Reuters" on
#: the first line, the caption on the lines after it.
_IMAGE_SOURCE_LINE = re.compile(r"[ \t]*Image source,[ \t]*(?P<credit>[^\n]{1,80}?)[ \t]*\n+(?=[ \t]*\S)")
#: A photographer's line of its own above the caption, with a blank line after it (The New
#: York Times' Lens blog): "Pool photo by Jane Roe\n\nThe caption ...".
_PHOTO_BY_ABOVE = re.compile(r"[ \t]*(?P<credit>(?:(?:Pool|Handout)[ \t]+)?[Pp]hotos?[ \t]+by[ \t]+"
                             r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,3}))"
                             r"[ \t]*\n[ \t]*\n+(?=[ \t]*[A-ZÀ-Þ])")
#: A headline or alt text, then its picture's credit, then the caption on the next line:
#: "Farmers march at the border Photo: PTI/Jane Roe\nCommuters walk past ..." ("Photo;" too).
_TITLE_THEN_CREDIT = re.compile(
    r"[^\n]{3,160}?\s(?:Photo|Foto|Bild|Picture)\s*[:;]\s*(?P<credit>[^\n]{2,60}?)[ \t]*\n+"
    r"(?=[ \t]*\S)")
#: A label before a chain that runs straight into the caption: "Foto: Jane Roe/dpa The ...".
_LABEL_OPENING = re.compile(r"\s*(?:(?:Foto|Fotos|Photo|Bild|Picture)\s*:\s*|©\s*)?")


def _labelled_above(text: str, table: CreditTable) -> tuple[int, int, float, int] | None:
    """The credit of a caption's first line, after a label the caption proper follows: the
    BBC's "Image source," / "Image copyright" before "Image caption", a headline's "Photo:"."""
    if "Image" in text[:400] or "imag" in text[:40]:  # cheap test first
        m = _LABEL_BEFORE_CAPTION.search(text, 0, 400)
        if m and (table.agency_re.search(m.group("credit"))  # type: ignore[union-attr]
                  or "/" in m.group("credit") or name_like(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.85, m.end()
        m = _IMAGE_SOURCE_LINE.match(text)
        if m and (table.agency_re.search(m.group("credit"))  # type: ignore[union-attr]
                  or "/" in m.group("credit") or name_like(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.85, m.end()
    first_line = text.find("\n")
    if 0 < first_line < 200 and ("hoto" in text[:first_line] or "oto" in text[:first_line]
                                  or "Bild" in text[:first_line]):
        m = _TITLE_THEN_CREDIT.match(text)
        if m and (table.agency_re.search(m.group("credit"))  # type: ignore[union-attr]
                  and not LOWER_WORD.search(m.group("credit"))):
            return m.start("credit"), m.end("credit"), 0.8, m.end()
    return None


def _chain_above(text: str, table: CreditTable) -> tuple[int, int, float, int] | None:
    """'Jane Roe / EPA The caption ...', 'Foto: Jane Roe/dpa The caption ...': a credit
    chain that ends with an agency the table knows, printed before the caption on its line
    (galleries copied credit-first); every piece before the agency is a name or an agency,
    and a capitalised word opens the caption after it."""
    opening = _LABEL_OPENING.match(text)
    start = opening.end() if opening else 0
    for m in table.agency_re.finditer(text, start, min(len(text), start + 90)):  # type: ignore[union-attr]
        before = text[start:m.start()].rstrip()
        if not before.endswith("/"):
            continue  # the agency must end a slash chain
        pieces = [p.strip() for p in before.rstrip(" /").split("/")]
        if not all(p and (name_like(p) or table.agency(p)) for p in pieces):
            return None
        after = text[m.end():m.end() + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            return start, m.end(), 0.8, m.end() + 1
        return None
    body = _NAME_SLASH_BODY.match(text, start)
    if body and name_like(body.group("name")) and not table.agency_re.search(  # type: ignore[union-attr]
            body.group("name")) and not (find_city(body.group("name"))
                                         or gazetteer().country(body.group("name"))):
        return start, body.end("body"), 0.75, body.end("body") + 1
    return None


#: "Jane Roe / CBF The caption ...": a photographer of two or three words and the initials of
#: the body she works for (a federation, a ministry), then the caption's first word.
_NAME_SLASH_BODY = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,2})\s*/\s*"
                              r"(?P<body>[A-Z]{2,5})(?= [A-ZÀ-Þ][a-zà-ÿ])")


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


#: A photographer's name and a comma opening the caption: "Jane Roe, The Lagos Post...".
_NAME_COMMA_OPENING = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}(?=,\s*[A-ZÀ-Þ])")
#: A capital run onto a word's small letters ("PostThe"): where two texts were joined.
_GLUED_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])[A-ZÀ-Þ](?=[a-zà-ÿ])")


def _glued_above(text: str, table: CreditTable) -> tuple[int, int, float, int] | None:
    """'Jane Roe, The Lagos PostJohn Doe waves ...': a gallery's credit, a name, a comma and
    the paper, printed before the caption with no space between them; the agency the table
    knows ends where a capital is run onto its last word."""
    m = _NAME_COMMA_OPENING.match(text)
    if m is None or not name_like(m.group(0)):
        return None
    after = m.end() + 1  # after the comma and its spaces
    while text[after:after + 1] == " ":
        after += 1
    for glued in _GLUED_CAPITAL.finditer(text, after, min(len(text), after + 50)):
        if table.agency(text[after:glued.start()]):
            return 0, glued.start(), 0.8, glued.start()
    return None


#: "Policing protests in Hong Kong\n\nJane Roe, AP\n\nThe caption": a gallery's headline,
#: then its picture's credit on a line of its own (a name, a comma, a known agency).
_NAME_COMMA_AGENCY_LINE = re.compile(r"[ \t]*(?P<credit>[^\n,]{3,40},[ \t]*[^\n,]{2,30}?)[ \t]*\n+(?=[ \t]*\S)")


#: A line that is only a slash chain ("Reuters/Jane Roe", "AP/Jo Roe"), the caption after it.
_CHAIN_LINE = re.compile(r"[ \t]*(?P<credit>[^\n/]{2,40}(?:/[^\n/]{2,40}){1,2}?)[ \t]*\n+"
                         r"(?=[ \t]*\S)")


def _credit_under_headline(text: str, first: re.Match[str], table: CreditTable
                           ) -> tuple[int, int, float, int] | None:
    """The second line of a caption that names its photographer and agency, under a
    headline line that ends with no stop."""
    headline = first.group("credit")
    if headline.endswith((".", ":", ",")) or "," in headline or len(headline) > 160:
        return None  # cheap test first: a caption's sentence or a credit, no headline
    chain = _CHAIN_LINE.match(text, first.end()) if "/" in text[first.end():first.end() + 70] else None
    if chain:  # ORF: "The alt text\nReuters/Jane Roe\nThe caption": a chain on its own line
        pieces = [p.strip() for p in chain.group("credit").split("/")]
        if any(table.agency(p) for p in pieces) and all(
                p and (table.agency(p) or name_like(p)) for p in pieces):
            return chain.start("credit"), chain.end("credit"), 0.8, chain.end()
    if len(headline) > 100:
        return None
    m = _NAME_COMMA_AGENCY_LINE.match(text, first.end())
    if m is None:
        return None
    line = m.group("credit")
    if name_comma_agency(line, table) and name_like(line.partition(",")[0].strip()):
        return m.start("credit"), m.end("credit"), 0.8, m.end()
    return None
