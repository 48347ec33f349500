"""Place forms of the fifth place round (issue 12, item 3; the odd half of
benchmarks/data/real_places_4.jsonl, a desk's everyday feed): each rule with a case it applies
to and one it must leave alone. Every caption here is written for this test in an agency's
style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def places(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    parsed = parse_caption(text)
    return (parsed.get("sublocation"), parsed.get("city"), parsed.get("province_state"),
            parsed.get("country"))


def test_german_province_is_the_state_not_the_town():
    # "in der syrischen Provinz Idlib": the province, named with its word, is no city
    assert places("Kinder spielen in der syrischen Provinz Idlib vor einem Zelt. "
                  "Foto: Jane Roe/dpa") == (None, None, "Idlib", "Syria")
    assert places("Bauern ernten Reis in der Provinz Aceh. Foto: Jane Roe/dpa") == (
        None, None, "Aceh", None)
    # false case: a town with its kind word stays the town
    assert places("Kinder spielen in der syrischen Stadt Idlib. Foto: Jane Roe/dpa")[1] == "Idlib"


def test_german_compass_prefix_on_a_country_adjective():
    # "nordsyrischen", "südwestfranzösischen": the compass word fused to the country's adjective
    assert places("Ein Junge wartet in der nordsyrischen Provinz Rakka. Foto: Jane Roe/AP") == (
        None, None, "Rakka", "Syria")
    assert places("Winzer ernten im südwestfranzösischen Bordeaux die Trauben. Foto: Jane Roe/AFP")[
        1:] == ("Bordeaux", None, "France")
    # false case: a plain lowercase word before a town names no country
    assert places("Touristen wandern im sonnigen Bordeaux umher. Foto: Jane Roe/AFP")[3] is None


def test_us_adjective_with_its_hyphen_and_kazakh_adjective():
    assert places("Farmer tragen im US-amerikanischen Knox County eine Scheune. "
                  "Foto: Jane Roe/AP")[1:] == ("Knox County", None, "United States")
    assert places("Eine Frau geht in der kasachischen Stadt Almaty zur Arbeit. "
                  "Foto: Jane Roe/Reuters")[1:] == ("Almaty", None, "Kazakhstan")


def test_country_after_a_compass_phrase_with_al_or_ao():
    # Spanish "al oeste de", Portuguese "ao norte de": the country of the town before it
    assert places("Campesinos marchan en la ciudad de Popayán, al oeste de Colombia. "
                  "EFE/Juan Pérez")[1:] == ("Popayán", None, "Colombia")
    assert places("Pescadores descarregam sardinha em Matosinhos, ao norte de Portugal, "
                  "a 3 de maio de 2024. LUSA/Ana Roe")[1:] == ("Matosinhos", None, "Portugal")
    # false case: a region after "al" is no country
    assert places("Campesinos marchan en Popayán, al oeste del Cauca. EFE/Juan Pérez")[3] is None


def test_german_landmark_named_for_its_town():
    # "vor der Kathedrale von Coventry": the landmark is the sublocation, the town the city
    assert places("Besucher stehen vor der Kathedrale von Coventry. Foto: Jane Roe/PA") == (
        "Kathedrale von Coventry", "Coventry", None, None)
    assert places("Gläubige beten in der Kirche von Lourdes. Foto: Jane Roe/AFP")[:2] == (
        "Kirche von Lourdes", "Lourdes")
    # false case: a part of a town ("am Stadtrand von") is no landmark
    assert places("Bauern protestieren am Stadtrand von Lyon. Foto: Jane Roe/AFP")[:2] == (
        None, "Lyon")


def test_venue_shown_just_before_its_place_with_a_compass_word():
    # Xinhua's "shows the X Bridge in", and a compass word before the owner of the province
    assert places("Aerial photo taken on May 2, 2025 shows the Nanpu Bridge in Shanghai, China. "
                  "(Xinhua/Jane Roe)")[:2] == ("Nanpu Bridge", "Shanghai")
    assert places("A drone photo taken on May 3, 2025 shows the Beipan River Bridge in southwest "
                  "China's Guizhou Province. (Xinhua/Jane Roe)") == (
        "Beipan River Bridge", None, "Guizhou", "China")
    # false cases: people shown are no venue, nor is a village of a county
    assert places("Photo taken on May 2, 2025 shows students in Beijing, China. "
                  "(Xinhua/Jane Roe)")[:2] == (None, "Beijing")
    assert places("Villagers dry maize at Xiaoshan Village of Jinping County in southwest China's "
                  "Guizhou Province, May 4, 2025. (Photo by Jane Roe/Xinhua)")[0] is None
