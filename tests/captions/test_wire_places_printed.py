"""Place conventions of the fourth pass on real captions (issue 12): the place as printed,
each rule with a case it applies to and one it must leave alone. Every caption here is
written for this test in an agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def where(text: str) -> tuple[str | None, ...]:
    parsed = parse_caption(text)
    return tuple(parsed.get(key) for key in ("sublocation", "city", "province_state", "country",
                                             "country_made"))


def test_state_only_when_printed():
    # a city alone: its state is not printed, its country is inferred
    assert where("Fans queue in Chicago, Sunday, May 5, 2024. (AP Photo/Jo Press)") == (
        None, "Chicago", None, None, "United States")
    # false case: a printed state is kept, and so is an AP dateline's
    assert where("Fans queue in Chicago, Illinois, May 5, 2024. REUTERS/Jo Press")[2] == "Illinois"
    assert where("CHICAGO (AP) — Fans queue on Sunday. (AP Photo/Jo Press)")[2] == "Illinois"


def test_place_and_date_line():
    # a line of its own before the credit: the place, then a date the parser may not know
    text = ("Bambini giocano tra le macerie della scuola.  Kharkiv, Ucraina, 4 marzo, 2023. "
            "REUTERS/Ana Luz")
    assert where(text)[1:4] == ("Kharkiv", None, "Ucraina")
    text = "Un uomo legge il giornale al mercato.  Valencia, 12 maggio, 2022. REUTERS/Ana Luz"
    assert where(text)[1] == "Valencia"
    # El País: the region, then the country in brackets
    text = "Belén, Cisjordania (Palestina), 24/12/2019. Fieles en la plaza. Foto: Ana Luz / AFP"
    assert where(text)[1:] == ("Belén", "Cisjordania", "Palestina", "Palestinian Territories")
    # false case: a name that is no known place before a date names no place
    text = "Un uomo legge il giornale.  Marco Rossi, 12 maggio, 2022. REUTERS/Ana Luz"
    assert where(text)[1] is None
