"""Wire captions that name people (issue 12), a short round on the odd half of real_people_13:
an office that ends on a particle, Portuguese "tomou posse", a German scorer's title.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from tests.captions.parsed import people


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
