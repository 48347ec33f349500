"""Titles and the desk's word table of people: what is stripped before a name.

"French President Jane Roe" -> "Jane Roe"; the word lists of ``data/people.tsv`` and the titles
of ``data/titles.txt`` that every people-shown rule reads; and the titles read around a run
("CEO of Acme Jane Roe", "la ministra de Hacienda Jane Roe", "Die Ministerin, Jane Roe, sagt").
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.tables import read_rows, read_words

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
#: The word lists of ``data/people.tsv`` (a desk table), by kind: see its header.
PEOPLE_WORD_KINDS = ("office", "start", "role_after", "reject_before", "org", "season", "mention",
                     "thing_before", "shown", "thing_after", "shown_before_to", "absent",
                     "character_of", "article", "body_part", "past_after", "reported_after", "party",
                     "title_suffix", "absent_after", "subject_verb", "photo_opening",
                     "shown_by", "royal_title", "kin", "contest", "subject_passive", "animal",
                     "kin_group", "animal_lead", "de_adjective", "joined_surname", "work_of_art",
                     "character")

#: Possessive pronouns before a role or a relative (English, the Romance languages, German):
#: "his spokesman, Jane Roe", "of her son, Jane Roe", "sua esposa, Jane, se beijam".
POSSESSIVES = frozenset(["his", "her", "their", "its", "sua", "seu", "su", "sus", "sa", "son",
                         "ses", "leur", "ihr", "ihre", "sein", "seine"])


@lru_cache(maxsize=1)
def people_words() -> dict[str, frozenset[str]]:
    """Kind -> the words of that kind in ``data/people.tsv``."""
    found: dict[str, set[str]] = {kind: set() for kind in PEOPLE_WORD_KINDS}
    for row in read_rows("people.tsv"):
        if len(row) > 1 and row[0] in found:
            found[row[0]].add(row[1].strip())
    out = {kind: frozenset(words) for kind, words in found.items()}
    out["after"] = out["role_after"] | out["thing_after"]  # either: the run is no name
    return out


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    words = read_words("titles.txt")
    keep = frozenset(w[:-2].casefold() for w in words if w.endswith(" *"))
    plain = frozenset(w.removesuffix(" *").casefold() for w in words)
    return plain, keep


@lru_cache(maxsize=1)
def strip_title_words() -> frozenset[str]:
    """The titles and roles of ``data/titles.txt``, casefolded."""
    return _titles()[0]


@lru_cache(maxsize=1)
def _title_suffixes() -> tuple[str, ...]:
    """German compound titles end in a title: "Wirtschaftsminister", "Landesbischöfin"."""
    return tuple(sorted(people_words()["title_suffix"]))


@lru_cache(maxsize=8192)  # pure, and the same run is stripped by several rules
def strip_title(name: str, demonyms: bool = True) -> str:
    """'French President Jane Roe' -> 'Jane Roe'; royal and papal titles stay ('Pope Leo').

    Everything up to the last title is dropped: 'Senate Majority Leader Jane Roe' -> 'Jane Roe'.
    A demonym counts as a title ('French Jane Roe'), except with ``demonyms=False``: in the
    photographer slot of a credit 'Danish Siddiqui' is a name.
    """
    titles, keep = _titles()
    known = gazetteer().demonyms if demonyms else {}
    tokens = [t.removesuffix("-elect") if t.endswith("-elect") else t for t in name.split()]
    cut, kept_title = 0, []
    i = 0
    while i < len(tokens) - 1:
        for size in (3, 2, 1):
            head = " ".join(tokens[i:i + size])
            folded = head.casefold()
            title = folded in titles or folded.endswith("s") and folded[:-1] in titles or (
                size == 1 and folded.endswith(_title_suffixes()) and len(folded) > 8) or (
                size == 1 and "-" in folded and _hyphen_title(folded))
            if title or head in known or size == 1 and not cut and _country_genitive(head):
                cut, kept_title = i + size, tokens[i:i + size] if head.casefold() in keep else []
                i += size
                break
        else:
            i += 1
    rest = tokens[cut:]
    return " ".join(kept_title + rest if rest else tokens)


@lru_cache(maxsize=4096)
def _country_genitive(word: str) -> bool:
    """German 'Deutschlands Kanzler', 'Leipzigs Jane Roe': a country's or a city's (team's)."""
    if len(word) <= 4 or not word.endswith("s") or not word[0].isupper() or word.endswith("es"):
        return False  # German has no "Frances": "France" is no German name of a country
    gaz = gazetteer()
    if gaz.country(word[:-1]) or gaz.dateline(word[:-1]) or gaz.state(word[:-1]):
        return True
    city = find_city(word[:-1])
    return city is not None and city.population >= 100_000


def _titled_lone(tokens: list[str]) -> bool:
    """'Japanese Prime Minister Abe': a lone name after a title as printed (not a demonym
    alone: 'South Korean K-pop')."""
    titles = _titles()[0]
    head = tokens[1:-1] if len(tokens) > 2 and _country_genitive(tokens[0]) else tokens[:-1]
    # "Schwedens Trainer Andersson": German's country genitive leads the title
    return len(tokens) > 2 and _all_titles(head) and any(t.casefold() in titles for t in head)


def _title_token(word: str) -> bool:
    """A title as one capitalised word: "Ministerin", "Grünen-Politikerin", "Landesbischöfin"."""
    folded = word.casefold()
    return folded in _titles()[0] or "-" in folded and _hyphen_title(folded) or (
        len(folded) > 8 and folded.endswith(_title_suffixes()))


def _hyphen_title(folded: str) -> bool:
    """'Grünen-Politikerin', 'US-Präsident', 'YB-Captain': the word after the last hyphen is a
    title, or a German compound title's end ('US-Präsident' names no one)."""
    part = folded.rsplit("-", 1)[1]
    return part in _titles()[0] or part in people_words()["title_suffix"]


def _kept_title_before(text: str, start: int, region_start: int) -> str:
    """The lowercase title right before ``start`` when titles.txt keeps it ('papa', 'rey')."""
    if start <= region_start + 1 or not text[start - 1].isspace():
        return ""
    words = text[max(region_start, start - 20):start].split()
    word = words[-1] if words else ""
    return word if word.islower() and word.casefold() in _titles()[1] else ""


def _all_titles(tokens: list[str]) -> bool:
    """True when titles and demonyms cover every token: 'Colombian Vice President'."""
    return _titles_cover(tuple(tokens))


@lru_cache(maxsize=8192)
def _titles_cover(tokens: tuple[str, ...]) -> bool:
    titles, _keep = _titles()
    demonyms = gazetteer().demonyms
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            head = " ".join(tokens[i:i + size])
            if i + size <= len(tokens) and (head.casefold() in titles or head in demonyms or (
                    size == 1 and "-" in head and _hyphen_title(head.casefold()))):
                i += size
                break
        else:
            return False
    return bool(tokens)


def _is_lower_word(word: str) -> bool:
    return word.islower() and word.replace("-", "").isalpha()


def _is_title_word(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]  # "singer-songwriter Jane"
    titles = _titles()[0]
    return _is_lower_word(word) and (word in titles or last in titles or (
        len(word) > 4 and word.endswith("s") and word[:-1] in titles  # "os presidentes"
        or len(word) > 4 and word.endswith("es") and word[:-2] in titles))  # "los reyes"


#: A preposition joining a title to its office: "Secretary of State", "président du Conseil".
_TITLE_JOINS = frozenset(["of", "de", "du", "des", "del", "da", "do", "dos", "das", "di", "della",
                          "von", "der", "d'", "d’"])


def _strip_trailing_titles(name: str) -> str:
    """'Jacques Rogge President' (of the IOC) -> 'Jacques Rogge'."""
    titles, _keep = _titles()
    words = name.split()
    while len(words) > 2 and len(words[-1]) > 3 and words[-1].casefold() in titles:
        words.pop()
    return " ".join(words)


def words_of(kind: str) -> frozenset[str]:
    return people_words()[kind]


#: Words that qualify a title and are no office alone: "Former Taisha train station", "a State
#: Dinner".
QUALIFIERS = frozenset(["former", "ex", "then", "acting", "incoming", "outgoing", "retired",
                        "state"])
_CLAUSE_MARK = re.compile(r"[,;:()]")
#: "CEO of Acme Jane Roe", "Minister for Health Jane Roe": a title, "of", the body's one word.
_TITLE_OF = re.compile(r"([\w-]+)\s+(?:of|for)\s+$")


def _title_of_before(text: str, start: int, region_start: int) -> bool:
    """'CEO of Acme Jane Roe', 'Minister for Health Jane Roe': a title's "of" before the run,
    whose first word is then the body's, not the name's."""
    window = max(region_start, start - 30)
    if not text[start - 1:start].isspace() or not text[window:start].rstrip().endswith(
            ("of", "for")):
        return False  # cheap test first: "of " or "for " right before the run
    m = _TITLE_OF.search(text, window, start)
    return m is not None and m.group(1).casefold() in _titles()[0]


def _apposed_to_title(text: str, start: int, end: int, region_start: int) -> bool:
    """'Die Ministerpräsidentin von Rheinland-Pfalz, Jane Roe, kündigte': a name set off by
    commas right after a phrase holding a title is that title's holder."""
    if not (text.startswith(", ", start - 2) and text.startswith(",", end)):
        return False
    clause_start = region_start
    for m in _CLAUSE_MARK.finditer(text, max(region_start, start - 80), start - 2):
        clause_start = m.end()
    titles = _titles()[0]
    return any(w.casefold() in titles or len(w) > 8 and w.casefold().endswith(_title_suffixes())
               for w in text[clause_start:start - 2].split())


def _office_before(text: str, start: int, region_start: int, first: str) -> bool:
    """'il presidente del Consiglio Jane Roe', 'la ministra de Hacienda Jane Roe': after a
    title and its preposition, an office word or a country is the title's, not the name's."""
    words = text[max(region_start, start - 40):start].split()
    if len(words) < 2 or words[-1] not in _TITLE_JOINS or not _is_title_word(words[-2]):
        return False
    return first.casefold() in people_words()["office"] or gazetteer().country(first) is not None
