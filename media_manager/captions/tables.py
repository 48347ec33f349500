"""Packaged data tables (credits, places, titles), loaded once on first use.

The only I/O in ``captions``: reading its own files in ``data/``, installed beside this module
(read with :mod:`pathlib`: :mod:`importlib.resources` would import ``tempfile``, ``zipfile``
and the compression modules in every process that parses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from media_manager.captions.names import trie_pattern

#: Where the package's data tables are installed.
DATA = Path(__file__).with_name("data")


def read_data(name: str) -> str:
    """The text of ``data/NAME``."""
    return (DATA / name).read_text(encoding="utf-8")


def read_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of ``data/NAME``, comments and blank lines skipped."""
    text = read_data(name)
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def read_words(name: str) -> list[str]:
    """One entry a line of ``data/NAME``."""
    return [row[0].strip() for row in read_rows(name) if row and row[0].strip()]


#: The ending of an agency's web address, dropped to look its name up ("WENN.com").
_DOMAIN_END = re.compile(r"(?<=\w)\.(?i:com|net|org)$")

#: Past this many pieces looked up, the answers kept are dropped (a long ingest's memory).
_AGENCY_CACHE_SIZE = 16384

#: The letters beyond ASCII that an ignore-case pattern takes for an ASCII one ("ı" for "i",
#: the Kelvin sign for "k"): :func:`ignorecase_folded` writes them as that letter.
_IGNORECASE_TWINS = {"İ": "i", "ı": "i", "ſ": "s", "K": "k"}

#: Every boilerplate row opens with one of these characters (a capital, "==", "epa123",
#: "(Tags:", "+++", a line break): the engine skips every other place at once.
BOILERPLATE_OPENS = "(?=[A-Z=e(+\n])"


def ignorecase_folded(text: str) -> str:
    """``text`` in lower case, read as an ignore-case pattern reads its ASCII letters: where
    such a pattern finds an ASCII word in ``text``, the word in lower case is in this."""
    if not text.isascii():
        for twin, letter in _IGNORECASE_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    return text.lower()


@dataclass(eq=False)
class CreditTable:
    """The credit forms of ``credits.tsv``, indexed for lookups. Hashed by identity (there is
    one per process), so what a credit piece is can be cached per table."""

    agencies: dict[str, str] = field(default_factory=dict)  # casefolded alias -> canonical
    exact_agencies: dict[str, str] = field(default_factory=dict)  # short all-caps -> canonical
    handout: set[str] = field(default_factory=set)
    pool: set[str] = field(default_factory=set)
    file: set[str] = field(default_factory=set)
    not_person: set[str] = field(default_factory=set)
    government: set[str] = field(default_factory=set)  # canonical agencies of official photos
    markers: list[tuple[str, str]] = field(default_factory=list)
    marker_names: dict[str, str] = field(default_factory=dict)  # casefolded -> canonical
    #: the markers in lower case, to test the caption for before ``marker_re`` is tried;
    #: empty when one is not ASCII (then the pattern is always tried)
    marker_words: tuple[str, ...] = ()
    boilerplate: re.Pattern[str] | None = None
    marker_re: re.Pattern[str] | None = None
    agency_re: re.Pattern[str] | None = None
    word_re: re.Pattern[str] | None = None  # picture/archive words around an agency's name
    #: canonical agency -> (country code, language) of its domestic service
    home: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: ranks and ratings before a photographer's name in a credit (``rank`` rows)
    rank_re: re.Pattern[str] | None = None
    rank_starts: frozenset[str] = frozenset()  # casefolded first words of the ranks
    #: canonical agencies that print their name first in a chain they distribute (``lead``)
    leads: set[str] = field(default_factory=set)
    #: words that make a credit piece an organisation ("FC", "Press Office"; ``org_word`` and
    #: ``official`` rows), and those of official bodies, whose pictures are handouts
    org_re: re.Pattern[str] | None = None
    official_re: re.Pattern[str] | None = None
    _agency_cache: dict[str, str | None] = field(default_factory=dict, repr=False,
                                                 compare=False)

    def agency(self, text: str) -> str | None:
        """The canonical agency for ``text`` (an alias or misspelling), else None.

        An agency's name with a picture word after it or an archive word before it is the
        agency too: "DHA Photo", "Alamy Stock Photo", "Archivo EFE" (``agency_word`` rows).
        Answers are kept: every rule of a credit asks about the same few pieces.
        """
        cache = self._agency_cache
        if text in cache:
            return cache[text]
        if len(cache) >= _AGENCY_CACHE_SIZE:
            cache.clear()
        found = cache[text] = self._agency(text)
        return found

    def _agency(self, text: str) -> str | None:
        text = text.strip(" .,;:")
        found = self._alias(text)
        if found is None and "." in text:  # "WENN.com", "CUARTOSCURO.COM": its web address
            bare = _DOMAIN_END.sub("", text)
            found = self._alias(bare) if bare != text else None
        if found is None and self.word_re is not None and " " in text:
            bare = self.word_re.sub("", text)
            if bare != text and bare:
                found = self._alias(bare)
        return found

    def _alias(self, text: str) -> str | None:
        if text in self.exact_agencies:
            return self.exact_agencies[text]
        if len(text) <= 3 and text.isupper():
            return None
        return self.agencies.get(text.casefold())


def _word_re(words: list[str]) -> re.Pattern[str]:
    """Whole words of ``words`` in any case, but short all-caps ones exactly ("AS", not "as")."""
    exact = [w for w in words if len(w) <= 3 and w.isupper()]
    folded = {w.casefold() for w in words if w not in exact}
    parts = [f"(?i:{trie_pattern(folded)})"] if folded else []
    parts += [trie_pattern(exact)] if exact else []
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def credit_table() -> CreditTable:
    """The credit table, built on first use."""
    table = CreditTable()
    boiler: list[str] = []
    before: list[str] = []
    after: list[str] = []
    ranks: list[str] = []
    org_words: list[str] = []
    official: list[str] = []
    for row in read_rows("credits.tsv"):
        kind, text = row[0], row[1]
        canon = row[2] if len(row) > 2 else ""
        if kind == "agency":
            if len(text) <= 3 and text.isupper():
                table.exact_agencies[text] = canon
            else:
                table.agencies[text.casefold()] = canon
        elif kind in ("handout", "pool", "file", "not_person"):
            getattr(table, kind).add(text.casefold())
        elif kind == "government":
            table.government.add(text)
        elif kind == "marker":
            table.markers.append((text, canon))
        elif kind == "boilerplate":
            boiler.append(text)
        elif kind == "home" and len(row) > 3:
            table.home[text] = (canon, row[3])
        elif kind in ("org_word", "official"):
            (official if kind == "official" else org_words).append(text)
        elif kind == "lead":
            table.leads.add(text)
        elif kind == "rank":
            table.rank_starts |= {text.split()[0].rstrip(".").casefold()}
            ranks.append(r"\.?\s+".join(re.escape(w.rstrip(".")) for w in text.split()))
        elif kind == "agency_word":
            (before if canon == "before" else after).append(re.escape(text))
    if before or after:
        table.word_re = re.compile(
            "(?i)" + "|".join([rf"^(?:{w})\s+" for w in before] + [rf"\s+(?:{w})$" for w in after]))
    if ranks:  # longest first: "Staff Sgt." before "Sgt."; "2nd Class" after a rating
        ranks.sort(key=len, reverse=True)
        table.rank_re = re.compile(r"(?i)^(?:(?:" + "|".join(ranks) + r")\.?"
                                   r"(?:\s+\d(?:st|nd|rd|th)\s+Class)?\s+)+(?=\S+\s+\S)")
    if org_words or official:
        table.org_re = _word_re(org_words + official)
    if official:
        table.official_re = _word_re(official)
    table.boilerplate = re.compile(BOILERPLATE_OPENS + "(?:" + "|".join(f"(?:{b})" for b in boiler)
                                   + ")")
    table.marker_names = {t.casefold(): c for t, c in table.markers}
    if all(t.isascii() for t in table.marker_names):
        table.marker_words = tuple(table.marker_names)
    markers = set(table.marker_names)
    table.marker_re = re.compile(r"(?i)(?<![\w])(?:" + trie_pattern(markers) + r")(?![\w])")
    names = set(table.agencies) | {k.casefold() for k in table.exact_agencies}
    table.agency_re = re.compile(r"(?i)(?<![\w])(?:" + trie_pattern(names) + r")(?![\w])")
    return table
