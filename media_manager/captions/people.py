"""People shown: names in the caption's first sentence, left to right, titles stripped.

AP and Reuters name the people in the picture in the first sentence, in order from left to right,
with cues (", left,", "(C)"). Capitalised runs are names unless they are places, organisations,
modifiers ("Hezbollah fighter"), owners ("Liverpool's ...") or things ("the White House").
"""

from __future__ import annotations

import re

from media_manager.captions.everyday_words import everyday_words_only, plain_words
from media_manager.captions.gazetteer import find_city, gazetteer
from media_manager.captions.language import language_of
from media_manager.captions.mentioned import (
    _aboard_after,
    _absent_after,
    _absent_before,
    _mentioned,
    _reported_source,
    picture_in_scene,
)
from media_manager.captions.model import Span, Value
from media_manager.captions.names import (
    ABBREVIATIONS,
    ORG_WORDS,
    PARTICLES,
    smart_case,
    trie_pattern,
)
from media_manager.captions.not_a_person import (
    _COMPASS,
    _CREDIT_CLOSE,
    _NEXT_LOWER_WORD,
    _PLAYED_BY,
    _POSSESSIVE,
    _acceptable,
    _animal_apposed,
    _before_country,
    _context_ok,
    _credit_after,
    _credit_before,
    _cut_at_dates,
    _german,
    _german_adjective_phrase,
    _in_labelled_credit,
    _its_subject,
    _named_animal,
    _not_a_second_person,
    _office_run,
    _photographer_named,
    _played_figure,
    _role_of_actor,
    _shouting_name,
    _sign_words,
    _spelled_out,
    _thing_run,
)
from media_manager.captions.person_titles import (
    QUALIFIERS,
    UP,
    _all_titles,
    _apposed_to_title,
    _hyphen_title,
    _kept_title_before,
    _office_before,
    _strip_trailing_titles,
    _title_of_before,
    _title_token,
    _titled_lone,
    _titles,
    people_words,
    strip_title,
    strip_title_words,
    words_of,
)
from media_manager.captions.royal_titles import (
    ROYAL_HINT,
    _royal_titles,
    crown_country,
    styled_royals,
)
from media_manager.captions.shown_cues import (
    _AGE_CUE,
    _RELATIVE_WHO,
    CUE,
    _after_title,
    _body_part_after,
    _cue_after_home,
    _cued_versus,
    _described_after,
    _german_role_before,
    _listed_partner,
    _met_in_german,
    _opens,
    _party_cue,
    _subject_pair,
    _subject_verb,
    _title_after,
    _title_apposed_after,
    _verb_partner,
    _with_person,
)

__all__ = ["find_people", "strip_title", "strip_title_words"]

_PLURAL_OWNER = re.compile(r"['’](?=\s)")
#: A surname's article joined by a hyphen: "al-Mubarak", "el-Sisi".
_JOINED_ARTICLES = ("al", "el", "ad", "as", "ash", "at", "az", "ar", "bin", "ben", "ibn", "abu")
#: A surname's prefix glued to it: "DiCaprio", "LeBron", "McCartney", "VanDyke", "oConnor".
_GLUED_PREFIXES = ("de", "di", "da", "le", "la", "du", "van", "von", "mc", "mac", "o")
# the alternations are prefix trees: the run pattern tries them at every lowercase letter
NAME_TOKEN = (rf"(?:[{UP}][\w.-]*(?:['’][{UP}a-z][\w-]*)?(?:['’]s\b)?"
              rf"|{trie_pattern(_JOINED_ARTICLES)}-[{UP}][\w'’-]*"
              rf"|{trie_pattern(_GLUED_PREFIXES)}[{UP}][\w'’-]+)")
_NAME_PARTICLES = ("de", "da", "do", "dos", "das", "du", "del", "della", "den", "di", "la", "le",
                   "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "y", "e")
#: "der" joins a name only after "van"/"von" ("von der Leyen"); alone it is German's article.
PARTICLE = rf"(?:{trie_pattern(_NAME_PARTICLES)}|(?<=v[ao]n )der)"
#: How a name is said, in parentheses inside it: "Aoife (pronounced ‘Efa’) Roe" (not the name's).
_SPOKEN_NOTE = r"\((?:pronounced|pronunciado|prononcé|ausgesprochen)\s[^()\n]{1,30}\)"
_SPOKEN = re.compile(rf"\s+{_SPOKEN_NOTE}")
#: A nickname in quotes inside a name: 'Earvin “Magic” Johnson', or in parentheses: 'Francis
#: R. (Dick) Scobee' (not a position: "(Mitte)", "(Left)").
NICKNAME = (rf"[ \t]+(?:[“\"][{UP}][\w'’-]*[”\"]"
            rf"|\((?!(?:Mitte|Links|Rechts|Left|Right|Cent(?:er|re)|Front|Back)\))[{UP}][a-z]{{2,}}\)"
            rf"|{_SPOKEN_NOTE})"
            rf"(?=[ \t]+[{UP}])")
#: A name token opens with a capital or one of its lowercase prefixes' letters: tested first.
#: A French surname with its elided particle, closing a run: "Valéry Giscard d'Estaing" (not
#: "Côte d'Ivoire Jane Roe", a place and a name).
_ELIDED = rf"d['’][{UP}][\w-]+"
NAME_RUN = re.compile(
    rf"(?=[{UP}abdeilmov]){NAME_TOKEN}"
    rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_TOKEN}|{NICKNAME})*(?:[ \t]+{_ELIDED}(?![ \t]+[{UP}]))?")
#: dpa galleries open with a teaser and a colon: "Bald zu sehen: Jane Roe ..."
_TEASER = re.compile(r"[^.:\n]{0,80}:\s+")
_QUOTE_BEFORE = re.compile(r"[\"“‘'«„]\s*$")
_QUOTE_AFTER = re.compile(r"[\"”’'»“]")
_JOINED_PAIR = re.compile(r"\s(?:e|y)\s")
_WORDS_IN_RUN = re.compile(r"\S+")
#: A picture's label before its colon: "... Jane Roe  Photo: John Doe" ends the run before it.
_LABEL_WORDS = frozenset(["Photo", "Photos", "Foto", "Fotos", "Photograph", "Picture", "Pictures",
                          "Image", "Images", "Imagen", "Bild", "Fonte", "Fuente", "Quelle",
                          "Source", "Credit", "Credits"])
#: A regnal number ends a name: "Felipe VI y Letizia" are two people.
_REGNAL_END = re.compile(r"\s[IVX]{1,5}$")


def find_people(text: str, start: int, stop: int, exclude: list[Span]) -> list[Value]:
    """Names of the people shown, from ``text[start:stop]`` (the first sentence)."""
    found: list[Value] = []
    # only the spans inside the sentence can hold one of its runs: most sentences have one or two
    excluded = [(s.start, s.end) for s in exclude if s.start < stop and start < s.end]
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, stop)] if (
        _QUOTE_CHAR.search(text, start, stop)) else []
    if " '" in text[start:stop]:  # cheap test first: a straight quote opens after a space
        quoted += [(q.start(), q.end()) for q in _SINGLE_QUOTED.finditer(text, start, stop)]
    for m in NAME_RUN.finditer(text, start, stop):
        run_start, run_end = m.span()
        if text.startswith(":", run_end) and " " in m.group(0):
            # "Jane Roe  Photo: John Doe": the credit's label ends the run, no word of the name
            head, _, label = m.group(0).rpartition(" ")
            if label in _LABEL_WORDS:
                run_end = run_start + len(head.rstrip())
        if excluded and _overlaps(run_start, run_end, excluded):
            continue
        if quoted and any(a < run_start and run_end < b for a, b in quoted):
            continue  # inside a title in quotes: 'the film “What Love Got to Do With It?”'

        for value in _names_in_run(text, run_start, run_end, start):
            if all(v.value != value.value for v in found):
                found.append(value)
    if found and _PAIR_WORD.search(text, start, stop):
        found = _shared_surname(text, start, found)
    hinted = ROYAL_HINT.search(text) is not None
    if hinted and found:
        found = styled_royals(text, found)
    royal = _royal_titles(text, start, stop, found) if hinted else []
    if royal:
        found = sorted(found + royal, key=lambda v: v.span.start if v.span else 0)
    return found


#: "Barack and Michelle Obama", "Donald und Melania Trump": two first names share one surname.
_PAIR_WORDS = "and|und|et|y|e|&"
_PAIR_WORD = re.compile(rf" (?:{_PAIR_WORDS}) ")
#: No kin: "Institute of Allergy and Infectious Diseases", "Red Bull duo Ricciardo and Max ...",
#: a country's genitive before a lone surname.
_NOT_KIN_BEFORE = re.compile(rf"(?:\b(?:of|de|du|des|duo|teammates?|team-mates?|colleagues?)"
                             rf"|[{UP}]\w*s|\w['’]s)\s+$")  # "Schwedens Lind und Jana Roth"
_FIRST_OF_PAIR = re.compile(rf"(?<![\w'’-])([{UP}][a-zà-ÿ]+)\s+(?:{_PAIR_WORDS})\s+$")


def _shared_surname(text: str, region_start: int, found: list[Value]) -> list[Value]:
    """The lone first name before a pair's full name takes its surname: 'Barack and Michelle
    Obama' names Barack Obama and Michelle Obama (not titles, places or a name already found)."""
    out: list[Value] = []
    for value in found:
        first = _pair_first(text, region_start, value)
        if first is not None and not _pair_first_taken(first.text, found) and _plain_first_name(
                first.text):
            name = f"{first.text} {value.value.split()[-1]}"
            out = [v for v in out if v.value != first.text]  # "Donald et Melania Trump"
            out.append(Value(name, first, value.confidence))
        out.append(value)
    return out


def _pair_first(text: str, region_start: int, value: Value) -> Span | None:
    """The span of the lone first name joined before a two-word name ('Barack and ...')."""
    if value.span is None or len(value.value.split()) != 2:
        return None
    m = _FIRST_OF_PAIR.search(text, max(region_start, value.span.start - 30), value.span.start)
    if m is None or _NOT_KIN_BEFORE.search(text, max(0, m.start(1) - 16), m.start(1)):
        return None
    return Span(m.start(1), m.end(1), m.group(1))


def _pair_first_taken(first: str, found: list[Value]) -> bool:
    return any(first in v.value.split() and v.value != first for v in found)


def _plain_first_name(word: str) -> bool:
    """A capitalised word that is no title, no start word ("Children and ...") and no place."""
    folded = word.casefold()
    gaz = gazetteer()
    return not (folded in strip_title_words() or folded in people_words()["start"]
                or folded in people_words()["org"] or gaz.country(word) or gaz.dateline(word)
                or word in gaz.demonyms)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The run ``start:end`` shares a character with one of ``spans`` (a place, a date)."""
    for span_start, span_end in spans:
        if span_start < end and start < span_end:
            return True
    return False


_QUOTE_CHAR = re.compile(r"[“«„\"‘]")
#: A title in quotes; the opening mark is read first, as one class, so a search skips to it.
_QUOTED = re.compile(r"[“«„\"‘](?:(?<=[“«„\"])[^”»“\"\n]{1,80}[”»“\"]|(?<=‘)[^’‘\n]{1,80}’(?![\w]))")


#: A title in straight single quotes: "attends the 'Rising Tide (Reprise)' screening". The
#: opening mark follows a space and a capital follows it; the closing one ends a word and no
#: letter follows it (an apostrophe inside a word is no closing mark).
_SINGLE_QUOTED = re.compile(rf"(?<=\s)'(?=[{UP}])[^'\n]{{1,80}}(?<=[\w).!?])'(?!\w)")


def _names_in_run(text: str, run_start: int, run_end: int, region_start: int) -> list[Value]:
    run = text[run_start:run_end]
    if run.endswith(" A") and _NEXT_LOWER_WORD.match(text, run_end):
        # "SMACK A tourist reacts": a heading's word in capitals, then the article "A"
        run_end -= 2
        run = run[:-2]
    its = _ITS_WORD.search(text, max(region_start, run_start - 24), run_start) if text.find(
        "its ", max(region_start, run_start - 24), run_start) >= 0 else None  # cheap test first
    if its and its.group(1).casefold() in people_words()["kin"]:
        return []  # "a tiger cub plays with its mother Sameera": a relative of an animal's
    if text[max(0, run_start - 2):run_start].strip() == "/" and " " in run:
        first, rest = run.split(None, 1)
        if first.isupper() and first.isalpha() and not rest.isupper():
            # "Jane Roe / CBF John Doe scores": the credit's agency, run on to the caption
            run_start = run_end - len(rest)
            run = rest
    if " " not in run and "\t" not in run:
        if "-" in run and _hyphen_title(run.casefold()):
            return []  # "Der US-Präsident begrüßt ...": a title alone names no one
        if run.casefold() in people_words()["photo_opening"]:
            return []  # "Imagem mostra destruição ...": the picture itself, no one in it
        opens = _opens(text, run_start, region_start)
        if opens and (_subject_verb(text, run_end) or _with_person(text, run_end)
                      or _described_after(text, run_end) or _company_after(text, run_end)) or (
                _cue_after_home(text, run_end)) or (
                _verb_partner(text, run_start, region_start)) or _subject_pair(
                text, run_start, run_end, region_start) or _listed_partner(
                text, run_start, run_end, region_start) or _personal_a(text, run_start, run_end):
            # "Kerry arrives for a meeting": a lone surname as the caption's subject
            return _candidate(text, run_start, run_end, region_start, shown=True)
        if not (CUE.match(text, run_end) or _after_title(text, run_start, region_start)
                or _POSSESSIVE.search(run) or _RELATIVE_WHO.match(text, run_end)
                or _title_after(text, run_end)):
            return []  # a lone word is a name only with a cue or a title (fast path)
    words = run.split()
    if words[0] in ("The", "A", "An") or words[0].casefold() in people_words()["article"] and (
            len(words) < 2 or not _opens_on_title(words[1:])):
        return []  # "the Curzon Mayfair", "Le Mare Jonio" ("El Papa Francisco", "La First Lady
        # Jane Roe" have a title)
    if len(words) > 1 and _german_adjective_phrase(text, words[0], region_start, run_end,
                                                   words[1]):
        return []  # "Frostige Stimmung in Bonn": German capitalises the noun and its adjective
    owner = _POSSESSIVE.search(run)
    if _thing_run(text, run_start, run_end, words[0]) and not owner:
        return []  # "Mt. Wakakusa", "pre-Durban July Handicap", "a Rubber Duck created by"
    if (_QUOTE_BEFORE.search(text, max(0, run_start - 2), run_start)
            and _QUOTE_AFTER.match(text, run_end)):
        return []  # a title in quotes: "The Rising Tide", “Pablo Hasel”
    if run.endswith("s") and _PLURAL_OWNER.match(text, run_end):
        return []  # "Milwaukee Brewers' Jane Roe": the team owns the player
    start = run_start
    if owner:  # "Liverpool's Mohamed Salah": the owner is not the person shown
        rest = run[owner.end():].lstrip()
        if not rest and owner.end() == len(run) and _body_part_after(text, run_end):
            # "a bird sits on President Jane Roe's head": her head is in the picture
            return _candidate(text, run_start, run_start + owner.start(), region_start,
                              shown=True)
        if not rest or _POSSESSIVE.search(rest):
            return []  # "Emperor Akihito's 79th birthday": he owns the thing shown
        start = run_start + len(run) - len(rest)
    out: list[Value] = []
    pairs = _split_pairs(text, start, run_end)
    # the organisation's name leads the run; after "e"/"y" a first word is a first name
    pairs = [(_after_organisation(text, a, b, lead=i == 0), b) for i, (a, b) in enumerate(pairs)]
    start = pairs[0][0]
    subjects = len(pairs) == 2 and _pair_shown(text, run_end, len(words), pairs, region_start)
    for part_start, part_end in pairs:
        out += _candidate(text, part_start, part_end, region_start, shown=subjects,
                          owned=owner is not None)
    return out


#: Spanish marks a person the verb acts on with "a": "decidió sacar a Roe", "quiere fichar a".
_PERSONAL_A_BEFORE = re.compile(r"(?<![\w'’])([a-záéíóúñ]{2,}(?:ar|er|ir))\s+a\s+$")
#: Verbs of going: the "a" after them leads a place ("volver a Anfield"), not a person.
_MOTION_VERBS = frozenset(["ir", "llegar", "volver", "viajar", "regresar", "venir", "entrar",
                           "salir", "acudir", "subir", "bajar", "pasar", "marchar", "mudar"])


def _personal_a(text: str, start: int, end: int) -> bool:
    """'el francés decidió sacar a Roe': a lone word after an infinitive and Spanish's personal
    "a" is the person the verb acts on, in the picture as the subject is."""
    if start < 3 or text[start - 3:start] != " a ":
        return False  # cheap test first: the "a" right before the word
    m = _PERSONAL_A_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) not in _MOTION_VERBS and not find_city(
        text[start:end]) and language_of(text) == "es"


#: "Trump, accompanied by ...": a participle of company and "by" after a lone name.
_COMPANY_AFTER = re.compile(r",?\s+([a-z]+)\s+by\s")


def _company_after(text: str, end: int) -> bool:
    """'Roe, flanked by her aides, ...': the lone word opening the caption is a person, shown
    with the company after it."""
    m = _COMPANY_AFTER.match(text, end, end + 30)
    return m is not None and m.group(1) in people_words()["shown_by"]


def _pair_shown(text: str, run_end: int, size: int, pairs: list[tuple[int, int]],
                region_start: int) -> bool:
    """Two names joined by "e"/"y" in one run (``size`` words) are both the subject."""
    start = pairs[0][0]
    if size >= 4 and " " not in text[pairs[1][0]:pairs[1][1]] and not _REGNAL_END.search(
            text, start, pairs[0][1]):
        return True  # "Bruno Henrique e Guga durante ...": a full name and a lone one
    # two lone surnames opening the caption, then a lowercase word: "Roe e Doe a Milano"
    # (or a comma: "Roe y Doe, en Sevilla")
    subjects = _opens(text, start, region_start) and size == 3 and (
        _NEXT_LOWER_WORD.match(text, run_end) is not None or text.startswith(",", run_end)) and (
        not all(find_city(text[a:b]) for a, b in pairs))  # "Madrid y Toledo, en fiestas"
    # "os presidentes Lula e Macron": a plural title before two lone names names both
    subjects = subjects or size == 3 and _after_title(text, start, region_start)
    # "Los reyes Felipe VI y Letizia": a king's number ends his name; the queen's follows
    return subjects or bool(_REGNAL_END.search(text, start, pairs[0][1])) and (
        _after_title(text, start, region_start) or _opens(text, start, region_start))


#: "Ninety-seven-year-old Jane Roe", "12-year-old Jane Roe": an age leads the name.
_AGE_WORD = re.compile(r"(?i)[\w-]+-years?-old")
#: German prepositions with the article joined, leading a run: "Im Rücken von Jana Roe".
_GERMAN_CONTRACTED = frozenset(["im", "am", "vom", "zum", "zur", "beim"])
#: German articles and contracted prepositions that lead a run: the one word after them is a
#: noun German capitalises ("Am Abend", "Ein Mann", "Im Stadion"), never a name alone.
_GERMAN_NOUN_LEADERS = _GERMAN_CONTRACTED | frozenset(["ein", "eine", "einem", "einer", "der",
                                                       "die", "das", "dem", "den", "des"])
_GERMAN_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:der|die|das|den|dem|des|eine|einer)\s+$")
_ELIDED_ARTICLE = re.compile(r"(?:^|(?<=\W))(?:[lL]|[dns]ell|[ds]all|all|d)['’]")
_DAY_NEXT = re.compile(r"\.?\s+\d")
#: A surname with its article joined: "al-Mubarak", "el-Sisi".
_PREFIXED = re.compile(rf"{trie_pattern(_JOINED_ARTICLES)}-[{UP}]")


def _opens_on_title(tokens: list[str]) -> bool:
    """'Papa Francisco', 'First Lady Jane Roe': a title of one or two words, then the name."""
    return bool(tokens) and (_title_token(tokens[0]) or len(tokens) > 2 and _title_token(
        f"{tokens[0]} {tokens[1]}"))


def _after_organisation(text: str, start: int, end: int, lead: bool = True) -> int:
    """'Tiantan Awards Jane Roe', 'Chelsea FC Jane Roe': an organisation's name run into the
    name of its member; the member's name (two words or more) starts after the last
    organisation word."""
    words = text[start:end].split()
    if len(words) < 3:
        return start  # cheap test first: most runs are a first name and a surname
    org = people_words()["org"]
    for i in range(len(words) - 3, -1 if lead else 0, -1):
        folded = words[i].casefold()
        if folded in org or len(words[i]) > 3 and folded in ORG_WORDS:
            if i == 0 and words[0] in _EVENT_HEADS:
                break  # "la Feria Navajo Occidental": the event's name follows its kind
            rest = words[i + 1:]
            if rest[0].casefold() in _titles()[0]:
                break  # "Police Constable Jane Roe", "Navy Captain Jane Roe": one title
            if rest[-1].casefold() in _titles()[0] and rest[-1].casefold() not in _titles()[1]:
                return end  # "Distinguished University Outreach Professor": an office, no name
            if all(w[:1].isupper() or _PREFIXED.match(w) for w in rest):
                # "Comité du Salut Public" is one name
                return list(_WORDS_IN_RUN.finditer(text, start, end))[i + 1].start()
            break
    return start


#: An event's kind leading its name in French, Spanish, Italian and Portuguese ("Feria de
#: Abril", "Festival Lollapalooza", "Copa América"): what follows is no member's name.
_EVENT_HEADS = frozenset(["Feria", "Feira", "Foire", "Fiera", "Festival", "Fiesta", "Festa", "Fête",
                          "Carnaval", "Carnevale", "Copa", "Coupe", "Coppa", "Taça", "Torneo",
                          "Torneio", "Tournoi", "Premio", "Prêmio", "Prix", "Salón", "Salão",
                          "Salon", "Expo", "Semana", "Bienal", "Biennale"])


#: "its mother", "its father": an animal's or a thing's relative (a kin word) before a name.
_ITS_WORD = re.compile(r"(?<![\w'’])its\s+(\w+)\s+$")
#: After a lone partner's name: a lowercase word or a comma ends the pair ("Guga durante").
_LONE_PARTNER_END = re.compile(r",|\s+[a-zà-ÿ]")


def _lone_partner(text: str, end: int, left: str, right: str) -> bool:
    """'Bruno Henrique e Guga durante a partida': a first name and a surname, then a lone name
    (a player known by one name) ending the run: two people, not one name."""
    words = left.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and (
        right[:1].isupper() and right[1:].islower()) and _LONE_PARTNER_END.match(
        text, end) is not None and right.casefold() not in people_words()["joined_surname"] and (
        not find_city(right)) and not find_city(left)


def _split_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'Dilma Roussef e Barack Obama': two names joined by 'e'/'y' inside one run."""
    run = text[start:end]
    if " e " not in run and " y " not in run:
        return [(start, end)]
    m = _JOINED_PAIR.search(run)
    if m and _REGNAL_END.search(run, 0, m.start()):
        return [(start, start + m.start()), (start + m.end(), end)]  # "Felipe VI y Letizia"
    if m and len(run[:m.start()].split()) >= 2 and len(run[m.end():].split()) >= 2:
        return [(start, start + m.start()), (start + m.end(), end)]
    if m and " " not in run[:m.start()] and " " not in run[m.end():]:
        return [(start, start + m.start()), (start + m.end(), end)]  # "Roe e Doe a Milano"
    if m and " " not in run[m.end():] and _lone_partner(
            text, end, run[:m.start()], run[m.end():]):
        return [(start, start + m.start()), (start + m.end(), end)]
    if m and " " not in run[:m.start()] and len(run[m.end():].split()) == 2 and (
            _plain_first_name(run[:m.start()])):
        # "Joe y Jill Biden": a first name, then a first name and the surname they share (the
        # lone one takes the surname: _shared_surname)
        return [(start, start + m.start()), (start + m.end(), end)]
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
        _cue_after_home(text, end)) or _cued_versus(text, start, region_start) or (
        text[start - 1:start] == "(" and _played_figure(text, start))  # "Santa (Jane Roe)"
    if start and text[start - 1].isdigit():
        return []  # "a 2S3 Akatsiya howitzer": a model's code, glued to its digit
    spoken = "(" in run and _SPOKEN.search(run) is not None
    tokens = _unglued((_SPOKEN.sub("", run) if spoken else run).split())
    run_size = len(tokens)
    if run_size > 2 and tokens[1] in _GROUP_JOINS and (
            tokens[0].casefold() in people_words()["kin_group"]):
        return []  # "Seguidores de Juan Roe marchan": his supporters are shown, not he
    last = tokens[-1] if len(tokens) > 1 else ""
    if len(last) > 3 and last.istitle() and (last.casefold() in ORG_WORDS
                                             or last.casefold() in _BOUNDARY_ENDS):
        return []  # "Joint Readiness Center": a building (before "Center" goes as a position)
    if len(last) > 4 and last.istitle() and last.endswith("s") and (
            last[:-1].casefold() in people_words()["animal"]):
        return []  # "Clemson Tigers", "Detroit Lions": a team named for the animal, plural
    if len(tokens) > 3 and text.startswith(" (", end) and _JERSEY_AFTER.match(text, end):
        tokens = _past_team(tokens)  # "USC Trojans Jane Roe (2)": the team, then its player
    stripped = ""
    table = people_words()
    start_words = table["start"]
    while tokens and (tokens[0].casefold() in start_words or tokens[0] in PARTICLES
                      or "-" in tokens[0] and _AGE_WORD.fullmatch(tokens[0])):
        stripped, tokens = tokens[0].casefold(), tokens[1:]
    if len(tokens) == 1 and stripped in _GERMAN_NOUN_LEADERS and _german(
            text, region_start, end + 40):
        return []  # "Am Abend spricht die Kanzlerin", "Ein Mann zeigt": German's noun, no name
    elided = _ELIDED_ARTICLE.search(text, max(0, start - 6), start) if len(tokens) > 2 and (
        text[start - 1:start] in ("'", "’")) else None  # cheap test first: the apostrophe
    if elided is not None and elided.end() == start:
        tokens = tokens[1:]  # "ministre de l'Intérieur Jean Roe": the office, then the name
    if len(tokens) > 3 and tokens[1] == "von" and not _title_token(tokens[0]) and (
            _GERMAN_ARTICLE_BEFORE.search(text, max(0, start - 5), start)
            or stripped in _GERMAN_CONTRACTED):
        tokens = tokens[2:]  # "die Rede von Jana Roe", "Im Rücken von Jana Roe": a noun, "von"
    related = _german_role_before(text, start, tokens)
    if related:  # "mit ihrem Mann Jan Roth", "der Kölner Jan Roth"
        start, tokens = text.index(tokens[1], start + len(tokens[0])), tokens[1:]
    if stripped in table["article"] and not _opens_on_title(tokens):
        return []  # "Photo du Sea Star": a name takes no article
    if len(tokens) > 2 and _office_before(text, start, region_start, tokens[0]) or (len(
            tokens) == 3 or len(tokens) > 3 and gazetteer().country(tokens[0])) and (
            _title_of_before(text, start, region_start)):  # "President of Ruritania Jane Roe"
        tokens = tokens[1:]  # "presidente del Consiglio Jane Roe", "CEO of Acme Jane Roe"
    if len(tokens) > 2 and tokens[1] in PARTICLES and len(tokens[0]) > 4 and (
            tokens[0].casefold() in words_of("mention")):
        return []  # "Funérailles de Jane Roe": the sentence opens on her funeral
    if tokens and tokens[0] in ("USS", "HMS", "INS", "RFA"):
        return []  # a ship
    if len(tokens) == 2 and tokens[1].casefold() in _titles()[0] and (
            tokens[1].isupper() or tokens[1].casefold().endswith(("person", "man", "woman"))):
        return []  # "Pfizer CEO, Jane Roe", "Acme Chairperson and ...": an office, named next
    # the name first: most runs that are no name are told by the name alone (cached), before
    # the rules that read the words around the run
    named = crown_country(text, start, region_start, tokens) or _before_country(tokens)
    naming = _name_and_cue(text, start, end, region_start, named, (cue, stripped, owned))
    if naming is None:
        return []
    name, printed, cue, lone = naming
    if _not_shown(text, start, end, region_start, tokens, placed, run_size):
        return []
    tokens = named
    kept = _kept_title_before(text, start, region_start) if lone or _REGNAL.fullmatch(
        name) else ""
    if kept:  # "El papa Francisco": a pope's or a king's title stays with a lone name
        name, start = f"{kept} {name}", start - len(kept) - 1
        printed = text[start:start + len(name)]
    elif lone and len(tokens) > 1 and tokens[-2] == "Lady" and name == tokens[-1]:
        name = printed = f"Lady {name}"  # "Lady Gaga": with one name, a style, not a title
    if not placed and not _context_ok(text, start, end, region_start, owned):
        return []
    if not placed and not related and _mentioned(text, start, region_start):
        return []  # a position cue ("(3rd L)", ", left,") says the person is in the picture
    if _AGE_CUE.match(text, end) and _absent_before(text, start, region_start):
        return []  # an age ("Jane Roe, 15,") says only that the name is a person's
    titled = related or len(tokens) > len(name.split()) or (  # "Dachdeckerin Jane Roe"
        _apposed_to_title(text, start, end, region_start)  # "Die Ministerin, Jane Roe, sagt"
        or _title_apposed_after(text, end))  # "Jana Roth, ehemalige Sportlerin"
    if not cue and not titled and not _opens(text, start, region_start) and not _TEASER.fullmatch(
            text, region_start, start) and not _met_in_german(text, start, tokens) and _german(
            text, region_start, end + 40):
        return []  # German capitalises every noun: only a name leading the caption counts
    if _REGNAL_PERIOD.search(name):  # "König Olaf IV." (German): the period is the number's
        name, printed = name[:-1], printed.removesuffix(".")
    name_start = text.find(printed, start, end)
    if name_start < 0:  # "Pope" kept from an earlier token
        name_start = start
    if not placed and _reported_source(text, name_start, region_start):
        return []  # "nach Worten von Berlins Polizeipräsidentin Jana Roth": quoted, not shown
    stop = end if spoken and printed not in text[start:end] else name_start + len(printed)
    span = Span(name_start, stop, text[name_start:stop])
    return [Value(name, span, 0.9 if cue else 0.75)]


#: The words that join a group or a relative to the person it is named after, inside a run:
#: "Familiares de Juan Roe", "Anhänger von Jan Roth", "Partisans du Jean Roe".
_GROUP_JOINS = frozenset(["de", "do", "da", "dos", "das", "del", "du", "des", "von", "vom", "di"])
#: The last word of a boundary's name: "the Military Demarcation Line", "the Panama Canal Zone".
_BOUNDARY_ENDS = frozenset(["line", "zone", "corridor"])
#: A title glued to the name after it: "Deputy Prime MinisterTheodoros Pangalos".
_GLUED_TITLE = re.compile(rf"([{UP}][a-z]{{3,}})([{UP}][a-z]+)")


#: A player's shirt number after the name: "Jane Roe (2) runs".
_JERSEY_AFTER = re.compile(r"\s*\(\d{1,2}\)")


def _past_team(tokens: list[str]) -> list[str]:
    """A player's name after the team's, whose nickname is a capitalised plural ("USC Trojans
    Jane Roe", "New York Giants John Doe"): the name alone (two words or more are left)."""
    for i in range(len(tokens) - 3, 0, -1):
        word = tokens[i]
        if len(word) > 4 and word.istitle() and word.endswith("s") and not word.endswith(
                ("ss", "'s", "’s")) and tokens[i - 1][:1].isupper():
            return tokens[i + 1:]
    return tokens


def _unglued(tokens: list[str]) -> list[str]:
    """The run's words, with a title that the page glued to the next word set apart."""
    out: list[str] = []
    for token in tokens:
        # cheap test first: a long word with a capital inside it
        m = _GLUED_TITLE.fullmatch(token) if len(token) > 7 and not token.istitle() else None
        if m and m.group(1).casefold() in _titles()[0]:
            out += [m.group(1), m.group(2)]
        else:
            out.append(token)
    return out


#: A distance from another place in an apposition after the run: it is a place ("Ben Chicao, a
#: casi 100 kilómetros al sur de Argel", "Irpin, about 25 km northwest of Kyiv", "Bucha, à 30
#: km de Kyiv"); not "Jane Roe, about 5 miles from home" nor "Jane Roe, 3 km champion".
_DISTANCE_AFTER = re.compile(
    r",\s+(?:(?:a|à|about|some|around|roughly|nearly|almost|just|only|unos|unas|casi|cerca\s+de"
    r"|environ|près\s+de|quase|cerca|rund|etwa|knapp|ca\.)\s+)*\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?"
    r"|kilómetros|quilômetros|quilómetros|kilomètres|miles?|millas|milhas|mi)\b"
    r"(?:\s*\([^()\n]{1,30}\))?\s+(?:(?:to\s+the\s+|al\s+|ao\s+|au\s+)?(?:north|south|east|west"
    r"|norte|sur|sul|este|leste|oeste|nord|sud|est|ouest)(?:-?(?:east|west|este|oeste|est|ouest)"
    r"|east|west|eastern|western|ern)?\s+(?:of|de|del|da|do|du|von)|from|de|von|of)\s+[A-ZÀ-Þ]")


def _not_shown(text: str, start: int, end: int, region_start: int, tokens: list[str],
               placed: bool, size: int) -> bool:
    """The run (``tokens``, ``size`` words as printed) is no person shown: a title alone, a
    character, the words of a sign, a credit, a passenger out of sight, an office."""
    if _all_titles(tokens):
        return True  # "Deputy Assistant Secretary, Jane Roe": the title, then the name
    if _PLAYED_BY.match(text, end):
        return True  # a character: the actor after "played by" is the person shown
    if _sign_words(text, start):
        return True  # "a necklace announcing: Roe Girl": the words of a sign
    if _in_labelled_credit(text, start):
        return True  # "[Picture: Jane Roe, Crown Copyright]": the photographer
    if _photographer_named(text, start, end):
        return True  # "AP photographer Jane Roe captured ...": behind the camera
    if _role_of_actor(text, start, end):
        return True  # "Jane Roe as Mary Doe": the role, the actor before "as" is shown
    if text[start - 1:start] == "(" and _CREDIT_CLOSE.match(text, end) and not _played_figure(
            text, start) or _credit_after(text, start, end) or _credit_before(text, start, end):
        return True  # "... (Jane Roe)", "Jane Roe/Getty Images", "Jane Roe - Reuters": a credit
    if picture_in_scene(text, start, end, region_start):
        return True  # "A portrait of Jane Roe hangs in the hall": an image, not the person
    if _animal_apposed(text, end) or _named_animal(text, start, end):
        return True  # "Fusilier Rex, the regimental goat, joins ...", "tiger Meng Meng": an animal
    if _aboard_after(text, start, end):
        return True  # "the jet with Jane Roe aboard lands": inside, out of sight
    if _absent_after(text, end):
        return True  # "Jane Roe (not pictured)", "(ausente da fotografia)"
    if text.startswith(",", end) and _DISTANCE_AFTER.match(text, end):  # cheap test first
        return True  # "Ben Chicao, a casi 100 kilómetros al sur de Argel": a place's distance
    if _not_a_second_person(text, start, end, tokens):
        return True
    if size > 1 and _spelled_out(text, start):
        return True  # "Earth Observing System (EOS)": a body's name, spelled by its acronym
    if not placed and start == region_start and _its_subject(text, end):
        return True  # "Rex runs in its garden": the subject is no person
    # "ministro da Casa Civil": the office, not a person
    return not placed and _office_run(text, start, end, region_start, size)


def _name_and_cue(text: str, start: int, end: int, region_start: int, tokens: list[str],
                  said: tuple[bool, str, bool]) -> tuple[str, str, bool, bool] | None:
    """The name of the run's ``tokens`` (titles stripped, capitals cased), as printed, whether
    a cue says the person is shown, and whether it is one word; None for no person's name.
    ``said``: the cue found so far, the word stripped before the run, whether it is owned."""
    cue, stripped, owned = said
    joined = " ".join(tokens)
    name = _strip_trailing_titles(strip_title(joined))
    if name.startswith("(") and ") " in name:
        name = name.split(") ", 1)[1]  # "Chief Sonar Technician (Surface) Jane Roe": a note of
        # the title, not a nickname
    if name != joined and name.split(maxsplit=1)[0] in PARTICLES:
        return None  # "Secretario de Estado de EE UU": the office after the title, no name
    if _COMPASS.match(name):
        return None  # "North Darfur", "Western Cape": a region, not a person
    lone = len(name.split()) == 1
    cue = cue or lone and _titled_lone(tokens) or lone and (_after_title(text, start, region_start) or bool(
        _RELATIVE_WHO.match(text, end)) or _title_after(text, end) or (
        len(tokens) > 1 and name != tokens[0] and tokens[0].casefold() in _titles()[0]
        and tokens[0].casefold() not in QUALIFIERS)  # "Former Taisha station": no office
        or (stripped != "" and _opens(text, start, region_start) or owned) and _subject_verb(
            text, end))  # "Barcelona's Pedri vies": a team's lone name before its verb
    # "Apenas Obama subiu": past an adverb, the lone subject opening the caption, then a verb
    printed = name
    if _shouting_name(name, text, end):
        # "KIM JONG UN inspects": AFP and KCNA write names in capitals
        name = " ".join(w.capitalize() if w.isupper() else w for w in smart_case(name).split())
    if not name or not _acceptable(name, cue):
        return None
    if not cue and name == joined and plain_words(name) and everyday_words_only(
            name, language_of(text)) and not _after_title(text, start, region_start):
        return None  # "Quiet Morning": every word an everyday one, no name among them (a title
        # or a cue before it says a person: "Bundestrainer Hansi Flick")
    return name, printed, cue, lone


#: A name with a regnal number: "Felipe VI", "Benoît XVI".
_REGNAL = re.compile(r"\S+\s+[IVX]{1,5}")
_REGNAL_PERIOD = re.compile(r"\s[IVX]{1,5}\.$")
