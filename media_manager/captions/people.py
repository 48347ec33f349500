"""People shown: names in the caption's first sentence, left to right, titles stripped.

AP and Reuters name the people in the picture in the first sentence, in order from left to right,
with cues (", left,", "(C)"). Capitalised runs are names unless they are places, organisations,
modifiers ("Hezbollah fighter"), owners ("Liverpool's ...") or things ("the White House").
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import MONTHS, WEEKDAYS
from media_manager.captions.gazetteer import gazetteer
from media_manager.captions.model import Span, Value
from media_manager.captions.names import ORG_WORDS, PARTICLES, smart_case
from media_manager.captions.tables import credit_table, read_words

# precompiled: these run for every caption
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_LOWER_WORD = re.compile(r"\s*([a-z][\w'-]*)")

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
NAME_TOKEN = (rf"(?:[{UP}][\w.-]*(?:['’][{UP}a-z][\w-]*)?(?:['’]s\b)?"
              rf"|(?:al|el|ad|as|ash|at|az|ar|bin|ben|ibn|abu)-[{UP}][\w'’-]*"
              rf"|(?:de|di|da|le|la|du|van|von|mc|mac|o)[{UP}][\w'’-]+)")
PARTICLE = r"(?:de|da|do|dos|das|du|del|della|der|den|di|la|le|van|von|ter|ten|bin|ibn|al|el|y|e)"
NAME_RUN = re.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_TOKEN})*")
CUE = re.compile(
    r"\s*(?:,\s*(?:(?:second|third|fourth|far|top|bottom|front|back|centre|center|"
    r"foreground|background)[\s-]*)*(?:left|right|center|centre|front|back|top|bottom|"
    r"foreground|background|from\s+left|from\s+right|rear)\b"
    r"|\(\s*(?:[LRC]|\d?[LRC]|2nd\s+[LR]|3rd\s+[LR]|L-R|R-L|top|bottom|front|back|center|centre"
    r"|left|right|second\s+(?:left|right)(?:\s+from\s+\w+)?"
    # Spanish, French, German, Portuguese: (i) (d) (c), (g) (dr), (l.) (r.) (M), (e) (d)
    r"|[icdg]|dr|2[ºa]\s*[id]|[lrm]\.|M|Mitte|esq\.?|dir\.?)\s*\))")
START_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "from", "during", "after", "before", "while", "as", "with", "without", "members", "people", "supporters", "residents", "protesters", "police", "soldiers", "firefighters", "rescuers", "workers", "fans", "children", "women", "men", "students", "officials", "relatives", "mourners", "migrants", "visitors", "tourists", "demonstrators", "lawmakers", "pilgrims", "worshippers", "voters", "delegates", "activists", "journalists", "players", "teammates", "family", "friends", "medics", "doctors", "nurses", "troops", "farmers", "here", "there", "flowers", "smoke", "fire", "water", "snow", "rain", "file", "photo", "picture", "image", "handout", "pool", "editors", "note", "topshot", "aptopix", "epaselect", "left", "right", "center", "centre", "front", "back", "top", "bottom", "photo", "vehicles", "boats", "cars", "emergency", "security", "rescue", "a", "view", "an", "aerial", "aerial", "view", "die", "der", "das", "le", "la", "les", "el", "los", "un", "une", "ein", "eine", "il", "lo", "vue", "visita", "vista", "imagen", "foto", "fotos", "apenas", "solo", "seulement", "nur", "miembros", "membres", "plano", "retrato", "tampilan"])
ROLE_NOUNS = frozenset(["fighter", "fighters", "soldier", "soldiers", "troops", "forces", "police", "officer", "officers", "supporters", "fans", "players", "player", "coach", "forward", "midfielder", "defender", "goalkeeper", "pitcher", "quarterback", "guard", "striker", "candidate", "leader", "leaders", "official", "officials", "workers", "residents", "members", "activists", "minister", "lawmakers", "lawmaker", "team", "club", "party", "government", "army", "militants", "militant", "rebels", "protesters", "delegation", "delegates", "staff", "employees", "students", "volunteers", "villagers", "family", "families", "president", "spokesman", "spokeswoman", "company", "group", "movement", "militia", "faithful", "pilgrims", "worshippers", "voters", "teammates", "teammate", "star", "stars", "captain", "manager", "agents", "agent"])
REJECT_BEFORE = frozenset(["the", "by", "of", "for", "about", "named", "called"])
TEAM_WORDS = frozenset(["united", "city", "real", "athletic", "rovers", "wanderers", "hotspur", "fc", "cf", "square", "bridge", "hall", "theatre", "theater", "arena", "stadium", "hill", "final", "finals", "prix", "football", "soccer", "tennis", "formula", "cup", "league", "open", "championship", "championships", "games", "festival", "tower", "palace", "street", "avenue", "hospital", "bridge", "museum", "cathedral", "basilica", "court", "park", "garden", "gardens", "base", "airport", "station", "premiere", "awards", "oscars", "market"])


TEAM_WORDS = TEAM_WORDS | frozenset(["zoo", "week", "strike", "prefecture", "province", "island", "islands", "shrine", "halls", "society", "title", "troupe", "opera", "fair", "olympics", "paralympics", "tide", "dock", "bandstand", "rebellion", "ride", "show", "expo", "marathon", "race", "trophy", "series", "tour", "concert", "parade", "carnival", "day", "night", "eve", "monastery", "temple", "mosque", "church", "school", "center", "centre", "library", "gallery", "plaza", "piazza", "praça", "palácio", "esplanada", "rua", "avenida", "calle", "platz", "straße", "strasse", "comite", "comité", "polizei", "region", "county", "district", "state", "republic", "kingdom", "empire", "ministry", "ministerios", "ministérios", "poderes", "mauer", "flughafen", "troops", "army", "division", "battalion", "regiment", "brigade", "squadron", "fleet", "facility", "systems", "river", "estates", "log", "guardia", "fuerza", "armada", "nacional", "nacionales", "policía", "ejército", "gobierno", "ministerio", "partido", "kota", "ceremony", "procession", "dervish", "tradition", "nuggets", "lakers", "celtics", "warriors", "yankees", "dodgers", "broncos", "raiders", "cowboys", "patriots", "redskins", "colts"])
SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter", "resort", "pre-fall", "cruise"])
#: A name introduced by one of these (past its titles and roles) is mentioned, not shown:
#: "at Tobacco Dock", "by British sculptor Jane Roe", "the visit of Foreign Minister Wang Yi".
MENTION_WORDS = frozenset(["at", "in", "during", "of", "from", "for", "on", "to", "near", "outside", "inside", "into", "against", "about", "by", "entitled", "called", "named", "mock", "mocking", "depicting", "honouring", "honoring", "memory", "death", "funeral", "late", "de", "d'", "du", "des", "der", "den", "von", "dem", "im", "am", "beim", "zum", "zur", "do", "da", "dos", "das", "na", "no", "em", "del", "al", "au", "aux", "pour", "par", "con", "por", "para", "ahead", "towards", "toward", "across", "through", "past", "under", "over", "behind", "beside", "versus", "vs", "wearing", "wears", "wear", "dressed"])
#: ...or right after one of these: "the feminist group Las Tesis", "the battleship USS Missouri".
THING_BEFORE = frozenset(["group", "band", "order", "ship", "battleship", "destroyer", "carrier", "vessel", "film", "movie", "play", "series", "song", "album", "book", "novel", "statue", "poster", "portrait", "mural", "effigy", "cutout", "cut-out", "god", "goddess", "saint", "character", "figure"])
#: ...and one introduced by these is shown ("celebrates with", "as Jane Roe speaks").
SHOWN_WORDS = frozenset(["with", "as", "while", "shows", "show", "showing", "shown", "and", "e", "y", "et", "und", "greets", "hugs", "embraces", "meets", "kisses", "watches", "beside", "alongside", "then", "when", "after", "before"])
THING_AFTER = frozenset(["station", "tube", "underground", "shrine", "monastery", "temple", "church", "festival", "fight", "title", "ride", "strike", "collection", "show", "fair", "park", "stadium", "arena", "museum", "market", "street", "square", "bridge", "hall", "airport", "school", "university", "hospital", "company", "campaign", "exhibition", "event", "match", "game", "tournament", "race", "neighborhood", "neighbourhood", "district", "region", "province", "county", "river", "lake", "sea", "mountain", "island", "border", "camp", "building", "port", "coast", "village", "town", "city", "statue", "mural", "poster", "portrait", "effigy", "placard", "banner", "flag", "flags", "fans", "supporters", "era", "administration", "cabinet", "family", "foundation", "award", "prize", "logo", "brand", "store", "shop", "restaurant", "hotel", "building", "tower", "memorial", "monument", "grave", "tomb"])
_GERMAN = re.compile(r"\b(?:der|die|das|und|ist|ein|eine|einem|einer|im|mit|auf|bei|sind|wird)\b")
_QUOTE_BEFORE = re.compile(r"[\"“‘'«„]\s*$")
_QUOTE_AFTER = re.compile(r"[\"”’'»“]")
_JOINED_PAIR = re.compile(r"\s(?:e|y)\s")
_TOKENS = re.compile(r"[\w'’-]+|[,;:()]")


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    words = read_words("titles.txt")
    keep = frozenset(w[:-2].casefold() for w in words if w.endswith(" *"))
    plain = frozenset(w.removesuffix(" *").casefold() for w in words)
    return plain, keep


def strip_title(name: str) -> str:
    """'French President Jane Roe' -> 'Jane Roe'; royal and papal titles stay ('Pope Leo').

    Everything up to the last title is dropped: 'Senate Majority Leader Jane Roe' -> 'Jane Roe'.
    """
    titles, keep = _titles()
    demonyms = gazetteer().demonyms
    tokens = [t.removesuffix("-elect") if t.endswith("-elect") else t for t in name.split()]
    cut, kept_title = 0, []
    i = 0
    while i < len(tokens) - 1:
        for size in (3, 2, 1):
            head = " ".join(tokens[i:i + size])
            if head.casefold() in titles or head in demonyms:
                cut, kept_title = i + size, tokens[i:i + size] if head.casefold() in keep else []
                i += size
                break
        else:
            i += 1
    rest = tokens[cut:]
    return " ".join(kept_title + rest if rest else tokens)


def find_people(text: str, start: int, stop: int, exclude: list[Span]) -> list[Value]:
    """Names of the people shown, from ``text[start:stop]`` (the first sentence)."""
    found: list[Value] = []
    runs = list(NAME_RUN.finditer(text, start, stop))
    for m in runs:
        if any(s.start < m.end() and m.start() < s.end for s in exclude):
            continue
        for value in _names_in_run(text, m, start):
            if all(v.value != value.value for v in found):
                found.append(value)
    return found


def _names_in_run(text: str, m: re.Match[str], region_start: int) -> list[Value]:
    run = m.group(0)
    if run.split()[0] in ("The", "A", "An"):
        return []  # "the Curzon Mayfair", "The National Thanksgiving Turkey"
    if (_QUOTE_BEFORE.search(text, max(0, m.start() - 2), m.start())
            and _QUOTE_AFTER.match(text, m.end())):
        return []  # a title in quotes: "The Rising Tide", “Pablo Hasel”
    start = m.start()
    owner = _POSSESSIVE.search(run)
    if owner:  # "Liverpool's Mohamed Salah": the owner is not the person shown
        rest = run[owner.end():].lstrip()
        if not rest or _POSSESSIVE.search(rest):
            return []  # "Emperor Akihito's 79th birthday": he owns the thing shown
        start = m.start() + len(run) - len(rest)
    out: list[Value] = []
    for part_start, part_end in _split_pairs(text, start, m.end()):
        out += _candidate(text, part_start, part_end, region_start)
    return out


def _split_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Dilma Roussef e Barack Obama': two names joined by 'e'/'y' inside one run."""
    run = text[start:end]
    if " e " not in run and " y " not in run:
        return [(start, end)]
    m = _JOINED_PAIR.search(run)
    if m and len(run[:m.start()].split()) >= 2 and len(run[m.end():].split()) >= 2:
        return [(start, start + m.start()), (start + m.end(), end)]
    return [(start, end)]


def _candidate(text: str, start: int, end: int, region_start: int) -> list[Value]:
    run = _cut_at_dates(text[start:end])
    if not run:
        return []
    end = start + len(run)
    cue = CUE.match(text, end) is not None
    tokens = run.split()
    while tokens and (tokens[0].casefold() in START_WORDS or tokens[0] in PARTICLES):
        tokens = tokens[1:]
    if tokens and tokens[0] in ("USS", "HMS", "INS", "RFA"):
        return []  # a ship
    name = _strip_trailing_titles(strip_title(" ".join(tokens)))
    lone = len(name.split()) == 1
    cue = cue or lone and (_after_title(text, start, region_start) or (
        len(tokens) > 1 and name != tokens[0] and tokens[0].casefold() in _titles()[0]))
    if _shouting_name(name, text, end):
        # "KIM JONG UN inspects": AFP and KCNA write names in capitals
        name = " ".join(w.capitalize() if w.isupper() else w for w in smart_case(name).split())
    if not name or not _acceptable(name, cue):
        return []
    if not cue and not _context_ok(text, start, end, region_start):
        return []
    if _mentioned(text, start, region_start):
        return []
    if not cue and start > region_start and _GERMAN.search(text, region_start, end + 40):
        return []  # German capitalises every noun: only a name leading the caption counts
    name_start = text.find(name, start, end)
    if name_start < 0:  # "Pope" kept from an earlier token
        name_start = start
    span = Span(name_start, name_start + len(name), text[name_start:name_start + len(name)])
    return [Value(name, span, 0.9 if cue else 0.75)]


def _shouting_name(name: str, text: str, end: int) -> bool:
    words = name.split()
    return (2 <= len(words) <= 4 and all(w.isupper() and w.isalpha() for w in words)
            and _NEXT_LOWER_WORD.match(text, end) is not None
            and credit_table().agency(name) is None)


def _after_title(text: str, start: int, region_start: int) -> bool:
    """'sekiwake Abi': a lone name right after a lowercase title or role is a person."""
    if start <= region_start or not text[start - 1].isspace():
        return False
    words = text[max(region_start, start - 30):start].split()
    word = words[-1] if words else ""
    return word.islower() and word.isalpha() and word in _titles()[0]


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
    unknown = 0
    tokens = _TOKENS.findall(text, max(region_start, start - 80), start)
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        previous = tokens[i - 1].casefold() if i else ""
        if token in ",;:()":
            return False  # a list or a cue: "(L) and", ", left,"
        word = token.casefold()
        if i == len(tokens) - 1 and word in THING_BEFORE:
            return True
        if word.endswith(("'s", "’s")) or word in titles or token in demonyms:
            continue
        if word == "of" and previous in titles:
            previous = word
            continue  # "Secretary of State Hillary Clinton"
        if word in MENTION_WORDS:
            return True
        if word == "as" and previous in ("dressed", "disguised", "costumed"):
            return True  # "a man dressed as Santa Claus"
        raw_previous = tokens[i - 1] if i else ""
        if word in ("and", "e", "y", "et", "und") and raw_previous.islower() and \
                raw_previous.replace("-", "").isalpha():
            unknown += 1  # "the death of canto-pop diva and actress Jane Roe": roles joined
            continue
        if word in SHOWN_WORDS or word in START_WORDS:
            return False
        unknown += 1  # a role or an adjective: "canto-pop diva"
        if unknown >= 3:
            return False
    return False


def _cut_at_dates(run: str) -> str:
    kept = []
    for word in run.split():
        bare = word.strip(".,").casefold()
        if bare in MONTHS or bare in WEEKDAYS:
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
    if any(low in TEAM_WORDS or low in ORG_WORDS and (len(w) > 3 or w.isupper())
           for w, low in zip(words, lowered)):
        return False  # an organisation, team or venue ("UN" is one; "Un" of Kim Jong Un is not)
    if all(w in SEASONS for w in lowered):
        return False  # "Spring Summer 2023 collection"
    if all(w.isupper() and len(w) > 1 for w in words):
        return False  # TOPSHOT, acronyms, AFP caps
    gaz = gazetteer()
    if gaz.country(name) or gaz.state(name) or gaz.dateline(name) or name in gaz.demonyms:
        return False
    return not (len(words) == 1 and words[0].casefold() in titles)


def _context_ok(text: str, start: int, end: int, region_start: int) -> bool:
    before = text[max(region_start, start - 12):start].split()
    if before and before[-1].casefold() in REJECT_BEFORE:
        return False
    after = _NEXT_LOWER_WORD.match(text[end:end + 30])
    if after is None:
        return True
    return after.group(1) not in ROLE_NOUNS and after.group(1) not in THING_AFTER
