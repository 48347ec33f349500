"""Named but not shown: the words before a name that say it is only mentioned.

"a portrait of the Queen", "the late President Jane Roe", "Jane Roe (not pictured)": the name is
in the caption, the person is not in the picture; "is hugged by Jane Roe" is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from media_manager.captions.gazetteer import gazetteer
from media_manager.captions.names import PARTICLES, trie_pattern
from media_manager.captions.person_titles import (
    _TITLE_JOINS,
    POSSESSIVES,
    _titles,
    people_words,
    words_of,
)

_TOKENS = re.compile(r"[\w'’-]+(?:\.[\w'’-]+)*(?:\.(?=-))?[\w'’-]*|[,;:()]")


#: "next to", "junto al", "ao lado de", "à côté de": after a word of ``shown_before_to``.
_TO_WORDS = frozenset(["to", "of", "a", "al", "à", "au", "de", "do", "da", "del", "du", "zu", "zum"])

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


#: "The jet, with Jane Roe aboard, lands": the passenger is inside, out of sight.
#: ("with Jane Roe aboard a ship": aboard what is named, on deck and in the picture)
_ABOARD_AFTER = re.compile(
    r"\s+(?:aboard|on\s+board)\b(?!\s+(?:a|an|the|his|her|its|their|[A-Z]))")


def _aboard_after(text: str, start: int, end: int) -> bool:
    """'with Jane Roe aboard': the person named travels inside what the picture shows."""
    return text.endswith("with ", max(0, start - 5), start) and _ABOARD_AFTER.match(
        text, end) is not None


@lru_cache(maxsize=1)
def _absent_phrases() -> tuple[str, ...]:
    return tuple(sorted(people_words()["absent_after"]))


_CLAUSE_MARKS = re.compile(r"[,;:()]")
#: "according to Jane Roe", "laut Jana Roth", "nach Worten von", "selon", "según": the source of
#: what is reported is quoted, not shown (in the name's own phrase: no comma or stop between).
_SOURCE_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:according\s+to|laut|selon|según|nach\s+(?:Worten|Angaben|Aussagen?"
    r"|Darstellung|Ansicht)\s+(?:von|des|der))\s+[^,.;:()\n]{0,50}$")


def _reported_source(text: str, start: int, region_start: int) -> bool:
    """'according to Jane Roe', 'nach Worten von Berlins Polizeipräsidentin Jana Roth': the
    name is the source of a report."""
    return _SOURCE_BEFORE.search(text, max(region_start, start - 80), start) is not None


def _absent_before(text: str, start: int, region_start: int) -> bool:
    """'women mourn their relative Jane Roe, 15,', 'the late Jane Roe, 80,': a word of the dead
    or the absent in the words before the name, in its clause (an age says only that the name
    is a person's, so the other signs of a mention do not count against it)."""
    window = text[max(region_start, start - 40):start]
    marks = list(_CLAUSE_MARKS.finditer(window))
    if marks:
        window = window[marks[-1].end():]
    absent = people_words()["absent"]
    return any(word.casefold() in absent for word in window.split())


@lru_cache(maxsize=1)
def _depicted_before() -> re.Pattern[str]:
    """A work of art (``work_of_art`` in ``data/people.tsv``) that depicts the person named
    after it, in the same clause: "A mural of Egypt and Liverpool football star Jane Roe is
    seen", "a statue of former President Jane Roe", "un mural de Jane Roe"."""
    words = trie_pattern(people_words()["work_of_art"])
    return re.compile(rf"(?<=\w)\s+(?i:{words})\s+(?:of|depicting|featuring|bearing|de|du|des"
                      r"|del|da|do|von|vom)\s+(?P<between>[^,;:.!?()\n]*)$")


#: Words that end the work of art's phrase before the name: a verb, a conjunction, another
#: clause ("A statue of Jane Roe is unveiled as her son John Roe looks on").
_CLAUSE_WORDS = frozenset(["as", "while", "when", "after", "before", "is", "are", "was", "were",
                           "where", "who", "which", "that", "whose", "since", "until", "during",
                           "als", "während", "wo", "mientras", "cuando", "enquanto", "quando",
                           "pendant", "lorsque", "quand", "ist", "sind", "es", "está", "est"])


def _depicted(text: str, start: int, region_start: int) -> bool:
    """A work of art depicts the person named next: only capitalised words, titles and roles
    stand between its "of" and the name, no verb, no other clause, no other name."""
    m = _depicted_before().search(text, max(region_start, start - 80), start)
    if m is None:
        return False
    between = m.group("between").split()
    if any(w.casefold() in _CLAUSE_WORDS or w.endswith(("ed", "ing")) for w in between):
        return False
    titles, gaz = _titles()[0], gazetteer()
    names = [w[:1].isupper() and w.casefold() not in titles and w not in gaz.demonyms
             and not gaz.country(w) for w in between]
    return not any(a and b for a, b in pairwise(names))  # "... of Jane Roe with John Doe"


def _mentioned(text: str, start: int, region_start: int) -> bool:
    """True when the words before the name (past titles and roles) say it is only mentioned."""
    if _PROTESTED_BEFORE.search(text, max(region_start, start - 100), start):
        return True  # "protest against the closure of Parliament and Prime Minister Jane Roe"
    if _depicted(text, start, region_start):
        return True  # "A mural of football star Jane Roe": a work of art shows the person
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
        described = _described_before(tokens, i) if token == "," else 0
        if described:  # "the death of an unarmed man, Jane Roe": told as the phrase is
            i = described
            continue
        if token in ",;:()":
            return False  # a list or a cue: "(L) and", ", left,"
        word = token.casefold()
        if word in ("the", "la", "le", "el") and i == len(tokens) - 1 and i > 1 and (
                tokens[i - 1].casefold() in _JOINS) and _listed_name(tokens, i - 2):
            i = _past_article(tokens, _name_start(tokens, i - 2))
            continue  # "cut-outs of the Duke of Rhia and the Queen"
        if word in _JOINS and i == len(tokens) - 1 and _listed_name(tokens, i - 1):
            i = _past_article(tokens, _name_start(tokens, i - 1))  # "the graves of Jane Roe
            continue  # and John Doe": a name listed with another is told as that one is
        if i == len(tokens) - 1 and (word in words["thing_before"] or _thing_phrase(
                tokens)):
            return True  # "the battleship USS Missouri", "aboard a vintage Rolls Royce"
        if word in words["absent"]:
            return True  # "the late President Jane Roe", "slain activist Jane Roe"
        if word == "at" and (previous in _LOOKS or previous in ("over", "up", "down") and (
                i > 1 and tokens[i - 2].casefold() in _LOOKS)):
            return False  # "look over at Jane Roe": the one looked at is in the picture
        if word == "from" and any(t.casefold() in _RECEIVES for t in tokens[max(0, i - 5):i]):
            return False  # "receives a teddy from Jane Roe": the giver hands it over
        if word == "of" and released_pictures(tokens[:i]):
            return False  # "North Korea released new photographs of Jane Roe presiding": the
            # pictures released are this one ("holds a photo of Jane Roe" stays a mention)
        if word in _OF_WORDS and (previous in _CONTACT or previous in words["body_part"]):
            return False  # "ganha um beijo do companheiro Jane Roe", "no olho do técnico": the
            # one who kisses, the one whose eye is looked into, is in the picture
        if word == "past" and previous in _MOVES_PAST or word == "over" and previous in _MOVES_OVER:
            return False  # "drives past Jane Roe", "dunks over": the defender is in the picture
        if word in _TO_WORDS and previous in words["shown_before_to"]:
            return False  # "gestures to Jane Roe", "stands next to Jane Roe"
        if word == "with" and previous in _APPOINTMENTS and _appointment_told(tokens, i - 1):
            return True  # "leaves for an audience with Jane Roe", "after talks with": not now
        if word in _WITH_WORDS and previous in words["subject_verb"]:
            return False  # "conversa con Jane Roe", "parle avec Jean Roe"
        if word in _PERSONAL_A and previous in words["subject_verb"]:
            return False  # "saluda al rey Felipe VI", "abraza a Jane Roe": the one greeted
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
        if previous in _AGAINST and (word == "the" or word in words["article"]):
            return True  # "a banner against the president, Jane Roe", "contra el presidente"
        if token in _GERMAN_LEADING_ARTICLES:
            return False  # "Der dreimalige Weltmeister Jan Roth": the sentence's article
        if word in words["mention"]:
            return True
        if word in ("carrying", "transporting") and previous in _VEHICLES:
            return True  # "the motorcade carrying Jane Roe": she is inside, out of sight
        if word == "as" and previous in _AS_ANOTHER:
            return True  # "a man dressed as Santa Claus", "Kobane, also known as Ain al-Arab"
        raw_previous = tokens[i - 1] if i else ""
        if word in ("and", "e", "y", "et", "und") and raw_previous.islower() and \
                raw_previous.replace("-", "").isalpha():
            continue  # "the death of canto-pop diva and actress Jane Roe": roles joined, the
            # "and" no role of its own ("in honour of physicist and author Jane Roe")
        if word in _TIME_SHIFTED and i + 1 < len(tokens) and tokens[i + 1] in _PRONOUNS:
            return True  # "before he faces Jane Roe", "after she beat John Doe": not now
        if word == "the" and previous == "of" and unknown and i + 1 < len(tokens) and (
                tokens[i + 1].islower()):
            continue  # "Supporters of the presidential candidate Jane Roe": the article of a
            # role after "of" goes on its phrase ("of the Jane Roe Trust" stops at "the")
        if word in words["shown"] or word in words["start"]:
            return False
        if i == len(tokens) - 1 and i and _verb_after_phrase(tokens[i - 1], token):
            return False  # "Ganz in Rot kam Prinzessin Jana": the preposition's phrase ends at its
            # noun; the word after it is the verb, and the name after the verb its subject
        if word in POSSESSIVES and unknown:
            continue  # "the body of her two-year-old son, Jane Roe": the owner of the role
            # goes on its phrase, as its article does
        unknown += 1  # a role or an adjective: "canto-pop diva"
        if unknown >= 3:
            return False
    return False


_JOINS = frozenset(["and", "e", "y", "et", "und"])
#: Prepositions and conjunctions not in the table's "mention" words: after a capitalised word
#: they go on the phrase ("Trauer in Berlin um Jana Roth"), unlike a verb.
_FUNCTION_WORDS = frozenset([
    "an", "auf", "aus", "bei", "bis", "durch", "für", "gegen", "hinter", "mit", "nach", "neben",
    "ohne", "seit", "über", "um", "unter", "vor", "während", "wegen", "zu", "zwischen", "ins",
    "ans", "oder", "sowie", "aber", "sondern", "als", "wie", "denn", "or", "for", "with",
    "into", "upon", "above", "below", "among", "between", "like", "than", "but", "nor", "ou",
    "avec", "sans", "chez", "entre", "vers", "dans", "sur", "o", "sin", "hacia", "hasta",
    "desde", "sobre", "ante", "tras", "sem", "até", "senza", "tra", "fra", "su", "per", "of",
    "the", "a", "an", "und", "and", "et", "e", "y"])


def _verb_after_phrase(noun: str, word: str) -> bool:
    """``word`` is a lowercase content word right after the capitalised ``noun`` (no title,
    no article): it opens the next part of the sentence, not the noun's phrase."""
    # a demonym or an owner goes on the phrase: "of Palestinian groom Jane", "of Acme's keeper"
    return noun[:1].isupper() and word.isalpha() and word.islower() and (
        word not in _FUNCTION_WORDS) and noun.casefold() not in _titles()[0] and (
        noun not in _GERMAN_LEADING_ARTICLES) and not noun.endswith(("'s", "’s", "'", "’")) and (
        noun not in gazetteer().demonyms)
#: A clause of its own, earlier or later than the picture, with a pronoun for its subject.
_TIME_SHIFTED = frozenset(["before", "after", "since", "until"])
_PRONOUNS = frozenset(["he", "she", "they", "we", "I"])
#: Protests and banners are against someone not in the picture: "contra el presidente Jane Roe".
_AGAINST = frozenset(["against", "contra", "contre"])
#: "dressed as", "known as": the name after is a costume's or another name of what came before.
_AS_ANOTHER = frozenset(["dressed", "disguised", "costumed", "costume", "costumes", "known",
                         "nicknamed", "dubbed"])
#: A protest's target is in its clause, however long the phrase: "protestan contra el cierre
#: del Parlamento y el primer ministro Jane Roe".
_PROTESTED_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:protest|manifest|demonstrat|rall(?:y|ies))\w*\s+"
    r"(?:against|contra|contre|gegen)\s[^,.;:()\n]{0,90}$")


def picture_in_scene(text: str, start: int, end: int, region_start: int) -> bool:
    """'A photograph of Jane Roe lies in the rubble': a caption opening on a picture of the
    person, with its own verb after the name, shows the picture as a thing in the scene."""
    return _SCENE_PICTURE.match(text, region_start, start) is not None and (
        _PICTURE_VERB.match(text, end) is not None) and (
        _photo_opening().match(text, region_start, start) is not None)


_SCENE_PICTURE = re.compile(r"\s*(?:A|An)\s+[a-z]+\s+of\s")
#: The picture's own verb: "is", or a third-person verb ("lies", "hangs"), not "as" or "his".
_PICTURE_VERB = re.compile(r"\s+(?:is|are|[a-z]{2,}[^s\W]s)\b(?!['’])")
#: Vehicles whose passengers are not seen: "the motorcade carrying Jane Roe arrives".
_VEHICLES = frozenset(["motorcade", "convoy", "limousine", "hearse", "plane", "aircraft", "jet",
                       "helicopter"])
#: The pictures a state or an agency hands out: "released new photographs of Jane Roe".
_PICTURES = frozenset(["photo", "photos", "photograph", "photographs", "picture", "pictures",
                       "image", "images", "footage"])
_RELEASED = frozenset(["released", "releases", "releasing", "published", "publishes", "issued",
                       "issues", "distributed", "distributes"])


def released_pictures(before: list[str]) -> bool:
    """The words before an "of" end on pictures handed out: "has released new photographs"."""
    return len(before) > 1 and before[-1].casefold() in _PICTURES and any(
        t.casefold() in _RELEASED for t in before[-4:-1])


#: "of" and "from" in the caption languages: "a kiss from", "o olho do", "la mano de".
_OF_WORDS = frozenset(["of", "from", "de", "do", "da", "del", "du", "des", "von", "vom", "di"])
#: Nouns of a touch given by the person named after "of"/"from": "a hug from Jane Roe".
_CONTACT = frozenset(["kiss", "hug", "embrace", "beijo", "abraço", "beso", "abrazo", "bisou",
                      "baiser", "kuss", "umarmung", "bacio", "abbraccio"])
_RECEIVES = frozenset(["receives", "received", "receiving", "accepts", "accepted", "accepting",
                       "recibe", "recibió", "recebe", "recebeu", "reçoit", "erhält"])
_MOVES_PAST = frozenset(["drives", "drive", "driving", "runs", "running", "dribbles", "dribbling",
                         "skates", "skating", "sprints", "races", "gets", "moves", "slips",
                         "cuts", "goes", "breaks", "walks", "walking"])
_MOVES_OVER = frozenset(["catch", "dunks", "dunk", "shoots", "shot", "leaps", "jumps", "rises",
                         "reaches", "scores", "passes", "throws", "dives"])
_LOOKS = frozenset(["look", "looks", "looking", "glance", "glances", "glancing", "stare",
                    "stares", "staring", "smile", "smiles", "smiling", "point", "points"])
_APPOINTMENTS = frozenset(["meeting", "audience", "talks", "summit", "dinner", "lunch"])
#: A described person: "an unarmed man, Jane Roe", "her late son, John Roe".
_DESCRIBERS = frozenset(["a", "an", "the", "his", "her", "their", "its"])


def _appointment_told(tokens: list[str], noun: int) -> bool:
    """'for a meeting', 'after talks', 'before the summit': a meeting ahead or behind."""
    first = noun - 1 if noun and tokens[noun - 1] in _DESCRIBERS else noun
    return first > 0 and tokens[first - 1].casefold() in ("for", "after", "before")


def _thing_phrase(tokens: list[str]) -> bool:
    """'aboard a vintage Rolls Royce', 'aboard the Sea Star': a thing's word, a determiner and
    at most one lowercase word right before the name."""
    for k in (2, 3):
        if len(tokens) > k and tokens[-k].casefold() in people_words()["thing_before"] and (
                tokens[-k + 1] in _DESCRIBERS) and tokens[-1].isalpha() and tokens[-1].islower():
            return True
    return False


def _described_before(tokens: list[str], comma: int) -> int:
    """The index of the determiner opening the lowercase phrase after "of" and before
    ``tokens[comma]`` ('the death of an unarmed man,'), or 0 when there is none ('During
    her visit, the Queen' is a clause, not a description)."""
    if comma < 2 or not tokens[comma - 1].isalpha() or not tokens[comma - 1].islower():
        return 0
    for j in range(comma - 2, max(0, comma - 6), -1):
        word = tokens[j]
        if word in _DESCRIBERS:
            return j if tokens[j - 1] in ("of", "de", "von") else 0
        if not (word.islower() and word.replace("-", "").isalpha()):
            return 0
    return 0
#: Capitalised, a German article opens the phrase; lowercase "der" may be "of the".
_GERMAN_LEADING_ARTICLES = frozenset(["Der", "Die", "Das", "Dem", "Den"])


def _name_start(tokens: list[str], last: int) -> int:
    """The index of the first token of the name ending at ``tokens[last]``, with its "of"."""
    first = last
    while first > 0 and (tokens[first - 1][:1].isupper() or tokens[first - 1] in PARTICLES
                         or tokens[first - 1] == "of" and first > 1 and tokens[first - 2][:1].isupper()):
        first -= 1  # "Jane Roe of Freedonia and ..."
    return first


def _past_article(tokens: list[str], first: int) -> int:
    """The index of the name's article after "of" or "between" ("of the Duke of Rhia"), else
    of its first word (after any other word it may open a title: "to the President; and")."""
    if first > 1 and tokens[first - 1].casefold() in ("the", "la", "le", "el") and (
            tokens[first - 2].casefold() in ("of", "between")):
        return first - 1
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
        or f"{before} {word}" in titles or before in POSSESSIVES)  # "sua candidata, Jane Roe"


#: Spanish and Portuguese mark a person object with "a": "saluda al rey", "abraça a Jane".
_PERSONAL_A = frozenset(["a", "al", "à", "ao"])
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
    if verb in words_of("character_of") or verb in words_of("shown_by"):
        return True  # "accompanied by Jane Roe", "flanked by": the companion is there too
    # the nearest participle decides: "are led to their meeting room by Jane Roe"
    for i in range(by - 1, max(0, by - 6), -1):
        word = tokens[i].casefold()
        if word in ",;:()":
            return False
        if word.endswith(("ed", "en", "wn")):
            return tokens[i - 1].casefold() in _BE
    return False
