"""Place forms of the fourth pass on real captions (issue 12): each rule with a case it applies
to and one it must leave alone. Every caption here is written for this test in an agency's
style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def place(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    parsed = parse_caption(text)
    return (parsed.get("sublocation"), parsed.get("city"), parsed.get("province_state"),
            parsed.get("country"))


def test_city_of_phrase_then_the_part_of_the_country():
    text = "Lanterns glow in the Niigata Prefecture city of Sado, northern Japan, on May 2, 2021."
    assert place(text) == (None, "Sado", "Niigata Prefecture", "Japan")
    text = "Cranes stand in the Black Sea port city of Samsun, northern Turkey, May 2, 2021."
    assert place(text)[1:] == ("Samsun", None, "Turkey")
    # false case: without the part of the country, no country is printed
    assert place("Cranes stand in the Black Sea port city of Samsun on May 2, 2021.")[3] is None


def test_image_copyright_label_is_no_part_of_the_place():
    text = "Dancers rehearse on May 2, 2019 in Lyon Image copyright Getty Images"
    assert place(text)[1] == "Lyon"
    assert parse_caption(text).get("credit_line") == "Getty Images"
    # false case: a place after the label's words in a sentence stays a place
    assert place("Dancers pose for an image in Lyon on May 2, 2019. (Jane Roe/AFP)")[1] == "Lyon"


def test_waters_and_sites_are_sublocations_not_towns():
    text = "Divers train near the Tumen River, South Korea, May 2, 2021. (Jane Roe/AP)"
    assert place(text) == ("Tumen River", None, None, "South Korea")
    text = "Crews work at the Jiuquan landing site in China's Gansu Province, May 2, 2021."
    assert place(text)[:2] == ("Jiuquan landing site", None)
    # false case: a town of the gazetteer with such a word stays the town
    assert place("Crowds gather in Salt Lake City, Utah, May 2, 2021. (AP Photo/Jane Roe)")[1] == (
        "Salt Lake City")


def test_article_before_a_town_and_its_state():
    text = "A cat sleeps on a porch in a Tempe, Ariz., neighborhood, May 2, 2021. (AP Photo/Jane Roe)"
    assert place(text) == (None, "Tempe", "Arizona", None)
    # false case: "a" before a list of brands names no place
    assert place("A man fixes a car in a Ford, a Chevrolet and a Dodge dealership.")[1] is None
