"""Read a located credit: its chain split into photographer(s), distributing agency, partner
or originator (provider), and the handout, pool and file flags the chain itself carries.

``REUTERS/Name/NTB Scanpix``, ``Name/SOPA Images/LightRocket via Getty Images``, ``U.S. Navy
photo by Rank Name/Released``: every piece is classed (agency, person, organisation, handout,
pool, file) with the tables of ``data/credits.tsv``, then the chain's order decides who
distributes and who supplied the picture.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from media_manager.captions.credit_locate import HASHTAG_PREFIX, ORG_PHOTO_PREFIX, RATING_BRACKET
from media_manager.captions.credit_names import name_like
from media_manager.captions.credit_republished import glued_agency
from media_manager.captions.model import Span, Value
from media_manager.captions.names import is_org_like, is_person_like, smart_case
from media_manager.captions.people import strip_title
from media_manager.captions.tables import CreditTable, credit_table

if TYPE_CHECKING:
    from media_manager.captions.credits import Credit

# precompiled: these run for every caption
_NAME_SEPARATOR = re.compile(r",\s*|\s+[-–—]\s+")  # "Name – FIFA/FIFA via Getty Images"
_SEMICOLON = re.compile(r"\s*;\s*")
#: "Courtesy of Jane Roe", "Photograph courtesy of Lagos Museum": the supplier's label
_COURTESY_PREFIX = re.compile(r"(?i)^(?:(?:photo(?:graph)?|picture|image)\s+)?courtesy"
                             r"(?:\s+of\b|\s+(?:photo(?:graph)?|picture|image)s?\b)?\s*:?\s*")
_COURTESY = re.compile(r"(?i)\s*(?:(?:photo(?:graph)?|picture|image)\s+)?courtesy\b")
#: "Name for The New York Times", "Name for The Washington Post via Getty Images"
_FOR_PUBLICATION = re.compile(r"\s+(?:for|FOR|für)\s+(?P<paper>(?:[Tt]he\s+|THE\s+)?[A-Z][^/]*?)"
                              r"(?=\s+via\s|$)")
_FOR_PAPER = re.compile(r"\s*/\s*(?i:for)\s+")  # "Name / for China Daily", "NAME/FOR CHINA DAILY"
_WEB_ADDRESS = re.compile(r"^[^\s.]{2,}(?:\.[^\s.]+)*\.(?:[a-z]{2,4}|[A-Z]{2,4})$")
#: "Carl Roe (Getty Images)": a name before its agency in parentheses is the photographer's,
#: whatever word the name holds ("Court")
_NAME_THEN_PAREN_AGENCY = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þa-z][\w'’.-]*){1,3})\s*\((?P<agency>[^()/]{2,40})\)")
#: A newspaper's or broadcaster's name: its own pictures are no handouts ("Photo/Lagos Daily").
#: A picture agency's name likewise ("Flynet Pictures", "Jane Roe Images"): it sells pictures.
#: The words that name a broadcaster by its medium ("Radio Bremen", "TV Globo").
_BROADCAST_MEDIA = "Radio|Rádio|TV|Televisión|Televisão|Rundfunk"
_NEWS_BODY = re.compile(r"\b(?:Daily|Times|Post|News|Herald|Tribune|Gazette|Journal|Zeitung|"
                        r"Diario|Diário|Jornal|Giornale|Pictures|Images|Photos|"
                        rf"{_BROADCAST_MEDIA})\b")  # a broadcaster's own pictures too
_ARCHIVE_NAME = re.compile(r"\S\s+(?i:archives?|archiv|archivo|archivio)\b")
_AGENCY_POOL = re.compile(r"\s(?:Pool|POOL)$")
_PICTURE_WORD = re.compile(r"(?i)\b(?:photos?|foto|pictures?)\b")
#: An agency's picture number at the end of a chain: letters then digits, "X01234".
_PICTURE_CODE = re.compile(r"[A-Z]{1,3}\d{4,}")
_RELEASED = re.compile(r"\s*/\s*Released\s*$")
_POOL_OR_HANDOUT_PHOTO = re.compile(r"(?i)(?:pool|handout)\s+(?:photo|picture)s?")
#: "Pool Photo by Jo Roe/UPI" inside a chain: the pool (or handout) mark, then the photographer
_POOL_PHOTO_BY = re.compile(r"(?i)^((?:pool|handout)\s+(?:photo|picture)s?)\s+by\s+(?=[A-Z])(?-i:(.+))$")

_RATING_BRACKET = re.compile(RATING_BRACKET)
#: Brazilian and Spanish sites' "Reprodução" (a reproduction): after a photographer's name, a
#: copy of his picture, not a handout ("Reprodução/Instagram" alone is one)
_REPRODUCTION = re.compile(r"(?i)reprodu[cç]")
#: "Jane Roe/Social Media/via REUTERS": a reader's post the agency distributes: after the
#: name, the social-media mark makes it a handout, the name stays the photographer's and the
#: mark is no provider (the agency is the source)
_SOCIAL_MEDIA = re.compile(r"(?i)social\s+media")
#: A broadcaster named by its medium: "Radio Bremen", "Rádio Gaúcha", "TV Globo".
_STATION_NAME = re.compile(rf"(?:{_BROADCAST_MEDIA}|Tele|Télé)\s+[A-ZÀ-Þ]")
#: A social network a picture was copied from ("Reprodução/Instagram").
_NETWORK = re.compile(r"(?i)instagram|facebook|twitter|x|tiktok|youtube|threads|bluesky|telegram"
                      r"|whatsapp|flickr|linkedin")

CREDIT_PREFIX = re.compile(
    r"(?i)^\s*(?:(?:mandatory\s+credit|photo\s+credit|credit)\s*(?::|\.\.\.|…)?\s*|photos?\s*by(?:\s*:\s*|\s+)"
    r"|composite\s*:\s*"
    r"|photos?\s+(?:(?:prises?|tirées?)\s+)?(?:par|por)\s+|fotos?\s+(?:de|por|di)\s+|photographer\s*:\s*"
    r"|photograph\s+by\s+|photo\s+illustration\s+by\s+|picture\s+by\s+|pics?\s+by\s+|image\s+by\s+|©\s*"
    r"|(?:photo|foto|picture|image)\s*:\s*"
    r"|(?-i:by\s+(?=[A-ZÀ-Þ])))+")  # "by Jane Roe", a magazine's line
#: "Name/Getty Images for Client/AFP": the client is no part of the chain; AFP distributes
FOR_CLIENT = re.compile(r"(?i)\b(Getty Images|WireImage|FilmMagic|AP Images)\s+for\s+[^/]+")
#: "[Photos provided to China Daily]": a handout, the paper that printed it is the source
_PROVIDED_TO = re.compile(r"(?i)^\s*(?:photos?|pictures?|images?)\s+provided\s+to\s+")
VIA = re.compile(r"(?i)\s*[,/]?\s*\bvia\s+")  # "X via AP", "Reuters TV/via REUTERS"
SLASH = re.compile(r"\s*/\s*")
#: The links of a chain: slashes, and spaced dashes ("EFE - EPA - Jane Roe")
_LINK = re.compile(r"\s*/\s*|\s+[-–—]\s+")
_DASH_LINK = re.compile(r"\s[-–—]\s")


def _has_v(text: str) -> bool:
    """Cheap test first: VIA needs a "v" (most credits have none)."""
    return "v" in text or "V" in text


_HANDLE_AFTER = re.compile(r"(?<=\S)\s+@[\w.]+$")
_YEAR_AFTER = re.compile(r"(?<=[A-Za-z])\s+(?:19|20)\d\d$")
_FINAL_INITIAL = re.compile(r"\s[A-Z]\.$")


def _bare(piece: str) -> str:
    """A credit piece without its punctuation, but 'Agung Kuncahya B.' keeps its initial's;
    without a copyright year after an agency ('© AFP 2023 / Jane Roe')."""
    bare = piece.strip(" .,;:-–—")
    if "@" in bare:  # "METRÓPOLES @jane.foto": the photographer's social-media handle
        bare = _HANDLE_AFTER.sub("", bare)
    if bare[-1:].isdigit():  # cheap tests first: most pieces end in a letter
        bare = _YEAR_AFTER.sub("", bare)
    end = piece.rstrip(" ,;:")
    if end.endswith(".") and _FINAL_INITIAL.search(end):
        bare += "."
    return bare


@lru_cache(maxsize=4096)
def _pieces(chain: str) -> tuple[str, ...]:
    """The pieces of a chain, each a name, an agency or a mark; cached: a desk's credits
    repeat (the same photographer and agency all day)."""
    out: list[str] = []
    for part in SLASH.split(chain):
        out.extend(_bare(p) for p in _NAME_SEPARATOR.split(part))
    return tuple(q for p in out if p for q in _org_then_name(p))


#: An agency and its archive word in one piece: "AFP files", "Reuters file".
_AGENCY_FILES = re.compile(r"(?P<agency>\S.*?)\s+(?:[Ff]iles?|FILES?)")


def _agency_then_files(piece: str, table: CreditTable) -> list[str] | None:
    """'AFP files' -> ['AFP', 'Files'] (an agency's archive picture), else None."""
    if not piece.endswith(("iles", "ILES", "ile", "ILE")):  # cheap test first
        return None
    m = _AGENCY_FILES.fullmatch(piece)
    return [m.group("agency"), "Files"] if m and table.agency(m.group("agency")) else None


def _org_then_name(piece: str) -> list[str]:
    """'U.S. Army Staff Sgt. Jo Roe' -> ['U.S. Army', 'Staff Sgt. Jo Roe'];
    'LAGOS POLICE HANDOUT' -> ['LAGOS POLICE', 'HANDOUT'];
    'Ron Roe-USA TODAY Sports' -> ['Ron Roe', 'USA TODAY Sports'] (or an em dash)."""
    table = credit_table()
    if table.agency(piece):
        return [piece]  # "Alamy Stock Photo": one agency
    files = _agency_then_files(piece, table)
    if files:
        return files
    glued = glued_agency(piece, table)
    if glued:
        return list(glued)  # "REUTERSJane Roe": the agency, then its photographer
    if piece.startswith(("Pool ", "POOL ")) and table.agency(piece[5:]):
        return [piece[:4], piece[5:]]  # "Pool Reuters": a pool picture, then the agency
    colon = piece.find(": ")
    if colon > 1 and piece[colon + 2:colon + 3].isupper() and table.agency(piece[:colon]):
        return [piece[:colon], piece[colon + 2:].strip()]  # ABC's "Reuters: Jane Roe"
    if piece.endswith(("-Pool", "-POOL")) and " " in piece[:-5].strip():
        return [piece[:-5].strip(), piece[-4:]]  # Getty's "Jane Roe-Pool": her pool picture
    if piece[:1] in "PpHh" and (by := _POOL_PHOTO_BY.match(piece)):
        return [by.group(1), by.group(2)]  # "Pool Photo by Jo Roe": pool, photographer
    for dash_char in "-—–":  # "Ron Roe-USA TODAY Sports", TIME's "Ali Roe—Anadolu"
        dash = piece.find(dash_char)
        while dash > 0:
            if table.agency(piece[dash + 1:]) and (" " in piece[:dash].strip() or table.agency(
                    piece[:dash])):  # "Reuters-Yonhap": the agency, then its republisher
                return [piece[:dash].strip(), piece[dash + 1:].strip()]
            dash = piece.find(dash_char, dash + 1)
    words = piece.rsplit(" ", 1)
    if len(words) == 2 and words[1].casefold() in table.handout:
        return [words[0], words[1]]  # EPA's "ISRAELI ARMY HANDOUT": the originator, handout
    if len(words) == 2 and " " in words[0] and table.agency(words[1]) and (
            words[0].isupper() or words[0].istitle()):
        return [words[0], words[1]]  # "JANE ROE AFP": the photographer, then the agency
    if len(words) == 2 and " " in words[0]:  # "Jane Roe Associated Press": a longer agency
        for k in (3, 2):  # the longest first: "Jane Roe La Presse canadienne"
            split = piece.rsplit(" ", k)
            if len(split) == k + 1 and " " in split[0] and table.agency(" ".join(split[1:])) and (
                    split[0].istitle() or split[0].isupper()):
                return [split[0], " ".join(split[1:])]
    m = table.agency_re.match(piece)  # type: ignore[union-attr]
    if m and m.end() < len(piece) and piece[m.end()] == " " and table.agency(m.group(0)):
        rest = piece[m.end():].strip()
        if rest[:1].isupper() and len(rest.split()) >= 2:
            return [m.group(0), rest]
    return [piece]


#: "ST PHOTO: JANE ROE": a paper's initials and its picture word, then its photographer
#: Belga's "BELGA PHOTO JANE ROE": the same without the colon
_HOUSE_PHOTO = re.compile(r"(?P<house>[A-Z]{2,6}[ \t]+PHOTOS?)(?:[ \t]*:[ \t]*|[ \t]+)(?P<name>[^/()\n]{3,50})")
#: "Photos by Jane Roe and John Doe": two photographers' names joined, no agency
_TWO_PHOTOGRAPHERS = re.compile(r"(?:(?i:photos?|fotos?)[ \t]+(?:by|BY|de|por)[ \t]+)?"
                                r"(?P<a>[^/()\n]{3,40}?)[ \t]+(?:and|AND)[ \t]+(?P<b>[^/()\n]{3,40})")
#: Die Presse: "APA/AFP/JANE ROE (JANE ROE)", the chain's photographer printed again in brackets
_NAMED_AGAIN = re.compile(r"\s*\((?P<name>[^()/]{3,40})\)$")


def decompose(result: Credit, text: str, start: int, end: int, table: CreditTable) -> None:
    """Fill ``result`` from the credit ``text[start:end]``."""
    credit = text[start:end]
    span = Span(start, end, credit)
    pair = _TWO_PHOTOGRAPHERS.fullmatch(credit) if (" and " in credit or " AND " in credit) and (
        "/" not in credit) else None  # cheap test first
    if pair and all(name_like(smart_case(pair.group(g))) and not table.agency(pair.group(g))
                    for g in ("a", "b")) and not _official(credit, table):  # "Fire and Emergency NZ"
        # "Photos by Jane Roe and John Doe", "PHOTOS BY JANE ROE AND JOHN DOE": two photographers
        for g in ("a", "b"):
            result.creators.append(Value(_photographer(pair.group(g), table),
                                         _sub(span, pair.group(g)), 0.85))
        return
    house = _HOUSE_PHOTO.fullmatch(credit) if "PHOTO" in credit else None  # cheap test first
    if house and table.agency(house.group("house")) and name_like(smart_case(house.group("name"))):
        # The Straits Times: "ST PHOTO: JANE ROE", the paper's own photographer
        result.source = Value(table.agency(house.group("house")), span, 0.9)
        result.creators.append(Value(_photographer(house.group("name"), table),
                                     _sub(span, house.group("name")), 0.85))
        return
    org = ORG_PHOTO_PREFIX.match(credit) if "hoto" in credit else None  # cheap test first
    # "U.S. Navy photo by Name/Released": cleared for release
    own = _RELEASED.sub("", credit) if credit.endswith("eleased") else credit
    if org and "/" not in own and not _POOL_PHOTO_BY.match(own):  # "Pool photo by Jane Roe"
        _government_photo(result, own, _sub(span, own), org, table)
        return
    body = HASHTAG_PREFIX.sub("AP Photo/", credit) if credit.startswith("#") else credit
    provided = _PROVIDED_TO.match(body) if "rovided" in body else None
    if provided:
        body = body[provided.end():]
        result.is_handout = Value(True, span, 0.85)
    body = CREDIT_PREFIX.sub("", body).replace("|", "/").replace("EPA/EFE", "EPA-EFE")
    if body.islower():  # "jane roe / reuters": a site's lower-case credit, read in a name's case
        body = body.title()
    again = _NAMED_AGAIN.search(body) if body.endswith(")") else None  # cheap test first
    if again and again.group("name").casefold() == body[:again.start()].rsplit(
            "/", 1)[-1].strip().casefold():
        body = body[:again.start()]  # "APA/AFP/JANE ROE (JANE ROE)": the photographer again
    rated = "(" in body and _RATING_BRACKET.search(body) is not None
    if rated:  # "LA(Phot) Jane Roe": a rating's bracket is no agency's parenthesis
        body = _RATING_BRACKET.sub(lambda m: f"\x00{m.group()[1:-1]}\x01", body)
    body = body.replace(" (", "/").replace("(", "/").replace(")", "")  # "Name (Reuters)"
    if rated:
        body = body.replace("\x00", "(").replace("\x01", ")")
    body = (_FOR_PAPER.sub("/", body) if "for" in body or "FOR" in body else body).rstrip(" )")
    if "for" in body.lower():  # cheap test first: most credits name no client
        body = FOR_CLIENT.sub(r"\1", body)
    paper = _FOR_PUBLICATION.search(body) if (
        "for" in body or " FOR " in body or " für " in body) else None
    if paper and (table.agency(paper.group("paper")) or body.isupper() or " für " in body):
        # "Name for The New York Times", "JANE ROE FOR THE SUNDAY TIMES": shouted, any paper;
        # German "Name für Schweizerische Bundeskanzlei": "für" (for) names only a client
        body = body[:paper.start()] + "/" + body[paper.start("paper"):]
    chunks = [c for c in (_SEMICOLON.split(body) if ";" in body else [body]) if c.strip()]
    agencies: list[tuple[str, str]] = []  # (canonical, as printed), in the credit's order
    named = _NAME_THEN_PAREN_AGENCY.fullmatch(credit) if credit.endswith(")") else None
    photographer = named.group("name") if named and table.agency(named.group("agency")) else None
    for chunk in chunks:
        _decompose_chunk(result, chunk, span, table, agencies, photographer)
    if not agencies and len(result.creators) == 1 and " " not in body.strip() and (
            result.source is None and len(chunks) == 1):
        # "Foto: WITTERS", "(Bild Keystone)": one word alone names a picture agency or a
        # studio, not a photographer (a photographer is credited by at least two names)
        lone = result.creators.pop()
        result.source = Value(body.strip(" ./"), lone.span, 0.6)
    if agencies and result.source is None:
        several = len({canon for canon, _ in agencies}) > 1  # else the one agency is it
        lead = _leading_wire(chunks[0], table, bool(CREDIT_PREFIX.match(credit))) if (
            len(chunks) == 1 and several) else None
        chosen = lead or (agencies[-1][0] if len(chunks) == 1 else agencies[0][0])
        result.source = Value(chosen, span, 0.95)
    if any(a in table.government for a, _ in agencies) and result.is_handout is None:
        result.is_handout = Value(True, span, 0.85)  # an official photograph
    source = result.source.value if result.source else None
    partners = list(dict.fromkeys(printed for canon, printed in agencies
                                  if canon != source and printed != source))
    if len(chunks) == 1 and partners and result.provider is None:
        # "Name/Invision/AP Photo", "Name/SOPA Images/LightRocket via Getty Images": the
        # partners as printed, the source's own aliases left out ("Rex Features/Shutterstock")
        result.provider = Value(_partner(partners, table), span, 0.8)
    if result.provider and result.provider.value == "EPA-EFE" and "EPA-EFE" not in credit:
        result.provider = Value("EPA/EFE", span, result.provider.confidence)  # as printed


def _partner(partners: list[str], table: CreditTable) -> str:
    """The partner agency just before the distributor, as printed ('Costfoto/NurPhoto/Rex
    Features/Shutterstock' -> 'NurPhoto'), or two that the table knows as one ('SOPA
    Images/LightRocket')."""
    if len(partners) > 1 and table.agency("/".join(partners[-2:])):
        return "/".join(partners[-2:])
    return partners[-1]


def _leading_wire(chain: str, table: CreditTable, by_line: bool = False) -> str | None:
    """'REUTERS/Name/NTB Scanpix', 'AP Photo/Name, PA Wire': a wire that leads the chain
    before its photographer distributes the picture; an agency after the name is its partner
    (a chain without a leading wire ends with its distributor: 'Name/AP/picture-alliance');
    a wire before its partner agencies and the photographer delivers their picture
    ('AP/The Canadian Press/Name', Spanish papers' 'EFE - EPA - NAME')."""
    lead = _bare(_LINK.split(chain.strip(), 1)[0])
    first = table.agency(lead)
    if first is None or _has_v(chain) and VIA.search(chain):
        return None
    if first in table.leads and "," not in lead:
        return first  # "REUTERS/China Daily": Reuters prints its name before its partner's
    if " " in lead and _PICTURE_WORD.search(lead) and "/" in chain:
        pair = [p for p in _pieces(chain) if _kind(p, table) not in ("file", "pool")]
        # "AP Photo/Kyodo News", "AP Photo/DHA, File": the wire's picture credit leads, the
        if len(pair) == 2 and _kind(pair[1], table) == "agency":  # partner supplied it
            return first
    if chain.count("/") + chain.count(",") + len(_DASH_LINK.findall(chain)) < 2:
        return None
    pieces = _pieces(chain)
    if len(pieces) < 3 or pieces[0] != lead:
        return None  # "Getty Images, Name/The White House": two credits, not a chain
    if _kind(pieces[1], table) == "person":
        return first
    if _kind(pieces[-1], table) == "person" and (_PICTURE_WORD.search(pieces[0]) or (
            not by_line and all(_kind(p, table) == "agency" for p in pieces[1:-1]))):
        return first  # "AFP PHOTO / SPUTNIK / NAME", "EFE - EPA - NAME": the lead wire
        # delivers its partner's picture (a byline's "Photo by Xinhua/ABACAPRESS.COM/Name"
        # names the maker first)
    return None


#: A comma, then the official photographer's unit or office: a piece with a unit's word.
_UNIT_AFTER_NAME = re.compile(
    r",\s*[^,]*\b(?:Group|Center|Centre|Division|Brigade|Battalion|Regiment|Squadron|Wing|"
    r"Command|Public\s+Affairs|Base|Fleet|Unit|Office|Corps|Department)\b.*$")


def _government_photo(result: Credit, credit: str, span: Span, org: re.Match[str],
                      table: CreditTable) -> None:
    """'Official White House Photo by Name': the photographer works for the organisation."""
    owner = org.group("org").strip()
    result.source = Value(table.agency(owner) or owner, span, 0.8)
    result.is_handout = Value(True, span, 0.85)  # an official photograph
    byline = credit[org.end():].strip(" .)")
    unit = _UNIT_AFTER_NAME.search(byline)
    if unit:  # "U.S. Army photo by Spc. Jane Roe, 2nd Signal Brigade": her unit follows
        byline = byline[:unit.start()]
    name = _photographer(byline, table)
    if name:
        result.creators.append(Value(name, _sub(span, byline), 0.85))


def _decompose_chunk(result: Credit, chunk: str, span: Span, table: CreditTable,
                     agencies: list[tuple[str, str]], photographer: str | None = None) -> None:
    parts = VIA.split(chunk, maxsplit=1) if _has_v(chunk) else [chunk]
    if len(parts) > 1 and not parts[0].strip(" /"):
        parts = parts[1:]  # "VIA EPA-EFE/NAME": a republisher's word before the whole credit
    before = [("person" if p == photographer else _kind(p, table), _uncourtesy(p))
              for p in _pieces(parts[0]) if _uncourtesy(p)]  # "Courtesy photo/Org": the label
    social = False
    if len(before) > 1 and before[0][0] == "person" and before[1][0] == "handout":
        if _REPRODUCTION.match(before[1][1]):  # "Jane Roe/Reprodução": her picture, copied
            before[1] = ("skip", before[1][1])
        elif _SOCIAL_MEDIA.fullmatch(before[1][1]):  # "Jane Roe/Social Media/via REUTERS"
            before[1] = ("skip", before[1][1])
            result.is_handout = Value(True, span, 0.9)
            social = True
        else:
            before[0] = ("org", before[0][1])  # "Lagos Water Board/Handout/dpa": its maker leads
    after = [(_kind(p, table), p) for p in _pieces(parts[1])] if len(parts) > 1 else []
    # organisations by name, and one-word pieces made organisations below ("Name/Zuma/dpa");
    # not a two-word name ("Name/Name's Line/Getty Images")
    last_agency = max((at for at, (k, _) in enumerate(before) if k == "agency"), default=-1)
    named = {p for at, (k, p) in enumerate(before)
             if k == "org" or " " not in p and at < last_agency}  # "Name/Reuters/Livepic": a tag
    made_orgs = _later_people_are_orgs(before, parts[0], via=len(parts) > 1)
    named |= _partners_named_like_people(made_orgs, before, last_agency)
    before = made_orgs
    orgs = list(dict.fromkeys(p for k, p in before if k == "org"))  # "VCG/VCG" is one
    if orgs and any(k == "handout" for k, _ in before):
        orgs = [o for o in orgs if not _NETWORK.fullmatch(o)]  # "Reprodução/Instagram": copied
        # from a social network, which distributes nothing (no source, no provider)
    if any(k == "agency" for k, _ in before):  # "Name / SPUTNIK / KREMLIN POOL": a body's pool
        orgs = [org for org in orgs if not _AGENCY_POOL.search(org)]  # no partner agency
    people = [p for k, p in before if k == "person"] or [
        p for k, p in after if k == "person"]  # "Action Images via Reuters/Name"
    pre_printed = [p for k, p in before if k == "agency"]
    pre_agency = [table.agency(p) or p for p in pre_printed]
    for kind, piece in before + after:
        _flag(result, kind, span)
        if kind in ("org", "agency") and "rchiv" in piece and _ARCHIVE_NAME.search(piece):
            _flag(result, "file", span)  # "Hulton Archive/Getty Images": an archive's picture
        if kind == "agency" and piece.endswith((" File", " FILE")):
            _flag(result, "file", span)  # "Associated Press File": the agency's file picture
        if kind != "pool" and piece.endswith(("Pool", "POOL")) and _AGENCY_POOL.search(
                piece) and (kind == "org" or table.agency(piece[:-5])):
            _flag(result, "pool", span)  # "Name/AP Pool/AP/dpa", "KREMLIN POOL": a pool
    agencies.extend(zip(pre_agency, pre_printed))
    via_printed = next((p for k, p in after if k == "agency"), None)
    via_agency = table.agency(via_printed) if via_printed else None
    if via_agency and len(before) == 1 and before[0][0] == "person" and " " not in before[0][1]:
        before = [("org", before[0][1])]  # "(Smithsonian via AP)": one word is an originator
        orgs, people = [before[0][1]], []
    if via_agency:
        agencies.append((via_agency, via_printed or via_agency))
        result.source_hint = via_agency
        pooled = any(k == "pool" for k, _ in before)
        _set_provider(result, pre_agency, pre_printed, orgs, [] if pooled or social else people,
                      span, pooled)
    elif orgs and not pre_agency:
        if people:  # "Name/The Daily Herald": a newspaper's own photographer
            result.source = result.source or Value(orgs[-1], span, 0.6)
        else:  # "Courtesy of the Lagos Museum", "Foto: Movimento Lagos": no agency distributes
            # it, the body supplies it (SOURCES.md: a provider stands before 'via' or in a chain)
            result.source = result.source or Value(" / ".join(orgs), span, 0.7)
            if _courtesy(chunk) or not all(_NEWS_BODY.search(org) for org in orgs):
                result.is_handout = Value(True, span, 0.7)  # "Photo/Changjiang Daily": none,
                # a newspaper's own picture
    elif orgs and result.is_handout is not None:
        result.provider = result.provider or Value(" / ".join(orgs), span, 0.85)
    elif any(org in named for org in orgs) and not (
            len(set(pre_agency)) > 1 and all(_official(org, table) for org in orgs)
            and all(at > last_agency for at, (k, _) in enumerate(before) if k == "org")):
        # "Name/Zuma/picture-alliance", "BPI/Shutterstock" (but "REUTERS/Name/RIA Novosti/
        # Kremlin": the official body named after the partner agency made it, the partner
        # supplied it: the provider)
        # a partner the table lacks ("Name/Name's Line/Getty Images": a photographer's own is none)
        result.provider = result.provider or Value(
            " / ".join(org for org in orgs if org in named), span, 0.7)
    courtesy = next((p for p in _pieces(parts[0]) if _courtesy(p)), None) if (
        "ourtesy" in chunk or "OURTESY" in chunk) else None
    if courtesy and result.provider is None and not _courtesy(chunk) and _uncourtesy(courtesy):
        # "AFP PHOTO / COURTESY OF JANE ROE": the person or body who supplied it
        result.provider = Value(smart_case(_uncourtesy(courtesy)), span, 0.8)
    if courtesy or any(_official(org, table) for org in orgs):
        result.is_handout = Value(True, span, 0.9)
    for person in people:
        name = _photographer(person, table)
        if name and all(c.value != name for c in result.creators):
            result.creators.append(Value(name, _sub(span, person), 0.9))


@lru_cache(maxsize=4096)
def _photographer(piece: str, table: CreditTable) -> str:
    """The photographer's name of a credit piece: without a rank ("Mass Communication
    Specialist 2nd Class", "Sgt", from the table) or a title, in a reader's case."""
    first = piece.split(" ", 1)[0].rstrip(".").casefold()
    if table.rank_re is not None and first in table.rank_starts:  # cheap test first
        piece = table.rank_re.sub("", piece)
    return smart_case(strip_title(piece, demonyms=False))


#: A label left before the photographer's name inside a credit's piece: "By Jane Roe" (a
#: republisher's "Photo: By Jane Roe"), "Picture By: Jane Roe", "Imagem: Jane Roe", "Image
#: Source: Jane Roe", Belgian papers' "Ph. Jane Roe".
_NAME_LABEL = re.compile(r"(?:(?:Picture|Photo|Image)\s+)?(?:By|by)\s*:?\s+(?=[A-ZÀ-Þ])|(?:Photo|Foto)\s+"
                         r"(?:de|par|di)\s+(?=[A-ZÀ-Þ])|(?:Imagem|Imagen"
                         r"|Image\s+Source|Foto|Photo)\s*:\s*(?=[A-ZÀ-Þ])|Ph\.\s*(?=[A-ZÀ-Þ])")


def _sub(span: Span, piece: str) -> Span:
    """The span of ``piece`` inside the credit's span (the whole credit if not found)."""
    at = span.text.find(piece)
    if at < 0:
        return span
    return Span(span.start + at, span.start + at + len(piece), piece)


def _set_provider(result: Credit, pre_agency: list[str], pre_printed: list[str],
                  orgs: list[str], people: list[str], span: Span, pooled: bool) -> None:
    """``X via AGENCY``: X is a partner agency, a handout's originator, a newspaper whose
    photographer took it ("Name/The Daily Herald via AP": no handout), or a private person."""
    if result.provider is not None:
        return
    if pre_agency:
        partners = list({a: p for a, p in reversed(list(zip(pre_agency, pre_printed)))
                         if a != result.source_hint}.values())[::-1]  # "VCG/VCG": one
        if partners:  # "Reuters TV/via REUTERS": the source's own service is no partner
            result.provider = Value(_partner(partners, credit_table()), span, 0.9)
        if pre_agency[0] == result.source_hint and orgs:  # "REUTERS/Name/Org/Handout via REUTERS"
            result.provider = Value(" / ".join(orgs), span, 0.9)
            result.is_handout = Value(True, span, 0.9)
    elif orgs:
        result.provider = Value(" / ".join(orgs), span, 0.9)
        if not people and not pooled and not _TV_STATION.search(orgs[-1]):
            # no handout: "Korea Summit Press Pool/Pool via Reuters", a station's "KYW-TV via AP"
            result.is_handout = Value(True, span, 0.9)
    elif people:
        result.provider = Value(smart_case(people[0]), span, 0.7)
        result.is_handout = Value(True, span, 0.7)


def _later_people_are_orgs(pieces: list[tuple[str, str]], chain: str, via: bool = False
                           ) -> list[tuple[str, str]]:
    """'Name/Invision/AP', 'Name/Demotix/Corbis': after the photographer, a name-like piece
    of a slash chain is an organisation (names joined by ',' or 'and', and names after the
    chain's last agency, 'ANSA/LO MELE/DI GIACOMO', stay photographers)."""
    if "," in chain or " and " in chain:
        return pieces
    kinds = [k for k, _ in pieces]
    if kinds.count("person") < 2:
        return pieces  # cheap test first: one name is never made an organisation
    if not via and "agency" in kinds and (
            len(kinds) - kinds[::-1].index("agency") - 1 < kinds.index("person")):
        return pieces  # "ANSA/LO BEE/DI ROE": the agency leads, the names are photographers
    out, seen_person = [], False
    for kind, piece in pieces:
        if kind == "person" and seen_person:
            kind = "org"
        seen_person = seen_person or kind == "person"
        out.append((kind, piece))
    return out


def _partners_named_like_people(made: list[tuple[str, str]], before: list[tuple[str, str]],
                                last_agency: int) -> set[str]:
    """'Name/Boston Red Sox/Getty Images': a name-like piece between the photographer and the
    agency, made an organisation, is a partner (a team, a club); not the photographer's own
    line or studio ("Alan M. Bee/Al Bee/Getty Images", "Name/Name's Line/Getty Images"), nor
    shouted names, photographers of a team ("JANE ROE/JOHN DOE/FOR CHINA DAILY")."""
    own_words = {w for k, p in made if k == "person" for w in p.casefold().split()}
    return {p for at, ((k, p), (was, _)) in enumerate(zip(made, before))
            if k == "org" and was == "person" and at < last_agency and "'s" not in p
            and "’s" not in p and not own_words & set(p.casefold().split())
            and not p.isupper() and not p.startswith(("For ", "for "))}  # "A/B/C FOR X": names


def _official(org: str, table: CreditTable) -> bool:
    """An official or other non-news body ("POLICE PRESS OFFICE", "Instituto Lula", "AS
    ROMA": the ``official`` and ``org_word`` rows) or a website ("Sea-Watch.org": an NGO's own
    page) made the picture: a handout. A news site's own picture is none ("Lagosnews.com"),
    nor a picture agency's ("WorldPhotos.com")."""
    if "roadcast" in org and _BROADCASTER.search(org):
        return False  # "Korean Broadcasting System/AFP": a broadcaster's frame, no handout
    return bool(table.org_re is not None and table.org_re.search(org)
                or _WEB_ADDRESS.search(org) and not any(
                    word in org.casefold() for word in _NEWS_SITE_WORDS))


#: A website that sells or prints news pictures, no handout's: "Lagosnews.com",
#: "WorldPhotos.com" (a picture agency's own address)
_NEWS_SITE_WORDS = ("news", "photo", "images", "press")


#: A television station's name: "CBS NEWS Philadelphia KYW-TV", "Channel 4 TV".
_TV_STATION = re.compile(r"(?<![\w-])(?:[A-Z]{2,5}-)?TV\b")


#: A broadcaster's name: its frames are its own news pictures ("Korean Broadcasting System").
_BROADCASTER = re.compile(r"\bBroadcast(?:ing|er|ers)\b")


def _uncourtesy(piece: str) -> str:
    """The piece without a label before it: "Courtesy of", "By", "Imagem:", "Ph."."""
    if piece[:1] not in "CcPpIiBbF":  # cheap test first
        return piece
    label = _NAME_LABEL.match(piece)
    if label and label.end() < len(piece):
        piece = piece[label.end():]  # "By Jane Roe", "Imagem: Jane Roe", "Ph. Belga"
    return _COURTESY_PREFIX.sub("", piece)


def _courtesy(chunk: str) -> bool:
    return _COURTESY.match(chunk) is not None


@lru_cache(maxsize=4096)
def _kind(piece: str, table: CreditTable) -> str:
    bare = _uncourtesy(piece)
    if bare != piece and " " not in bare and not table.agency(bare):
        return "org"  # "Courtesy of Flickr/Agency": one word after the label is the supplier
    piece = bare
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
    if table.org_re is not None and table.org_re.search(piece):
        return "org"  # "AS ROMA", "POLICE PRESS OFFICE": a club, an office, no photographer
    if _WEB_ADDRESS.search(piece):
        return "org"  # "KHAMENEI.IR", "SEA-WATCH.ORG": a website is no photographer
    if _PICTURE_CODE.fullmatch(piece):
        return "skip"  # "JANE ROE / REUTERS / X01234": the agency's picture number
    if piece[:1] in "RTr" and _STATION_NAME.match(piece):  # cheap test first
        return "org"  # "Radio Bremen", "TV Globo": a broadcaster, no photographer
    if is_person_like(piece) and not piece.startswith("The "):
        return "person"
    if _ranked_person(piece, table):
        return "person"  # "Sgt. 1st Class Jo Roe": a rank's class number is no organisation's
    if is_org_like(piece) or piece[:1].isupper():
        return "org"
    return "skip"


def _ranked_person(piece: str, table: CreditTable) -> bool:
    """A rank or rating ("Sgt. 1st Class", "Staff Sgt.") before a person's name."""
    first = piece.split(" ", 1)[0].rstrip(".").casefold()
    if table.rank_re is None or first not in table.rank_starts:  # cheap test first
        return False
    unranked = table.rank_re.sub("", piece)
    return unranked != piece and is_person_like(unranked)


def _flag(result: Credit, kind: str, span: Span) -> None:
    if kind == "file":
        result.is_file = Value(True, span, 0.95)
    elif kind == "pool":
        result.is_pool = Value(True, span, 0.95)
    elif kind == "handout":
        result.is_handout = Value(True, span, 0.95)
