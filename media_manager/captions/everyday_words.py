"""Runs of capitals made of everyday words only: a heading, a thing, a slogan, not a person.

"Quiet Morning", "Kalter Morgen", "Gran Premio", "Marché Couvert": every word of the run
is a word of the caption's language that wordfreq counts at least once in a million and that is
no one's first or last name (``data/common_words.tsv``, built by ``build_words``). A real name
nearly always holds one word that is not such a word ("Jane Roe", "Xi Jinping"); the few that do
not are famous names frequent in the news of their own language ("Macky Sall" in French).
"""

from __future__ import annotations

from functools import lru_cache

from media_manager.captions.person_titles import _titles
from media_manager.captions.tables import read_data

_POSSESSIVE_ENDS = ("'s", "’s")
#: The languages the table holds.
LANGUAGES = ("en", "de", "es", "fr", "pt")


@lru_cache(maxsize=8)
def common_words(language: str) -> frozenset[str]:
    """The everyday words of ``language`` (empty for a language the table does not hold),
    read the first time a caption in that language needs them."""
    if language not in LANGUAGES:
        return frozenset()  # no read of the table for a language it does not hold
    prefix = f"{language}\t"
    return frozenset(line[len(prefix):] for line in read_data("common_words.tsv").splitlines()
                     if line.startswith(prefix))


@lru_cache(maxsize=8192)  # pure, and runs recur across a feed's captions
def plain_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` in lowercase, a possessive's 's aside, when it has two or more and
    all are letters only; () otherwise (a lone name, initials, "O'Neill", "Jean-Pierre", or a
    pope's or a king's title kept with his one name: "Papst Franziskus")."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() in _titles()[1]:
        return ()
    bare = [w.removesuffix(_POSSESSIVE_ENDS[0]).removesuffix(_POSSESSIVE_ENDS[1]) for w in words]
    return tuple(w.casefold() for w in bare) if all(w.isalpha() for w in bare) else ()


def everyday_words_only(name: str, language: str | None) -> bool:
    """True when ``name`` has two words or more and each (a possessive 's aside) is an
    everyday word of ``language``, printed with any capitals."""
    words = plain_words(name)
    if not words or language is None:
        return False
    table = common_words(language)
    return all(w in table for w in words)


#: Words that open a place's or a body's name and were left out of the table as somebody's
#: name too ("San Siro", "Saint Denis", "Vila Madalena", "Ville de Lyon", "Musée Louvre").
PLACE_OPENERS = frozenset(["san", "santa", "santo", "são", "saint", "sainte", "st", "sankt",
                           "vila", "villa", "ville", "puerta", "porta", "plaza", "praça",
                           "piazza", "place", "rue", "avenida", "parque", "port", "porto", "bad",
                           "lake", "mount", "monte", "musée", "museo", "museu", "notre", "palais",
                           "palacio", "palácio", "castel", "castello", "fort", "la", "le", "el",
                           "los", "las", "les", "de", "del", "der", "die", "das", "the"])


def no_given_name(word: str, language: str | None) -> bool:
    """True when ``word`` cannot open a person's name: an everyday word of the caption's
    language (of any, when the caption does not tell) or of English ("Contact Jane Roe",
    "Englischer Garten"), or a word that opens a place's name ("San Siro")."""
    bare = word.strip(".,").casefold()
    if bare in PLACE_OPENERS or bare in common_words("en"):
        return True
    languages = (language,) if language is not None else LANGUAGES  # untold: any of them
    return any(bare in common_words(lang) for lang in languages)

