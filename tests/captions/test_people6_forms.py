"""People shown, round 6 (issue 12): forms found across the odd half of a fifth sample.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.names import sentence_end
from media_manager.captions.parse import parse_caption

CASES = [
    # a German regnal number takes a period: before a position cue it ends no sentence
    (("König Olaf IV. (2.v.r) und Bundespräsidentin Jana Roth (r.) kommen zu einem "
      "Staatsbankett. Foto: Tom Vale/dpa"), ["König Olaf IV", "Jana Roth"]),
    (("Jana Roth speaks with Tom Vale III. Ana Roy, not pictured, said the talks went well. "
      "(AP Photo/Rui Neto)"), ["Jana Roth", "Tom Vale III"]),
    # a lowercase royal title, a lone first name and the crown's country: the title stays,
    # the country goes
    (("Jana Roth et la reine Ingrid de Norvège, lors d'une réception à Paris. - TOM VALE / "
      "BESTIMAGE"), ["Jana Roth", "reine Ingrid"]),
    ("El rey Olaf de Suecia saluda a su llegada a Lisboa. EFE/Tom Vale", ["rey Olaf"]),
    ("Jana Roth de Argentina celebra un gol. EFE/Tom Vale", ["Jana Roth"]),
    # a French surname with its elided particle closes the name, never opens a place's
    ("Jean Roth d'Aubigny et son épouse Ana Vale arrivent à Lyon.",
     ["Jean Roth d'Aubigny", "Ana Vale"]),
    ("Le président de Côte d'Ivoire Jean Roth arrive à Paris.", ["Jean Roth"]),
    # two first names sharing one surname name two people
    ("Tom and Jana Roth wave from the stage in Denver. (AP Photo/Rui Neto)",
     ["Tom Roth", "Jana Roth"]),
    ("Sur la photo: Ana Vale accueillant Tom et Jana Roth à Nice.",
     ["Ana Vale", "Tom Roth", "Jana Roth"]),
    # ... but not a team's two colleagues (a body's words: below)
    ("The camera catches the duo Rui and Tom Vale at the start.", ["Tom Vale"]),
    # verbs of receiving and hosting make a lone name the subject
    ("Lula recebe a faixa presidencial de uma estudante (Foto: Ana Roy / AFP)", ["Lula"]),
    ("Roth hosts a dinner for volunteers in Denver. (AP Photo/Rui Neto)", ["Roth"]),
    ("Roth sagt, die Gäste kämen später. Foto: Ana Roy/dpa", []),
    # Portuguese armed forces, a grand prix and an independence day are no people
    (("Jana Roth faz revista às Forças Armadas (Exército, Marinha e Força Aérea) em Brasília."),
     ["Jana Roth"]),
    ("Tom Vale, piloto da Equipe Azul, abandona a prova durante o Grande Prêmio do Brasil.",
     ["Tom Vale"]),
    # a ceremony's carriage is a thing, a "First Mayor" a title
    ("The coffin is borne on the State Gun Carriage of the Royal Navy in London.", []),
    ("Jane Roe (R) is welcomed by First Mayor of Hamburg Tom Vale (L) at the airport.",
     ["Jane Roe", "Tom Vale"]),
    # a possessive or a quantifier leading the sentence is no name; a street's name neither
    ("Ihren Lebensunterhalt verdient sich diese Frau mit dem Sammeln von Plastik.", []),
    ("Nombre de Lyonnais ont salué les marcheurs sur le boulevard Jean Roth.", []),
    ("Huge crowds fill the square in Nice.", []),
    ("Tom Vale fills the square in Nice.", ["Tom Vale"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people6_forms(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected


def test_no_shared_surname_in_a_body_name() -> None:
    text = ("Jane Roe, director of the Institute of Allergy and Infectious Diseases, speaks in "
            "Washington.")
    names = [v.value for v in parse_caption(text).persons_shown]
    assert "Jane Roe" in names and "Allergy Diseases" not in names


def test_regnal_period_before_position_cue_is_no_sentence_end() -> None:
    text = "König Olaf IV. (2.v.r) kommt. Dann geht er."
    assert sentence_end(text, 0, len(text)) == text.index("kommt.") + len("kommt.")
    plain = "Er trifft Olaf IV. Dann geht er."
    assert sentence_end(plain, 0, len(plain)) == plain.index("IV.") + len("IV.")
