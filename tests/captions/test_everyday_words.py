"""Runs of everyday words are no person shown (issue 12, item 2): a gallery's heading, a thing
or a slogan printed in capitals ("Quiet Morning", "Kalter Morgen") is made of words of the
caption's language that are frequent and no one's name, where a real name nearly always holds a
word that is not such a word, or that is somebody's first or last name ("Rose Long").

Each caption is written for this test in the agencies' styles; names are made up. Every language
has a case the rule changes and a case it must leave as it was.
"""

from __future__ import annotations

from importlib.resources import files

import pytest

from media_manager.captions.everyday_words import LANGUAGES, common_words, everyday_words_only
from media_manager.captions.parse import parse_caption

CASES = [
    (("Quiet Morning\nA fisherman casts his net at dawn on the Tagus in Lisbon, Portugal, May 4, "
      "2025."), []),
    ("Jane Cobbold smiles at the premiere in London, Britain, March 3, 2025.", ["Jane Cobbold"]),
    # both words are English words, and both are names too: the names are kept out of the table
    ("Rose Long smiles at the premiere in London, Britain, March 3, 2025.", ["Rose Long"]),
    ("Kalter Morgen\nDie Menschen warten in Berlin auf den Bus und die Bahn.", []),
    ("Jana Weiss lächelt bei der Eröffnung der Schau in Berlin mit den Kindern.", ["Jana Weiss"]),
    ("Noche Larga\nLos vecinos esperan la llegada del tren en Madrid, España.", []),
    ("Marta Quintanilla sonríe durante la ceremonia en Madrid con los niños.",
     ["Marta Quintanilla"]),
    ("Douce Matinée\nLes habitants attendent le bus dans les rues de Lyon et de Villeurbanne.",
     []),
    ("Camille Beaujolin sourit lors de la cérémonie à Paris avec les enfants.",
     ["Camille Beaujolin"]),
    ("Manhã Fria\nMoradores aguardam o ônibus no centro da cidade de São Paulo, com os filhos.",
     []),
    ("Joana Figueiredo sorri durante a cerimônia em Lisboa, com os filhos.", ["Joana Figueiredo"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_everyday_words_name_no_one(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("Quiet Morning", "en", True),
    ("Quiet Morning's", "en", True),  # a possessive's 's aside
    ("Quiet", "en", False),  # one word: a lone name is told by its cues, not by this rule
    ("Quiet Morning", None, False),  # a caption whose language its words do not tell
    ("Quiet Morning", "it", False),  # a language the table does not hold
    ("Quiet-Morning Dawn", "en", False),  # a hyphen, an apostrophe or an initial: a name's
    ("Pope Leo", "en", False),  # a pope's or a king's title kept with his one name
    ("Jane Cobbold", "en", False),
    ("Kalter Morgen", "de", True),
    ("Kalter Morgen", "en", False),  # the words of another language
])
def test_everyday_words_only(name: str, language: str | None, expected: bool) -> None:
    assert everyday_words_only(name, language) is expected


def test_the_table_holds_lowercase_words_of_the_five_languages() -> None:
    text = (files("media_manager.captions") / "data" / "common_words.tsv").read_text(
        encoding="utf-8")
    header, *lines = text.splitlines()
    assert header.startswith("#") and "CC BY-SA 4.0" in header
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 2 and row[0] in LANGUAGES and row[1].isalpha()
               and row[1] == row[1].lower() for row in rows)
    for language in LANGUAGES:
        words = {row[1] for row in rows if row[0] == language}
        assert len(words) > 20_000 and common_words(language) == words
    # first and last names are left out, the everyday words around them kept
    assert {"rose", "long", "jane", "weiss", "marta"}.isdisjoint(
        {row[1] for row in rows})
    assert {("en", "morning"), ("de", "morgen"), ("es", "noche"), ("fr", "matinée"),
            ("pt", "manhã")} <= {(row[0], row[1]) for row in rows}
