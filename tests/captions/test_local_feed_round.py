"""Local and regional papers' galleries and ZUMA's credits (issue 12), found on the odd halves of
real_people_11 and real_credits_11: a seasonal figure and the one who plays it, a German
organiser's title, German given names joined before a shared surname, a German participle
leading a noun phrase, ZUMA's "Credit Image: ©", a paper's initials after "©", BBC Brasil's
label before the caption, a photo desk's address after the photographer, a club's fans.

Each caption is written for this test in the papers' and agencies' styles; names are made up.
Every rule has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption
from tests.captions.parsed import credit, people


@pytest.mark.parametrize(("text", "expected"), [
    # a seasonal figure is no person's name; the one named in brackets after it plays it
    ("Children sit on Santa's lap at the tree lighting in Detroit, Michigan.", []),
    ("Jane Roe sits on Santa's lap at the tree lighting in Detroit, Michigan.", ["Jane Roe"]),
    ("Le Père Noël distribue des cadeaux aux enfants à Lille.", []),
    ("Santa (Jane Roe) waves to children at the parade in Detroit.", ["Jane Roe"]),
    ("Der Weihnachtsmann (Heiko Roth) kommt zum Weihnachtsmarkt mit Bürgermeister Uwe Roe.",
     ["Heiko Roth", "Uwe Roe"]),
    ("Jane Roe (Jenny Doe) waves to children at the parade in Detroit.", ["Jane Roe"]),
    # a German organiser's title before a name
    ("Bürgermeister Uwe Roe und Veranstalter Henry Doe eröffnen den Markt.",
     ["Uwe Roe", "Henry Doe"]),
    # German given names joined before a shared surname open the caption as English ones do
    ("Lena und Alexa Roth bieten Spiele auf dem Flohmarkt an.", ["Lena Roth", "Alexa Roth"]),
    ("Lena and Alexa Roth sell toys at the flea market.", ["Lena Roth", "Alexa Roth"]),
    ("Die Kinder bieten Spiele auf dem Flohmarkt von Alexa Roth an.", []),
    # a German past participle leading a noun phrase: no name
    ("Gefesseltes Publikum bei der Aufführung auf der Marktplatz-Bühne.", []),
    ("Gesperrte Straßen in der Innenstadt von Köln nach dem Unwetter.", []),
    ("Gerda Roth lächelt bei der Eröffnung in Köln.", ["Gerda Roth"]),
])
def test_people(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ZUMA's label and its sign before the credit
    ("Workers drag a cart near a road in Dhaka. (Credit Image: © Ana Luz/ZUMA Press Wire)",
     ("Ana Luz/ZUMA Press Wire", ["Ana Luz"], "ZUMA Press")),
    ("Workers drag a cart near a road in Dhaka. (© Ana Luz/ZUMA Press Wire)",
     ("Ana Luz/ZUMA Press Wire", ["Ana Luz"], "ZUMA Press")),
    # a paper's own initials after "©", in lower case
    ("Blick über den Weihnachtsmarkt © zgt", ("zgt", [], "Zgt")),
    ("Blick über den Weihnachtsmarkt © dpa", ("dpa", [], "dpa")),
    # BBC Brasil's and BBC Mundo's labels before the caption, run together
    ("Direito de imagemANA LUZ/ EPAImage captionPeregrinos são batizados no rio Jordão.",
     ("ANA LUZ/ EPA", ["Ana Luz"], "EPA")),
    ("Derechos de autor de la imagen Ana Luz / AFP Image caption Peregrinos en Belén.",
     ("Ana Luz / AFP", ["Ana Luz"], "AFP")),
    # a photo desk's address after the photographer: a credit with no agency
    ("Kids wait as the parade heads down Main Street. Eric Roe/photodesk@dailyherald.com",
     ("Eric Roe/photodesk@dailyherald.com", ["Eric Roe"], None)),
    ("Kids wait as the parade heads down Main Street. Send pictures to photodesk@dailyherald.com",
     (None, [], None)),
])
def test_credits(text: str, expected: tuple[str | None, list[str], str | None]) -> None:
    assert credit(text) == expected


@pytest.mark.parametrize(("text", "city"), [
    # a club's fans: the name after "do"/"del" is the team's, not the town's
    ("A torcida do Santos bateu recorde de público na Vila Belmiro.", None),
    ("Mosaico da torcida do Fortaleza antes do jogo.", None),
    ("A torcida do Santos comemora na Vila Belmiro, em Santos.", "Santos"),
    ("Moradores caminham na praia de Copacabana, no Rio de Janeiro.", "Rio de Janeiro"),
])
def test_fans_of_a_club(text: str, city: str | None) -> None:
    assert parse_caption(text).get("city") == city


@pytest.mark.parametrize(("text", "expected"), [
    # the wires republished (real_people_12, real_credits_12): a wire and its photographer after
    # a bar or above the caption, a name's lower-case particle kept inside the credit
    ("Jane Roe et Juana Doe s’embrassent lors du WEF à Davos | Keystone-ATS / Ana della Valle",
     ("Keystone-ATS / Ana della Valle", ["Ana della Valle"], "Keystone")),
    ("Jana Roth begrüßt Tom Vale vor dem Kanzleramt | ASSOCIATED PRESS",
     ("ASSOCIATED PRESS", [], "AP")),
    ("Keystone-ATS / Ana della Valle\n\nJana Roe rencontre la présidente Juana Doe à Berne.",
     ("Keystone-ATS / Ana della Valle", ["Ana della Valle"], "Keystone")),
    # a picture copied from a social network: a handout nobody distributes
    ("O atacante presenteou o tenista com uma camisa (Reprodução/ Instagram)",
     ("Reprodução/ Instagram", [], None)),
    ("O atacante presenteou o tenista com uma camisa (Foto: Reprodução/TV Globo)",
     ("Reprodução/TV Globo", [], "TV Globo")),
    # a broadcaster's own picture: its name is no photographer's, and no handout
    ("Olaf Roth auf einer Pressekonferenz der SPD.\nBild: Radio Bremen", ("Radio Bremen", [],
                                                                          "Radio Bremen")),
    ("Der Hafen am Abend.\nFoto: Radio Bremen/Jana Roth", ("Radio Bremen/Jana Roth",
                                                           ["Jana Roth"], "Radio Bremen")),
    # Brazilian sites' "Foto de capa:" (the cover picture) is a label
    ("O time treina no centro de treinamento. Foto de capa: Ana Luz/CRVG",
     ("Ana Luz/CRVG", ["Ana Luz"], "CRVG")),
])
def test_wire_credits_republished(text: str,
                                  expected: tuple[str | None, list[str], str | None]) -> None:
    assert credit(text) == expected


def test_handouts_of_a_network_and_a_broadcaster() -> None:
    assert parse_caption("Um manto de presente (Reprodução/Instagram)").get("is_handout") is True
    assert parse_caption("Olaf Roth spricht.\nBild: Radio Bremen").get("is_handout") is False


@pytest.mark.parametrize(("text", "expected"), [
    # after "en"/"em" comes a place, not a person
    ("Restos de vegetación arrastrada por el huracán en Toa Baja. Crédito: Reuters", []),
    ("Juana Roe camina en la playa de Ipanema.", ["Juana Roe"]),
    # a German compound title ending in "-kritiker", "-aktivistin"
    ("Der Kremlkritiker Alexej Roth ist vermutlich vergiftet worden.", ["Alexej Roth"]),
    ("Die Umweltaktivistin Jana Roe spricht in Berlin.", ["Jana Roe"]),
    # a team's nickname, a capitalised plural, before its player and his shirt number
    (("Syracuse Orange's Jane Roe (21) celebrates after intercepting a pass intended for USC "
      "Trojans John Doe (2) during their game in East Rutherford, New Jersey."),
     ["Jane Roe", "John Doe"]),
    ("New York Giants John Doe (10) runs against the Dallas Cowboys in Arlington, Texas.",
     ["John Doe"]),
    ("Jane Andrews Roe (2) runs with the ball in Arlington, Texas.", ["Jane Andrews Roe"]),
])
def test_people_of_the_wires_republished(text: str, expected: list[str]) -> None:
    assert people(text) == expected
