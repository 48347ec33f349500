"""Find the credit in a caption and split it into photographer, agency, provider and flags.

Credit forms live in ``data/credits.tsv`` (agency aliases, handout/pool/file words, markers,
agency boilerplate) so a desk editor can extend them without touching code. Where the credit
is, is found by ``credit_locate``; how its chain splits into photographer, agencies and
partners, by ``credit_chain``; the caption's own words about files, pools and handouts, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from media_manager.captions.credit_chain import decompose
from media_manager.captions.credit_lead import lead_credit
from media_manager.captions.credit_locate import (
    AUTHOR_LINE,
    DESK_TAIL,
    METADATA_LINES,
    PAGE_LINK_HINTS,
    PAGE_LINKS,
    body_end,
    boilerplate_start,
    locate,
    mandatory_credit,
    other_credit,
)
from media_manager.captions.credit_names import name_like
from media_manager.captions.everyday_words import no_given_name
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.model import Span, Value
from media_manager.captions.tables import CreditTable, credit_table, ignorecase_folded


@dataclass(slots=True)
class Credit:
    """What the credit (and the caption's own words about handouts and files) says."""

    credit_line: Value | None = None
    creators: list[Value] = field(default_factory=list)
    source: Value | None = None
    provider: Value | None = None
    is_file: Value | None = None
    is_handout: Value | None = None
    is_pool: Value | None = None
    markers: list[Value] = field(default_factory=list)
    body_end: int = 0  # the caption proper ends here: credit and boilerplate follow
    body_start: int = 0  # ...and begins here (after a credit printed before it)
    #: Credits printed before the final one ("REUTERS/Name (Photo by Name / AFP)"): a note.
    other_credits: list[Value] = field(default_factory=list)
    source_hint: str | None = None  # the agency after "via", while decomposing
    tail_end: int = 0  # the text after the credit ends here (boilerplate and metadata follow)


#: A page's link after the credit: "(Reuters/Jane Roe) Mehr zum Sieg finden Sie hier",
#: "Read more", "Lire la suite", "Leia mais", "Leer más".
READ_MORE = re.compile(r"(?<=[)\w.])\s+(?:Mehr\s+(?:zu[mr]?|dazu|über)\b[^\n()]{0,60}?\b[Hh]ier"
                       r"|Read\s+more|Lire\s+la\s+suite|Leia\s+mais|Leer\s+más)\s*[.!…]*\s*$")
#: Cheap test first: READ_MORE needs one of these.
READ_MORE_HINTS = ("Mehr ", "more", "suite", "mais", "más")


FILE_TEXT = re.compile(
    r"^\s*(?:[A-Z ]{0,20}[-–—:]\s*)?(?:FILE(?:\s+PHOTO)?\s*[-–—:]|FILE\s+PHOTO\b)"
    r"|^\s*\*+\s*FILE\s*\*+"  # AP's "**FILE** Jane Roe speaks ..."
    r"|^\s*\(FILE\)\s*[-–—:]"  # EPA's "(FILE) – Jane Roe speaks ..."
    r"|(?i:\bin\s+this\b[^.]{0,60}?\bfile\s+(?:[a-z]+\s+)?(?:photo|image|picture)\b)"  # "file aerial photo"
    r"|(?i:\bfile\s+(?:photo(?:graph)?|picture|image)\b)")
#: Archive words of German, Spanish, French, Portuguese and Italian captions and credits.
ARCHIVE_TEXT = re.compile(
    r"(?i)\barchiv(?:foto|bild|aufnahme)\b|\b(?:imagen|foto|fotografía)\s+de\s+archivo\b"
    r"|\b(?:photo|image)s?\s+d['’]archives?\b|\bfoto\s+de\s+arquivo\b"
    r"|\bfoto\s+d['’]archivio\b|\(\s*archivo\b"
    r"|\((?:Archiv|Archivbild|Archivfoto)\)")  # "Foto: Jane Roe (Archiv)": an archive picture
HANDOUT_TEXT = re.compile(  # cue words in any case; the provider's name must be capitalised
    r"\b(?i:photo|image|picture|handout|frame\s+grab|video\s+grab|still|grab)\b[^.]{0,40}?\b"
    r"(?i:provided|released|distributed|made\s+available|issued|supplied)\s+(?:by|from)\s+"
    r"(?:(?i:the)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?P<prov>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for))*)")
_HANDOUT_VERBS = ("provided", "released", "distributed", "available", "issued", "supplied")
POOL_TEXT = re.compile(r"(?i)\bpool\s+(?:photo|image|picture)\b"
                       r"|(?-i:/\s*POOL\s*/)")  # an earlier credit's "AFP PHOTO / POOL / NAME"
#: "in this photo provided by the ministry": a handout, its supplier unnamed (lower case)
HANDOUT_CUE = re.compile(r"(?i)\b(?:photo|image|picture)s?\b[^.()]{0,40}?\b(?:provided|released|"
                         r"distributed|supplied)\s+(?:by|from)\s+(?:the|a|an|his|her|their)\s+[a-z]")


def parse_credit(text: str) -> Credit:
    """The credit of ``text`` and what it says; empty fields where the caption has none."""
    table = credit_table()
    assert table.boilerplate is not None and table.marker_re is not None
    result = Credit(body_end=len(text))
    result.markers = _markers(text, table)
    cut = boilerplate_start(text, table)
    desk_tail = DESK_TAIL.search(text) if "caption" in text else None  # cheap test first
    links = PAGE_LINKS.search(text, len(text) - 200) if any(
        hint in text[-200:] for hint in PAGE_LINK_HINTS) else None
    more = READ_MORE.search(text, len(text) - 90) if any(
        hint in text[-90:] for hint in READ_MORE_HINTS) else None
    metadata = METADATA_LINES.search(text)
    for tail in (metadata, desk_tail, links, more):
        if tail and tail.start() < cut:
            cut = tail.start()
    repeated = _repeated_rights(text, cut) if "©" in text[-80:] else None  # cheap test first
    if repeated is not None:
        cut = repeated
    result.tail_end = cut
    lead = lead_credit(text, table, shutterstock_only=True)
    found = None if lead else locate(text, cut, table) or mandatory_credit(text, cut)
    if found is None and not lead and metadata and metadata.start() == cut:
        author = AUTHOR_LINE.match(text, cut)
        if author:  # "... (6. ledna 2025)\nAutor: Jane Roe, MAFRA": no credit before it
            found = locate(text, author.end(), table)
    if found is None and not lead and "by " in text[-60:]:  # cheap test first
        by_line = BY_LINE.search(text, max(0, cut - 60), cut)
        if by_line and by_line.end() == len(text[:cut].rstrip()):
            found = by_line.start("credit"), by_line.end("credit"), 0.7
    town = None
    if found is None and not lead and "," in text[-60:]:  # cheap test first
        found, town = _name_town_line(text, cut)
    if found is None and not lead and "@" in text[-80:]:  # cheap test first
        mailed = EMAIL_CREDIT.search(text, max(0, cut - 100), cut)
        if mailed and mailed.end() == len(text[:cut].rstrip()) and name_like(mailed.group(
                "name")) and not no_given_name(mailed.group("name").split()[0], language_of(text)):
            found = mailed.start("credit"), mailed.end("credit"), 0.8
    lead = lead or (lead_credit(text, table) if found is None else None)
    if lead is not None:
        found, result.body_start = lead[:3], lead[3]
    if found is not None:
        start, end, confidence = found
        start, end = _trimmed(text, start, end)
        result.credit_line = Value(text[start:end], Span(start, end, text[start:end]), confidence)
        if result.body_start == 0:
            result.body_end = body_end(text, start)
            _note_other_credit(result, text, table)
        decompose(result, text, start, end, table)
        if town is not None:  # "Jana Roth, München": the photographer, not the town he is from
            result.creators = [c for c in result.creators if c.value != town]
        if result.source is not None and _ADDRESS.search(str(result.source.value)):
            result.source = None  # "Jane Roe/photodesk@dailyherald.com": an address, no agency
        if result.other_credits:
            _flags_of_other_credit(result, text, table)
        if not result.creators and result.other_credits:
            _photographer_of_other_credit(result, text, table)
        if result.provider is not None and result.other_credits:
            _photographer_not_supplier(result, text)
    else:
        result.body_end = cut
    _text_cues(result, text)
    return result


#: The sign run onto the photographer's name after it: "Photo by Jane Roe©".
TRAILING_SIGN = re.compile(r"\s*©$")
#: The same credit printed twice across a dash: "Foto: Jane Roe/Agência Brasil – Jane
#: Roe/Agência Brasil" (the page's credit and the picture's own): the final one is the credit.
REPEATED_CREDIT = re.compile(r"(?P<first>[^\n]{3,80}?)\s+[-–—]\s+(?P=first)")
#: The same credit printed twice with its label, glued where a page ran its hidden copy onto the
#: shown one: "Image: Jane Roe / ReutersImage: Jane Roe / Reuters".
GLUED_REPEAT = re.compile(r"(?P<first>[^\n]{3,80}?)\s*(?:Image|Photo|Foto|Picture)[ \t]*:[ \t]*"
                          r"(?P=first)")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The credit's span less a sign run on after it and less a first copy of it."""
    if text[end - 1:end] == "©":
        sign = TRAILING_SIGN.search(text, start, end)
        if sign and sign.start() > start:
            end = sign.start()
    if any(dash in text[start:end] for dash in (" – ", " — ", " - ")):  # cheap test first
        repeated = REPEATED_CREDIT.fullmatch(text, start, end)
        if repeated:
            start = end - len(repeated.group("first"))
    if ":" in text[start:end]:  # cheap test first
        glued = GLUED_REPEAT.fullmatch(text, start, end)
        if glued:
            start = end - len(glued.group("first"))
    return start, end


#: A magazine's photographer on the caption's last line, "by" and her name alone: "Mount
#: Fuji at dusk on Nov. 12.\nby Jane Roe".
BY_LINE = re.compile(r"\n[ \t]*(?P<credit>by[ \t]+[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})"
                     r"[ \t]*$")


#: A regional paper's photographer on the caption's last line with the town he works from, after
#: a full sentence: "Die Wiesn ist der Schauplatz des Oktoberfests.\nJana Roth, München".
NAME_TOWN_LINE = re.compile(r"[.!?\"”][ \t]*\n[ \t]*(?P<credit>(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+"
                            r"[A-ZÀ-Þ][\w'’.-]+){1,2}),[ \t]*(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+"
                            r"[A-ZÀ-Þ][\w'’-]+)?))[ \t]*$")


_ADDRESS = re.compile(r"@[\w-]+\.\w")
#: A paper's photographer with the photo desk's address after the caption: "... on Tuesday.
#: Jane Roe/photodesk@dailyherald.com".
EMAIL_CREDIT = re.compile(r"(?<=[.!?\"”)])\s+(?P<credit>(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ]"
                          r"[\w'’.-]+){1,3})[ \t]*/[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*$")


def _name_town_line(text: str, cut: int) -> tuple[tuple[int, int, float] | None, str | None]:
    """The last line "Jana Roth, München": a photographer's name, then a known city (the
    credit's span and the town), else (None, None)."""
    m = NAME_TOWN_LINE.search(text, max(0, cut - 80), cut)
    if m is None or m.end() != len(text[:cut].rstrip()):
        return None, None
    name = m.group("name")
    if not name_like(name) or find_city(name) or gazetteer().country(name) or (
            find_city(m.group("town")) is None) or no_given_name(name.split()[0], language_of(
                text)):
        return None, None  # "Vila Madalena, São Paulo", "Englischer Garten, München": places
    return (m.start("credit"), m.end("credit"), 0.7), m.group("town")


#: A rights line under the credit that repeats its photographer alone: "Foto: Jane Roe/AP\n©
#: Foto: Jane Roe" (the page's copyright of the picture, not a later credit).
REPEATED_RIGHTS = re.compile(r"\n[ \t]*©[ \t]*(?:(?:Foto|Photo|Bild|Image)[ \t]*:[ \t]*)?"
                             r"(?P<name>[^\n/©:]{3,60}?)[ \t]*$")


def _repeated_rights(text: str, cut: int) -> int | None:
    """Where a rights line repeating the credit's photographer begins, else None."""
    m = REPEATED_RIGHTS.search(text, max(0, len(text) - 80))
    if m is None or m.start() >= cut:
        return None
    before = text[max(0, m.start() - 160):m.start()]
    at = before.rfind(m.group("name"))
    if at < 0 or "/" not in before[at:]:
        return None  # the credit above must name her and her agency
    return m.start()


def _note_other_credit(result: Credit, text: str, table: CreditTable) -> None:
    found = other_credit(text, result.body_end, table)
    if found:
        start, end = found
        if text[end - 1:end] == ")" and "(" not in text[start:end]:
            end -= 1  # "(Photo credit should read Jane Roe/AFP)\nJane Roe / AFP": not its bracket
        result.other_credits.append(Value(text[start:end], Span(start, end, text[start:end]),
                                          0.8))
        result.body_end = body_end(text, start)


def _flags_of_other_credit(result: Credit, text: str, table: CreditTable) -> None:
    """'(Jane Roe/Pool via AP, File) Jane Roe/AP': the republisher's credit drops the agency's
    pool and file words; the picture is still a pool and a file picture."""
    other = result.other_credits[-1].span
    if other is None:
        return
    first = Credit()
    decompose(first, text, other.start, other.end, table)
    result.is_pool = result.is_pool or first.is_pool
    result.is_file = result.is_file or first.is_file


def _photographer_of_other_credit(result: Credit, text: str, table: CreditTable) -> None:
    """'(AP Photo/Jane Roe) (Associated Press)': the republisher's final credit names the
    agency only; the agency's own credit before it names the photographer."""
    other = result.other_credits[-1].span
    if other is None:
        return
    first = Credit()
    decompose(first, text, other.start, other.end, table)
    if first.source is not None and result.source is not None and (
            first.source.value == result.source.value):
        result.creators = first.creators


def _photographer_not_supplier(result: Credit, text: str) -> None:
    """'(Photo credit should read JANE ROE/AFP/Getty Images) (credit:JANE ROE via Getty
    Images)': a name before "via" that an earlier credit of the caption prints as its
    photographer took the picture; she is no private supplier of a handout."""
    provider = str(result.provider.value).casefold() if result.provider else ""
    if not any(str(c.value).casefold() == provider for c in result.creators):
        return
    before = text[:result.credit_line.span.start] if result.credit_line and (
        result.credit_line.span) else ""
    if provider and provider in before.casefold()[-300:] and "/" in before[-300:]:
        result.provider = None
        if result.is_handout is not None and result.is_handout.confidence <= 0.7:
            result.is_handout = None


def _markers(text: str, table: CreditTable) -> list[Value]:
    if table.marker_words:  # cheap test first: most captions carry no marker
        folded = ignorecase_folded(text)
        if not any(word in folded for word in table.marker_words):
            return []
    seen: dict[str, Value] = {}
    for m in table.marker_re.finditer(text):  # type: ignore[union-attr]
        name = table.marker_names.get(m.group(0).casefold(), m.group(0))
        if name not in seen:
            seen[name] = Value(name, Span(m.start(), m.end(), m.group(0)), 0.95)
    return list(seen.values())


def _text_cues(result: Credit, text: str) -> None:
    folded = text.casefold()  # cheap tests first: most captions name no file, pool, handout
    if result.is_file is None:  # the credit's label too: "Archivfoto: Name/dpa"
        end = max(result.body_end, result.tail_end)
        m = FILE_TEXT.search(text, 0, end) if "file" in folded else None
        if m is None and "rchiv" in folded:
            m = ARCHIVE_TEXT.search(text, 0, end)
        if m:
            result.is_file = Value(True, Span(m.start(), m.end(), m.group(0)), 0.9)
    if result.is_pool is None and "pool" in folded:
        m = POOL_TEXT.search(text, 0, result.body_end)
        if m:
            result.is_pool = Value(True, Span(m.start(), m.end(), m.group(0)), 0.8)
    handout_verb = any(verb in folded for verb in _HANDOUT_VERBS)
    m = HANDOUT_TEXT.search(text, 0, result.body_end) if handout_verb else None
    if m is None and result.is_handout is None and handout_verb:
        cue = HANDOUT_CUE.search(text, 0, result.body_end)
        if cue:
            result.is_handout = Value(True, Span(cue.start(), cue.end(), cue.group(0)), 0.7)
    if m:
        if result.is_handout is None:
            result.is_handout = Value(True, Span(m.start(), m.end(), m.group(0)), 0.8)
        prov = m.group("prov").rstrip(".,")
        same = result.provider is not None and str(result.provider.value).casefold() == (
            prov.casefold())  # "EPA-EFE/LAGOS POLICE HANDOUT": the caption's case is better
        if (result.provider is None or same) and result.is_handout.value:
            result.provider = Value(prov, Span(m.start("prov"), m.start("prov") + len(prov),
                                               prov), 0.6)
