"""People shown, round 7 (issue 12): forms found across the odd half of a sixth sample.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption

CASES = [
    # a royal couple under one territory is two people
    ("The Duke and Duchess of Arden greet wellwishers outside the hospital. (Tom Vale/PA)",
     ["Duke of Arden", "Duchess of Arden"]),
    ("A portrait of the Duke and Duchess of Arden hangs in the hall. (Tom Vale/PA)", []),
    ("The Duke of Arden greets wellwishers outside the hospital. (Tom Vale/PA)",
     ["Duke of Arden"]),
    # "in front of" a person is beside her; "of" alone still leads a thing's name
    ("Jana Roth, standing in front of Prime Minister Tom Vale, at the ceremony (Rui Neto/PA)",
     ["Jana Roth", "Tom Vale"]),
    ("Jana Roth reads a copy of Modern Garden Review at the fair. (Rui Neto/PA)", ["Jana Roth"]),
    # Spanish "y" joins a first name to a first name and the surname both share
    ("Ana Roy junto a Tom y Jana Roth en Lima. EFE/Rui Neto", ["Ana Roy", "Tom Roth", "Jana Roth"]),
    ("Ana Roy junto a Tom Vale y Jana Roth en Lima. EFE/Rui Neto",
     ["Ana Roy", "Tom Vale", "Jana Roth"]),
    # "junto a" after a lone name opening the caption: the name is a person shown
    ("Roth junto a Tom Vale en Lima. EFE/Rui Neto", ["Roth", "Tom Vale"]),
    ("Lima junto a su puerto, al amanecer. EFE/Rui Neto", []),
    # a hyphenated German title alone names no one
    ("Der US-Präsident begrüßt Jana Roth vor dem Kanzleramt. Foto: Tom Vale/dpa", ["Jana Roth"]),
    ("Der US-Präsident Tom Vale begrüßt Jana Roth. Foto: Ana Roy/dpa", ["Tom Vale", "Jana Roth"]),
    # the relatives a mourner lost are not in the picture
    ("Jana Roth lost her son Tom Roth, 23, in a flood in 2019", ["Jana Roth"]),
    ("Jana Roth and her son Tom Roth, 23, pose at home in Denver", ["Jana Roth", "Tom Roth"]),
    # a kiss or a hug "from"/"do" someone, a look into someone's eye: they are in the picture
    ("O meia Tom Vale ganha um beijo do companheiro Rui Neto após o gol Foto: Ana Roy / AFP",
     ["Tom Vale", "Rui Neto"]),
    ("O meia Tom Vale olha no olho do técnico Rui Neto após o gol Foto: Ana Roy / AFP",
     ["Tom Vale", "Rui Neto"]),
    ("O meia Tom Vale marca o gol da vitória do Rui Neto Clube Foto: Ana Roy / AFP", ["Tom Vale"]),
    # French relatives before a first name, as the other languages' are
    ("Jean Roth et sa femme Ana posent à Lyon. Photo AFP", ["Jean Roth", "Ana"]),
    ("Jean Roth pose à Lyon avec une femme. Photo AFP", ["Jean Roth"]),
    # German galleries tell the scene in the past too
    ("Roth küsste Vale zur Begrüßung auf die Wangen. Quelle: dpa", ["Roth"]),
    ("Roth sagte, die Gäste kämen später. Quelle: dpa", []),
    # pictures released of a person are this picture; a photo held is not
    ("The agency has released new photographs of Jana Roth presiding over a meeting.",
     ["Jana Roth"]),
    ("Tom Vale holds up photographs of Jana Roth during a vigil.", ["Tom Vale"]),
    # a place guessed from "of" alone leaves a name to the people finder; a large city's name
    # inside the guess keeps it a place
    ("Jana Roth arrives at the offices of Folha de São Paulo. Foto: Rui Neto/Folhapress",
     ["Jana Roth"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people7_forms(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
