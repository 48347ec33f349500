"""People shown on the forms of the fourth round on the real samples (issue 12): a person's
posture after a lone name, a street named after a person, a brand's sweets and an indigenous
people's land, a role owned by an article or a possessive after "of", a team named for an
animal, a boundary's name, a name's pronunciation in parentheses, Spanish's personal "a" after
an infinitive, and a later sentence that opens on the subject's company.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # a posture verb after a lone word opening the caption says a person
    ("Tomas lies on a hospital bed in his village north of Kabul, May 3, 2024.", ["Tomas"]),
    ("Tomas visits a hospital in his village north of Kabul, May 3, 2024.", []),
    # a street named after a person
    ("A avenida Simón Roy em Caracas está praticamente vazia nesta segunda-feira.", []),
    ("Mayor Ana Roy walks down rue Victor Reid in Paris, May 3, 2024.", ["Ana Roy"]),
    # a brand's sweets, an indigenous people's land
    ("Premier Ana Roy buys Blue Star candies at a shop in Shanghai, May 3, 2024.", ["Ana Roy"]),
    (("In the town of Tama, the Unified Kiri del Río Blanco and Tama Roa indigenous reservations "
      "take in former fighters."), []),
    # "of the" and a lowercase role before a name: the role's phrase is a mention
    ("Supporters of the presidential candidate Tom Reid and his party dance in Lagos, May 3, 2024.",
     []),
    ("Opposition candidate Tom Reid greets supporters of the party in Lagos, May 3, 2024.",
     ["Tom Reid"]),
    # a possessive before a relative after "of": the relative is mentioned
    (("Ana Roy weeps as she holds the body of her five-year-old son, Tom Roy at a clinic in "
      "Gaza, May 3, 2024. REUTERS/Rui Alves"), ["Ana Roy"]),
    (("Ana Roy walks with her five-year-old son, Tom Roy, at a clinic in Gaza, May 3, 2024. "
      "REUTERS/Rui Alves"), ["Ana Roy", "Tom Roy"]),
    # a team named for an animal in the plural
    (("President Ana Roy speaks to the national champion Lima Lions in the East Room of the "
      "White House in Washington, May 3, 2024. REUTERS/Rui Alves"), ["Ana Roy"]),
    (("Lima Lions head coach Tom Reid watches from the sideline in Lima, May 3, 2024. "
      "REUTERS/Rui Alves"), ["Tom Reid"]),
    # a boundary's name
    (("Ana Roy (L) and President Tom Reid shake hands at the Military Ceasefire Line that divides "
      "the island in Nicosia, May 3, 2024."), ["Ana Roy", "Tom Reid"]),
    ("Tom Reid poses at the finish line in Nicosia, May 3, 2024.", ["Tom Reid"]),
    # how a name is said, in parentheses inside it: not part of the name
    ("Aoife (pronounced ‘Eefa’) Roy sings on stage in Dublin, May 3, 2024.", ["Aoife Roy"]),
    ("Commander Tom R. (Jack) Reid waves before the launch in Florida.", ["Tom R. (Jack) Reid"]),
    # Spanish marks the person a verb acts on with "a"; not after a verb of going
    ("Con el partido ganado, el entrenador decidió sacar a Reid en el minuto 80 en Madrid.",
     ["Reid"]),
    ("Con el partido ganado, el equipo decidió volver a Anfield en el autobús del club.", []),
    # a later sentence that opens on the subject's company names it after the verb
    (("A suspect (right) is escorted to the police in Lesbos, Greece, on May 3, 2024. He was "
      "caught on the beach. Accompanying him in the car is Ana Roy, who helped catch him."),
     ["Ana Roy"]),
    (("A suspect (right) is escorted to the police in Lesbos, Greece, on May 3, 2024. He was "
      "caught on the beach by Ana Roy, who helped catch him."), []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_shown(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected


def test_pronounced_name_keeps_its_printed_span() -> None:
    text = "Aoife (pronounced ‘Eefa’) Roy sings on stage in Dublin, May 3, 2024."
    (person,) = parse_caption(text).persons_shown
    assert person.span is not None
    assert person.span.text == "Aoife (pronounced ‘Eefa’) Roy"
