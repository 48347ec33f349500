"""Derive ``data/common_words.tsv``: the everyday words of each caption language.

    python -m media_manager.captions.build_words

A run of capitals made only of such words ("Quiet Morning", "Kalter Morgen") is a
heading, a thing or a slogan, never a person (``not_a_person.ordinary_words``). The words are
those wordfreq (its "large" lists, CC BY-SA 4.0) gives a Zipf frequency of 3.0 or more, that is
at least once in a million words, for English, German, Spanish, French and Portuguese: lowercase
and letters only, accents kept. A word that is also somebody's name is left out, so that "Rose
Long" or "Jana Weiss" stays a name: the first and last names of every locale Faker ships (MIT),
their romanised forms ("Zhou", "Sato") and the capitalised entries of the SCOWL word list
(Debian's wamerican, ``/usr/share/dict/american-english``). The file is read at most once per
language, and only when a caption holds a run of two words or more that could be a name.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from media_manager.captions.everyday_words import LANGUAGES
from media_manager.captions.gazetteer import fold

TABLE = Path(__file__).with_name("data") / "common_words.tsv"
MIN_ZIPF = 3.0
DICTIONARY = Path("/usr/share/dict/american-english")


def _latin(word: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in word)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (s for key in value for s in _strings(key))
    elif isinstance(value, (list, tuple, set, frozenset)):
        yield from (s for item in value for s in _strings(item))


def known_names() -> set[str]:
    """Every word of a first or last name, folded: Faker's locales and SCOWL's capitals."""
    from faker.providers import person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"),
                           "Provider", None)
        for attribute, value in vars(provider or object).items():
            if "names" in attribute and "kana" not in attribute and not attribute.startswith(
                    ("_", "language")):
                names.update(fold(word) for name in _strings(value) if _latin(name)
                             for word in name.replace("-", " ").split())
    if DICTIONARY.exists():
        names.update(fold(line.strip().removesuffix("'s"))
                     for line in DICTIONARY.read_text(encoding="utf-8").splitlines()
                     if line[:1].isupper())
    return names


def common_words(language: str, names: set[str]) -> list[str]:
    from wordfreq import iter_wordlist, zipf_frequency

    kept = []
    for word in iter_wordlist(language, "large"):
        if zipf_frequency(word, language, "large") < MIN_ZIPF:
            break  # the list runs from the most frequent down
        if word.isalpha() and word == word.lower() and fold(word) not in names:
            kept.append(word)
    return sorted(kept)


def main() -> None:
    names = known_names()
    lines = [f"{language}\t{word}" for language in LANGUAGES
             for word in common_words(language, names)]
    TABLE.write_text("# language<TAB>word: everyday words that are no one's name, from wordfreq"
                     " (CC BY-SA 4.0, github.com/rspeer/wordfreq), less Faker's names and"
                     " SCOWL's capitals; this file is under CC BY-SA 4.0\n"
                     + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {TABLE}")


if __name__ == "__main__":
    main()
