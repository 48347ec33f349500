"""Runs that are no person shown: credits, organisations, places, characters, dates.

A capitalised run in the first sentence is a name unless one of these rules says it is a
credit ("REUTERS/Jane Roe"), a team or venue, a country, or a thing ("after Jane Roe was found").
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.dates import MONTHS, WEEKDAYS
from media_manager.captions.everyday_words import common_words
from media_manager.captions.gazetteer import gazetteer
from media_manager.captions.mentioned import _passive_agent, released_pictures
from media_manager.captions.names import ORG_WORDS, PARTICLES
from media_manager.captions.person_titles import (
    QUALIFIERS,
    UP,
    _is_title_word,
    _titles,
    people_words,
)
from media_manager.captions.tables import credit_table

# precompiled: these run for every caption
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_LOWER_WORD = re.compile(r"\s*([a-z][\w'-]*)")
_NEXT_TWO_LOWER_WORDS = re.compile(r"\s*([a-z][\w'-]*)(?:\s+([a-z][\w'-]*))?")
_COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                      r"Upper|Lower)(?:-?(?:east|west|East|West)(?:ern)?)?\s")
#: "Druid Malachy, played by Jane Roe": the character, not the person shown.
_PLAYED_BY = re.compile(r",?\s*(?:played|portrayed|impersonated)\s+by\b")
#: "shows Jane Roe as Mary Doe in a scene from": the name after an actor's name and "as" is the
#: role played when a screen or stage word follows ("Jane Roe as Mary Doe looks on": two people).
_ACTOR_AS = re.compile(rf"[{UP}][\w'’.-]*[a-z]\s+as\s+$")
_STAGE_WORDS = re.compile(r"\b(?:scenes?|films?|movies?|series|episodes?|production|musical"
                          r"|opera|play|rehearsal|performance|stage)\b")


#: A credit set off with its label inside brackets: "[Picture: Jane Roe, Crown Copyright]".
_CREDIT_LABEL = r"(?:Pictures?|Photos?|Photograph|Foto|Image)\s*:"
_LABELLED_CREDIT = re.compile(rf"(?:\[{_CREDIT_LABEL}[^\]\n]*|\({_CREDIT_LABEL}[^()\n]*)$")


#: A line that opens with a credit's label: "Credits: Jane Roe, Acme Agency" above the caption.
_CREDIT_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Credits?|Crédits?|Créditos?|Crediti|Bildrechte"
                          r"|Photo\s+credit)[ \t]*:[^\n]*$")


#: A picture's label and its colon right before the run: "Foto: Jane Roe" above the caption,
#: "... Jane Roe  Photo: John Doe" after it. The name after the label is the credit's.
_LABEL_BEFORE = re.compile(r"(?<![\w'’])(?:Photos?|Fotos?|Photograph|Pictures?|Images?|Imagen"
                           r"|Bild|Fonte|Fuente|Quelle|Source)[ \t]*:[ \t]*$")


def _in_labelled_credit(text: str, start: int) -> bool:
    """'[Picture: Jane Roe, Crown Copyright]', 'Credits: Jane Roe, Acme' on a line of its own,
    'Foto: Jane Roe': the run is the photographer's name or the credited body."""
    window = max(0, start - 60)
    if ":" not in text[window:start]:
        return False  # cheap test first: the labels end in a colon
    return _LABELLED_CREDIT.search(text, window, start) is not None or (
        _CREDIT_LINE.search(text, window, start) is not None) or (
        _LABEL_BEFORE.search(text, max(0, start - 14), start) is not None)


#: The photographer named in the caption's words: "Associated Press photographer Jane Roe
#: captured ...", "the photographer Jane Roe took this picture", "el fotógrafo Juan Roe captó".
_PHOTOGRAPHER_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:photographer|photojournalist|fot[oó]graf[oa]|fotograf(?:in)?|photographe"
    r"|fotojornalista|fotoperiodista|fotoreporter(?:in)?)\s+$")
#: A verb of taking the picture after the photographer's name: the photographer is behind the
#: camera, not in the picture.
_PHOTOGRAPHS_AFTER = re.compile(
    r",?\s+(?:captured|caught|snapped|photographed|recorded|framed|captures|shoots|snaps|"
    r"photographs|captó|capturó|fotografió|registró|captou|capturou|fotografou|registrou|"
    r"fotografierte|a\s+(?:photographié|capturé|saisi|immortalisé)"
    # verbs that take much else than a picture only with the picture: "took this photo",
    # not "took part in a panel", "made history"
    r"|(?:took|takes|shot|made|got|tomó|a\s+pris)\s+(?:(?:this|the|that|these|a|an|his|her|"
    r"esta|la|cette)\s+)?(?:\w+\s+)?(?:photos?|pictures?|images?|shots?|frames?|"
    r"fotos?|fotografías?|clichés?))\b")


def _photographer_named(text: str, start: int, end: int) -> bool:
    """'Associated Press photographer Jane Roe captured a great moment': the name between a
    photographer's noun and a verb of taking the picture is the photographer's, behind the
    camera ("photographer Jane Roe poses with her award" is in the picture)."""
    return _PHOTOGRAPHER_BEFORE.search(text, max(0, start - 20), start) is not None and (
        _PHOTOGRAPHS_AFTER.match(text, end) is not None)


#: "a necklace announcing: Trump Girl", "a sign reads: Jane Roe Go Home": the words of a sign.
_SIGN_WORDS_BEFORE = re.compile(r"\b(?:reads?|reading|announcing|saying|says|proclaiming)\s*:\s*$")


def _sign_words(text: str, start: int) -> bool:
    """'a banner reading: Jane Roe Go Home': the run is what a sign says, not a person."""
    return ":" in text[max(0, start - 2):start] and _SIGN_WORDS_BEFORE.search(
        text, max(0, start - 20), start) is not None


def _role_of_actor(text: str, start: int, end: int) -> bool:
    """'Jane Roe as Mary Doe in a scene from ...': the run is the character an actor plays."""
    return text.startswith("as ", start - 3) and _ACTOR_AS.search(
        text, max(0, start - 40), start) is not None and _STAGE_WORDS.search(
        text, end, end + 60) is not None


_GERMAN = re.compile(r"\b(?:der|die|das|und|ist|ein|eine|einem|einer|im|mit|auf|bei|sind|wird"
                     r"|Und|Der|Die(?!-)|Ein|Eine|Auf|Bei)\b")


def _german(text: str, start: int, stop: int) -> bool:
    """A German function word (a capitalised one opens a sentence: "Und deutete ..."); "das"
    alone may be Portuguese ("das damas"), so it needs a second one."""
    seen: set[str] = set()
    for m in _GERMAN.finditer(text, start, stop):
        if text[max(start, m.start() - 4):m.start()] in ("von ", "van "):
            continue  # "Ursula von der Leyen" in an Italian caption
        if text.startswith(".", m.end()) and m.group(0) == "der":
            continue  # Spanish "De izq. a der." (from left to right): an abbreviation
        seen.add(m.group(0))
        if len(seen) >= 2 or m.group(0) not in _SHARED_WORDS:
            return True
    return False


_SHARED_WORDS = frozenset(["das"])
#: German adjectives, inflected, lead a noun phrase, never a name: "Wütende Fans", "Frostige
#: Stimmung", "Unbeabsichtigte Folgen" (the suffixes -ig, -isch, -lich, -end, -los, -bar, -sam,
#: -haft and the participles in -iert, -igt, each with its ending; not -er, which also ends the
#: nouns of a role before a name: "Verteidiger Jan Roth", "Vorsitzender Jan Roth").
_GERMAN_ADJECTIVE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:ig|isch|lich|end|los|bar|sam|haft|iert|igt)(?:e|es|en|em)")
#: A past participle, inflected, before an everyday noun: "Gefesseltes Publikum", "Gesperrte
#: Straßen" (a given name has the form too: "Georgette Roth", whose next word is no noun).
_GERMAN_PARTICIPLE = re.compile(r"Ge[a-zäöüß]{4,}t(?:e|es|en|em)")
#: An adjective of the stuff a thing is made of, the "-er" form too (no surname ends so):
#: 'Steinerner Aussichtspunkt', 'Eiserner Steg', 'Gläserne Manufaktur'. A heading of its own
#: line may hold no German function word, so the caption's next lines tell the language.
_GERMAN_MATERIAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}ern(?:e|es|en|em|er)")


def _german_adjective_phrase(text: str, first: str, region_start: int, end: int,
                             second: str = "") -> bool:
    """'Wütende Demonstranten bedrängen ...', 'Schwere Schäden hinterlassen ...': the run opens
    on an inflected German adjective (derived, or one of the plain ones in ``people.tsv``)."""
    if _GERMAN_MATERIAL.fullmatch(first) is not None:
        return _german(text, region_start, end + 240)
    if second and _GERMAN_PARTICIPLE.fullmatch(first) is not None and (
            second.rsplit("-", 1)[-1].casefold() in common_words("de")):  # "Charme-Offensive"
        return _german(text, region_start, end + 60)
    return (_GERMAN_ADJECTIVE.fullmatch(first) is not None or first[-1:] in "emns" and (
        first.casefold() in people_words()["de_adjective"])) and _german(
        text, region_start, end + 60)
#: A name alone in parentheses that ends the caption is the credit, not a person shown.
_CREDIT_CLOSE = re.compile(r"\s*\)\s*\.?\s*$")
#: "Jane Roe/Getty Images", "Jana Roth/dpa" ending its line: the agency after the slash.
_SLASH_AFTER = re.compile(r"\s?/\s?(?:[A-Z]|[a-z][\w-]{1,15}[ \t]*(?:\n|\)|$))")
_AGENCY_AFTER = re.compile(r"\s+[-–|]\s+([^\n/()]{2,30}?)\s*$")


def _credit_after(text: str, start: int, end: int) -> bool:
    """A name before "/Agency" or before " - Agency" at the caption's end is the credit."""
    if _SLASH_AFTER.match(text, end):
        return True
    if len(text) - end > 40:
        return False  # the agency ends the caption
    m = _AGENCY_AFTER.match(text, end)
    if m is None or credit_table().agency(m.group(1)) is None:
        return False
    # "Jana Roth begrüßt Tom Vale | AP": a caption run on into its bar and agency; the name
    # is the credit's only when the line holds nothing more ("Tom Vale | AP")
    return "|" not in text[end:m.start(1)] or _OPENS_LINE.search(text, 0, start) is not None


#: Nothing but a credit's label before a name on its line: "Foto: Tom Vale | Acme".
_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Za-zÀ-ÿ]+[ \t]*:[ \t]*)?$")


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


#: "Jane Roe of Acme Rovers", "Jane Roe (Jenny Doe)": a name right after a name.
_OF_AFTER_NAME = re.compile(rf"[{UP}][\w'’.-]*[a-z]\s+of\s+$")
_ALIAS_AFTER_NAME = re.compile(rf"[{UP}][\w'’.-]*[a-z]\s+\($")
_KIN_OF = re.compile(r"(\w+)\s+of\s+$")
_TITLE_PHRASE_END = re.compile(r"\s*[,(]")


#: An apposition after a name: "Rex, the regimental goat,", "Bao Li, a 3-year-old panda".
_APPOSITION_NOUN = re.compile(
    r",\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?=\s*[,.;)]|\s*$)")


def _animal_apposed(text: str, end: int) -> bool:
    """'Fusilier Rex, the regimental goat, joins ...': the name is an animal's."""
    m = _APPOSITION_NOUN.match(text, end, end + 60) if text.startswith(",", end) else None
    if m is None:
        return False
    noun = m.group(1)
    animals = people_words()["animal"]
    return noun in animals or noun.endswith("s") and noun[:-1] in animals


def _named_animal(text: str, start: int, end: int) -> bool:
    """"quadruplets and their mother Meng Meng ... white tiger Meng Meng gave birth": the
    caption calls the name an animal's (an animal's noun right before it), here or in another
    sentence."""
    name, animals = text[start:end], people_words()["animal"]
    at, seen = text.find(name), 0
    while at >= 0 and seen < _NAME_REPEATS:  # a few: a hostile caption repeats one thousands
        seen += 1  # of times, and every repeat is a run of its own
        if at and text[at - 1] == " " and not text[at + len(name):at + len(name) + 1].isalnum():
            before = text[max(0, at - 16):at - 1].rsplit(None, 1)
            if before and before[-1] in animals:
                return True
        at = text.find(name, at + 1)
    return False


#: How many times a name is looked up in its caption: a zoo's caption names an animal a few
#: times at most.
_NAME_REPEATS = 12


def _played_figure(text: str, start: int) -> bool:
    """'Der Weihnachtsmann (Jan Roth) kommt': the name in brackets after a figure is the one who
    plays it, in the picture (no credit, no alias)."""
    before = text[max(0, start - 30):start - 1].casefold().split()
    figures = people_words()["character"]
    return any(" ".join(before[-size:]) in figures for size in (1, 2, 3) if len(before) >= size)


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
    of_before = before[-1:].isspace() and before.rstrip().endswith("of")
    if of_before and _OF_AFTER_NAME.search(before) and not _POSSESSIVE.search(
            text, start, end) and (before.rsplit(None, 2)[-2].casefold() not in titles) and not any(
            t.casefold() in titles for t in tokens):
        return True
    if text.startswith(")", end) and _ALIAS_AFTER_NAME.search(before) and not _played_figure(
            text, start):
        return True
    kin = _KIN_OF.search(before) if of_before else None
    if kin and kin.group(1).casefold() in people_words()["kin"]:
        return True
    last = tokens[-1].casefold()
    return 2 <= len(tokens) <= 3 and len(last) > 6 and last in titles and (
        _TITLE_PHRASE_END.match(text, end) is not None) and not tokens[-1].isupper()


#: "Earth Observing System (EOS)": capitalised words and the joins between them, then an
#: acronym in parentheses.
_SPELLED_CHAIN = re.compile(
    rf"(?:(?:[{UP}][\w'’-]*|and|of|for|the|&|de|des|du|la|et|y|e|für|und)\s+)+\(([A-Z]{{2,10}})\)")
_CHAIN_JOINS = frozenset(["and", "of", "for", "the", "&", "de", "des", "du", "la", "et", "y", "e",
                          "für", "und"])


def _spelled_out(text: str, start: int) -> bool:
    """'Earth Observing System Data and Information System (EOSDIS)': the run and the
    capitalised words after it, up to an acronym in parentheses, spell the acronym's last
    letters: the name of a body or a programme, not a person."""
    paren = text.find("(", start, start + 120)
    if paren < 0:
        return False  # cheap test first
    m = _SPELLED_CHAIN.match(text, start, paren + 13)
    if m is None:
        return False
    words = text[start:m.start(1) - 1].split()
    initials = "".join(w[0].upper() for w in words if w not in _CHAIN_JOINS)
    return len(initials) >= 2 and m.group(1).endswith(initials)


#: "Rex runs in the snow in its garden": the subject's verb, then "its" in the same clause, with
#: no "his", "her" or "their" before it.
_ITS_AFTER_VERB = re.compile(r"\s+[a-z]+\b[^,.;:()]{0,40}?\b(its|his|her|their)\b")


def _its_subject(text: str, end: int) -> bool:
    """'Rex runs in the snow in its garden': the subject the clause's first possessive refers
    back to is an animal or a thing ("its"), not a person ("his", "her")."""
    m = _ITS_AFTER_VERB.match(text, end, end + 60)
    return m is not None and m.group(1) == "its"


def _before_country(tokens: list[str]) -> list[str]:
    """'Lionel Messi de Argentina' (EFE sport): the player, then the country he plays for;
    'le quartier Regent de Freetown': a place, then its city."""
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _COUNTRY_JOINS:
            continue
        rest = " ".join(tokens[i + 1:])
        if gazetteer().dateline(rest) or i >= 2 and gazetteer().country(rest):
            return tokens[:i]
    return tokens


_COUNTRY_JOINS = frozenset(["de", "du", "da", "do", "del", "of"])
_JOINED_PLACES = re.compile(r"\s+(?:y|e|and|et|und|i)\s+")


def _only_places(name: str) -> bool:
    """'Argentina y Venezuela', 'France et Italie': countries or places joined are no person."""
    parts = _JOINED_PLACES.split(name)
    gaz = gazetteer()
    return len(parts) > 1 and all(
        gaz.country(p) or gaz.state(p) or gaz.dateline(p) for p in parts)


def _shouting_name(name: str, text: str, end: int) -> bool:
    if not name.isupper():
        return False  # cheap test first: a word in lowercase is no shouting
    words = name.split()
    return (2 <= len(words) <= 4 and all(w.isupper() and w.isalpha() for w in words)
            and _NEXT_LOWER_WORD.match(text, end) is not None
            and credit_table().agency(name) is None)


#: The weekdays that are printed capitalised (English, German): never a first name.
_WEEKDAYS_CAPPED = frozenset(w for w in WEEKDAYS if w.endswith(("day", "tag")) or w in (
    "mittwoch", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"))


@lru_cache(maxsize=8192)  # pure, and names recur across a feed's captions
def _cut_at_dates(run: str, dated: bool = True) -> str:
    """The run up to a weekday, or up to a month that ends it with a day after it
    (``dated``): 'Jan Roth' and 'Theresa May' are names, 'Jane Roe May 3' holds a date."""
    kept = []
    words = run.split()
    for i, word in enumerate(words):
        bare = word.strip(".,").casefold()
        if bare in WEEKDAYS and not (i == 0 and len(words) > 1 and bare not in _WEEKDAYS_CAPPED):
            break  # "Domingo Germán": Romance weekdays are lowercase, so capitalised a name
        if bare in MONTHS and i == len(words) - 1 and dated:
            break
        kept.append(word)
    return " ".join(kept)


@lru_cache(maxsize=8192)  # pure, and names recur across a feed's captions
def _acceptable(name: str, cue: bool) -> bool:
    words = [w for w in name.split() if w.casefold() not in PARTICLES]
    if not words or len(words) > 5 or name.rsplit(None, 1)[-1] in PARTICLES:
        return False  # a name ends on no particle: "O Presidente da República" is an office
    titles, _keep = _titles()
    if len(words) == 1 and (not cue or len(words[0].strip(".")) < 2):
        return False  # a lone name counts with a cue (or a title before it: see _candidate);
        # a lone letter is a position: "(2nd R, front)"
    lowered = [w.casefold().strip(".,") for w in words]
    table = people_words()
    org = table["org"]
    if any(low in org or low in ORG_WORDS and (len(w) > 3 or w.isupper())
           or len(low) > 5 and low.endswith("s") and low[:-1] in ORG_WORDS
           or "-" in low and low.rsplit("-", 1)[-1] in org  # "Erlebnis-Zoo Hannover"
           for w, low in zip(words, lowered)):
        return False  # an organisation, team or venue ("UN" is one; "Un" of Kim Jong Un is not)
    if all(w in table["season"] for w in lowered):
        return False  # "Spring Summer 2023 collection"
    if " ".join(lowered).removesuffix("'s").removesuffix("’s") in table["character"]:
        return False  # "on Santa's lap", "Père Noël": a figure played, not a person's name
    if all(w.isupper() and len(w) > 1 for w in words):
        return False  # TOPSHOT, acronyms, AFP caps
    gaz = gazetteer()
    if gaz.country(name) or gaz.state(name) or gaz.dateline(name) or name in gaz.demonyms or (
            _only_places(name)):
        return False
    lone = lowered[0] if len(words) == 1 else ""
    # a title alone, or its plural: "U.S. Soldiers assigned to ..." names no one
    if lone in titles or len(lone) > 4 and lone.endswith("s") and lone[:-1] in titles:
        return False
    # a group ends on a title's plural: "Roman Catholic Cardinals gathered", "Hindu Priests"
    last = lowered[-1]
    return not (len(last) > 6 and last.endswith("s") and last[:-1] in titles)


def _title_of(before: list[str]) -> bool:
    """'Secretary of State Jane Roe', 'Minister for Justice Jane Roe': this "of" (or "for") is
    inside a title, not before a thing."""
    return before[-1] in ("of", "for") and len(before) > 1 and (
        before[-2].casefold() in _titles()[0])


#: "devant un Saccharum", "uma Tesla": a name takes no indefinite article either.
_INDEFINITE = frozenset(["un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen"])
#: English words before the article "a" or "an" ("for a State Dinner", "and an Unmanned
#: Aerial Surveillance drone"): both are also words of other languages ("saluda a Jane Roe",
#: "Roe a Milano", "scheitert an Jan Roth"), so they count only after one of these.
_ENGLISH_BEFORE_A = frozenset(["for", "with", "is", "was", "of", "on", "in", "at", "from",
                               "into", "as", "like", "by", "near", "past", "during", "behind",
                               "beside", "under", "over", "onto", "wears", "wearing", "holds",
                               "holding", "carries", "carrying", "aboard", "inside", "outside",
                               "and", "or", "to"])


#: A capitalised word after a title: "Wimbledon champion Roger ...".
_NAME_NEXT = re.compile(rf"\s+[{UP}][\w'’-]*[a-z]")
_AND_CAPITALISED = re.compile(rf"\s+(?:and|&)\s+((?:[{UP}][\w'’.-]*\s+){{0,3}}[{UP}][\w'’.-]*)")


def _org_joined(text: str, end: int) -> bool:
    """The run goes on past "and" into a body's name: the words after it end in an
    organisation word ("... and Performing Arts School students")."""
    m = _AND_CAPITALISED.match(text, end)
    last = m.group(1).rsplit(None, 1)[-1].casefold() if m else ""
    if not (last in ORG_WORDS or last in people_words()["org"]):
        return False
    # "Jane Roe and Labour Party leader John Doe": the body owns the next person's title, so
    # "and" joins two people, not the words of one body's name
    title = _NEXT_LOWER_WORD.match(text, m.end()) if m else None
    return title is None or not _is_title_word(title.group(1)) or not (
        _NAME_NEXT.match(text, title.end()))


#: Words that open a clause of its own: what its subject did is told, not shown.
_SUBORDINATORS = frozenset(["after", "as", "since", "because", "when", "before", "while", "that",
                            "until", "once", "después", "que", "quand", "lorsque", "nachdem",
                            "als", "weil", "dass", "depois", "quando"])


def _in_subordinate_clause(before: list[str]) -> bool:
    """The words before a name, past its titles, open a clause of its own: 'after President'."""
    titles = _titles()[0]
    for word in reversed(before[-5:]):
        folded = word.casefold()
        if folded in _SUBORDINATORS:
            return True
        if not (folded in titles or word[:1].isupper() or folded.endswith(("'s", "’s"))
                or folded in ("the", "his", "her", "their", "of")):
            return False
    return False


def _head(text: str, start: int, end: int) -> str:
    """The run's first word, casefolded."""
    return text[start:end].split(maxsplit=1)[0].casefold() if end > start else ""


#: A plural verb right after a run: the run names a group, not one person.
_PLURAL_VERBS = frozenset(["were", "are"])
_JOINS_BEFORE = frozenset(["and", "&", "with"])


def _joined_before(before: list[str]) -> bool:
    """The words before a run, past its titles, join it to another name ("and", a comma)."""
    titles = _titles()[0]
    for word in reversed(before):
        if word.endswith(",") or word.casefold() in _JOINS_BEFORE:
            return True
        if not (word[:1].isupper() or word.casefold() in titles):
            return False
    return False
#: A year or an ordinal after a determiner opens an event's name, not a person's.
_DATED_EVENT = re.compile(r"(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th)")
_EVENT_DETERMINERS = frozenset(["the", "a", "an", "this", "its", "their"])


def _context_ok(text: str, start: int, end: int, region_start: int, owned: bool = False
                ) -> bool:
    before = text[max(region_start, start - 24):start].split()
    words = people_words()
    last = before[-1].casefold() if before else ""
    if (last in words["article"] or last in _INDEFINITE or last in ("a", "an") and len(
            before) > 1 and before[-2].casefold() in _ENGLISH_BEFORE_A) and (
            _head(text, start, end) not in _titles()[0] or _head(text, start, end) in QUALIFIERS):
        return False  # "dans le Sea Watch": a name takes no article ("le Pr Jean Roe" a title);
        # nor in English: "with a Mine Resistant Ambush Protected Vehicle", "for a State Dinner"
    if len(before) > 1 and _DATED_EVENT.fullmatch(before[-1]) and (
            before[-2].casefold() in _EVENT_DETERMINERS):
        return False  # "during the 2031 Lotus Bowl", "at the 12th Oak Awards": an event's name
    if before and last in words["reject_before"] and not (
            _title_of(before) or before[-1] == "by" and _passive_agent(before, len(before) - 1)
            or last == "of" and len(before) > 1 and before[-2].casefold() in (
                words["shown_before_to"])  # "stands in front of Jane Roe": beside her
            or last == "of" and released_pictures(  # "has released new photographs of"
                text[max(region_start, start - 48):start].split()[:-1])):
        return False
    if text.startswith((" and ", " & "), end) and _org_joined(text, end):
        return False  # "Pittsburgh Creative and Performing Arts School": one body's name
    if text[end + 1:end + 2].isdigit() or text[end + 1:end + 2].isupper():
        code = _MODEL_CODE.match(text, end, end + 40)
        if code is not None and code.group(1) in words["thing_after"]:
            return False  # "a SpaceX Falcon 9 rocket", "an Acme A320 plane": a thing's model
    after = _NEXT_TWO_LOWER_WORDS.match(text, end, end + 40)
    if after is None:
        return True
    word, second = after.groups()
    if word in _PLURAL_VERBS and after.start(1) == end + 1 and not _joined_before(before):
        return False  # "Middle Brother were back together": a band, a team; two people shown
        # are joined first ("Jane Roe and Spanish model John Doe are")
    if word in words["past_after"] and start > region_start and not _german(
            text, region_start, end + 40):
        return False  # "after Jane Roe was found guilty" (German "was" is "what"); opening
        # the caption, the name is its subject: "Jane Roe was quick to ..."
    if word in words["reported_after"] and _in_subordinate_clause(before):
        return False  # "after Jane Roe said", "as John Doe announced": the speaker told of
    if _ONCE_SAID.match(text, end):
        return False  # "Designer Jane Roe sagte einmal: ...": a saying of old quoted, no scene
    pair = f"{word} {second}"
    if second is None and word in _titles()[0] and _NAME_NEXT.match(text, after.end()):
        return False  # "Wimbledon champion Jane Roe": the run qualifies the next name's title
    if word in _GERMAN_VERB_HOMOGRAPHS and (second in _GERMAN_AFTER_HAT or _german(
            text, region_start, end + 40)):
        return True  # "Olaf Scholz hat sich ...": German "hat" is "has", no hat
    if owned:  # "Middlesbrough's Jane Roe fight for the ball": a team's player, not a thing
        return word not in words["role_after"] and pair not in words["role_after"]
    return word not in words["after"] and pair not in words["after"]


#: A saying of old after a name ("Jane Roe once said", "sagte einmal", "dijo una vez", "disse
#: certa vez", "a dit un jour"): the caption quotes the person, it does not show them.
_ONCE_SAID = re.compile(r"\s+(?:once\s+(?:said|wrote|remarked|quipped)|(?:sagte|schrieb|meinte)"
                        r"\s+(?:einmal|einst)|(?:dijo|escribió)\s+una\s+vez|(?:disse|escreveu)"
                        r"\s+(?:uma|certa)\s+vez|a\s+(?:dit|écrit)\s+un\s+jour)\b")
#: A model's code between a run and the thing it names: "Falcon 9 rocket", "Acme A320 plane".
_MODEL_CODE = re.compile(r" [A-Z]{0,3}-?\d[\w-]*\s+([a-z]+)")


#: German verbs spelled as English nouns of a thing after a name ("Santa hat"): in German text
#: they follow the name as its verb.
_GERMAN_VERB_HOMOGRAPHS = frozenset(["hat"])
#: German words after the verb "hat" that no English "hat" takes: "Jan Roth hat das Fest
#: eröffnet" says it in a caption too short for ``_german`` to tell.
_GERMAN_AFTER_HAT = frozenset(["der", "die", "das", "den", "dem", "sich", "ein", "eine", "einen",
                               "es", "ihn", "ihr", "ihre", "ihren", "seine", "seinen", "am", "im",
                               "nicht", "auch", "noch", "schon", "bereits", "gerade", "mit"])


#: "pre-Durban July Handicap", "anti-Trump": a name glued to a prefix is a modifier.
_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:pre|post|anti|pro|non|mid|neo|pan)-$")
#: "a 900-pound Transom beam", "a 16-metre Rubber Duck": a measure before a thing.
_MEASURE_BEFORE = re.compile(r"\d[\d.,]*-(?!years?-old)[a-z]+(?:-[a-z]+)?\s+$")
#: "a Rubber Duck created by Jane Roe": a work, named before its maker.
_MADE_BY = re.compile(r",?\s+(?:created|designed|made|built|painted|sculpted|drawn|crafted"
                      r"|hosted|organi[sz]ed|sponsored)\s+by\b")  # an event: "... hosted by"
#: "Vue de Cala Croce", "a view of Lake Roe": the scene of a view.
_VIEW_OF = re.compile(r"(?i)(?<![\w'’])(?:views?|vues?|vistas?|blick|panorama)\s+(?:of|de|du|des"
                      r"|del|da|do|sur|auf|über|over)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$")
_VIEW_WORDS = frozenset(["View", "Views", "Vue", "Vues", "Vista", "Vistas", "Blick", "Panorama"])
_VIEW_JOINS = (" of ", " de ", " du ", " des ", " del ", " da ", " do ", " sur ", " auf ", " über ")
#: "Party-loving Brits", "Rain-soaked Fans": a compound adjective leads no name.
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+(?:ing|ed)")
#: A run led by a place word ("Mt. Wakakusa", "Lake Tana"), a saint's ("Saint Antoine", "San
#: Juan"), an award ("Best New Artist") or a storm's kind ("Hurricane Idalia").
_THING_HEADS = frozenset(["Mt.", "Mt", "Mount", "Lake", "Cape", "Best", "Hurricane", "Typhoon",
                          "Cyclone", "Storm", "Tropical", "Saint", "Sainte", "San", "Santa",
                          "Santo", "São", "St.", "St", "Sankt",
                          # a place's kind leads its name in French, Spanish, Italian and
                          # Portuguese: "Cemitério de Muçum", "Plaza Mayor", "Musée d'Orsay"
                          "Cemitério", "Cementerio", "Cimetière", "Cimitero", "Igreja", "Iglesia",
                          "Église", "Chiesa", "Catedral", "Cathédrale", "Cattedrale", "Praça",
                          "Plaza", "Piazza", "Parque", "Museu", "Museo", "Musée", "Estádio",
                          "Estadio", "Stade", "Stadio", "Palácio", "Palacio", "Palais",
                          "Palazzo", "Avenida", "Calle", "Rua"])
#: German abstract nouns (never a given name), leading a run: "Darbietung von Fahnenschwingern
#: auf dem Rütli", "Eröffnung der Messe". Names ending so are short ("Jung", "Trung", "Hornung").
_GERMAN_NOUN_ENDS = ("ung", "ungen", "heit", "keit", "schaft", "schaften")


def _thing_run(text: str, start: int, end: int, first: str) -> bool:
    """Runs that name a thing, not a person, whatever cue follows them."""
    if first in _THING_HEADS or "-" in first and _COMPOUND_ADJECTIVE.fullmatch(first):
        return True  # "Party-loving Brits", "Rain-soaked Fans"
    if end - start > len(first) and first[1:].islower() and (
            first.casefold() in people_words()["animal_lead"]):
        return True  # "Panda Ai Bao eats bamboo": the species leads the animal's name
    if len(first) > 7 and first.endswith(_GERMAN_NOUN_ENDS) and first[1:].islower():
        return True  # "Darbietung von Fahnenschwingern": a German noun, a performance
    if first in _VIEW_WORDS and text.startswith(_VIEW_JOINS, start + len(first)):
        return True  # "Vue de Cala Croce" opening the caption: a scene
    if text[start - 1:start] == "-":
        return _PREFIX_BEFORE.search(text, max(0, start - 6), start) is not None
    before = text[max(0, start - 24):start]
    if ("ie" in before or "ue" in before or "ist" in before or "lick" in before
            or "ram" in before) and _VIEW_OF.search(before):
        return True  # "a view of Lake Roe": a scene
    if "-" in before and _MEASURE_BEFORE.search(before):
        return True
    return text.startswith(" ", end) and _MADE_BY.match(text, end) is not None


#: "ministro da Casa Civil", "ministra do Trabalho, Solidariedade e Segurança Social, Ana Roe",
#: "Minister of External Relations, Jane Roe": the capitalised words after a title and its
#: preposition name the office.
_OFFICE_CHAIN = re.compile(
    rf"(?<![\w'’])([A-ZÀ-Þ]?[a-zà-ÿ-]{{3,}})\s+(?:of|for|de|da|do|du|del|des|dos|das|di|della)\s+"
    rf"((?:[{UP}][\w'’-]*(?:,\s+|\s+(?:e|y|and|et)\s+|\s+))*)$")
_NAME_AFTER_COMMA = re.compile(rf",\s+[{UP}]")
_OFFICE_TAIL = re.compile(
    r"(?:,|\s(?:of|for|de|da|do|du|del|des|dos|das|di|della|e|y|and|et))\s$")


def _office_run(text: str, start: int, end: int, region_start: int, size: int) -> bool:
    """The run (``size`` words) is the office of the title before it, not a person: right
    after the preposition (two words at most), or later in the office's list when a name
    follows it."""
    if text[start - 1:start] != " " or not _OFFICE_TAIL.search(text, max(0, start - 7), start):
        return False  # cheap test first: a preposition, a comma or "and" right before
    m = _OFFICE_CHAIN.search(text, max(region_start, start - 90), start)
    if m is None or not _is_title_word(m.group(1).casefold()):
        return False
    if not m.group(2):
        return size <= 2
    # a capitalised title's office is the one or two words right after it: past them a list
    # goes on with people ("President of Nigeria, President Jane Roe, President of Niger")
    return m.group(1)[0].islower() and _NAME_AFTER_COMMA.match(text, end) is not None
