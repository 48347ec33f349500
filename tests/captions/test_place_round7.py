"""Place conventions of the seventh place round (real_places_6, issue 12 item 3): each rule with
a case it applies to and one it must leave alone. Every caption here is written for this test
in an agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def fields(text: str, *names: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return tuple(parsed.get(name) for name in names)


def test_us_states_as_the_caption_languages_print_them():
    text = "Des pompiers marchent dans l'eau à Levittown, en Pennsylvanie. (Ana Luz/AP)"
    assert fields(text, "city", "province_state", "country_made") == (
        "Levittown", "Pennsylvanie", "United States")
    text = "Un hombre retira escombros en Lake Charles, Luisiana, el martes. (Foto AP/Ana Luz)"
    assert fields(text, "city", "province_state") == ("Lake Charles", "Luisiana")
    # false case: a French region of the same shape is no US state
    text = "Des vignerons taillent la vigne à Beaune, en Bourgogne. (Ana Luz/AFP)"
    assert fields(text, "city", "country_made") == ("Beaune", "France")
    assert fields(text, "province_state") != ("Pennsylvanie",)


def test_district_of_a_province():
    text = ("Farmers harvest wheat in the Nad Ali district of southern Afghanistan's Helmand "
            "province, May 3, 2010. (AP Photo/Ana Luz)")
    assert fields(text, "city", "province_state", "country", "country_made") == (
        "Nad Ali", "Helmand", "Afghanistan", "Afghanistan")
    text = "A boy herds goats in Kishim district of Badakhshan province. (Photo by Ana Luz/AFP)"
    assert fields(text, "city", "province_state") == ("Kishim", "Badakhshan")
    # false case: a big city's district is a part of the city, not a town of a province
    text = "Shoppers crowd a market in the Shibuya district of Tokyo on Monday. (AP Photo/Ana Luz)"
    assert fields(text, "sublocation", "city") == ("Shibuya", "Tokyo")


def test_the_capital_before_its_name():
    text = ("A woman sweeps glass in Bucha, outside the capital Kyiv, Ukraine, on Monday. "
            "(AP Photo/Ana Luz)")
    assert fields(text, "city", "country", "country_made") == ("Bucha", "Ukraine", "Ukraine")
    # false case: "the capital" and a day of the week name no place
    assert fields("Rain fell in the capital Monday. (AP Photo/Ana Luz)", "city") == (None,)


def test_the_scene_of_a_town_after_of():
    text = ("Waves batter the coast of Pensacola, Fla. as the storm nears. It flooded roads "
            "across the southeastern U.S.")
    assert fields(text, "city", "province_state") == ("Pensacola", "Florida")
    text = ("Surfers ride waves on the resort island of Siargao, in Surigao del Norte province, "
            "Philippines, Monday. (AP Photo/Ana Luz)")
    assert fields(text, "city", "country") == ("Siargao", "Philippines")
    # false cases: a resident "of" a town came from it; a boat "off the island of" is at sea
    text = "A resident of Kharkiv, Ukraine, queues for bread in Lviv on Monday. (AP Photo/Ana Luz)"
    assert fields(text, "city") == ("Lviv",)
    text = "A fishing boat drifts in the waters off the southern island of Koh Tao. (Ana Luz/AFP)"
    assert fields(text, "city") == (None,)


def test_french_capital_a_without_its_accent():
    text = ("A Lafayette, en Louisiane, un homme constate les dégâts de l'ouragan dans sa maison. "
            "(Ana Luz/AFP)")
    assert fields(text, "city", "province_state") == ("Lafayette", "Louisiane")
    # false case: an English caption opening with "A" and a town's name keeps its reading
    text = "A Houston, Texas, man waves from his porch on Monday. (AP Photo/Ana Luz)"
    assert fields(text, "province_state") == ("Texas",)


def test_country_after_the_last_comma_of_a_one_line_caption():
    text = "Sea stacks and a lighthouse at dusk, Iceland (© Ana Luz/Getty Images)"
    assert fields(text, "country", "country_made") == ("Iceland", "Iceland")
    # false case: a caption of several sentences is not the picture-library form
    text = "Fans wave flags. Their team plays tonight, Iceland (© Ana Luz/Getty Images)"
    assert fields(text, "country") == (None,)


def test_national_park_by_its_short_name():
    text = "An elk grazes by the river in Yosemite. Photo by Ana Luz/NPS"
    assert fields(text, "sublocation", "city", "country_made") == (
        "Yosemite", None, "United States")
    # false case: the park's full name with its state keeps the state
    text = "Snow covers a road in Yellowstone National Park, Wyo., on Monday. (AP Photo/Ana Luz)"
    assert fields(text, "sublocation", "province_state") == (
        "Yellowstone National Park", "Wyoming")


def test_quarter_then_its_town():
    text = "Niños juegan en el barrio de Tepito de Ciudad de México, el lunes. (Foto AP/Ana Luz)"
    assert fields(text, "sublocation", "city") == ("Tepito", "Ciudad de México")
    # false case: a town whose own name holds "de" is left whole
    text = "Turistas caminan en Santiago de Compostela, España, el lunes. (Foto AP/Ana Luz)"
    assert fields(text, "sublocation", "city") == (None, "Santiago de Compostela")
