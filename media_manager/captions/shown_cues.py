"""Position cues and the other signs that a person named is in the picture.

", left,", "(C)", "(2nd R)", "(i)": the agencies' position cues; a lone name opening the
caption before its verb ("Kerry arrives"), or after a title ("sekiwake Abi"), is shown too.
"""

from __future__ import annotations

import re

from media_manager.captions.everyday_words import no_given_name
from media_manager.captions.language import language_of
from media_manager.captions.not_a_person import _NEXT_LOWER_WORD, _NEXT_TWO_LOWER_WORDS, _acceptable
from media_manager.captions.person_titles import (
    POSSESSIVES,
    UP,
    _is_lower_word,
    _is_title_word,
    _title_token,
    _titles,
    people_words,
)

CUE = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*,"  # an age: "serviceman Andriy, 36, fires"
    r"|,\s*(?:de\s+)?\d{1,3}\s+(?:ans|años|anos|anni|Jahre|years?\s+old)\b"  # "Jean, 53 ans, fume",
    # Spanish and Portuguese with "de": "Issa, de 10 anos, carrega"
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
    r"esquerda|direita)|(?:links|rechts)(?:\s+im\s+Bild)?|(?:a\s+)?(?:sinistra|destra))"
    r"(?:\s*,[^()\n]{0,30})?\s*\)"  # a note after the position: "(C, violin)", "(R, cello)"
    # a position written out, with an ordinal and a note: "(au centre)", "(segundo por la
    # izquierda)", "(terza da sinistra)", "(2.v.l.)", "(à direita, de pé)"
    r"|\(\s*(?:(?:\d{1,2}\s*[º°ªaoe.]?|segund[oa]|tercer[oa]?|second[oa]?|terz[oa]|deuxième"
    r"|troisième|[Zz]weite[rs]?|[Dd]ritte[rs]?)\s*)?(?:(?:desde|por|a|à|da|de|en|ao|al|au|von|partant"
    r"|del?|el|la)\s+)*(?:izquierda|derecha|centro|gauche|droite|centre|esquerda|direita|sinistra"
    r"|destra|links|rechts|Mitte|vorne|hinten|v\.\s*[lr]\.)(?:\s*,[^()\n]{0,30})?\s*\)"
    # the picture's own word: "Jane Roe (pictured) ...", "Jana Roth (Foto, am Ball) trifft",
    # "(im Bild)", "(en la foto)", "(na foto)", "(photo)"
    r"|\(\s*(?:pictured|im\s+Bild|Foto|photo|en\s+la\s+foto|na\s+foto)(?:\s*,[^()\n]{0,30})?\s*\))")
#: An age after a name: a person, though not always one in the picture ("mourn Jane Roe, 15,").
_AGE_CUE = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|(?:de\s+)?\d{1,3}\s*(?:ans|años|anos|anni|Jahre"
                      r"|years?\s+old)\b)")
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


#: A line of its own above the caption that credits the picture: "Foto: Jane Roe",
#: "Imagen JANE ROE/AGENCY", "Foto Jana Roth/dpa".
_LABEL_LINE = re.compile(r"[ \t]*(?:Photos?|Fotos?|Photograph|Pictures?|Images?|Imagen|Bild"
                         r"|Fonte|Fuente|Quelle|Source|Credits?|Crédits?|Bildrechte)\b[^\n]{0,60}"
                         r"\n\s*")


#: A credit printed first and run on to the caption: "Jane Roe / CBF John scores".
_CREDIT_RUN_ON = re.compile(rf"[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{0,3}}[ \t]*/[ \t]*"
                            r"[A-Z]{2,10}[ \t]+")


def _opens(text: str, start: int, region_start: int) -> bool:
    """The run opens the caption, past an ellipsis or a dash ("… Jane e John jantaram"), past a
    credit's line above it ("Foto: Jane Roe\nJohn e Jack em Curitiba") or a credit run on to it
    ("Jane Roe / CBF John festeja")."""
    if start == region_start or _OPENING_MARKS.fullmatch(text, region_start, start) is not None:
        return True
    before = text[region_start:start]
    if "\n" in before and _LABEL_LINE.fullmatch(text, region_start, start) is not None:
        return True
    if before.endswith(_JOIN_ENDS) and _OPENING_NAMES.fullmatch(text, region_start, start) and (
            _given_names(before)):
        return True  # "Paul, Lena und Alexa Roth bieten ...": the last of the names opening it
    return "/" in before and _CREDIT_RUN_ON.fullmatch(text, region_start, start) is not None


#: Given names opening the caption, listed and joined before the run: "Paul, Lena und ".
_OPENING_NAMES = re.compile(rf"[{UP}][\w'’-]+(?:,[ \t]+[{UP}][\w'’-]+)*,?[ \t]+(?:und|and|e|y|et)[ \t]+")
_JOIN_ENDS = (" und ", " and ", " e ", " y ", " et ")


def _given_names(listed: str) -> bool:
    """Every capitalised word of ``listed`` could be a given name: no everyday word ("Polizei
    und Feuerwehr Hamburg" lists bodies), no place's opening word."""
    words = [w.strip(",") for w in listed.split() if w[:1].isupper()]
    language = language_of(listed) or "de"
    return all(not no_given_name(w, language) for w in words)


#: "En la imagen, Roe, con el presidente ...": a lone name opening the sentence, then "with".
_WITH_AFTER = re.compile(
    r"(?:,\s+(?:con|com|with|avec|mit|junto\s+a)|\s+junto\s+a)\s+(?:(?:el|la|los|o|a|os|le|la|les|the|dem|der|den"
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


#: "her daughters Louie and Cyan", "los reyes Felipe y Letizia": a plural relation or title.
_PLURAL_PAIR = re.compile(rf"([a-zà-ÿ]+s)\s+[{UP}][\w'’-]+\s+(?:and|und|et|e|y)\s+$")


def _listed_partner(text: str, start: int, end: int, region_start: int) -> bool:
    """'Isabel (L) and Alejandra, wearing ...': a lone first name joined by "and" to a name
    with a position cue, then a comma or another "and", is listed with it; so is the second
    of two names after a plural relation or title ("her daughters Louie and Cyan")."""
    if not text.endswith(_AND_ENDINGS, region_start, start):
        return False
    pair = _PLURAL_PAIR.search(text, max(region_start, start - 40), start)
    if pair and (pair.group(1) in people_words()["kin"] or _is_title_word(pair.group(1))):
        return _acceptable(text[start:end], True)
    if not _LIST_AND.search(text, max(region_start, start - 8), start):
        return False
    cued = _CUED_BEFORE.search(text, max(region_start, start - 40), start)
    return cued is not None and (text.startswith(",", end) or _AND_NEXT.match(text, end)
                                 is not None) and _acceptable(text[start:end], True)


_AND_NEXT = re.compile(r"\s+(?:and|und|et|e|y)\s")
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
    first, second = after.group(1), after.group(2)
    if first in _BE:  # "Roe is greeted by ...": the present passive of a person's verb
        return second in people_words()["subject_passive"]
    if first in _AND:  # "Roe e ministros posam", "Roe and his wife arrive": the subject's party
        party = _PARTY_THEN_VERB.match(text, end, end + 50)
        return party is not None and party.group(1) in people_words()["subject_verb"]
    verb = second if first in _REFLEXIVE or first in _ADVERBS else first
    # "Roe se reuniu com ...": past "se"; "Roe even rocked a bag": past an adverb
    return verb in people_words()["subject_verb"]


_BE = frozenset(["is", "are"])
_AND = frozenset(["and", "e", "y", "et", "und"])
_PARTY_THEN_VERB = re.compile(
    r"\s+(?:and|e|y|et|und)\s+(?:(?:his|her|their|sus?|seus?|suas?|ses|sa|son)\s+)?[a-z][\w'-]*"
    r"\s+([a-z][\w'-]*)")


_REFLEXIVE = frozenset(["se", "si", "sich"])
#: An adverb between a lone subject and its verb: "Roe even rocked", "Roe later waved".
_ADVERBS = frozenset(["even", "also", "later", "then", "still", "again", "happily", "proudly",
                      "briefly", "warmly"])


def _body_part_after(text: str, end: int) -> bool:
    after = _NEXT_LOWER_WORD.match(text, end, end + 20)
    return after is not None and after.group(1) in people_words()["body_part"]


#: "Jane Roe of Freedonia (L)": the player's country or club, then the position cue.
_OF_HOME = re.compile(rf"\s+of\s+(?:the\s+)?[{UP}][\w.'’-]*(?:\s+[{UP}][\w.'’-]*)?")


#: "Jane, a retired nurse, waters ...": a described person, the description's head a role.
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?([a-z][\w-]*)\s*,\s+[a-z]")


def _described_after(text: str, end: int) -> bool:
    """'Jane, a retired nurse, waters her roses': a lone word set off by a description with an
    indefinite article whose last word is a role or title names a person."""
    if not text.startswith(", a", end):
        return False  # cheap test first
    m = _DESCRIBED_AFTER.match(text, end, end + 80)
    return m is not None and _is_title_word(m.group(1))


def _cue_after_home(text: str, end: int) -> bool:
    if not text.startswith(" of ", end):
        return False
    home = _OF_HOME.match(text, end)
    return home is not None and CUE.match(text, home.end()) is not None


def _after_title(text: str, start: int, region_start: int) -> bool:
    """'sekiwake Abi': a lone name right after a lowercase title or role is a person."""
    if start <= region_start or not text[start - 1].isspace():
        return False
    words = text[max(region_start, start - 40):start].split()
    word = words[-1] if words else ""
    if word[-1:] == "," and (_APPOSITION_END.match(text, start) or len(words) >= 2 and (
            words[-2].casefold() in POSSESSIVES and word[:-1] in people_words()["kin"])):
        word = word[:-1]  # "sua esposa, Jane, se beijam": the name set off by commas; "and his
        # wife, Jane as they arrive": a relative's name needs no second comma
    elif len(words) >= 2 and len(word) >= 5 and _is_lower_word(word) and (
            word not in people_words()["shown"]) and _is_title_word(words[-2]):
        word = words[-2]  # "o príncipe britânico Jane": the adjective follows the title
    return _is_title_word(word) or word in people_words()["kin"]  # "and son Elwen"


_APPOSITION_END = re.compile(r"[\w'’-]+\s*,")


#: German names a relation or a home before the name: "mit ihrem Mann Jan Roth",
#: "der Schalker Jan Roth" (a club's or a city's adjective in -er).
_GERMAN_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?:ihr|ihre|ihrem|ihren|ihrer|sein|seine|seinem|seinen|seiner)\s+$")
_GERMAN_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:der|die|dem|den|des)\s+$")
_HOME_ADJECTIVE = re.compile(rf"[{UP}][a-zäöüß]{{3,}}(?:er|erin)")


def _german_role_before(text: str, start: int, tokens: list[str]) -> bool:
    """'ihren Verlobten Jan Roth', 'der Kölner Jan Roth': the run's first word is a relation
    or a home, and the name (two words) follows it."""
    if len(tokens) != 3:
        return False
    before = text[max(0, start - 8):start]
    if _GERMAN_POSSESSIVE_BEFORE.search(before):
        return True
    return _HOME_ADJECTIVE.fullmatch(tokens[0]) is not None and (
        _GERMAN_ARTICLE_BEFORE.search(before) is not None)


#: "Jana Roth, ehemalige deutsche Bahnradsportlerin": a title set off by a comma after it.
_TITLE_APPOSED = re.compile(rf",\s+(?:[a-zäöüß]+\s+){{0,3}}([{UP}][\w-]+)")


def _title_apposed_after(text: str, end: int) -> bool:
    if not text.startswith(",", end):
        return False
    m = _TITLE_APPOSED.match(text, end)
    return m is not None and _title_token(m.group(1))


#: "Jan Roth (r.) gegen Jan Kern": a duel; the cue on one side puts the other in the picture.
_CUED_VERSUS = re.compile(r"\)\s+(?:gegen|vs\.?|versus|against|contre|contra)\s+$")


_VERSUS_ENDINGS = (" gegen ", " vs ", " vs. ", " versus ", " against ", " contre ", " contra ")


def _cued_versus(text: str, start: int, region_start: int) -> bool:
    if not text.endswith(_VERSUS_ENDINGS, region_start, start):
        return False  # cheap test first
    m = _CUED_VERSUS.search(text, max(region_start, start - 12), start)
    if m is None:
        return False
    opened = text.rfind("(", max(region_start, m.start() - 24), m.start())
    return opened >= 0 and CUE.match(text, opened) is not None


#: German verbs of meeting: the full name right after one is the one met, in the picture
#: ("Jan Roth begrüßt Mia Kern"), though German capitalises every noun.
_GERMAN_MEETS = frozenset(["begrüßt", "begrüßte", "begrüßen", "umarmt", "umarmte", "trifft",
                           "traf", "empfängt", "empfing", "küsst", "küsste"])
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _met_in_german(text: str, start: int, tokens: list[str]) -> bool:
    """'Jan Roth begrüßt Mia Kern': a name of two words or more right after a German verb of
    meeting."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return len(tokens) > 1 and m is not None and m.group(1) in _GERMAN_MEETS

