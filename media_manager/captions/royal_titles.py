"""Royals named by their title alone: "the Queen", "the Prince of Wales", "le roi".

PA's royal visits: "the Queen was introduced to ..." names the person shown by the title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from media_manager.captions.gazetteer import gazetteer
from media_manager.captions.mentioned import _mentioned
from media_manager.captions.model import Span, Value
from media_manager.captions.names import trie_pattern
from media_manager.captions.person_titles import UP, _kept_title_before, people_words

#: Cheap test first: the title words of ``royal_title`` rows as they are printed.
_ROYAL_HINTS = ("Queen", "King", "Pope", "Prince", "Duke", "Duch", "Earl", "Countess", "reine",
                "roi ", "duc", "rey", "reina", "ríncipe", "rincesse", "duque", "uchesse")
#: All the hints in one scan of the caption (a prefix tree: one pass, not one per hint).
ROYAL_HINT = re.compile(trie_pattern(_ROYAL_HINTS))
#: Titles that need their territory to name one person: "the Prince of Wales".
_TERRITORIAL = frozenset(["prince", "princess", "duke", "duchess", "earl", "countess", "princesse",
                          "duc", "duchesse", "príncipe", "princesa", "duque", "duquesa"])


@lru_cache(maxsize=1)
def _royal_pattern() -> re.Pattern[str]:
    titles = trie_pattern(people_words()["royal_title"])
    return re.compile(
        rf"(?<![\w'’])(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Ll]['’])\s*(?P<title>(?i:{titles}))"
        rf"(?:\s+(?:of|de|du)\s+(?P<of>[{UP}][\w'’-]+))?(?![\w'’-]|\s+[{UP}]|['’]s\b)")


#: The British style: a royal's first name, then the title ("Catherine, Princess of Wales").
_STYLED = re.compile(r",\s+(?:(?:Princess|Prince|Duchess|Duke|Countess|Earl)\s+of\s+[A-Z][\w'’-]+"
                     r"|Princess\s+Royal)(?![\w'’-]|\s+[A-Z])")


def styled_royals(text: str, found: list[Value]) -> list[Value]:
    """'Catherine, Princess of Wales, arrives': a lone first name keeps the style after it."""
    out = []
    for value in found:
        span = value.span
        m = _STYLED.match(text, span.end) if span and " " not in value.value else None
        if span is None or m is None:
            out.append(value)
            continue
        styled = text[span.start:m.end()]
        out.append(Value(styled, Span(span.start, m.end(), styled), value.confidence))
    return out


#: A royal couple under one territory: "The Duke and Duchess of Cambridge" are two people.
_COUPLE = re.compile(r"(?<![\w'’])[Tt]he\s+(Duke|Prince|Earl)\s+and\s+(Duchess|Princess|Countess)"
                     r"\s+of\s+([A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z]|['’]s\b)")


def _royal_couples(text: str, start: int, stop: int) -> list[Value]:
    """'The Duke and Duchess of Cambridge arrive': the man's title and the woman's, each with
    the territory both share (not "a portrait of the Duke and Duchess of ...")."""
    out: list[Value] = []
    for m in _COUPLE.finditer(text, start, stop):
        if _mentioned(text, m.start(), start):
            continue
        territory = m.group(3)
        for group in (1, 2):
            name = f"{m.group(group)} of {territory}"
            out.append(Value(name, Span(m.start(group), m.end(group), m.group(group)), 0.8))
    return out


def _royal_titles(text: str, start: int, stop: int, found: list[Value]) -> list[Value]:
    """PA's royal visits: "the Queen was introduced to ...", "the Prince of Wales received":
    the title alone names the person (English titles capitalised, French ones lowercase)."""
    out: list[Value] = _royal_couples(text, start, stop) if " and " in text[start:stop] else []
    for m in _royal_pattern().finditer(text, start, stop):
        title = m.group("title")
        if any(v.span and v.span.start <= m.start("title") <= v.span.end + 5 for v in out):
            continue  # the couple's second title, already named
        if title.casefold() in _TERRITORIAL and not m.group("of"):
            continue  # "the prince" alone is no one in particular
        if title.islower() and not m.group("of") or title[0].islower() and text[m.start()] == "t":
            continue  # English writes the title of a person capitalised: "the queen bee"
        if any(v.span and v.span.start <= m.start("title") < v.span.end for v in found):
            continue
        if text.startswith(", ", m.start() - 2) and any(
                v.span and v.span.end == m.start() - 2 for v in found):
            continue  # "Princess Anne, the Princess Royal, arrives": the same person
        name = text[m.start("title"):m.end()]
        if _mentioned(text, m.start(), start):
            continue  # "a portrait of the Queen"
        span = Span(m.start("title"), m.end(), name)
        out.append(Value(name, span, 0.8))
    return out


def crown_country(text: str, start: int, region_start: int, tokens: list[str]) -> list[str] | None:
    """'la reine Silvia de Suède', 'el rey Felipe de España': a lowercase royal title, a lone
    first name and the crown's country; the country is no part of the name (the title stays)."""
    if len(tokens) != 3 or tokens[1] not in _CROWN_JOINS or not gazetteer().country(tokens[2]):
        return None
    title = _kept_title_before(text, start, region_start)
    return tokens[:1] if title.casefold() in people_words()["royal_title"] else None


_CROWN_JOINS = frozenset(["de", "du", "del", "da", "do"])
