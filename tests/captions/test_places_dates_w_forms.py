"""Dates and places of the ``w`` records' forms (issue 12): each rule with a caption written
here and a case it must not take."""

from __future__ import annotations

from media_manager.captions import parse_caption


def test_month_abbreviation_glued_to_the_day():
    parsed = parse_caption("FILE - In this Tuesday, Aug.3, 2021 file photo the mayor speaks in "
                           "Hamburg, Germany. (Jane Roe/Pool via AP, File)")
    assert parsed.get("date_created") == "2021-08-03"


def test_heading_date_before_a_colon_keeps_its_year():
    parsed = parse_caption("LIVERPOOL, ENGLAND – Saturday, March 6, 2021: A general view of "
                           "the stadium before the match. (Pic by Jane Roe/Propaganda)")
    assert parsed.get("date_created") == "2021-03-06"


def test_time_after_the_day_is_no_year():
    parsed = parse_caption("Fans wait outside the ground in Leeds on March 6 10:30 local time. "
                           "REUTERS/Jane Roe")
    assert parsed.get("date_created") == "--03-06"


def test_possessive_before_a_name_is_no_place():
    parsed = parse_caption("The secretary-general stressed three threats in his State of the "
                           "Union address in January 2024. JANE ROE/UN PHOTO")
    assert parsed.get("city") is None


def test_possessive_before_a_kind_of_place_still_leads_to_it():
    parsed = parse_caption("The singer returns to his home town of Tralee, Ireland, on May 3, "
                           "2024. REUTERS/Jane Roe")
    assert parsed.get("city") == "Tralee"


def test_dateline_place_takes_the_venue_of_the_next_sentence():
    parsed = parse_caption("Sep 9, 2023; Boulder, CO, USA; Colorado Buffaloes receiver John Doe "
                           "(2) runs with the ball against the Nebraska Cornhuskers at Folsom "
                           "Field. Mandatory Credit: Jane Roe-USA TODAY Sports")
    assert parsed.get("sublocation") == "Folsom Field"
    assert parsed.get("city") == "Boulder"


def test_dateline_place_without_a_venue_after_it_gives_none():
    parsed = parse_caption("Sep 9, 2023; Boulder, CO, USA; Colorado Buffaloes receiver John Doe "
                           "(2) runs with the ball against the Nebraska Cornhuskers in the first "
                           "half. Mandatory Credit: Jane Roe-USA TODAY Sports")
    assert parsed.get("sublocation") is None
    assert parsed.get("city") == "Boulder"


def test_a_hotel_is_a_venue():
    parsed = parse_caption("Delegates meet the media at the Shelbourne hotel in Dublin\n"
                           "JANE ROE/ROLLINGNEWS.IE")
    assert parsed.get("sublocation") == "Shelbourne hotel"
    assert parsed.get("city") == "Dublin"


def test_a_venue_left_by_the_procession():
    parsed = parse_caption("Mourners follow the coffin as it leaves St Anne's Cathedral, in "
                           "Belfast, May 2, 2024. REUTERS/Jane Roe")
    assert parsed.get("sublocation") == "St Anne's Cathedral"
    assert parsed.get("city") == "Belfast"


def test_leaving_a_city_gives_no_venue():
    parsed = parse_caption("A convoy leaves Kherson, Ukraine, May 2, 2024. REUTERS/Jane Roe")
    assert parsed.get("sublocation") is None
    assert parsed.get("city") == "Kherson"


def test_a_venue_inside_the_venue_before_the_place():
    parsed = parse_caption("The duchess leaves the service at St Mary's Chapel at Hillsborough "
                           "Castle in Hillsborough, Britain. REUTERS/Jane Roe")
    assert parsed.get("sublocation") == "St Mary's Chapel"


def test_an_event_before_the_venue_is_no_inner_venue():
    parsed = parse_caption("The duchess attends the Easter service at Hillsborough Castle in "
                           "Hillsborough, Britain. REUTERS/Jane Roe")
    assert parsed.get("sublocation") == "Hillsborough Castle"


def test_a_small_town_owning_a_venue_is_a_surname():
    parsed = parse_caption("Relatives leave the Four Courts in Dublin after hearing he should "
                           "be jailed for continuing to turn up at Murray’s Grammar School in "
                           "defiance of an order\nJANE ROE/ROLLINGNEWS.IE")
    assert parsed.get("city") == "Dublin"


def test_a_city_owning_a_venue_gives_city_and_venue():
    parsed = parse_caption("Protesters gather in Athens' Syntagma Square, May 2, 2024. "
                           "REUTERS/Jane Roe")
    assert parsed.get("city") == "Athens"
    assert parsed.get("sublocation") == "Syntagma Square"


def test_a_district_before_its_city_is_the_venue():
    parsed = parse_caption("Shoppers cross a street in the Shibuya shopping district, Tokyo on "
                           "Apr. 2. (Kyodo)")
    assert parsed.get("city") == "Tokyo"
    assert parsed.get("sublocation") == "Shibuya shopping district"


def test_mountains_are_no_city():
    parsed = parse_caption("Fighters watch smoke rise over the Safed Koh mountains in "
                           "Afghanistan December 3, 2001. REUTERS/Jane Roe")
    assert parsed.get("city") is None
    assert parsed.get("sublocation") == "Safed Koh mountains"


def test_a_city_before_its_country_stays_the_city():
    parsed = parse_caption("Shoppers cross a street in Osaka, Japan on Apr. 2. (Kyodo)")
    assert parsed.get("city") == "Osaka"
    assert parsed.get("sublocation") is None


def test_next_to_a_person_is_no_place():
    parsed = parse_caption("The governor holds a press conference where he named John Doe "
                           "(next to Alexandria) his chief of staff. Jane Roe/AP hide caption")
    assert parsed.get("city") is None


def test_to_a_city_is_still_a_place():
    parsed = parse_caption("The governor travels to Alexandria, Egypt, on May 2, 2024. "
                           "REUTERS/Jane Roe")
    assert parsed.get("city") == "Alexandria"


def test_a_province_before_its_larger_reference_lends_no_city():
    parsed = parse_caption("The minister arrives at Clark International Airport in Pampanga "
                           "province, north of Manila on November 3, 2019. AFP / Jane Roe")
    assert parsed.get("province_state") == "Pampanga"
    assert parsed.get("city") is None
    assert parsed.get("sublocation") == "Clark International Airport"


def test_a_city_after_a_province_without_direction_is_its_city():
    parsed = parse_caption("The minister arrives in Pampanga province, in Angeles on "
                           "November 3, 2019. AFP / Jane Roe")
    assert parsed.get("city") == "Angeles"


def test_a_house_number_is_part_of_the_venue():
    parsed = parse_caption("The prime minister departs his residence at 10 Downing Street in "
                           "London, Britain, 07 October 2020. EPA-EFE/JANE ROE")
    assert parsed.get("sublocation") == "10 Downing Street"


def test_a_count_before_a_venue_name_needs_the_venue():
    parsed = parse_caption("The prime minister meets 10 ministers in London, Britain, 07 October "
                           "2020. EPA-EFE/JANE ROE")
    assert parsed.get("sublocation") is None
