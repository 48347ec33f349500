"""People shown: names in the caption's first sentence, left to right, titles stripped.

AP and Reuters name the people in the picture in the first sentence, in order from left to right,
with cues (", left,", "(C)"). Capitalised runs are names unless they are places, organisations,
modifiers ("Hezbollah fighter"), owners ("Liverpool's ...") or things ("the White House").
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import MONTHS, WEEKDAYS
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.model import Span, Value
from media_manager.captions.names import (
    ABBREVIATIONS,
    ORG_WORDS,
    PARTICLES,
    smart_case,
    trie_pattern,
)
from media_manager.captions.tables import credit_table, read_rows, read_words

# precompiled: these run for every caption
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_LOWER_WORD = re.compile(r"\s*([a-z][\w'-]*)")
_NEXT_TWO_LOWER_WORDS = re.compile(r"\s*([a-z][\w'-]*)(?:\s+([a-z][\w'-]*))?")
_PLURAL_OWNER = re.compile(r"['’](?=\s)")
_COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                      r"Upper|Lower)(?:-?(?:east|west|East|West)(?:ern)?)?\s")
#: "Druid Malachy, played by Jane Roe": the character, not the person shown.
_PLAYED_BY = re.compile(r",?\s*(?:played|portrayed|impersonated)\s+by\b")

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
NAME_TOKEN = (rf"(?:[{UP}][\w.-]*(?:['’][{UP}a-z][\w-]*)?(?:['’]s\b)?"
              rf"|(?:al|el|ad|as|ash|at|az|ar|bin|ben|ibn|abu)-[{UP}][\w'’-]*"
              rf"|(?:de|di|da|le|la|du|van|von|mc|mac|o)[{UP}][\w'’-]+)")
PARTICLE = r"(?:de|da|do|dos|das|du|del|della|der|den|di|la|le|van|von|ter|ten|bin|ibn|al|el|y|e)"
NAME_RUN = re.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_TOKEN})*")
CUE = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*,"  # an age: "serviceman Andriy, 36, fires"
    r"|,\s*\d{1,3}\s+(?:ans|años|anos|anni|Jahre|years?\s+old)\b"  # "Jean, 53 ans, fume"
    r"|\s+(?:center|centre)(?=\s*,)"  # the comma before the cue left out: "Jane Roe center,"
    r"|[,.]\s*(?:(?:second|third|fourth|\d(?:st|nd|rd|th)|far|top|bottom|front|back|centre|center|"
    r"foreground|background)[\s-]*)*(?:left|right|center|centre|front|back|top|bottom|"
    r"foreground|background|from\s+left|from\s+right|rear)\b"
    r"|\(\s*(?:[LRC]|\d?[LRC]|\d(?:st|nd|rd|th)\s+[LRC]|L-R|R-L|top|bottom|front|back|center"
    r"|centre"
    r"|\d{1,2}"  # a player's shirt number (USA TODAY Sports, Getty): "Jane Roe (7)"
    r"|[icdg](?:\s*,\s*[icdgz])+"  # EFE's combined cues: "(c,d)", "(2i,d)"
    r"|s"  # ANSA: "(s)" sinistra
    r"|left|right|second\s+(?:left|right)(?:\s+from\s+\w+)?"
    # Spanish, French, German, Portuguese: (i) (d) (c), (g) (dr), (l.) (r.) (M), (e) (d)
    r"|[icdg]|dr|2[ºa]\s*[id]|[lrm]\.?|M\.?|Mitte|esq\.?|dir\.?"
    # written out: "(a la izquierda)", "(2 por la derecha)", "(à gauche)", "(à direita)"
    r"|(?:\d\s*(?:º|ª|a|o|e)?\s*)?(?:(?:a|por)\s+la|à|a|de)\s+(?:izquierda|derecha|gauche|droite|"
    r"esquerda|direita)|(?:links|rechts)(?:\s+im\s+Bild)?|(?:a\s+)?(?:sinistra|destra))\s*\)"
    # a position written out, with an ordinal and a note: "(au centre)", "(segundo por la
    # izquierda)", "(terza da sinistra)", "(2.v.l.)", "(à direita, de pé)"
    r"|\(\s*(?:(?:\d{1,2}\s*[º°ªaoe.]?|segund[oa]|tercer[oa]?|second[oa]?|terz[oa]|deuxième"
    r"|troisième|zweite[rs]?|dritte[rs]?)\s*)?(?:(?:desde|por|a|à|da|de|en|ao|al|au|von|partant"
    r"|del?|el|la)\s+)*(?:izquierda|derecha|centro|gauche|droite|centre|esquerda|direita|sinistra"
    r"|destra|links|rechts|Mitte|vorne|hinten|v\.\s*[lr]\.)(?:\s*,[^()\n]{0,30})?\s*\))")
#: The word lists of ``data/people.tsv`` (a desk table), by kind: see its header.
PEOPLE_WORD_KINDS = ("office", "start", "role_after", "reject_before", "org", "season", "mention",
                     "thing_before", "shown", "thing_after", "shown_before_to", "absent",
                     "character_of", "article", "body_part", "past_after", "party",
                     "title_suffix", "absent_after", "subject_verb", "photo_opening",
                     "shown_by", "royal_title", "kin", "contest")


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


#: dpa galleries open with a teaser and a colon: "Bald zu sehen: Jane Roe ..."
_TEASER = re.compile(r"[^.:\n]{0,80}:\s+")
_GERMAN = re.compile(r"\b(?:der|die|das|und|ist|ein|eine|einem|einer|im|mit|auf|bei|sind|wird)\b")


def _german(text: str, start: int, stop: int) -> bool:
    """A German function word; "das" alone may be Portuguese ("das damas"), so it needs a
    second one."""
    seen: set[str] = set()
    for m in _GERMAN.finditer(text, start, stop):
        if text[max(start, m.start() - 4):m.start()] in ("von ", "van "):
            continue  # "Ursula von der Leyen" in an Italian caption
        seen.add(m.group(0))
        if len(seen) >= 2 or m.group(0) not in _SHARED_WORDS:
            return True
    return False


_SHARED_WORDS = frozenset(["das"])
_QUOTE_BEFORE = re.compile(r"[\"“‘'«„]\s*$")
_QUOTE_AFTER = re.compile(r"[\"”’'»“]")
_JOINED_PAIR = re.compile(r"\s(?:e|y)\s")
_WORDS_IN_RUN = re.compile(r"\S+")
_TOKENS = re.compile(r"[\w'’-]+(?:\.[\w'’-]+)*(?:\.(?=-))?[\w'’-]*|[,;:()]")


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
                size == 1 and "-" in folded and folded.rsplit("-", 1)[1] in titles)
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


def find_people(text: str, start: int, stop: int, exclude: list[Span]) -> list[Value]:
    """Names of the people shown, from ``text[start:stop]`` (the first sentence)."""
    found: list[Value] = []
    runs = list(NAME_RUN.finditer(text, start, stop))
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, stop)] if (
        _QUOTE_CHAR.search(text, start, stop)) else []
    for m in runs:
        if any(s.start < m.end() and m.start() < s.end for s in exclude):
            continue
        if any(a < m.start() and m.end() < b for a, b in quoted):
            continue  # inside a title in quotes: 'the film “What Love Got to Do With It?”'

        for value in _names_in_run(text, m, start):
            if all(v.value != value.value for v in found):
                found.append(value)
    royal = _royal_titles(text, start, stop, found) if any(
        w in text for w in _ROYAL_HINTS) else []
    if royal:
        found = sorted(found + royal, key=lambda v: v.span.start if v.span else 0)
    return found


#: Cheap test first: the title words of ``royal_title`` rows as they are printed.
_ROYAL_HINTS = ("Queen", "King", "Pope", "Prince", "Duke", "Duch", "Earl", "Countess", "reine",
                "roi ", "duc", "rey", "reina", "ríncipe", "rincesse", "duque", "uchesse")
_QUOTE_CHAR = re.compile(r"[“«„\"‘]")
_QUOTED = re.compile(r"[“«„\"][^”»“\"\n]{1,80}[”»“\"]|‘[^’‘\n]{1,80}’(?![\w])")
#: Titles that need their territory to name one person: "the Prince of Wales".
_TERRITORIAL = frozenset(["prince", "princess", "duke", "duchess", "earl", "countess", "princesse",
                          "duc", "duchesse", "príncipe", "princesa", "duque", "duquesa"])


@lru_cache(maxsize=1)
def _royal_pattern() -> re.Pattern[str]:
    titles = trie_pattern(people_words()["royal_title"])
    return re.compile(
        rf"(?<![\w'’])(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Ll]['’])\s*(?P<title>(?i:{titles}))"
        rf"(?:\s+(?:of|de|du)\s+(?P<of>[{UP}][\w'’-]+))?(?![\w'’-]|\s+[{UP}]|['’]s\b)")


def _royal_titles(text: str, start: int, stop: int, found: list[Value]) -> list[Value]:
    """PA's royal visits: "the Queen was introduced to ...", "the Prince of Wales received":
    the title alone names the person (English titles capitalised, French ones lowercase)."""
    out: list[Value] = []
    for m in _royal_pattern().finditer(text, start, stop):
        title = m.group("title")
        if title.casefold() in _TERRITORIAL and not m.group("of"):
            continue  # "the prince" alone is no one in particular
        if title.islower() and not m.group("of") or title[0].islower() and text[m.start()] == "t":
            continue  # English writes the title of a person capitalised: "the queen bee"
        if any(v.span and v.span.start <= m.start("title") < v.span.end for v in found):
            continue
        name = text[m.start("title"):m.end()]
        if _mentioned(text, m.start(), start):
            continue  # "a portrait of the Queen"
        span = Span(m.start("title"), m.end(), name)
        out.append(Value(name, span, 0.8))
    return out


def _names_in_run(text: str, m: re.Match[str], region_start: int) -> list[Value]:
    run = m.group(0)
    if " " not in run and "\t" not in run:
        opens = _opens(text, m.start(), region_start)
        if opens and (_subject_verb(text, m.end()) or _with_person(text, m.end())) or (
                _verb_partner(text, m.start(), region_start)) or _subject_pair(
                text, m.start(), m.end(), region_start) or _listed_partner(
                text, m.start(), m.end(), region_start):
            # "Kerry arrives for a meeting": a lone surname as the caption's subject
            return _candidate(text, m.start(), m.end(), region_start, shown=True)
        if not (CUE.match(text, m.end()) or _after_title(text, m.start(), region_start)
                or _POSSESSIVE.search(run) or _RELATIVE_WHO.match(text, m.end())
                or _title_after(text, m.end())):
            return []  # a lone word is a name only with a cue or a title (fast path)
    words = run.split()
    if words[0] in ("The", "A", "An") or words[0].casefold() in people_words()["article"] and (
            len(words) < 2 or not _title_token(words[1])):
        return []  # "the Curzon Mayfair", "Le Mare Jonio" ("El Papa Francisco" has a title)
    if (_QUOTE_BEFORE.search(text, max(0, m.start() - 2), m.start())
            and _QUOTE_AFTER.match(text, m.end())):
        return []  # a title in quotes: "The Rising Tide", “Pablo Hasel”
    if run.endswith("s") and _PLURAL_OWNER.match(text, m.end()):
        return []  # "Milwaukee Brewers' Jane Roe": the team owns the player
    start = m.start()
    owner = _POSSESSIVE.search(run)
    if owner:  # "Liverpool's Mohamed Salah": the owner is not the person shown
        rest = run[owner.end():].lstrip()
        if not rest and owner.end() == len(run) and _body_part_after(text, m.end()):
            # "a bird sits on President Jane Roe's head": her head is in the picture
            return _candidate(text, m.start(), m.start() + owner.start(), region_start,
                              shown=True)
        if not rest or _POSSESSIVE.search(rest):
            return []  # "Emperor Akihito's 79th birthday": he owns the thing shown
        start = m.start() + len(run) - len(rest)
    out: list[Value] = []
    pairs = _split_pairs(text, start, m.end())
    # the organisation's name leads the run; after "e"/"y" a first word is a first name
    pairs = [(_after_organisation(text, a, b, lead=i == 0), b) for i, (a, b) in enumerate(pairs)]
    start = pairs[0][0]
    # two lone surnames opening the caption, then a lowercase word: "Roe e Doe a Milano"
    subjects = len(pairs) == 2 and _opens(text, start, region_start) and len(run.split()) == 3 and (
        _NEXT_LOWER_WORD.match(text, m.end()) is not None)
    # "os presidentes Lula e Macron": a plural title before two lone names names both
    subjects = subjects or len(pairs) == 2 and len(run.split()) == 3 and _after_title(
        text, start, region_start)
    for part_start, part_end in pairs:
        out += _candidate(text, part_start, part_end, region_start, shown=subjects,
                          owned=owner is not None)
    return out


#: A name alone in parentheses that ends the caption is the credit, not a person shown.
_CREDIT_CLOSE = re.compile(r"\s*\)\s*\.?\s*$")
#: "Ninety-seven-year-old Jane Roe", "12-year-old Jane Roe": an age leads the name.
_AGE_WORD = re.compile(r"(?i)[\w-]+-years?-old")
_SLASH_AFTER = re.compile(r"\s?/\s?[A-Z]")
_AGENCY_AFTER = re.compile(r"\s+[-–|]\s+([^\n/()]{2,30}?)\s*$")


def _credit_after(text: str, end: int) -> bool:
    """A name before "/Agency" or before " - Agency" at the caption's end is the credit."""
    if _SLASH_AFTER.match(text, end):
        return True
    if len(text) - end > 40:
        return False  # the agency ends the caption
    m = _AGENCY_AFTER.match(text, end)
    return m is not None and credit_table().agency(m.group(1)) is not None


_AGENCY_BEFORE = re.compile(r"([^\n/()–-]{2,30}?)\s+[-–]\s+$")
_TEXT_END = re.compile(r"\s*$")


def _credit_before(text: str, start: int, end: int) -> bool:
    """'REUTERS/Jane Roe', or 'PA Images – Jane Roe' ending the caption: the credit."""
    if text[start - 1:start] == "/":
        return True
    if not _TEXT_END.match(text, end):
        return False
    m = _AGENCY_BEFORE.search(text, max(0, start - 34), start)
    return m is not None and credit_table().agency(m.group(1)) is not None


_GERMAN_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:der|die|das|den|dem|des|eine|einer)\s+$")
_ELIDED_ARTICLE = re.compile(r"(?:^|(?<=\W))(?:[lL]|[dns]ell|[ds]all|all|d)['’]")
_DAY_NEXT = re.compile(r"\.?\s+\d")
#: "slaps Jane who killed her son": "who" after a lone word says it is a person.
_RELATIVE_WHO = re.compile(r",?\s+who\s+[a-z]")
#: "… Jane Roe", "© apa Jane Roe": an ellipsis, a dash or a copyright before the first name.
_OPENING_MARKS = re.compile(r"[\s….\-–—]*(?:©\s*[\w-]+\s+)?")
_TITLE_AFTER = re.compile(rf",\s+(?:the\s+)?([{UP}][\w-]+)(?:\s+(?:of|de|du|von)\s|,)")


def _title_after(text: str, end: int) -> bool:
    """'Catherine, Princess of Wales, arrives': a lone name, then its title between commas."""
    if not text.startswith(",", end):
        return False
    m = _TITLE_AFTER.match(text, end)
    return m is not None and m.group(1).casefold() in _titles()[0]


def _opens(text: str, start: int, region_start: int) -> bool:
    """The run opens the caption, past an ellipsis or a dash ("… Jane e John jantaram")."""
    return start == region_start or _OPENING_MARKS.fullmatch(text, region_start, start) is not None


#: "En la imagen, Roe, con el presidente ...": a lone name opening the sentence, then "with".
_WITH_AFTER = re.compile(
    r",\s+(?:con|com|with|avec|mit|junto\s+a)\s+(?:(?:el|la|los|o|a|os|le|la|les|the|dem|der|den"
    r"|su|sus|sua|seu|son|sa|ses|his|her|their|seinem|seiner|ihrem|ihrer)\s+)?([\w'’-]+)")


def _with_person(text: str, end: int) -> bool:
    """'Roe, con el presidente palestino': "with" a title or a name, not 'Yakutsk, with a
    population of'."""
    m = _WITH_AFTER.match(text, end, end + 60)
    return m is not None and (m.group(1)[0].isupper() or m.group(1) in _titles()[0])


_VERB_WITH = re.compile(rf"[{UP}][\w'’-]+\s+([a-zà-ÿ]+)\s+(?:con|com|with|avec|mit|a|al|à|to)\s+$")


_WITH_ENDINGS = (" con ", " com ", " with ", " avec ", " mit ", " a ", " al ", " à ", " to ")


def _verb_partner(text: str, start: int, region_start: int) -> bool:
    """'Obama conversa con Roe': the lone name after a lone subject's verb and "with"."""
    if not text.endswith(_WITH_ENDINGS, region_start, start):
        return False  # cheap test first
    m = _VERB_WITH.match(text, region_start, start)
    if m is None or not _opens(text, m.start(), region_start):
        return False
    return m.group(1) in people_words()["subject_verb"]


_LIST_AND = re.compile(r"(?:\)|,)\s+(?:and|und|et|e|y)\s+$")
_CUED_BEFORE = re.compile(r"(?:\([^()]{1,20}\)|,\s*(?:left|right|center|centre)\s*,?)\s+\S+\s+$")


_AND_ENDINGS = (" and ", " und ", " et ", " e ", " y ")


def _listed_partner(text: str, start: int, end: int, region_start: int) -> bool:
    """'Isabel (L) and Alejandra, wearing ...': a lone first name joined by "and" to a name
    with a position cue, then a comma, is listed with it."""
    if not text.endswith(_AND_ENDINGS, region_start, start) or not _LIST_AND.search(
            text, max(region_start, start - 8), start):
        return False
    cued = _CUED_BEFORE.search(text, max(region_start, start - 40), start)
    return cued is not None and text.startswith(",", end) and _acceptable(text[start:end], True)
_PARTY = re.compile(r"\s*\(\s*(?:[lrmLRM]\.?\s*,\s*)?(?P<party>[^\s(),]{2,8})\s*\)")


def _party_cue(text: str, end: int) -> bool:
    """dpa: "Olaf Scholz (l, SPD)", "Robert Habeck (Grüne)": a party after a name is a cue."""
    m = _PARTY.match(text, end)
    return m is not None and m.group("party") in people_words()["party"]


_PAIR_AFTER = re.compile(rf"\s+(?:and|und|et)\s+[{UP}][\w'’-]+\s+[a-z]")
_PAIR_BEFORE = re.compile(rf"[{UP}][\w'’-]+\s+(?:and|und|et)\s+")


def _subject_pair(text: str, start: int, end: int, region_start: int) -> bool:
    """'Merkel and Kohl at the party conference': two lone surnames open the caption."""
    if start == region_start:
        after = _PAIR_AFTER.match(text, end)
        partner = after.group(0).split()[1] if after else ""
    else:
        before = _PAIR_BEFORE.fullmatch(text, region_start, start)
        partner = before.group(0).split()[0] if before else ""
        if partner and _NEXT_LOWER_WORD.match(text, end) is None:
            return False
    # both must be people: "Israel and Hamas agree" pairs a country with an organisation
    return bool(partner) and _acceptable(partner, True) and _acceptable(text[start:end], True)


def _subject_verb(text: str, end: int) -> bool:
    after = _NEXT_TWO_LOWER_WORDS.match(text, end, end + 30)
    if after is None:
        return False
    verb = after.group(2) if after.group(1) in _REFLEXIVE else after.group(1)
    return verb in people_words()["subject_verb"]  # "Roe se reuniu com ...": past "se"


_REFLEXIVE = frozenset(["se", "si", "sich"])


def _body_part_after(text: str, end: int) -> bool:
    after = _NEXT_LOWER_WORD.match(text, end, end + 20)
    return after is not None and after.group(1) in people_words()["body_part"]


#: A surname with its article joined: "al-Mubarak", "el-Sisi".
_PREFIXED = re.compile(rf"(?:al|el|ad|as|ash|at|az|ar|bin|ben|ibn|abu)-[{UP}]")


def _after_organisation(text: str, start: int, end: int, lead: bool = True) -> int:
    """'Tiantan Awards Jane Roe', 'Chelsea FC Jane Roe': an organisation's name run into the
    name of its member; the member's name (two words or more) starts after the last
    organisation word."""
    org = people_words()["org"]
    words = list(_WORDS_IN_RUN.finditer(text, start, end))
    for i in range(len(words) - 3, -1 if lead else 0, -1):
        word = words[i].group(0)
        if word.casefold() in org or len(word) > 3 and word.casefold() in ORG_WORDS:
            rest = [w.group(0) for w in words[i + 1:]]
            if rest[0].casefold() in _titles()[0]:
                break  # "Police Constable Jane Roe", "Navy Captain Jane Roe": one title
            if all(w[:1].isupper() or _PREFIXED.match(w) for w in rest):
                return words[i + 1].start()  # "Comité du Salut Public" is one name
            break
    return start


def _split_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Dilma Roussef e Barack Obama': two names joined by 'e'/'y' inside one run."""
    run = text[start:end]
    if " e " not in run and " y " not in run:
        return [(start, end)]
    m = _JOINED_PAIR.search(run)
    if m and len(run[:m.start()].split()) >= 2 and len(run[m.end():].split()) >= 2:
        return [(start, start + m.start()), (start + m.end(), end)]
    if m and " " not in run[:m.start()] and " " not in run[m.end():]:
        return [(start, start + m.start()), (start + m.end(), end)]  # "Roe e Doe a Milano"
    return [(start, end)]


def _candidate(text: str, start: int, end: int, region_start: int, shown: bool = False,
               owned: bool = False) -> list[Value]:
    run = _cut_at_dates(text[start:end], _DAY_NEXT.match(text, end) is not None)
    if not run:
        return []
    if run.endswith(".") and len(run.rsplit(None, 1)[-1]) > 3 and (
            run.rsplit(None, 1)[-1][:-1].casefold() not in ABBREVIATIONS):
        run = run[:-1]  # the sentence's full stop: "... of England's Jane Roe."
    end = start + len(run)
    cue = placed = shown or CUE.match(text, end) is not None or _party_cue(text, end) or (
        _cue_after_home(text, end))
    tokens = run.split()
    stripped = ""
    while tokens and (tokens[0].casefold() in people_words()["start"] or tokens[0] in PARTICLES
                      or _AGE_WORD.fullmatch(tokens[0])):
        stripped, tokens = tokens[0].casefold(), tokens[1:]
    elided = _ELIDED_ARTICLE.search(text, max(0, start - 6), start) if len(tokens) > 2 else None
    if elided is not None and elided.end() == start:
        tokens = tokens[1:]  # "ministre de l'Intérieur Jean Roe": the office, then the name
    if len(tokens) > 3 and tokens[1] == "von" and not _title_token(tokens[0]) and (
            _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 5), start)):
        tokens = tokens[2:]  # "die Rede von Jana Roe": a noun, then "von" and the name
    if stripped in people_words()["article"] and not (tokens and _title_token(tokens[0])):
        return []  # "Photo du Sea Star": a name takes no article
    if len(tokens) > 2 and _office_before(text, start, region_start, tokens[0]) or len(
            tokens) == 3 and _TITLE_OF.search(text, max(region_start, start - 30), start) and (
            _TITLE_OF.search(text, max(region_start, start - 30), start).group(1).casefold()
            in _titles()[0]):
        tokens = tokens[1:]  # "presidente del Consiglio Jane Roe", "CEO of Acme Jane Roe"
    if tokens and tokens[0] in ("USS", "HMS", "INS", "RFA"):
        return []  # a ship
    if len(tokens) == 2 and tokens[1].casefold() in _titles()[0] and (
            tokens[1].isupper() or tokens[1].casefold().endswith(("person", "man", "woman"))):
        return []  # "Pfizer CEO, Jane Roe", "Acme Chairperson and ...": an office, named next
    if _all_titles(tokens):
        return []  # "Deputy Assistant Secretary, Jane Roe": the title, then the name
    if _PLAYED_BY.match(text, end):
        return []  # a character: the actor after "played by" is the person shown
    if text[start - 1:start] == "(" and _CREDIT_CLOSE.match(text, end) or _credit_after(
            text, end) or _credit_before(text, start, end):
        return []  # "... (Jane Roe)", "Jane Roe/Getty Images", "Jane Roe - Reuters": a credit
    if _absent_after(text, end):
        return []  # "Jane Roe (not pictured)", "(ausente da fotografia)"
    if _not_a_second_person(text, start, end, tokens):
        return []
    tokens = _before_country(tokens)
    name = _strip_trailing_titles(strip_title(" ".join(tokens)))
    if name != " ".join(tokens) and name.split(maxsplit=1)[0] in PARTICLES:
        return []  # "Secretario de Estado de EE UU": the office after the title, no name
    if _COMPASS.match(name):
        return []  # "North Darfur", "Western Cape": a region, not a person
    lone = len(name.split()) == 1
    cue = cue or lone and _titled_lone(tokens) or lone and (_after_title(text, start, region_start) or bool(
        _RELATIVE_WHO.match(text, end)) or _title_after(text, end) or (
        len(tokens) > 1 and name != tokens[0] and tokens[0].casefold() in _titles()[0]))
    printed = name
    if _shouting_name(name, text, end):
        # "KIM JONG UN inspects": AFP and KCNA write names in capitals
        name = " ".join(w.capitalize() if w.isupper() else w for w in smart_case(name).split())
    if not name or not _acceptable(name, cue):
        return []
    kept = _kept_title_before(text, start, region_start) if lone or _REGNAL.fullmatch(
        name) else ""
    if kept:  # "El papa Francisco": a pope's or a king's title stays with a lone name
        name, start = f"{kept} {name}", start - len(kept) - 1
        printed = text[start:start + len(name)]
    if not placed and not _context_ok(text, start, end, region_start, owned):
        return []
    if not placed and _mentioned(text, start, region_start):
        return []  # a position cue ("(3rd L)", ", left,") says the person is in the picture
    titled = len(tokens) > len(name.split()) or (  # "Dachdeckerin Jane Roe": a title before
        _apposed_to_title(text, start, end, region_start))  # "Die Ministerin, Jane Roe, sagt"
    if not cue and not titled and not _opens(text, start, region_start) and not _TEASER.fullmatch(
            text, region_start, start) and _german(text, region_start, end + 40):
        return []  # German capitalises every noun: only a name leading the caption counts
    name_start = text.find(printed, start, end)
    if name_start < 0:  # "Pope" kept from an earlier token
        name_start = start
    stop = name_start + len(printed)
    span = Span(name_start, stop, text[name_start:stop])
    return [Value(name, span, 0.9 if cue else 0.75)]


_CLAUSE_MARK = re.compile(r"[,;:()]")
#: "Jane Roe of Freedonia (L)": the player's country or club, then the position cue.
_OF_HOME = re.compile(rf"\s+of\s+(?:the\s+)?[{UP}][\w.'’-]*(?:\s+[{UP}][\w.'’-]*)?")


def _cue_after_home(text: str, end: int) -> bool:
    if not text.startswith(" of ", end):
        return False
    home = _OF_HOME.match(text, end)
    return home is not None and CUE.match(text, home.end()) is not None
#: "CEO of Acme Jane Roe", "Minister for Health Jane Roe": a title, "of", the body's one word.
_TITLE_OF = re.compile(r"([\w-]+)\s+(?:of|for)\s+$")
#: "Jane Roe of Acme Rovers", "Jane Roe (Jenny Doe)": a name right after a name.
_OF_AFTER_NAME = re.compile(rf"[{UP}][\w'’.-]*[a-z]\s+of\s+$")
_ALIAS_AFTER_NAME = re.compile(rf"[{UP}][\w'’.-]*[a-z]\s+\($")
_KIN_OF = re.compile(r"(\w+)\s+of\s+$")
_TITLE_PHRASE_END = re.compile(r"\s*[,(]")


def _not_a_second_person(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """Runs that are no person shown, whatever cue follows them: the team or body after a
    player's "of" ("Jane Roe of Acme Rovers"), an alias in parentheses ("Jane Roe (Jenny
    Doe)"), the relative's kin ("the mother of Jane, 13"), a title phrase set off by commas
    ("John Roe, Mission Commander, and ...")."""
    before = text[max(0, start - 40):start]
    titles = _titles()[0]
    if not tokens:
        return False
    # cheap test first: both "of" patterns need the words before to end in "of "
    of_before = before.rstrip().endswith("of") and before[-1:].isspace()
    if of_before and _OF_AFTER_NAME.search(before) and not _POSSESSIVE.search(
            text, start, end) and (before.rsplit(None, 2)[-2].casefold() not in titles) and not any(
            t.casefold() in titles for t in tokens):
        return True
    if text.startswith(")", end) and _ALIAS_AFTER_NAME.search(before):
        return True
    kin = _KIN_OF.search(before) if of_before else None
    if kin and kin.group(1).casefold() in people_words()["kin"]:
        return True
    last = tokens[-1].casefold()
    return 2 <= len(tokens) <= 3 and len(last) > 6 and last in titles and (
        _TITLE_PHRASE_END.match(text, end) is not None) and not tokens[-1].isupper()


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


def _titled_lone(tokens: list[str]) -> bool:
    """'Japanese Prime Minister Abe': a lone name after a title as printed (not a demonym
    alone: 'South Korean K-pop')."""
    titles = _titles()[0]
    return len(tokens) > 2 and _all_titles(tokens[:-1]) and any(
        t.casefold() in titles for t in tokens[:-1])


def _before_country(tokens: list[str]) -> list[str]:
    """'Lionel Messi de Argentina' (EFE sport): the player, then the country he plays for;
    'le quartier Regent de Freetown': a place, then its city."""
    for i in range(1, len(tokens) - 1):
        rest = " ".join(tokens[i + 1:])
        if tokens[i] in _COUNTRY_JOINS and (gazetteer().dateline(rest) or i >= 2 and (
                gazetteer().country(rest))):
            return tokens[:i]
    return tokens


#: A name with a regnal number: "Felipe VI", "Benoît XVI".
_REGNAL = re.compile(r"\S+\s+[IVX]{1,5}")
_COUNTRY_JOINS = frozenset(["de", "du", "da", "do", "del", "of"])
_JOINED_PLACES = re.compile(r"\s+(?:y|e|and|et|und|i)\s+")


def _only_places(name: str) -> bool:
    """'Argentina y Venezuela', 'France et Italie': countries or places joined are no person."""
    parts = _JOINED_PLACES.split(name)
    gaz = gazetteer()
    return len(parts) > 1 and all(
        gaz.country(p) or gaz.state(p) or gaz.dateline(p) for p in parts)


def _office_before(text: str, start: int, region_start: int, first: str) -> bool:
    """'il presidente del Consiglio Jane Roe', 'la ministra de Hacienda Jane Roe': after a
    title and its preposition, an office word or a country is the title's, not the name's."""
    words = text[max(region_start, start - 40):start].split()
    if len(words) < 2 or words[-1] not in _TITLE_JOINS or not _is_title_word(words[-2]):
        return False
    return first.casefold() in people_words()["office"] or gazetteer().country(first) is not None


def _title_token(word: str) -> bool:
    """A title as one capitalised word: "Ministerin", "Grünen-Politikerin", "Landesbischöfin"."""
    folded = word.casefold()
    return folded in _titles()[0] or "-" in folded and folded.rsplit("-", 1)[1] in _titles()[0] or (
        len(folded) > 8 and folded.endswith(_title_suffixes()))


def _kept_title_before(text: str, start: int, region_start: int) -> str:
    """The lowercase title right before ``start`` when titles.txt keeps it ('papa', 'rey')."""
    if start <= region_start + 1 or not text[start - 1].isspace():
        return ""
    words = text[max(region_start, start - 20):start].split()
    word = words[-1] if words else ""
    return word if word.islower() and word.casefold() in _titles()[1] else ""


def _shouting_name(name: str, text: str, end: int) -> bool:
    words = name.split()
    return (2 <= len(words) <= 4 and all(w.isupper() and w.isalpha() for w in words)
            and _NEXT_LOWER_WORD.match(text, end) is not None
            and credit_table().agency(name) is None)


def _all_titles(tokens: list[str]) -> bool:
    """True when titles and demonyms cover every token: 'Colombian Vice President'."""
    titles, _keep = _titles()
    demonyms = gazetteer().demonyms
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            head = " ".join(tokens[i:i + size])
            if i + size <= len(tokens) and (head.casefold() in titles or head in demonyms):
                i += size
                break
        else:
            return False
    return bool(tokens)


def _after_title(text: str, start: int, region_start: int) -> bool:
    """'sekiwake Abi': a lone name right after a lowercase title or role is a person."""
    if start <= region_start or not text[start - 1].isspace():
        return False
    words = text[max(region_start, start - 40):start].split()
    word = words[-1] if words else ""
    if word[-1:] == "," and _APPOSITION_END.match(text, start):
        word = word[:-1]  # "sua esposa, Jane, se beijam": the name set off by commas
    elif len(words) >= 2 and len(word) >= 5 and _is_lower_word(word) and (
            word not in people_words()["shown"]) and _is_title_word(words[-2]):
        word = words[-2]  # "o príncipe britânico Jane": the adjective follows the title
    return _is_title_word(word)


_APPOSITION_END = re.compile(r"[\w'’-]+\s*,")


def _is_lower_word(word: str) -> bool:
    return word.islower() and word.replace("-", "").isalpha()


def _is_title_word(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]  # "singer-songwriter Jane"
    titles = _titles()[0]
    return _is_lower_word(word) and (word in titles or last in titles or (
        len(word) > 5 and word.endswith("s") and word[:-1] in titles))  # "os presidentes"


#: "next to", "junto al", "ao lado de", "à côté de": after a word of ``shown_before_to``.
_TO_WORDS = frozenset(["to", "of", "a", "al", "à", "au", "de", "do", "da", "del", "du", "zu", "zum"])

#: A preposition joining a title to its office: "Secretary of State", "président du Conseil".
_TITLE_JOINS = frozenset(["of", "de", "du", "des", "del", "da", "do", "dos", "das", "di", "della",
                          "von", "der", "d'", "d’"])


@lru_cache(maxsize=1)
def _photo_opening() -> re.Pattern[str]:
    """'File photo dated 2 May 2014 of', 'Fotografía de archivo (1980) del', 'Photo d'archive de':
    a caption that opens by naming the picture shows the person after the preposition."""
    words = trie_pattern(people_words()["photo_opening"])
    return re.compile(
        rf"(?i)\s*(?:(?:{words})(?![\w'’])[\s,]*|\([^()]{{0,40}}\)\s*|[\d./-]+\s*)+"
        r"(?:of|de|del|du|des|da|do|di|della|von|d['’])(?:\s+|(?<=['’]))")


_PAREN_AFTER = re.compile(r"\s*[(,]\s*([^()\n,]{2,40})[),]")


def _absent_after(text: str, end: int) -> bool:
    """'Jane Roe (not pictured)', 'Jean Roe (absent)', 'Hans Roe (nicht im Bild)': the person
    named is not in the picture."""
    m = _PAREN_AFTER.match(text, end)
    return m is not None and m.group(1).strip().casefold().startswith(_absent_phrases())


@lru_cache(maxsize=1)
def _absent_phrases() -> tuple[str, ...]:
    return tuple(sorted(people_words()["absent_after"]))


def _strip_trailing_titles(name: str) -> str:
    """'Jacques Rogge President' (of the IOC) -> 'Jacques Rogge'."""
    titles, _keep = _titles()
    words = name.split()
    while len(words) > 2 and len(words[-1]) > 3 and words[-1].casefold() in titles:
        words.pop()
    return " ".join(words)


def _mentioned(text: str, start: int, region_start: int) -> bool:
    """True when the words before the name (past titles and roles) say it is only mentioned."""
    titles, _keep = _titles()
    demonyms = gazetteer().demonyms
    words = people_words()
    unknown = 0
    opening = _photo_opening().match(text, region_start, start)
    window = max(region_start, start - 80, opening.end() if opening else 0)
    tokens = _TOKENS.findall(text, window, start)
    i = len(tokens)
    while i > 0:
        i -= 1
        token = tokens[i]
        previous = tokens[i - 1].casefold() if i else ""
        if token == "," and i and _apposition_head(tokens, i - 1):
            continue  # "the coffin of former Prime Minister, Jane Roe", "his father, John Roe"
        if token in ",;:()":
            return False  # a list or a cue: "(L) and", ", left,"
        word = token.casefold()
        if word in _JOINS and i == len(tokens) - 1 and _listed_name(tokens, i - 1):
            i = _name_start(tokens, i - 1)  # "the graves of Jane Roe and John Doe": a name
            continue  # listed with another is told as that one is
        if i == len(tokens) - 1 and word in people_words()["thing_before"]:
            return True
        if word in words["absent"]:
            return True  # "the late President Jane Roe", "slain activist Jane Roe"
        if word in _TO_WORDS and previous in words["shown_before_to"]:
            return False  # "gestures to Jane Roe", "stands next to Jane Roe"
        if word in _WITH_WORDS and previous in words["subject_verb"]:
            return False  # "conversa con Jane Roe", "parle avec Jean Roe"
        if word in _ARTICLES_AFTER_WITH and previous in words["shown"]:
            return False  # "mit dem ukrainischen Präsidenten Jane Roe"
        if word in ("von", "vom") and _SHOWN_BY_LATER.match(text, start):
            return False  # "ist von Jane Roe empfangen worden": the German passive agent
        if previous in words["shown_by"]:
            return False  # "rodeado por Jane Roe", "entouré de Jean Roe", "accolto dal ..."
        if word == "by" and _passive_agent(tokens, i):
            return False  # "is hugged by Jane Roe", "while being interviewed by Jane Roe"
        if word.endswith(("'s", "’s")) or word in titles or token in demonyms or (
                "-" in token and token.rsplit("-", 1)[1] in demonyms):  # "U.S.-Bulgarian"
            continue
        if word == "between" and previous in words["contest"]:
            return True  # "a match between Jane Roe and John Doe": the players, not the scene
        if word == "of" and previous in words["kin"]:
            return True  # "the daughter of Jane Roe": the daughter is the one shown
        if (word in _TITLE_JOINS or word == "for") and previous in titles:
            continue  # "Secretary of State Jane Roe", "Minister for Justice", "le président du Conseil italien Jean Roe"
        if token in _GERMAN_LEADING_ARTICLES:
            return False  # "Der dreimalige Weltmeister Jan Roth": the sentence's article
        if word in people_words()["mention"]:
            return True
        if word == "as" and previous in ("dressed", "disguised", "costumed"):
            return True  # "a man dressed as Santa Claus"
        raw_previous = tokens[i - 1] if i else ""
        if word in ("and", "e", "y", "et", "und") and raw_previous.islower() and \
                raw_previous.replace("-", "").isalpha():
            unknown += 1  # "the death of canto-pop diva and actress Jane Roe": roles joined
            continue
        if word in people_words()["shown"] or word in people_words()["start"]:
            return False
        unknown += 1  # a role or an adjective: "canto-pop diva"
        if unknown >= 3:
            return False
    return False


_JOINS = frozenset(["and", "e", "y", "et", "und"])
#: Capitalised, a German article opens the phrase; lowercase "der" may be "of the".
_GERMAN_LEADING_ARTICLES = frozenset(["Der", "Die", "Das", "Dem", "Den"])


def _name_start(tokens: list[str], last: int) -> int:
    """The index of the first token of the name ending at ``tokens[last]``, with its "of"."""
    first = last
    while first > 0 and (tokens[first - 1][:1].isupper() or tokens[first - 1] in PARTICLES
                         or tokens[first - 1] == "of" and first > 1 and tokens[first - 2][:1].isupper()):
        first -= 1  # "Jane Roe of Freedonia and ..."
    return first


def _listed_name(tokens: list[str], last: int) -> bool:
    """A name of two words or more ends at ``tokens[last]``, or any name after "between"."""
    first = _name_start(tokens, last)
    return last > first or first > 0 and tokens[first - 1] == "between" and (
        tokens[last][:1].isupper())


def _apposition_head(tokens: list[str], last: int) -> bool:
    """'former Prime Minister, Jane Roe', 'his father, John Roe': a relative, or a title of two
    words or more, set off by a comma names the person after it."""
    titles = _titles()[0]
    word, before = tokens[last].casefold(), tokens[last - 1].casefold() if last else ""
    if word in people_words()["kin"]:
        return True
    return word in titles and (
        before in titles or before == "former" or tokens[last - 1] in gazetteer().demonyms
        or f"{before} {word}" in titles)


_WITH_WORDS = frozenset(["con", "com", "avec", "mit", "with", "junto"])
_ARTICLES_AFTER_WITH = frozenset(["dem", "der", "den", "einem", "einer", "del", "al", "au",
                                  "do", "da", "ao", "à", "la", "le", "el", "les", "los"])
#: German puts the participle last: "von Jane Roe empfangen worden", "von Jane Roe begleitet".
_SHOWN_BY_LATER = re.compile(
    r"[^,.;:()]{0,60}?\s(?:empfangen|begleitet|umringt|begrüßt|umarmt|gefolgt|flankiert)\b")


#: The verbs of the present-tense passive: "is greeted by", "are being hugged by".
_BE = frozenset(["is", "are", "being", "gets", "get", "getting"])


def _passive_agent(tokens: list[str], by: int) -> bool:
    """'Jane Roe is doused by John Doe': the agent of a present passive is in the picture;
    'a dress designed by', 'a film directed by' are not (no 'is' before the participle).
    A character's actor ('played by') is shown too."""
    if by < 1:
        return False
    verb = tokens[by - 1].casefold()
    if verb in words_of("character_of"):
        return True
    # the nearest participle decides: "are led to their meeting room by Jane Roe"
    for i in range(by - 1, max(0, by - 6), -1):
        word = tokens[i].casefold()
        if word in ",;:()":
            return False
        if word.endswith(("ed", "en", "wn")):
            return tokens[i - 1].casefold() in _BE
    return False


def words_of(kind: str) -> frozenset[str]:
    return people_words()[kind]


def _cut_at_dates(run: str, dated: bool = True) -> str:
    """The run up to a weekday, or up to a month that ends it with a day after it
    (``dated``): 'Jan Roth' and 'Theresa May' are names, 'Jane Roe May 3' holds a date."""
    kept = []
    words = run.split()
    for i, word in enumerate(words):
        bare = word.strip(".,").casefold()
        if bare in WEEKDAYS:
            break
        if bare in MONTHS and i == len(words) - 1 and dated:
            break
        kept.append(word)
    return " ".join(kept)


def _acceptable(name: str, cue: bool) -> bool:
    words = [w for w in name.split() if w.casefold() not in PARTICLES]
    if not words or len(words) > 5:
        return False
    titles, _keep = _titles()
    if len(words) == 1 and not cue:
        return False  # a lone name counts with a cue (or a title before it: see _candidate)
    lowered = [w.casefold().strip(".,") for w in words]
    if any(low in people_words()["org"] or low in ORG_WORDS and (len(w) > 3 or w.isupper())
           or len(low) > 5 and low.endswith("s") and low[:-1] in ORG_WORDS
           for w, low in zip(words, lowered)):
        return False  # an organisation, team or venue ("UN" is one; "Un" of Kim Jong Un is not)
    if all(w in people_words()["season"] for w in lowered):
        return False  # "Spring Summer 2023 collection"
    if all(w.isupper() and len(w) > 1 for w in words):
        return False  # TOPSHOT, acronyms, AFP caps
    gaz = gazetteer()
    if gaz.country(name) or gaz.state(name) or gaz.dateline(name) or name in gaz.demonyms or (
            _only_places(name)):
        return False
    return not (len(words) == 1 and words[0].casefold() in titles)


def _title_of(before: list[str]) -> bool:
    """'Secretary of State Jane Roe', 'Minister for Justice Jane Roe': this "of" (or "for") is
    inside a title, not before a thing."""
    return before[-1] in ("of", "for") and len(before) > 1 and (
        before[-2].casefold() in _titles()[0])


#: "devant un Saccharum", "uma Tesla": a name takes no indefinite article either.
_INDEFINITE = frozenset(["un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen"])


def _context_ok(text: str, start: int, end: int, region_start: int, owned: bool = False
                ) -> bool:
    before = text[max(region_start, start - 24):start].split()
    words = people_words()
    last = before[-1].casefold() if before else ""
    head = text[start:end].split(maxsplit=1)[0].casefold() if end > start else ""
    if (last in words["article"] or last in _INDEFINITE) and head not in _titles()[0]:
        return False  # "dans le Sea Watch": a name takes no article ("le Pr Jean Roe" a title)
    if before and last in words["reject_before"] and not (
            _title_of(before) or before[-1] == "by" and _passive_agent(before, len(before) - 1)):
        return False
    after = _NEXT_TWO_LOWER_WORDS.match(text, end, end + 40)
    if after is None:
        return True
    if after.group(1) in words["past_after"] and not _german(text, region_start, end + 40):
        return False  # "after Jane Roe was found guilty" (German "was" is "what")
    word, pair = after.group(1), f"{after.group(1)} {after.group(2)}"
    if owned:  # "Middlesbrough's Jane Roe fight for the ball": a team's player, not a thing
        return word not in words["role_after"] and pair not in words["role_after"]
    return word not in words["after"] and pair not in words["after"]