"""Place conventions of the sixth place round (real_places_5, issue 12 item 3): each rule with
a case it applies to and one it must leave alone. Every caption here is written for this test
in an agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def fields(text: str, *names: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return tuple(parsed.get(name) for name in names)


def test_britain_in_the_caption_languages():
    text = ("Ein Spaziergänger steht am Ufer in Upton upon Severn (Großbritannien) vor dem "
            "überfluteten Weg. Foto: Ana Luz/PA Wire/dpa")
    assert fields(text, "city", "country", "country_made") == (
        "Upton upon Severn", "Großbritannien", "United Kingdom")
    text = "Des promeneurs sur une plage à Brighton, en Grande-Bretagne. Photo Ana Luz / AFP"
    assert fields(text, "country_made") == ("United Kingdom",)


def test_german_plural_country_after_in_den():
    text = "Ein Kamel steht in den Vereinigten Arabischen Emiraten vor einer Düne. Foto: Ana Luz/dpa"
    assert fields(text, "country", "country_made") == (
        "Vereinigten Arabischen Emiraten", "United Arab Emirates")
    assert fields("Radfahrer warten in den Niederlanden an einer Ampel. Foto: Ana Luz/dpa",
                  "country_made") == ("Netherlands",)
    # false cases: "in den Bergen" names no town; a plural country after the first sentence
    # is the news, not where the picture was made
    assert fields("Kühe grasen in den Bergen. Foto: Ana Luz/dpa", "city", "country_made") == (
        None, None)
    text = ("Der Minister spricht mit Reportern in Kairo. In den USA reagiert man besorgt. "
            "Foto: Ana Luz/dpa")
    assert fields(text, "city", "country_made") == ("Kairo", "Egypt")


def test_country_heading_on_a_line_of_its_own():
    text = ("REPUBLIC OF THE CONGO\nWomen carry firewood along a track outside the village. "
            "Photo by Ana Luz")
    assert fields(text, "country", "country_made") == ("REPUBLIC OF THE CONGO", "Republic of Congo")
    # false case: a heading line that is no country prints none
    text = "BREAKING NEWS\nWomen carry firewood along a track outside the village. Photo by Ana Luz"
    assert fields(text, "country", "country_made") == (None, None)


def test_the_province_of_a_name_is_the_province():
    text = "Rebels patrol a road in the northwestern province of Idlib. REUTERS/Ana Luz"
    assert fields(text, "city", "province_state") == (None, "Idlib")
    # false case: a town named after the province's kind with a country keeps the town
    text = "A man walks past ruins in Idlib, Syria, March 3, 2020. REUTERS/Ana Luz"
    assert fields(text, "city", "province_state") == ("Idlib", None)


def test_nested_units_without_a_province_are_chinese():
    text = ("The photo, taken on June 3, shows farmers planting rice in Shangping Village, "
            "Baixi Town, Linwu County. (Photo/Ana Luz)")
    assert fields(text, "city", "country", "country_made") == ("Shangping Village", None, "China")
    text = ("Dongshan Village in Hekou Township, Longsheng Autonomous County, hosts a song "
            "festival. (Photo/Ana Luz)")
    assert fields(text, "city", "country_made") == ("Dongshan Village", "China")
    # false case: a town and its prefecture (Japan) keep the prefecture, no country guessed
    text = "Volunteers clear debris in Anamizu Town, Ishikawa Prefecture, Jan. 5. Kyodo"
    assert fields(text, "city", "province_state")[1] == "Ishikawa Prefecture"
    assert fields(text, "country_made") != ("China",)


def test_venues_that_tell_the_country():
    text = "Protesters wave flags on Parliament Hill during a rally. Photo by Ana Luz"
    assert fields(text, "sublocation", "country_made") == ("Parliament Hill", "Canada")
    text = "Cyclists ride along the Tioga Parkway in Alberta, Canada. Photo by Ana Luz"
    assert fields(text, "sublocation", "city", "province_state") == (
        "Tioga Parkway", None, "Alberta")
    # false case: a hill that is no known venue tells no country
    text = "Protesters wave flags on Primrose Hill during a rally. Photo by Ana Luz"
    assert fields(text, "country_made")[0] in (None, "United Kingdom")
