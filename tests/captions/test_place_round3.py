"""Place forms of the third place sample (issue 12, item 3; benchmarks/data/real_places_3.jsonl):
each rule with a case it applies to and one it must leave alone. Every caption here is written
for this test in an agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def place(text: str) -> tuple[str | None, str | None, str | None]:
    parsed = parse_caption(text)
    return parsed.get("city"), parsed.get("country"), parsed.get("country_made")


def field(text: str, name: str) -> str | None:
    return parse_caption(text).get(name)


def test_the_capital_named_after_a_comma():
    assert place("Traders sell fruit at a market in Ghana's capital, Accra, on Tuesday.") == (
        "Accra", "Ghana", "Ghana")
    assert place("Dancers rehearse in the Portuguese capital, Lisbon, on Friday.") == (
        "Lisbon", "Portugal", "Portugal")
    assert place("Police patrol a street in the capital, Nairobi, ahead of the vote.")[0] == (
        "Nairobi")
    # a demonym after the city is the person's, not a part of the place
    assert place("In the Spanish capital, Madrid, Chilean painter Ana Roe opens a show.") == (
        "Madrid", "Spain", "Spain")
    # false case: a capital named without its comma is still read as before
    assert place("Children play in Kenya's capital Nairobi on Monday.")[0] == "Nairobi"


def test_country_in_capitals_heading_the_caption():
    text = ("PERU. Uma mulher vende flores num mercado de Cusco, no sul do país "
            "JOANA ROE / AFP / GETTY IMAGES")
    assert field(text, "country") == "PERU"
    assert field(text, "country_made") == "Peru"
    text = "MÉXICO. Un hombre camina por una calle inundada en Villahermosa. ANA ROE / REUTERS"
    assert place(text) == ("Villahermosa", "MÉXICO", "Mexico")
    # false case: a word in capitals that is no country heads no place
    assert field("BREAKING. A man walks his dog in the rain. AP Photo/Al Bee", "country") is None


def test_ap_year_end_slug_is_no_dateline():
    text = ("FOR USE AS DESIRED, YEAR END PHOTOS - FILE - A fisherman mends his nets in the "
            "harbour of Essaouira, Morocco, early Tuesday, May 7, 2019. (AP Photo/Al Bee, File)")
    assert place(text) == ("Essaouira", "Morocco", "Morocco")


def test_island_after_the_town_is_its_region():
    text = ("Tourists walk in Oia, on the Greek island of Santorini on July 2, 2019. "
            "REUTERS/Jane Roe")
    parsed = parse_caption(text)
    assert (parsed.get("city"), parsed.get("province_state"), parsed.get("country")) == (
        "Oia", "Santorini", "Greece")
    # false case: an island alone is still the place
    assert place("Waves hit the Greek island of Crete on Friday. REUTERS/Jane Roe")[0] == "Crete"


def test_specific_place_before_a_larger_reference():
    text = ("Children play football in Sadr al-Yusufiya on the southern edge of Baghdad on "
            "May 3, 2009. REUTERS/Jane Roe")
    assert place(text) == ("Sadr al-Yusufiya", None, "Iraq")
    text = ("Ein Fischer flickt seine Netze. In dem Küstendorf Tai O, nahe Hongkong, ist es ruhig. "
            "Foto: Ana Roe/dpa")
    assert place(text)[0] == "Tai O"
    text = ("Farmers rest at home in the village of Sar Kala, about three hours north of "
            "Kabul.")
    assert place(text) == ("Sar Kala", None, "Afghanistan")
    # false case: "near" with no place before it leaves the reference as the place
    assert place("Smoke rises near Kabul on Monday.")[0] == "Kabul"


def test_province_alone_on_the_date_line_is_the_towns_region():
    text = "Boys fly kites on a hill in Paghman. Kabul Province, March, 2017."
    parsed = parse_caption(text)
    assert (parsed.get("city"), parsed.get("province_state"), parsed.get("country_made")) == (
        "Paghman", "Kabul", "Afghanistan")


def test_owner_state_of_then_its_name():
    text = "Sheep graze near the town of Longreach in Australia's state of Queensland on June 2, 2019."
    parsed = parse_caption(text)
    assert (parsed.get("city"), parsed.get("province_state"), parsed.get("country")) == (
        "Longreach", "Queensland", "Australia")


def test_more_demonyms_name_the_country():
    assert place("A girl carries water in the Chadian town of Abeche on Monday.") == (
        "Abeche", "Chad", "Chad")
    assert place("Voters queue in the Zambian capital of Lusaka on Thursday.") == (
        "Lusaka", "Zambia", "Zambia")


def test_chinese_provinces_and_xinhua_villages():
    parsed = parse_caption("Farmers dry corn in Pingyao county, Shanxi province, Oct 3, 2018. "
                           "[Photo/Xinhua]")
    assert (parsed.get("province_state"), parsed.get("country_made")) == ("Shanxi", "China")
    parsed = parse_caption("Horses graze on the grassland of Xilinhot in North China's Inner "
                           "Mongolia.[Photo/Xinhua]")
    assert (parsed.get("province_state"), parsed.get("country")) == ("Inner Mongolia", "China")
    parsed = parse_caption("Villagers pick tea in Wuyi village, Jinhua city, Zhejiang province, "
                           "April 2, 2019. [Photo/Xinhua]")
    assert (parsed.get("city"), parsed.get("province_state")) == ("Wuyi", "Zhejiang")
    # a lowercase kind after a town is no part of its name
    assert place("Tourists walk in Pucon town, Chile, on Monday.")[0] == "Pucon"
    # false case: Beijing stays a city, no province
    assert place("Cyclists ride in Beijing, China, Oct 3, 2018.")[0] == "Beijing"


def test_country_owner_of_a_named_landmark():
    text = "The crater of Ecuador's Cotopaxi volcano glows at dawn."
    assert place(text) == (None, "Ecuador", "Ecuador")
    assert field(text, "sublocation") == "Cotopaxi volcano"
    # false cases: a country's player and a country's day name no place
    assert field("Spain's Ana Roe celebrates winning the final.", "country") is None
    assert field("Guests attend Norway's national day reception at the embassy.",
                 "country") is None
