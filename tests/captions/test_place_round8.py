"""Place conventions of the eighth place round (real_places_7, issue 12 item 3): each rule with
a case it applies to and one it must leave alone. Every caption here is written for this test
in an agency's or a gallery's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption
from media_manager.captions.language import language_of


def fields(text: str, *names: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return tuple(parsed.get(name) for name in names)


def test_gallery_heading_town_and_country_in_parentheses():
    text = "Cusco (Perú) – Turistas recorren las calles del centro histórico durante la fiesta."
    assert fields(text, "city", "country", "country_made") == ("Cusco", "Perú", "Peru")
    # false cases: an agency in the parentheses is a dateline's, no country printed; a person
    # and an agency name no place
    text = "LYON (AFP) – Des manifestants défilent contre la réforme des retraites."
    assert fields(text, "city", "country") == ("Lyon", None)
    assert fields("Jane Roe (Reuters) – La chanteuse salue ses fans.", "city") == (None,)


def test_first_sentence_only_the_place():
    text = "Cusco, Perú. Turistas recorren las calles del centro histórico durante la fiesta."
    assert fields(text, "city", "country", "country_made") == ("Cusco", "Perú", "Peru")
    text = "Lima. Vendedores ambulantes ofrecen frutas en un mercado durante un día soleado."
    assert fields(text, "city", "country", "country_made") == ("Lima", None, "Peru")
    # false case: a lone name before the stop that is no big city names no place
    text = "Ana Luz. La fotógrafa recorre un mercado con su cámara durante la mañana."
    assert fields(text, "city") == (None,)
    # false case: a name, then an abbreviated country and an office, is a person's title
    text = ("Jane Roe, U.S. Secretary of State, arrives at the ministerial meeting in Tokyo, "
            "Japan, 06 October 2020. EPA-EFE/Ana Luz")
    assert fields(text, "city", "persons_shown") == ("Tokyo", ["Jane Roe"])


def test_heading_line_town_and_state():
    text = ("Tulum, Quintana Roo\nNov. 3: Tourists crowd the beach near the ruins in Quintana Roo. "
            "(ANA LUZ/CUARTOSCURO.COM)")
    assert fields(text, "city", "province_state", "country_made") == (
        "Tulum", "Quintana Roo", "Mexico")
    # false case: a heading line of words that name no town leaves the caption's place
    text = ("Floods, Landslides\nRescuers search the rubble in Chiapas on Monday. "
            "(ANA LUZ/CUARTOSCURO.COM)")
    assert fields(text, "city", "province_state") == (None, "Chiapas")


def test_town_in_a_unit_named_with_its_unit_word():
    text = ("A farmer walks through his flooded field in Jiaoxi in Yilan County on Monday. "
            "REUTERS/Ana Luz")
    assert fields(text, "city", "province_state") == ("Jiaoxi", "Yilan County")
    # false case: a month before the unit names no town
    text = "Voters queue in March in Orange County. (AP Photo/Ana Luz)"
    assert fields(text, "city") != ("March",)
    assert fields(text, "province_state") == (None,)


def test_french_verbs_ont_and_sont_tell_french():
    text = ("A Créteil, en Val-de-Marne, des soignants ont manifesté devant l'hôpital. "
            "(Photo Ana LUZ/AFP)")
    assert fields(text, "city", "province_state") == ("Créteil", "Val-de-Marne")
    assert language_of("Des habitants en difficulté ont recours aux distributions.") == "fr"
    # false case: an English sentence that happens to hold the two words stays English
    assert language_of("The fonts are sont and ont in the font menu of the app.") == "en"


def test_a_boroughs_and_a_roads_namesake_after_a_place_heading_is_no_person():
    """Once "Ciudad de México." is read as the heading, the next sentence is the scene: the
    boroughs, quarters and axis roads of Mexico City named after people are no people."""
    text = ("Ciudad de México. Vecinos recorren la avenida Cuauhtémoc y Eje Popocatépetl, en la "
            "alcaldía Benito Juárez. Foto Ana Luz")
    assert parse_caption(text).to_json()["persons_shown"] == []
    # false case: people walking through a quarter are still shown
    text = ("Ciudad de México. La alcaldesa Ana Luz y Tom Vale recorren la colonia Roma. "
            "Foto Rui Neto")
    assert parse_caption(text).to_json()["persons_shown"] == ["Ana Luz", "Tom Vale"]
