"""Small helpers for names: casing, organisation words, photographer slots."""

from __future__ import annotations

import re
from collections.abc import Iterable

# precompiled: these run for every caption
_WORD = re.compile(r"[\w']+")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")

PARTICLES = frozenset(
    ["de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "y", "e"])

ORG_WORDS = frozenset(["media", "press", "service", "services", "presidency", "ministry", "office", "army", "forces", "force", "navy", "police", "department", "agency", "government", "council", "committee", "news", "tv", "television", "channel", "group", "center", "centre", "foundation", "museum", "university", "institute", "corporation", "company", "inc", "ltd", "llc", "club", "federation", "association", "union", "party", "command", "authority", "guard", "military", "defense", "defence", "brigade", "palace", "house", "embassy", "times", "post", "herald", "tribune", "journal", "gazette", "daily", "network", "studio", "studios", "pictures", "images", "photos", "archive", "archives", "library", "collection", "team", "fc", "hospital", "organization", "organisation", "administration", "senate", "parliament", "assembly", "bureau", "secretariat", "commission", "cabinet", "kremlin", "facebook", "twitter", "instagram", "telegram", "youtube", "ministry", "corps", "observatory", "municipality", "unit", "regiment", "marines", "navy", "airport", "school", "college", "church", "festival", "records", "entertainment", "productions", "sports", "sport", "weekly", "magazine", "mission", "court", "force", "forces", "international", "nasa", "un", "unicef", "who", "ap", "reuters", "afp", "epa", "presse", "noticias", "ministere", "ministère", "ministerio", "ministério", "ministero", "armees", "armées", "présidence", "presidencia", "presidência", "bundeswehr", "polizei", "bundespolizei", "gendarmerie", "technologies", "technology", "systems", "labs", "laboratory", "satellite", "satellites", "inc.", "ltd.", "co.", "plc", "gmbh", "co", "corp", "photo", "foto"])

NAME_TOKEN = r"[^\W\d_][\w'’.-]*"
_MC = re.compile(r"^(MC|MAC)(?=[A-Z]{3,})")


def smart_case(name: str) -> str:
    """'LUDOVIC MARIN' -> 'Ludovic Marin', 'Ludovic MARIN' -> 'Ludovic Marin'; mixed case kept."""
    words = name.split()
    out = []
    for i, word in enumerate(words):
        if i and word.isupper() and word.casefold() in PARTICLES and i < len(words) - 1:
            out.append(word.lower())  # "MANUEL DE ALMEIDA" -> "Manuel de Almeida"
            continue
        if len(word) > 2 and word.isupper() and "." not in word:
            cased = "-".join(_cap(part) for part in word.split("-"))
            out.append(cased)
        else:
            out.append(word)
    return " ".join(out)


def _cap(part: str) -> str:
    if "'" in part or "’" in part:
        quote = "'" if "'" in part else "’"
        return quote.join(p.capitalize() for p in part.split(quote))
    mc = _MC.match(part)
    if mc:
        return mc.group(1).capitalize() + part[mc.end():].capitalize()
    return part.capitalize()


def is_org_like(text: str) -> bool:
    """True when ``text`` reads as an organisation rather than a person."""
    words = _WORD.findall(text)
    if not words:
        return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 6:
        return True  # SANA, KCNA, IDF
    if len(words) > 5:
        return True
    return any(w.casefold().rstrip("'s") in ORG_WORDS or w.casefold() in ORG_WORDS for w in words)


def is_person_like(text: str) -> bool:
    """True for 1-5 capitalised words that are not an organisation."""
    words = text.split()
    if not words or len(words) > 5 or is_org_like(text):
        return False
    for word in words:
        if word.casefold() in PARTICLES:
            continue
        if not word[0].isupper() and not word[0] in "'’":
            return False
        if any(ch.isdigit() for ch in word):
            return False
    return True


ABBREVIATIONS = frozenset(["sen", "rep", "gov", "dr", "mr", "mrs", "ms", "gen", "lt", "col", "st", "jr", "sr", "sgt", "capt", "rev", "prof", "pa", "calif", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "tenn", "vt", "va", "wash", "wis", "wyo", "ala", "ariz", "ark", "colo", "conn", "del", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "no", "vs", "adm", "cmdr", "maj", "cpl", "pvt", "u.s", "d.c", "u.n", "u.k", "n.y", "n.j", "n.c", "n.h", "n.m", "n.d", "s.c", "s.d", "r.i", "w.va", "inc", "corp", "co", "ltd",
                           # Spanish "De izq. a der.", "de izda. a dcha.": from left to right
                           "izq", "izda", "der", "dcha"])
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[\"“(]?[A-Z0-9À-Þ]|\s*$)")


_GERMAN_MONTH = re.compile(r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
                           r"|September|Oktober|November|Dezember)\b")


#: A regnal number ("III") and the German position cue that may follow its period ("(2.v.r)").
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_POSITION_AFTER = re.compile(r"\s*\((?:\d\.?\s*v\.|[lrm]\.\)|Mitte\))")


def sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence beginning at ``start`` ends (AP abbreviations are not ends)."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] != ".":
            return m.end()
        word = text[max(start, m.start() - 12):m.start()].split()
        last = word[-1].casefold().lstrip("(\"“") if word else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if _INITIALISM.fullmatch(last):
            continue
        if last.isdigit() and len(last) <= 2 and _GERMAN_MONTH.match(text, m.end()):
            continue  # the German ordinal day: "am 11. Juli 1982"
        if _ROMAN.fullmatch(word[-1] if word else "") and _POSITION_AFTER.match(text, m.end()):
            continue  # the German regnal number: "König Charles III. (2.v.r) und ..."
        return m.end()
    return end


LEAD = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:(?:FILE(?:\s+PHOTO)?|HANDOUT(?:\s+PHOTO)?|TOPSHOT|APTOPIX|EPASELECT|epaselect|TPX\s+IMAGES\s+OF\s+THE\s+DAY"
    r"|EDITORS?['’]?\s+NOTE\b[^.]*\.|ATTENTION\s+EDITORS\b[^.]*\.)\s*[-–—:]?\s*)*"
    r"(?:[A-Z][A-Z .'’-]+(?:,[ \t]*[A-Z][\w .'’-]*?)?(?:\s*\([\w ]+\))?\s+[-–—]\s+"
    r"(?:[A-Z]{3,}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*:\s*)?)?")


SPORT_LEAD = re.compile(  # Reuters sport: "Soccer Football - Premier League - ... - May 6, 2024 "
    r"^(?:[^-–\n]{2,90}\s[-–]\s){2,6}[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s+")


#: EFE: "GRAF8876. MADRID, 01/05/2020.- La presidenta ...": picture code, city, date, ".-".
EFE_LEAD = re.compile(
    r"^\s*(?:[A-Z]{2,}\d+\.?\s+)?(?P<chain>[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+)(?:\s*\([^()\n]{2,30}\))?,"
    r"\s*(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\.?\s*[-–—]\s*")


#: USA TODAY Sports / Imagn: "Sep 16, 2017; Tuscaloosa, AL, USA; Alabama Crimson Tide ...".
SEMICOLON_LEAD = re.compile(
    r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*;\s*(?P<chain>[^;\n]{3,80}?)\s*;\s*")


#: Cheap test first: SPORT_LEAD needs a dash between spaces (found from the dash: faster).
_SPACED_DASH = re.compile(r"[-–](?<=\s[-–])\s")


def lead_end(text: str, end: int | None = None) -> int:
    """Where the caption's first sentence begins: after FILE/TOPSHOT markers and a dateline."""
    stop = len(text) if end is None else end
    sport = (_SPACED_DASH.search(text, 0, stop) and SPORT_LEAD.match(text, 0, stop)
             or EFE_LEAD.match(text, 0, stop)
             or SEMICOLON_LEAD.match(text, 0, stop))
    if sport:
        return sport.end()
    m = LEAD.match(text, 0, stop)
    return m.end() if m else 0


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a prefix tree: much faster than a flat a|b|c list."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items())
                if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
