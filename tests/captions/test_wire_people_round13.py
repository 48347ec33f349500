"""Wire captions that name people (issue 12), a short round on the odd half of real_people_13:
an office that ends on a particle, Portuguese "tomou posse", a German scorer's title.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from tests.captions.parsed import credit, people


@pytest.mark.parametrize(("text", "expected"), [
    # a name ends on no particle: the office "O Presidente da República" is none
    ("O Presidente da República, Marcelo Roe de Sousa (C), durante uma cerimónia no Porto.",
     ["Marcelo Roe de Sousa"]),
    ("Jane da Silva sorri durante a cerimónia no Porto.", ["Jane da Silva"]),
    ("Jana von Roth lächelt bei der Eröffnung in Köln.", ["Jana von Roth"]),
    # "tomou posse" (took office) after a lone name opening the caption
    ("Lula tomou posse neste domingo, 1º de janeiro, em Brasília.", ["Lula"]),
    ("A multidão tomou as ruas de Brasília neste domingo, 1º de janeiro.", []),
    # the German scorer's title
    ("Torschütze Davy Roth jubelt nach dem 1:0 in Bremen.", ["Davy Roth"]),
])
def test_wire_people(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a label left before the photographer's name inside the credit
    ("A farmer walks his field. (Photo: By Ana Luz, The Daily Roe)", ["Ana Luz"]),
    ("A farmer walks his field. (Picture By: Ana Luz/Acme News)", ["Ana Luz"]),
    ("Um agricultor caminha no campo. (Imagem: Ana Luz/Agência Brasil)", ["Ana Luz"]),
    ("Un fermier dans son champ. Ph. Ana Luz", ["Ana Luz"]),
    ("Un fermier dans son champ. Ph. Belga", []),
    ("Des manifestants lancent des pierres. (Photo de ANA LUZ / AFP)", ["Ana Luz"]),
    ("Des manifestants lancent des pierres. (Photo AFP)", []),
    ("A farmer walks his field. (Photo by Ana Luz/The Daily Roe)", ["Ana Luz"]),
    # a role after the name is none
    ("A farmer walks his field. (Photo by Ana Luz, Contributing Photographer)", ["Ana Luz"]),
    # a rank written out before the name
    ("Airmen load a plane. (U.S. Air Force photo by Master Sergeant Ana Luz)", ["Ana Luz"]),
])
def test_photographer_without_label(text: str, expected: list[str]) -> None:
    assert credit(text)[1] == expected
