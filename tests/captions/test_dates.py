"""Date forms, the photo's date among several, dates without a year."""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

DATE_CASES = [
    ("A man walks in Homs, Syria, Wednesday, Sept. 13, 2017. (AP Photo)", "2017-09-13",
     "Wednesday"),
    ("A man walks in Homs, Syria, Thursday, Sept 14, 2017. (AP Photo)", "2017-09-14",
     "Thursday"),
    ("A man waves in Denver on Jan. 20, 2021. (AP Photo/Jo Bell)", "2021-01-20", None),
    ("A man walks in Kyiv, Ukraine October 24, 2024. REUTERS/Ola Kos", "2024-10-24", None),
    ("A tram in Lisbon, Portugal, 02 January 2023. EPA-EFE/JOAO SILVA", "2023-01-02", None),
    ("Fans celebrate in Zagreb, Croatia, 24-06-2014. EPA/IVO BAN", "2014-06-24", None),
    (("LONDON, ENGLAND - AUGUST 20: A bus passes on August 20, 2024 in London, England. "
     "(Photo by Al Reed/Getty Images)"), "2024-08-20", None),
    (("In this Friday, Jan. 18, 2019 photo, a farmer feeds cattle near Miles City, Mont. "
     "(AP Photo/Cal Boone)"), "2019-01-18", "Friday"),
    ("Un hombre camina en Valencia, España, el 30 de octubre de 2024. EFE/Ana Llopis",
     "2024-10-30", None),
    ("Runners in Leeds. Picture date: Sunday May 5, 2024. (Amy Shaw/PA)", "2024-05-05",
     "Sunday"),
]


@pytest.mark.parametrize("text,iso,weekday", DATE_CASES)
def test_date_forms(text, iso, weekday):
    parsed = parse_caption(text).to_json()
    assert parsed["date_created"] == iso
    assert parsed["weekday"] == weekday


def test_taken_date_wins_over_release_date():
    text = ("In this photo taken Sept. 12, 2017 and released Sept. 14, 2017 by the state news "
            "agency, workers repair a road in Raqqa, Syria. (SANA via AP)")
    parsed = parse_caption(text)
    assert parsed.get("date_created") == "2017-09-12"
    assert [d.value for d in parsed.other_dates] == ["2017-09-14"]


def test_first_sentence_date_wins_over_background_date():
    text = ("FILE - A judge arrives at court in Austin, Texas, on March 3, 2019. The judge "
            "retired on Tuesday, Oct. 1, 2024. (AP Photo/Eric Gay, File)")
    assert parse_caption(text).get("date_created") == "2019-03-03"


def test_getty_dateline_without_year_takes_it_from_the_body():
    text = ("PARIS, FRANCE - JUNE 02: A model walks the runway on June 02, 2024 in Paris, "
            "France. (Photo by Ana Roy/Getty Images)")
    assert parse_caption(text).get("date_created") == "2024-06-02"


def test_date_without_year_is_reported_as_such():
    parsed = parse_caption("Soldiers patrol in Bamako, Mali, Thursday, Aug. 20. (AP Photo)")
    assert parsed.get("date_created") == "--08-20"
    assert parsed.date_created is not None and parsed.date_created.confidence < 0.9


def test_no_date():
    assert parse_caption("A cat sleeps. (AP Photo/Jo Bell)").date_created is None
