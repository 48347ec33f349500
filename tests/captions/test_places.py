"""Places: country, state abbreviations, datelines; background places are not the photo's."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

PLACE_CASES = [
    # text, city, state, country as printed, country where made, code
    ("A soldier stands near Homs, Syria, Wednesday, Sept. 13, 2017. (AP Photo)",
     "Homs", None, "Syria", "Syria", "SY"),
    ("A union hall in Avondale Pa., Thursday, Aug. 3, 2023. (AP Photo/Al Bee)",
     "Avondale", "Pennsylvania", None, "United States", "US"),
    ("A fire burns in Malibu, Calif., Tuesday, Nov. 8, 2022. (AP Photo/Al Bee)",
     "Malibu", "California", None, "United States", "US"),
    ("Voters queue in Phoenix, Arizona, U.S. November 5, 2024. REUTERS/Dan Kil",
     "Phoenix", "Arizona", "U.S.", "United States", "US"),
    # the state is not printed: the city alone (its country is inferred)
    ("Lawmakers meet in Washington, Tuesday, Sept. 19, 2023. (AP Photo/Jo Press)",
     "Washington", None, None, "United States", "US"),
    ("A crowd gathers in Beirut, Oct. 2, 2023. (AP Photo/Rami Khoury)",
     "Beirut", None, None, "Lebanon", "LB"),
    (("LONDON, ENGLAND - AUGUST 20: A bus passes on August 20, 2024 in London, England. "
     "(Photo by Al Reed/Getty Images)"), "London", "England", None, "United Kingdom", "GB"),
    ("Children play in Kyiv, Ukraine October 24, 2024. REUTERS/Ola Kos",
     "Kyiv", None, "Ukraine", "Ukraine", "UA"),
    ("Traders wait at a bus stop in London, Britain, May 3, 2024. REUTERS/Ola Kos",
     "London", None, "Britain", "United Kingdom", "GB"),
]


@pytest.mark.parametrize("text,city,state,country,made,code", PLACE_CASES)
def test_places(text, city, state, country, made, code):
    parsed = parse_caption(text).to_json()
    assert (parsed["city"], parsed["province_state"], parsed["country"], parsed["country_made"],
            parsed["country_code"]) == (city, state, country, made, code)


def test_country_made_from_the_city_is_marked_inferred():
    inferred = parse_caption("A crowd gathers in Beirut, Oct. 2, 2023. (AP Photo/Rami Khoury)")
    assert (inferred.get("country_made"), inferred.get("country_made_inferred")) == (
        "Lebanon", True)
    printed = parse_caption("A crowd gathers in Beirut, Lebanon, Oct. 2, 2023. (AP Photo/Ra Kh)")
    assert (printed.get("country_made"), printed.get("country_made_inferred")) == (
        "Lebanon", False)


def test_hometown_city_and_region_country_seed_style():
    text = ("This photo provided by a militia media office shows freed fighter Karim Haddad, "
            "center, in his hometown of Kfar Sir, after his release from captivity in Syria a "
            "day earlier, in south Lebanon, Thursday, Sept. 14, 2017. (Militia Media Office, "
            "via AP)")
    parsed = parse_caption(text).to_json()
    assert parsed["city"] == "Kfar Sir"
    assert parsed["country"] == "Lebanon"
    assert parsed["persons_shown"] == ["Karim Haddad"]
    assert parsed["date_created"] == "2017-09-14"


def test_place_people_came_from_is_not_the_photo_place():
    text = ("Refugees who fled from Aleppo, Syria, rest at a camp in Gaziantep, Turkey, "
            "Monday, March 6, 2023. (AP Photo/Emre Aslan)")
    parsed = parse_caption(text).to_json()
    assert (parsed["city"], parsed["country"]) == ("Gaziantep", "Turkey")


def test_sublocation_before_city():
    text = ("Fans cheer at Wembley Stadium in London, Britain, May 4, 2024. "
            "REUTERS/Tom Hale")
    parsed = parse_caption(text).to_json()
    assert parsed["sublocation"] == "Wembley Stadium"
    assert parsed["city"] == "London"


def test_city_span_points_at_the_city():
    text = "A fire burns in Malibu, Calif., Tuesday, Nov. 8, 2022. (AP Photo/Al Bee)"
    start, end = parse_caption(text).to_json()["spans"]["city"]
    assert text[start:end] == "Malibu"


def test_town_with_venue_word_before_a_state_is_the_city():
    parsed = parse_caption("Fans tailgate in Orchard Park, N.Y., Sunday, Nov. 16, 2025. "
                           "(AP Photo/Dana Whitcomb)")
    assert parsed.get("city") == "Orchard Park"
    assert parsed.get("province_state") == "New York"
    assert parsed.get("sublocation") is None


def test_long_park_name_before_a_state_stays_a_sublocation():
    parsed = parse_caption("Bison graze in Yellowstone National Park, Wyo., Tuesday, May 6, "
                           "2025. (AP Photo/Ben Okafor)")
    assert parsed.get("sublocation") == "Yellowstone National Park"
    assert parsed.get("city") is None
