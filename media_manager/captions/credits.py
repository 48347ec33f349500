"""Find the credit in a caption and split it into photographer, agency, provider and flags.

Credit forms live in ``data/credits.tsv`` (agency aliases, handout/pool/file words, markers,
agency boilerplate) so a desk editor can extend them without touching code. The patterns that
*locate* a credit are below, most specific first, each named (beets' fromfilename style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from media_manager.captions.model import Span, Value
from media_manager.captions.names import is_org_like, is_person_like, smart_case
from media_manager.captions.people import strip_title
from media_manager.captions.tables import CreditTable, credit_table

# precompiled: these run for every caption
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_MANDATORY_CREDIT = re.compile(r"(?i)mandatory\s+credit\s*:?\s*[\"“](?P<c>[^\"”]{2,80})[\"”]")
_NAME_SEPARATOR = re.compile(r",\s*|\s+-\s+")
_SEMICOLON = re.compile(r"\s*;\s*")
_COURTESY_PREFIX = re.compile(r"(?i)^courtesy\s+(?:of\s+)?")
_COURTESY = re.compile(r"(?i)\s*courtesy\b")
_FOR_PAPER = re.compile(r"\s*/\s*for\s+")  # "Name / for China Daily"
_POOL_OR_HANDOUT_PHOTO = re.compile(r"(?i)(?:pool|handout)\s+(?:photo|picture)s?")


@dataclass
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


SHOULD_READ = re.compile(
    r"(?i)\b(?:photo|picture)\s+credit\s+(?:should|must)\s+read\s*:?\s*[\"“]?"
    r"(?P<credit>[^\n\"”()]+?)[\"”]?\s*\.?\s*\)?\s*(?=\n|$)")
# "(AP Photo/Name)", and as republished: "[Reuters]", "(Photo by Name/AP Photo}"
PAREN = re.compile(r"[(\[](?P<credit>[^()\[\]{}\n]{2,220})[)\]}]")
# "#APPhoto by J. Scott Applewhite" (AP's social-media credit)
HASHTAG = re.compile(r"(?P<credit>#AP\s?Photo\b[^\n#]{0,80}?)\s*$")
# "Bildrechte: picture alliance/dpa | Name", "Foto: Name/dpa", "Crédit photo : AFP"
LABELLED = re.compile(
    r"(?:(?<=\s)(?=Foto:|Fotos:|Bildrechte:|Archivfoto:|Quelle:)|(?<=[a-z][.!?])(?=Photograph:)"
    r"|(?i:^|(?<=[.!?|]\s)|(?<=\n)))"
    r"(?i:bildrechte|foto|fotos|photo|crédit\s+photo|crédito|credit|crédits?|quelle|"
    r"archivfoto|archivbild|picture|image\s+credit|photo\s+credit|photograph)"
    r"\s*:\s*(?P<credit>[^\n:]{2,120}?)\s*$")
# "Official White House Photo by Name", "U.S. Navy photo by Name": a government photographer
ORG_PHOTO_BY = re.compile(
    r"(?P<credit>(?:Official[ \t]+)?(?P<org>(?:[A-Z][\w.’'-]*[ \t]+){0,5}?[A-Z][\w.’'-]*)[ \t]+"
    r"(?:[Pp]hoto|[Pp]hotograph)\s+by\s+(?P<name>[A-Z][^\n()/]{2,60}?))\s*\)?\s*$")
ORG_PHOTO_PREFIX = re.compile(r"^(?:Official\s+)?(?P<org>.+?)\s+(?:[Pp]hoto|[Pp]hotograph)\s+by\s+")
HASHTAG_PREFIX = re.compile(r"^#AP\s?Photo(?:\s+by)?\s*")
CREDIT_HINT = re.compile(r"(?i)\bphotos?\b|\bvia\b|courtesy|handout|\bpool\b|/|\bfoto\b")
OWN_LINE_PREFIX = re.compile(
    r"(?i)^\s*(?:mandatory\s+credit|photo\s+credit|credit|photos?|picture|foto|image|bild)"
    r"\s*:\s*")
SENTENCE_BREAK = re.compile(r"(?:[.!?][\"”’)]?\s+|\n+|\s[-–—]\s)(?=\S)")
TAIL_AGENCY = re.compile(
    r"(?P<credit>(?:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,6}\s*/\s*)?"
    r"(?:(?:Handout|HANDOUT|Pool|POOL)\s+)?(?:via\s+)?"
    r"\b(?:REUTERS|EPA(?:-EFE)?|AFP(?: PHOTO)?|XINHUA|ANSA|dpa|KCNA|EFE|Reuters)\b"
    r"(?:\s*/\s*[^/\n]{1,60}){0,3})\s*$")
CREDIT_PREFIX = re.compile(
    r"(?i)^\s*(?:(?:mandatory\s+credit|photo\s+credit|credit)\s*:?\s*|photos?\s+by\s+"
    r"|photograph\s+by\s+|picture\s+by\s+|(?:photo|foto|picture|image)\s*:\s*)+")
FOR_CLIENT = re.compile(r"(?i)\b(Getty Images|WireImage|FilmMagic)\s+for\s+.+$")
VIA = re.compile(r"(?i)\s*,?\s+via\s+")
SLASH = re.compile(r"\s*/\s*")
FILE_TEXT = re.compile(
    r"^\s*(?:[A-Z ]{0,20}[-–—:]\s*)?(?:FILE(?:\s+PHOTO)?\s*[-–—:]|FILE\s+PHOTO\b)"
    r"|(?i:\bin\s+this\b[^.]{0,60}?\bfile\s+(?:photo|image|picture)\b)"
    r"|(?i:\bfile\s+(?:photo|picture|image)\b)")
HANDOUT_TEXT = re.compile(  # cue words in any case; the provider's name must be capitalised
    r"\b(?i:photo|image|picture|handout|frame\s+grab|video\s+grab|still|grab)\b[^.]{0,40}?\b"
    r"(?i:provided|released|distributed|made\s+available|issued|supplied)\s+by\s+"
    r"(?:(?i:the)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?P<prov>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for))*)")
POOL_TEXT = re.compile(r"(?i)\bpool\s+(?:photo|image|picture)\b")


def parse_credit(text: str) -> Credit:
    """The credit of ``text`` and what it says; empty fields where the caption has none."""
    table = credit_table()
    assert table.boilerplate is not None and table.marker_re is not None
    result = Credit(body_end=len(text))
    result.markers = _markers(text, table)
    cut = _boilerplate_start(text, table)
    for tail in (METADATA_LINES.search(text), DESK_TAIL.search(text)):
        if tail and tail.start() < cut:
            cut = tail.start()
    found = _locate(text, cut, table)
    if found is None:
        found = _mandatory_credit(text, cut)
    if found is None:
        found = _lead_credit(text, table, result)
    if found is not None:
        start, end, confidence = found
        result.credit_line = Value(text[start:end], Span(start, end, text[start:end]), confidence)
        if result.body_start == 0:
            result.body_end = _body_end(text, start)
            _other_credit(result, text, table)
        _decompose(result, text, start, end, table)
    else:
        result.body_end = cut
    _text_cues(result, text)
    return result


def _markers(text: str, table: CreditTable) -> list[Value]:
    seen: dict[str, Value] = {}
    for m in table.marker_re.finditer(text):  # type: ignore[union-attr]
        name = table.marker_names.get(m.group(0).casefold(), m.group(0))
        if name not in seen:
            seen[name] = Value(name, Span(m.start(), m.end(), m.group(0)), 0.95)
    return list(seen.values())


_SHOUTING = re.compile(r"[A-Z]{3,}|={2}|epa\d")


def _boilerplate_start(text: str, table: CreditTable) -> int:
    floor = len(text) // 3
    if not _SHOUTING.search(text, floor):
        return len(text)
    for m in table.boilerplate.finditer(text):  # type: ignore[union-attr]
        if m.start() >= floor:
            return m.start()
    return len(text)


LABEL_PREFIX = re.compile(
    r"(?i)(?:[©/(]\s*|(?:foto|fotos|photo|photograph|picture|image|bild|quelle|archivfoto|archivbild|"
    r"credit|image\s+credit|photo\s+credit|crédit\s+photo|crédito|bildrechte)"
    r"(?:\s*[:/]\s*|\s+(?-i:(?=[A-Z]{2,}\b))))+")
#: Metadata lines after the caption and its credit: "Date: 2023-10-06", "Location: ...".
METADATA_LINES = re.compile(r"(?im)\n[ \t]*(?:date|datum|fecha|location|ort|keywords|"
                            r"object\s+name)[ \t]*:[^\n]*(?:\n[^\n]*)*$")
#: A web page's own words after the credit: "hide caption", "toggle caption".
DESK_TAIL = re.compile(r"\s+(?:hide|toggle)\s+caption\s*$")
#: "DOUG MILLS, Associated Press", "Malcolm Emmons, USA TODAY Sports": name, then agency.
NAME_COMMA_AGENCY = re.compile(r"^[^,]{3,40},\s*(?P<agency>[^,]{2,40})$")
#: "REUTERS/Name | The caption ...": a republisher's credit before the caption.
LEAD_CREDIT = re.compile(r"\s*(?P<credit>[^|\n]{3,80}?)\s+\|\s+(?=\S)")
#: "The caption.\nName (Agency)": a credit line of its own with the agency in parentheses.
NAME_AGENCY_LINE = re.compile(r"\n\s*(?P<credit>[^\n()]{3,60}\((?P<agency>[^()\n]{2,30})\))\s*$")


def _locate(text: str, cut: int, table: CreditTable) -> tuple[int, int, float] | None:
    """(start, end, confidence) of the credit without its label ("Foto:", "©")."""
    found = _locate_labelled(text, cut, table)
    if found is None:
        return None
    start, end, confidence = found
    label = LABEL_PREFIX.match(text, start, end)
    if label and label.end() < end:
        start = label.end()
    if text[end - 1:end] == ")" and text[start:end].count("(") < text[start:end].count(")"):
        end -= 1  # "(Photo by Name/Agency)" closed after a label that opened no parenthesis
    return start, end, confidence


def _locate_labelled(text: str, cut: int, table: CreditTable
                     ) -> tuple[int, int, float] | None:
    """(start, end, confidence) of the credit, trying the patterns most specific first."""
    m = SHOULD_READ.search(text)
    if m:
        return m.start("credit"), m.end("credit"), 0.95
    head = text[:cut].rstrip(" \t\n/-–—=.;|*")
    m = NAME_AGENCY_LINE.search(head)
    if m and table.agency(m.group("agency")):
        return m.start("credit"), m.end("credit"), 0.9
    tail = head[-140:]
    for pattern, hint in ((HASHTAG, "#AP"), (LABELLED, ":")):
        if hint not in tail:
            continue  # cheap test first
        m = pattern.search(head, max(0, len(head) - 140))
        if m and (pattern is HASHTAG or _credit_like(m.group("credit"), table)):
            s, e = _strip_span(head, m.start("credit"), m.end("credit"))
            return s, e, 0.93
    found = _last_paren(head, table)
    if found:
        return found
    m = ORG_PHOTO_BY.search(head, max(0, len(head) - 140)) if "by " in tail else None
    if m and not table.agency_re.search(head, m.end()):  # type: ignore[union-attr]
        return m.start("credit"), m.end("credit"), 0.85
    found = _own_line(head, table)
    if found:
        return found
    return _tail_agency(head, table)


def _credit_like(credit: str, table: CreditTable) -> bool:
    return (table.agency_re.search(credit) is not None  # type: ignore[union-attr]
            or "/" in credit or "|" in credit)


def _last_paren(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    for m in reversed(list(PAREN.finditer(head))):
        inner = m.group("credit")
        has_agency = table.agency_re.search(inner) is not None  # type: ignore[union-attr]
        if not has_agency and not CREDIT_HINT.search(inner):
            continue
        rest = head[m.end():].strip()
        letters = [c for c in rest if c.isalpha()]
        if rest and sum(c.islower() for c in letters) > 3 and len(rest) > 25:
            continue  # a parenthesis inside the caption's own sentences
        if not has_agency and len(inner.split()) > 10:
            continue
        s, e = _strip_span(head, m.start("credit"), m.end("credit"))
        return s, e, 0.97 if has_agency else 0.8
    return None


def _own_line(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    line_start = head.rfind("\n") + 1
    if line_start == 0:
        return None
    line = head[line_start:]
    if len(line) > 90 or not line.strip():
        return None
    if table.agency_re.search(line) is None and "/" not in line:  # type: ignore[union-attr]
        return None
    prefix = OWN_LINE_PREFIX.match(line)
    start = line_start + (prefix.end() if prefix else 0)
    s, e = _strip_span(head, start, len(head))
    return s, e, 0.9


def _tail_agency(head: str, table: CreditTable) -> tuple[int, int, float] | None:
    breaks = list(SENTENCE_BREAK.finditer(head))
    start = breaks[-1].end() if breaks else 0
    tail = head[start:]
    lowercase = [w for w in _LOWER_WORD.findall(tail) if w not in ("via", "for", "and")]
    if (0 < len(tail) <= 120 and len(lowercase) <= 1
            and table.agency_re.search(tail)  # type: ignore[union-attr]
            and ("/" in tail or " via " in tail or table.agency(tail.split("/")[0])
                 or _name_comma_agency(tail, table))):
        prefix = OWN_LINE_PREFIX.match(tail)
        s, e = _strip_span(head, start + (prefix.end() if prefix else 0), len(head))
        return s, e, 0.92
    m = TAIL_AGENCY.search(head[-200:])
    if m:
        offset = max(0, len(head) - 200)
        s, e = _strip_span(head, offset + m.start("credit"), offset + m.end("credit"))
        return s, e, 0.85
    return None


def _other_credit(result: Credit, text: str, table: CreditTable) -> None:
    """A second credit right before the final one is kept as a note, out of the caption."""
    head = text[:result.body_end].rstrip(" \t\n/-–—=.;|")
    if "/" not in head[-60:] and not head.endswith(")"):
        return  # cheap test first: a credit has a slash or parentheses
    found = _tail_agency(head, table) or _last_paren(head, table)
    if found is None or len(head) - found[1] > 1:
        return
    start, end, _confidence = found
    if len(text[start:end].split()) > 8:
        return
    result.other_credits.append(Value(text[start:end], Span(start, end, text[start:end]), 0.8))
    result.body_end = _body_end(text, start)


def _lead_credit(text: str, table: CreditTable, result: Credit
                 ) -> tuple[int, int, float] | None:
    m = LEAD_CREDIT.match(text)
    if m and table.agency_re.search(m.group("credit")):  # type: ignore[union-attr]
        result.body_start = m.end()
        return m.start("credit"), m.end("credit"), 0.85
    return None


def _name_comma_agency(tail: str, table: CreditTable) -> bool:
    m = NAME_COMMA_AGENCY.match(tail.strip())
    return m is not None and table.agency(m.group("agency")) is not None


def _mandatory_credit(text: str, cut: int) -> tuple[int, int, float] | None:
    m = _MANDATORY_CREDIT.search(text[cut:])
    if m:
        return cut + m.start("c"), cut + m.end("c"), 0.7
    return None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;:.-–—":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


def _body_end(text: str, credit_start: int) -> int:
    end = credit_start
    while end > 0 and text[end - 1] in " \t\n(":
        end -= 1
    return end


def _pieces(chain: str) -> list[str]:
    out: list[str] = []
    for part in SLASH.split(chain):
        out.extend(p.strip(" .,;:-–—") for p in _NAME_SEPARATOR.split(part))
    return [q for p in out if p for q in _org_then_name(p)]


def _org_then_name(piece: str) -> list[str]:
    """'U.S. Army Staff Sgt. Jo Roe' -> ['U.S. Army', 'Staff Sgt. Jo Roe']."""
    table = credit_table()
    m = table.agency_re.match(piece)  # type: ignore[union-attr]
    if m and m.end() < len(piece) and piece[m.end()] == " " and table.agency(m.group(0)):
        rest = piece[m.end():].strip()
        if rest[:1].isupper() and len(rest.split()) >= 2:
            return [m.group(0), rest]
    return [piece]


def _decompose(result: Credit, text: str, start: int, end: int, table: CreditTable) -> None:
    credit = text[start:end]
    span = Span(start, end, credit)
    org = ORG_PHOTO_PREFIX.match(credit)
    if org and "/" not in credit:
        _government_photo(result, credit, span, org, table)
        return
    body = HASHTAG_PREFIX.sub("AP Photo/", credit)
    body = CREDIT_PREFIX.sub("", body).replace("|", "/").replace("EPA/EFE", "EPA-EFE")
    body = body.replace(" (", "/").replace("(", "/").replace(")", "")  # "Name (Reuters)"
    body = _FOR_PAPER.sub("/", body).rstrip(" )")
    body = FOR_CLIENT.sub(r"\1", body)
    chunks = [c for c in _SEMICOLON.split(body) if c.strip()]
    agencies: list[str] = []
    for chunk in chunks:
        _decompose_chunk(result, chunk, span, table, agencies)
    if agencies and result.source is None:
        result.source = Value(agencies[-1] if len(chunks) == 1 else agencies[0], span, 0.95)
    if any(a in table.government for a in agencies) and result.is_handout is None:
        result.is_handout = Value(True, span, 0.85)  # an official photograph
    partners = [a for a in agencies[:-1] if a not in (result.source.value if result.source
                                                      else None, "picture alliance")]
    if len(chunks) == 1 and partners and result.provider is None:
        result.provider = Value(partners[0], span, 0.8)  # "Name/Invision/AP Photo"


def _government_photo(result: Credit, credit: str, span: Span, org: re.Match[str],
                      table: CreditTable) -> None:
    """'Official White House Photo by Name': the photographer works for the organisation."""
    owner = org.group("org").strip()
    result.source = Value(table.agency(owner) or owner, span, 0.8)
    result.is_handout = Value(True, span, 0.85)  # an official photograph
    name = smart_case(strip_title(credit[org.end():].strip(" .)")))
    if name:
        result.creators.append(Value(name, _sub(span, credit[org.end():].strip(" .)")), 0.85))


def _decompose_chunk(result: Credit, chunk: str, span: Span, table: CreditTable,
                     agencies: list[str]) -> None:
    parts = VIA.split(chunk, maxsplit=1)
    before = [(_kind(p, table), _uncourtesy(p)) for p in _pieces(parts[0])]
    after = [(_kind(p, table), p) for p in _pieces(parts[1])] if len(parts) > 1 else []
    before = _later_people_are_orgs(before, parts[0])
    orgs = [p for k, p in before if k == "org"]
    people = [p for k, p in before if k == "person"]
    pre_agency = [table.agency(p) or p for k, p in before if k == "agency"]
    for kind, _piece in before + after:
        _flag(result, kind, span)
    agencies.extend(pre_agency)
    via_agency = next((table.agency(p) for k, p in after if k == "agency"), None)
    if via_agency:
        agencies.append(via_agency)
        result.source_hint = via_agency
        pooled = any(k == "pool" for k, _ in before)
        _set_provider(result, pre_agency, orgs, [] if pooled else people, span)
    elif orgs and not pre_agency:
        if people:  # "Name/The Daily Herald": a newspaper's own photographer
            result.source = result.source or Value(orgs[-1], span, 0.6)
        else:
            result.provider = result.provider or Value(" / ".join(orgs), span, 0.8)
            result.is_handout = Value(True, span, 0.7)
    elif orgs and result.is_handout is not None:
        result.provider = result.provider or Value(" / ".join(orgs), span, 0.85)
    if _courtesy(chunk):
        result.is_handout = Value(True, span, 0.9)
    for person in people:
        name = smart_case(strip_title(person))
        if name and all(c.value != name for c in result.creators):
            result.creators.append(Value(name, _sub(span, person), 0.9))


def _sub(span: Span, piece: str) -> Span:
    """The span of ``piece`` inside the credit's span (the whole credit if not found)."""
    at = span.text.find(piece)
    if at < 0:
        return span
    return Span(span.start + at, span.start + at + len(piece), piece)


def _set_provider(result: Credit, pre_agency: list[str], orgs: list[str], people: list[str],
                  span: Span) -> None:
    """``X via AGENCY``: X is a partner agency, a handout's originator, or a private person."""
    if result.provider is not None:
        return
    if pre_agency:
        result.provider = Value(pre_agency[0], span, 0.9)
        if pre_agency[0] == result.source_hint and orgs:  # "REUTERS/Name/Org/Handout via REUTERS"
            result.provider = Value(" / ".join(orgs), span, 0.9)
            result.is_handout = Value(True, span, 0.9)
    elif orgs:
        result.provider = Value(" / ".join(orgs), span, 0.9)
        result.is_handout = Value(True, span, 0.9)
    elif people:
        result.provider = Value(smart_case(people[0]), span, 0.7)
        result.is_handout = Value(True, span, 0.7)


def _later_people_are_orgs(pieces: list[tuple[str, str]], chain: str) -> list[tuple[str, str]]:
    """'Name/Invision/AP', 'Name/Demotix/Corbis': after the photographer, a name-like piece
    of a slash chain is an organisation (names joined by ',' or 'and' stay photographers)."""
    if "," in chain or " and " in chain:
        return pieces
    out, seen_person = [], False
    for kind, piece in pieces:
        if kind == "person" and seen_person:
            kind = "org"
        seen_person = seen_person or kind == "person"
        out.append((kind, piece))
    return out


def _uncourtesy(piece: str) -> str:
    return _COURTESY_PREFIX.sub("", piece)


def _courtesy(chunk: str) -> bool:
    return _COURTESY.match(chunk) is not None


def _kind(piece: str, table: CreditTable) -> str:
    piece = _uncourtesy(piece)
    folded = piece.casefold()
    for kind in ("file", "pool", "handout"):
        if folded in getattr(table, kind):
            return kind
    if table.agency(piece):
        return "agency"
    if folded in table.not_person:
        return "skip"
    if _POOL_OR_HANDOUT_PHOTO.fullmatch(piece):
        return "pool" if folded.startswith("pool") else "handout"
    if is_person_like(piece) and not piece.startswith("The "):
        return "person"
    if is_org_like(piece) or piece[:1].isupper():
        return "org"
    return "skip"


def _flag(result: Credit, kind: str, span: Span) -> None:
    if kind == "file":
        result.is_file = Value(True, span, 0.95)
    elif kind == "pool":
        result.is_pool = Value(True, span, 0.95)
    elif kind == "handout":
        result.is_handout = Value(True, span, 0.95)


def _text_cues(result: Credit, text: str) -> None:
    if result.is_file is None:
        m = FILE_TEXT.search(text, 0, result.body_end)
        if m:
            result.is_file = Value(True, Span(m.start(), m.end(), m.group(0)), 0.9)
    if result.is_pool is None:
        m = POOL_TEXT.search(text, 0, result.body_end)
        if m:
            result.is_pool = Value(True, Span(m.start(), m.end(), m.group(0)), 0.8)
    m = HANDOUT_TEXT.search(text, 0, result.body_end)
    if m:
        if result.is_handout is None:
            result.is_handout = Value(True, Span(m.start(), m.end(), m.group(0)), 0.8)
        if result.provider is None and result.is_handout.value:
            prov = m.group("prov").rstrip(".,")
            result.provider = Value(prov, Span(m.start("prov"), m.start("prov") + len(prov),
                                               prov), 0.6)
