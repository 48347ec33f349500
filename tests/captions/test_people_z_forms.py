"""People shown on the forms of the z round: the mourned with an age, another name after
"known as", German adjective phrases, roles joined by "and" after a mention, protests against
someone, a credit line of its own, an article before a two-word title, cups, plants and prize
categories, the speaker of reported speech in a clause of its own, and the one met in a clause
earlier or later than the picture.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # an age says the name is a person's, not that the person is in the picture
    (("Relatives mourn their neighbour Tomas Vey, 12, who died in a flood, outside his home in "
      "Lima, Peru, May 3, 2024. REUTERS/Ana Roy"), []),
    (("Tomas Vey, 12, plays football outside his home in Lima, Peru, May 3, 2024. "
      "REUTERS/Ana Roy"), ["Tomas Vey"]),
    # "also known as": another name of what came before
    (("Fishermen mend their nets in Port Kell, also known as Kell Harbour, on May 3, 2024. "
      "(AFP PHOTO/ANA ROY)"), []),
    (("Singer Mira Tull, known for her ballads, performs in Lima on May 3, 2024. "
      "(AFP PHOTO/ANA ROY)"), ["Mira Tull"]),
    # German capitalises an inflected adjective and its noun: no name
    ("Strahlende Gesichter am Rhein: Die Kinder feiern den Karneval in Köln. Foto: Jan Roth/dpa", []),
    ("Verteidiger Jan Kern (l.) jubelt mit der Mannschaft in Köln. Foto: Jan Roth/dpa",
     ["Jan Kern"]),
    # roles joined by "and" are one description: the mention before them still counts
    (("A wreath in honour of poet and award-winning playwright Lena Voss lies at a theatre in "
      "Dublin on Tuesday. (Photo by Ana Roy/PA)"), []),
    (("Poet and award-winning playwright Lena Voss reads at a theatre in Dublin on Tuesday. "
      "(Photo by Ana Roy/PA)"), ["Lena Voss"]),
    # a banner or a protest is against someone not in the picture
    (("Manifestantes sostienen una pancarta contra el presidente Juan Ferrer en Lima, Perú. "
      "EFE/Ana Roy"), []),
    ("El presidente Juan Ferrer saluda a sus seguidores en Lima, Perú. EFE/Ana Roy",
     ["Juan Ferrer"]),
    # a line that opens with a credit's label names the photographer and the body credited
    ("Credits: Paolo Renzi, Acme Foto\n\n3 maggio. Due bambini giocano a calcio a Torino.", []),
    ("Paolo Renzi gioca a calcio a Torino.\nCredits: Lia Moro, Acme Foto", ["Paolo Renzi"]),
    # an article before a title of two words: the name after it is a person's
    ("La First Lady Nora Wells visita una scuola a Roma. (ANSA/Ana Roy)", ["Nora Wells"]),
    ("Turisti davanti alla Casa Bianca a Washington. (ANSA/Ana Roy)", []),
    # cups, plants and prize categories named like people
    (("Pedro Lins of Brazil's Santos, left, heads the ball during a Copa Sudamericana match in "
      "Lima, Peru, May 3, 2024. (AP Photo/Ana Roy)"), ["Pedro Lins"]),
    (("Sakura Mist trees bloom along the river in Tokyo, March 28, 2024. "
      "(AP Photo/Ana Roy)"), []),
    (("A handout photo shows a picture by Rui Alves, winner of the Daily Life First Prize "
      "Stories category, in Lisbon, May 3, 2024. EPA/Ana Roy HANDOUT"), []),
    (("Tom Reid enters the ICAF (Independent Commission Against Fraud) in Sydney, Australia, "
      "May 3, 2024. AAP Image/Ana Roy"), ["Tom Reid"]),
    # reported speech in a clause of its own: the speaker is told of
    (("Protesters march in Lima after President Rosa Quispe announced new taxes, May 3, 2024. "
      "REUTERS/Ana Roy"), []),
    (("President Rosa Quispe announced new taxes during a speech in Lima, May 3, 2024. "
      "REUTERS/Ana Roy"), ["Rosa Quispe"]),
    # a clause earlier or later than the picture, its subject a pronoun: "before he faces"
    (("Lena Brook warms up before she faces Mira Tull in the women's final at Wimbledon in "
      "London, July 13, 2024. REUTERS/Ana Roy"), ["Lena Brook"]),
    (("Lena Brook shakes hands with Mira Tull after the women's final at Wimbledon in London, "
      "July 13, 2024. REUTERS/Ana Roy"), ["Lena Brook", "Mira Tull"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_z_forms(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
