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
from media_manager.captions.names import ORG_WORDS, PARTICLES
from media_manager.captions.tables import read_words

# precompiled: these run for every caption
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_LOWER_WORD = re.compile(r"\s*([a-z][\w'-]*)")

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
NAME_TOKEN = (rf"(?:[{UP}][\w.-]*(?:['’][{UP}a-z][\w-]*)?(?:['’]s\b)?"
              rf"|(?:al|el|ad|as|ash|at|az|ar|bin|ben|ibn|abu)-[{UP}][\w'’-]*)")
PARTICLE = r"(?:de|da|do|dos|das|du|del|della|der|den|di|la|le|van|von|ter|ten|bin|ibn|al|el|y|e)"
NAME_RUN = re.compile(rf"{NAME_TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_TOKEN})*")
CUE = re.compile(
    r"^\s*(?:,\s*(?:(?:second|third|fourth|far|top|bottom|front|back|centre|center|"
    r"foreground|background)[\s-]*)*(?:left|right|center|centre|front|back|top|bottom|"
    r"foreground|background|from\s+left|from\s+right|rear)\b"
    r"|\(\s*(?:[LRC]|\d?[LRC]|2nd\s+[LR]|3rd\s+[LR]|L-R|R-L|top|bottom|front|back|center|centre"
    r"|left|right|second\s+(?:left|right)(?:\s+from\s+\w+)?)\s*\))")
START_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "from", "during", "after", "before", "while", "as", "with", "without", "members", "people", "supporters", "residents", "protesters", "police", "soldiers", "firefighters", "rescuers", "workers", "fans", "children", "women", "men", "students", "officials", "relatives", "mourners", "migrants", "visitors", "tourists", "demonstrators", "lawmakers", "pilgrims", "worshippers", "voters", "delegates", "activists", "journalists", "players", "teammates", "family", "friends", "medics", "doctors", "nurses", "troops", "farmers", "here", "there", "flowers", "smoke", "fire", "water", "snow", "rain", "file", "photo", "picture", "image", "handout", "pool", "editors", "note", "topshot", "aptopix", "epaselect", "left", "right", "center", "centre", "front", "back", "top", "bottom", "photo", "vehicles", "boats", "cars", "emergency", "security", "rescue", "a", "view", "an", "aerial", "aerial", "view", "die", "der", "das", "le", "la", "les", "el", "los", "un", "une", "ein", "eine", "il", "lo"])
JOINERS = frozenset(["and", "or", "with", "of", "in", "at", "on", "as", "during", "after", "before", "from", "to", "for", "who", "while", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "also", "then", "near", "outside", "inside", "into", "onto", "over", "under", "by", "between", "among", "behind", "alongside", "beside", "against", "past", "through", "toward", "towards", "across", "around", "about", "amid"])
ROLE_NOUNS = frozenset(["fighter", "fighters", "soldier", "soldiers", "troops", "forces", "police", "officer", "officers", "supporters", "fans", "players", "player", "coach", "forward", "midfielder", "defender", "goalkeeper", "pitcher", "quarterback", "guard", "striker", "candidate", "leader", "leaders", "official", "officials", "workers", "residents", "members", "activists", "minister", "lawmakers", "lawmaker", "team", "club", "party", "government", "army", "militants", "militant", "rebels", "protesters", "delegation", "delegates", "staff", "employees", "students", "volunteers", "villagers", "family", "families", "president", "spokesman", "spokeswoman", "company", "group", "movement", "militia", "faithful", "pilgrims", "worshippers", "voters", "teammates", "teammate", "star", "stars", "captain", "manager", "agents", "agent"])
REJECT_BEFORE = frozenset(["the", "by", "of", "for", "about", "named", "called"])
TEAM_WORDS = frozenset(["united", "city", "real", "athletic", "rovers", "wanderers", "hotspur", "fc", "cf", "square", "bridge", "hall", "theatre", "theater", "arena", "stadium", "hill", "final", "finals", "prix", "football", "soccer", "tennis", "formula", "cup", "league", "open", "championship", "championships", "games", "festival", "tower", "palace", "street", "avenue", "hospital", "bridge", "museum", "cathedral", "basilica", "court", "park", "garden", "gardens", "base", "airport", "station", "premiere", "awards", "oscars", "market"])


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
    tokens = name.split()
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
    owner = _POSSESSIVE.search(run)
    if owner:  # "Liverpool's Mohamed Salah": the owner is not the person shown
        offset = owner.end()
        rest = run[offset:].lstrip()
        if not rest:
            return []
        return _candidate(text, m.start() + len(run) - len(rest), m.end(), region_start)
    return _candidate(text, m.start(), m.end(), region_start)


def _candidate(text: str, start: int, end: int, region_start: int) -> list[Value]:
    run = _cut_at_dates(text[start:end])
    if not run:
        return []
    end = start + len(run)
    cue = CUE.match(text, end) is not None
    tokens = run.split()
    while tokens and tokens[0].casefold() in START_WORDS:
        tokens = tokens[1:]
    name = strip_title(" ".join(tokens))
    if not name or not _acceptable(name, cue):
        return []
    if not cue and not _context_ok(text, start, end, region_start):
        return []
    name_start = text.find(name, start, end)
    if name_start < 0:  # "Pope" kept from an earlier token
        name_start = start
    span = Span(name_start, name_start + len(name), text[name_start:name_start + len(name)])
    return [Value(name, span, 0.9 if cue else 0.75)]


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
        return False
    lowered = [w.casefold().strip(".,") for w in words]
    if any(w in ORG_WORDS or w in TEAM_WORDS for w in lowered):
        return False
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
    return after.group(1) not in ROLE_NOUNS
