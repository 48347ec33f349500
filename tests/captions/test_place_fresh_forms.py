"""Place on the forms of the fresh real-caption set: a territory after its town, the vantage
point of "seen from", AP's state ending a sentence, a description before a reference place,
a heading line, Xinhua's nested towns and municipalities, dpa's "Town:" lead, a person's home
town, German nouns after a city, and the venues a caption names before or after its place.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the place and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

FIELDS = ("sublocation", "city", "province_state", "country", "country_made")

CASES = [
    # a territory printed after its town is the town's state; alone it stays the country
    (
        "Medics carry a stretcher in Rafah, Gaza Strip, May 2, 2024. (Photo by Ana Roy)",
        (None, "Rafah", "Gaza Strip", None, "Palestinian Territories"),
    ),
    (
        "Children queue for water in the Gaza Strip on May 2, 2024. (Photo by Ana Roy)",
        (None, None, None, "Gaza Strip", "Palestinian Territories"),
    ),
    # the territory as the town's owner; a country's demonym stays the printed country
    (
        (
            "A farmer picks olives in the West Bank village of Beit Ummar on May 2, 2024. (Photo by "
            "Ana Roy)"
        ),
        (None, "Beit Ummar", "West Bank", None, "Palestinian Territories"),
    ),
    (
        "A farmer picks olives in the Syrian village of Kafr Nabl on May 2, 2024. (Photo by Ana Roy)",
        (None, "Kafr Nabl", None, "Syria", "Syria"),
    ),
    # "in X in the central Gaza Strip": the territory after "in" is the state; a country stays
    (
        (
            "A boy flies a kite in Deir el-Balah in the central Gaza Strip May 2, 2024. (Photo by Ana "
            "Roy)"
        ),
        (None, "Deir el-Balah", "Gaza Strip", None, "Palestinian Territories"),
    ),
    (
        "A boy flies a kite in Nimes in southern France May 2, 2024. (Photo by Ana Roy)",
        (None, "Nimes", None, "France", "France"),
    ),
    # "seen from X": where the camera stood; people "from X" came from there
    (
        (
            "Fireworks light up the bay on Friday, May 3, 2024, seen from Oakland, Calif. Crowds "
            "gathered near the pier in Alameda. (AP Photo/Ana Roy)"
        ),
        (None, "Oakland", "California", None, "United States"),
    ),
    (
        (
            "Volunteers from Oakland, Calif., hand out food at the fairground in Fresno, Calif., on "
            "Friday, May 3, 2024. (AP Photo/Ana Roy)"
        ),
        ("fairground", "Fresno", "California", None, "United States"),
    ),
    # AP's state and a capitalised word end the first sentence; a lowercase word goes on
    (
        (
            "A brush fire burns in Redlands, Calif. Crews worked through the night at Sunset Hill Park "
            "in Redlands, where a barbecue had sparked it. (AP Photo/Ana Roy)"
        ),
        (None, "Redlands", "California", None, "United States"),
    ),
    (
        (
            "A brush fire burns in Redlands, Calif. on Monday as crews work at Sunset Hill Park in "
            "Redlands. (AP Photo/Ana Roy)"
        ),
        ("Sunset Hill Park", "Redlands", None, None, "United States"),
    ),
    # "X, a fishing village near the capital Y": X is the place, Y a reference
    (
        (
            "Fishermen mend nets in Vila Nova, a fishing village near the capital Lisbon, Portugal, May "
            "2, 2024. REUTERS/Ana Roy"
        ),
        (None, "Vila Nova", None, "Portugal", "Portugal"),
    ),
    (
        (
            "A fisherman from Vila Nova, a village near Porto, sells fish in Lisbon, Portugal, May 2, "
            "2024. REUTERS/Ana Roy"
        ),
        (None, "Lisbon", None, "Portugal", "Portugal"),
    ),
    # a place and its country on a line of their own above the caption
    (
        (
            "Lyon, Francia\nUna mujer camina por el mercado de invierno en Lyon.\nFotografía: Ana Roy / "
            "EFE"
        ),
        (None, "Lyon", None, "Francia", "France"),
    ),
    (
        "Mercado de invierno\nUna mujer camina por el mercado en Lyon.\nFotografía: Ana Roy / EFE",
        (None, "Lyon", None, None, "France"),
    ),
    # a region of the desk table next to the date; the town earlier in the sentence is the city
    (
        (
            "Residents wade through a street in Larisa, central Greece after the storm hit Thessaly, "
            "Greece, 3 May 2024. EPA-EFE/ANA ROY"
        ),
        (None, "Larisa", "Thessaly", "Greece", "Greece"),
    ),
    (
        "Residents wade through a street in Patras, Greece, 3 May 2024. EPA-EFE/ANA ROY",
        (None, "Patras", None, "Greece", "Greece"),
    ),
    # Xinhua: a park of a municipality (a city) or of a province
    (
        (
            "Visitors stroll in Century Park of east China's Shanghai Municipality, May 3, 2024. "
            "(Xinhua/Ana Roy)"
        ),
        ("Century Park", "Shanghai", None, "China", "China"),
    ),
    (
        (
            "Visitors stroll in Xiangshan Park of north China's Hebei Province, May 3, 2024. "
            "(Xinhua/Ana Roy)"
        ),
        ("Xiangshan Park", None, "Hebei", "China", "China"),
    ),
    # the venue inside the park is the sublocation; one in another clause is not
    (
        (
            "A keeper feeds a panda at the Panda Research Center in Wolong Nature Park of southwest "
            "China's Sichuan Province, May 3, 2024. (Xinhua/Ana Roy)"
        ),
        ("Panda Research Center", None, "Sichuan", "China", "China"),
    ),
    (
        (
            "A keeper feeds a panda at the Panda Research Center, and tourists walk in Wolong Nature "
            "Park of southwest China's Sichuan Province, May 3, 2024. (Xinhua/Ana Roy)"
        ),
        ("Wolong Nature Park", None, "Sichuan", "China", "China"),
    ),
    # Xinhua: "X village of Y township, Z County, ... Province": the village is the city
    (
        (
            "A farmer dries chili in Dongcun village of Heping township, Lishui County, east China's "
            "Zhejiang Province, May 3, 2024. (Xinhua/Ana Roy)"
        ),
        (None, "Dongcun", "Zhejiang", "China", "China"),
    ),
    (
        (
            "A farmer dries chili in the mountain village of Dongcun, east China's Zhejiang Province, "
            "May 3, 2024. (Xinhua/Ana Roy)"
        ),
        (None, "Dongcun", "Zhejiang", "China", "China"),
    ),
    # "X Town of Y County, ... Province": the town takes the province; a bare name does not
    (
        (
            "Tourists visit a water lane in Xitang Town of Jiashan County, east China's Zhejiang "
            "Province, May 3, 2024. (Xinhua/Ana Roy)"
        ),
        (None, "Xitang Town", "Zhejiang", "China", "China"),
    ),
    (
        (
            "Tourists visit a water lane in Xitang of Jiashan County, east China's Zhejiang Province, "
            "May 3, 2024. (Xinhua/Ana Roy)"
        ),
        (None, "Xitang", None, "China", "China"),
    ),
    # dpa: a known town and a colon open the caption; a teaser word is no town
    (
        "Münster: Ein Radfahrer fährt über eine Brücke. Foto: Ana Roy/dpa",
        (None, "Münster", None, None, "Germany"),
    ),
    (
        "Fehlstart: Ein Läufer stolpert beim Start. Foto: Ana Roy/dpa",
        (None, None, None, None, None),
    ),
    # German: an article, an adjective and a noun name no place; a kind of place does
    (
        "Gegen Mitglieder der italienischen Mafia ermittelt die Polizei. Foto: Ana Roy/dpa",
        (None, None, None, None, "Germany"),
    ),
    (
        "Ein Fischer in der italienischen Hafenstadt Bari. Foto: Ana Roy/dpa",
        (None, "Bari", None, "Italy", "Italy"),
    ),
    # German: a colour one is dressed in is no town; a town's name is
    (
        "Ganz in Schwarz erschien die Sängerin zur Gala. Foto: Ana Roy/dpa",
        (None, None, None, None, "Germany"),
    ),
    ("Ein Wochenmarkt in Soest. Foto: Ana Roy/dpa", (None, "Soest", None, None, None)),
    # a first sentence that is only the date: the venue is in the next one
    (
        (
            "May 3, 2024. The First Lady walks along the White House Colonnade after a dinner. "
            "(Official White House Photo by Ana Roy)"
        ),
        ("White House Colonnade", None, None, None, "United States"),
    ),
    (
        (
            "The rain stopped. The First Lady walks along the White House Colonnade after a dinner. "
            "(Official White House Photo by Ana Roy)"
        ),
        (None, None, None, None, None),
    ),
    # "visiting" and a titled person is no venue; "visiting" a garden is
    (
        (
            "Prime Minister Jane Roe meets visiting Spanish Prime Minister Ana Roy in Rome, May 3, 2024."
            " (Photo by Ana Roy)"
        ),
        (None, "Rome", None, None, "Italy"),
    ),
    (
        "Tourists visiting Villa Borghese Gardens in Rome, May 3, 2024. (Photo by Ana Roy)",
        ("Villa Borghese Gardens", "Rome", None, None, "Italy"),
    ),
    # a venue "run by" someone; a venue word that describes ("Centre workers") names none
    (
        (
            "Dogs rest at the Lakeside Animal Centre run by volunteers, on May 3, 2024 in Austin, Texas."
            " Photo credit: Ana Roy / Getty Images."
        ),
        ("Lakeside Animal Centre", "Austin", "Texas", None, "United States"),
    ),
    (
        (
            "Dogs rest in a pen as the Lakeside Animal Centre workers strike, on May 3, 2024 in Austin, "
            "Texas. Photo credit: Ana Roy / Getty Images."
        ),
        (None, "Austin", "Texas", None, "United States"),
    ),
    # Getty: the dateline's city named again after the venue; with no venue, none
    (
        (
            "PARIS, FRANCE - MAY 3: A model walks at Salle des Fêtes on May 3, 2024 in Paris, France. "
            "(Photo by Ana Roy/Getty Images)"
        ),
        ("Salle des Fêtes", "Paris", None, "France", "France"),
    ),
    (
        (
            "PARIS, FRANCE - MAY 3: A model walks the runway during the show. (Photo by Ana Roy/Getty "
            "Images)"
        ),
        (None, "Paris", None, "France", "France"),
    ),
    # "underpass" is a venue word of the desk table
    (
        (
            "A driver waits at Kadikoy underpass after heavy rain in Istanbul, Turkey on May 3, 2024 "
            "[Ana Roy/Anadolu Agency]"
        ),
        ("Kadikoy underpass", "Istanbul", None, "Turkey", "Turkey"),
    ),
    # a person's home town in an appositive is not the photo's town; a route's end may be
    (
        "Jane Roe, 10, from north Leeds, waves a flag at the parade. (Ana Roy/PA)",
        (None, None, None, None, "United Kingdom"),
    ),
    (
        "Jane Roe waves a flag at the parade from Leeds to York. (Ana Roy/PA)",
        (None, "York", None, None, "United Kingdom"),
    ),
    # "in far western Queensland": "far" before the direction
    (
        (
            "Rangers count birds at the wetlands in far western Queensland, May 3, 2024. (Photo by Ana "
            "Roy)"
        ),
        (None, None, "Queensland", None, "Australia"),
    ),
    (
        "Rangers count birds at the wetlands in western Queensland, May 3, 2024. (Photo by Ana Roy)",
        (None, None, "Queensland", None, "Australia"),
    ),
    # a venue named by its lowercase word after "the", right before the place; "a" names none
    (
        "Jane Roe appears at the district court in Bremen, Germany, on Monday. Ana Roy/AFP",
        ("district court", "Bremen", None, "Germany", "Germany"),
    ),
    (
        "Jane Roe appears at a district court in Bremen, Germany, on Monday. Ana Roy/AFP",
        (None, "Bremen", None, "Germany", "Germany"),
    ),
    # German: a big city, then a capitalised noun, is the city; a town's two-word name stays
    (
        "Am Abend standen in Bremen Polizisten vor dem Rathaus. Foto: Ana Roy/dpa",
        (None, "Bremen", None, None, "Germany"),
    ),
    (
        "Ein Fest in Bad Sassendorf lockt Besucher an. Foto: Ana Roy/dpa",
        (None, "Bad Sassendorf", None, None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_fresh_forms(text: str, expected: tuple[str | None, ...]) -> None:
    parsed = parse_caption(text)
    got = tuple(
        getattr(parsed, field).value if getattr(parsed, field) else None for field in FIELDS
    )
    assert got == expected
