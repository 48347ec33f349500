"""Credits, people and places of an everyday feed, a fourth round (issue 12), found on the odd
half of real_people_10 (whole galleries taken as they come): a credit printed twice and glued,
AP's Spanish "Foto AP/", a photographer's rights line above the caption, German "hat" before
its object, the abbreviated German mayor "OB", a work of art that depicts the person named, a
distance that makes the name a place, and an exclamation opening the caption.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption
from tests.captions.parsed import credit, people


@pytest.mark.parametrize(("text", "expected"), [
    # the same credit printed twice with its label, glued: the page's hidden copy run on
    ("Image: Ana Luz / ReutersImage: Ana Luz / Reuters\nA voter casts a ballot in Lima, Peru.",
     ("Ana Luz / Reuters", ["Ana Luz"], "Reuters")),
    ("A voter casts a ballot in Lima, Peru. Image: Ana Luz / ReutersImage: Ana Luz / Reuters",
     ("Ana Luz / Reuters", ["Ana Luz"], "Reuters")),
    ("Image: Ana Luz / Reuters\nA voter casts a ballot in Lima, Peru.",
     ("Ana Luz / Reuters", ["Ana Luz"], "Reuters")),
    ("A voter casts a ballot in Lima, Peru. Photo: Ana Luz/AFP", ("Ana Luz/AFP", ["Ana Luz"], "AFP")),
    # "Foto AP/" is AP's Spanish "AP Photo/": kept whole, as "AP Photo/" is
    ("Niños juegan en Lima, Perú, el lunes. (Foto AP/Ana Luz)",
     ("Foto AP/Ana Luz", ["Ana Luz"], "AP")),
    ("Niños juegan en Lima, Perú, el lunes. Foto EFE/Ana Luz", ("EFE/Ana Luz", ["Ana Luz"], "EFE")),
    # a photographer's rights line of its own above the caption
    ("© ANA LUZ\n\nUne poule passe devant un poulailler à Agua Dulce, le 21 avril 2025.",
     ("ANA LUZ", ["Ana Luz"], None)),  # the name in its own case
    ("© Ana T. Luz\n\nUne poule passe devant un poulailler à Agua Dulce, le 21 avril 2025.",
     ("Ana T. Luz", ["Ana T. Luz"], None)),
    ("© 2025\n\nUne poule passe devant un poulailler à Agua Dulce, le 21 avril 2025.",
     (None, [], None)),
])
def test_credit_forms(text: str, expected: tuple[str | None, list[str], str | None]) -> None:
    assert credit(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the photographer of a rights line above the caption is no person shown
    ("© Ana T. Luz\n\nUne poule passe devant un poulailler à Agua Dulce, le 21 avril 2025.", []),
    # German "hat" before its object or a pronoun is the verb "has", in a caption too short
    # to be told German by its function words
    ("Jan Roth hat das Fest eröffnet.", ["Jan Roth"]),
    ("A child in a Santa hat waves at the parade in Lima, Peru.", []),
    ("Jane Roe wears a Santa hat during a parade in Lima, Peru.", ["Jane Roe"]),
    # "OB", the German Oberbürgermeister, is a title
    ("Münchens OB Jan Roth hat das Stadtfest 2019 eröffnet. © AFP / Jana Roe", ["Jan Roth"]),
    ("OB Jana Roth eröffnet das Fest in Köln.", ["Jana Roth"]),
    # a work of art that depicts the person named after it, in the same clause
    ("A mural of Egypt and Liverpool football star Jane Roe is seen as people sit in Cairo.", []),
    ("Un mural de Juana Roe adorna una calle de Buenos Aires.", []),
    ("Menschen stehen vor einem Wandbild von Jana Roth in Berlin.", []),
    ("Jane Roe stands next to a mural in Lagos, Nigeria.", ["Jane Roe"]),
    ("Jane Roe poses by a portrait of her father John Roe in Lagos.", ["Jane Roe"]),
    # a distance in an apposition after the name: a place
    ("Autos pasan cerca de Ben Roca, a casi 100 kilómetros (62 millas) al sur de Argel.", []),
    ("Jane Roe, 36, walks to work in Lagos, Nigeria.", ["Jane Roe"]),
    ("Jane Roe, 100 metres champion, runs in Lagos, Nigeria.", ["Jane Roe"]),
])
def test_people_forms(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(("text", "city", "date", "shown"), [
    # an exclamation of one or two words opening the caption: the scene is the sentence after it
    (("Hallöchen! Papst Leo XIV. winkt Menschen von der Terrasse seines Sommersitzes in Castel "
      "Gandolfo aus. Der Papst hat sich für zwei Wochen zurückgezogen."), "Castel Gandolfo", None,
     ["Papst Leo XIV"]),
    ("¡Qué calor! Bañistas se refrescan en la playa de Cádiz, España, el 3 de julio de 2025.",
     "Cádiz", "2025-07-03", []),
    ("Wow! Jane Roe jumps in Lagos, Nigeria, on May 3, 2024.", "Lagos", "2024-05-03",
     ["Jane Roe"]),
    # a name called out, or a longer sentence, is kept
    ("Jane Roe! She waves to fans in Lagos, Nigeria.", "Lagos", None, ["Jane Roe"]),
    ("Jane Roe celebrates! She won the final in Lagos, Nigeria.", "Lagos", None, ["Jane Roe"]),
    # the distance's place is the city (its name no longer taken for a person's)
    ("Autos pasan cerca de Ben Chicao, a casi 100 kilómetros al sur de Argel, el jueves.",
     "Ben Chicao", None, []),
])
def test_opening_and_place(text: str, city: str, date: str | None, shown: list[str]) -> None:
    parsed = parse_caption(text)
    assert parsed.get("city") == city
    assert parsed.get("date_created") == date
    assert parsed.get("persons_shown") == shown


@pytest.mark.parametrize(("text", "expected"), [
    # a state after "en"/"au" reads the town as the state's (no city of that name elsewhere)
    ("Des pompiers luttent à Agua Dulce, en Californie, le 3 mai 2024.",
     ("Agua Dulce", "Californie", "United States")),
    ("Des pompiers luttent à Agua Dulce, au Texas, le 3 mai 2024.",
     ("Agua Dulce", "Texas", "United States")),
    ("Des soldats marchent à Kharkiv, en Ukraine, le 3 mai 2024.", ("Kharkiv", None, "Ukraine")),
    # "en Washington" is the city, not the state
    ("Manifestantes frente a la Casa Blanca, en Washington, el 3 de mayo de 2024.",
     ("Washington", None, "United States")),
    # a German city's adjective that drops the "e" of its "-en" ("Münchner", "Dresdner")
    ("Gäste feiern in der Münchner Innenstadt und am Rathaus.", ("München", None, "Germany")),
    ("Gäste feiern in der Bremer Innenstadt und am Rathaus.", ("Bremen", None, "Germany")),
    ("Gäste feiern in der Wiener Innenstadt und am Rathaus.", ("Wien", None, "Austria")),
    ("Gäste feiern in der Schweriner Innenstadt und am Rathaus.", ("Schwerin", None, "Germany")),
])
def test_places(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    parsed = parse_caption(text)
    assert (parsed.get("city"), parsed.get("province_state"), parsed.get("country_made")) == (
        expected)


@pytest.mark.parametrize(("text", "expected", "city"), [
    # a regional paper's photographer and his town on the last line, after a full sentence
    (("Die Bierkutscher sind täglich auf der Festwiese unterwegs. Sie bewahren die Ruhe.\n"
      "Jana Roth, München"), ("Jana Roth, München", ["Jana Roth"], None), None),
    ("Children play in the park on a hot afternoon.\nJane Roe, London",
     ("Jane Roe, London", ["Jane Roe"], None), None),
    # a place's line ("München, Bayern") or an unknown town names no photographer
    ("Die Bierkutscher sind täglich auf der Festwiese unterwegs.\nMünchen, Bayern",
     (None, [], None), "München"),
    ("Bürgermeister Jan Roth eröffnet das Fest auf der Festwiese.\nJana Roth, Kleinkleckersdorf",
     (None, [], None), None),
])
def test_photographer_and_town_line(text: str, expected: tuple[str | None, list[str], str | None],
                                    city: str | None) -> None:
    assert credit(text) == expected
    assert parse_caption(text).get("city") == city
