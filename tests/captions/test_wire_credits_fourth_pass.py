"""Credit forms of the fourth pass on real captions (issue 12): each rule with a case it
applies to and one it must leave alone. Every caption here is written for this test in an
agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def test_agency_web_address_names_the_agency():
    assert credit("Die Sängerin winkt den Fans zu. © WENN.com") == ("WENN.com", [], "WENN")
    text = "Vecinos limpian la calle. Ciudad de México. © ANA LUZ / CUARTOSCURO.COM"
    assert credit(text) == ("ANA LUZ / CUARTOSCURO.COM", ["Ana Luz"], "Cuartoscuro")
    # false case: a body's own website is no agency, its picture a handout
    parsed = parse_caption("A rescue boat at sea. (Photo: Sea-Rescue.org)")
    assert parsed.get("source") == "Sea-Rescue.org"
    assert parsed.get("is_handout") is True


def test_german_agency_only_credits():
    assert credit("Der Torwart hält den Ball. Foto: ddp") == ("ddp", [], "ddp")
    assert credit("Der Trainer jubelt. © DPA pa") == ("DPA pa", [], "dpa")
    # false case: the word inside a sentence is no credit
    assert credit("Die Spieler warten auf den Bus der ddp-Reporter am Stadion.")[0] is None


def test_name_then_agency_after_a_closing_quotation_mark():
    text = 'El rey saludó al alcalde, que dijo que todo fue "muy tranquilo".MARTA RUIZ (AFP)'
    assert credit(text) == ("MARTA RUIZ (AFP)", ["Marta Ruiz"], "AFP")
    # false case: a sentence before the agency's parenthesis is no photographer
    assert credit('El rey saludó al alcalde en "Madrid". (AFP)') == ("AFP", [], "AFP")


def test_name_then_newspaper_in_parentheses():
    text = "Los reyes saludan desde el balcón, en junio de 2015.Luis Sanz (EL PAÍS)"
    assert credit(text) == ("Luis Sanz (EL PAÍS)", ["Luis Sanz"], "El País")
    # false case: the newspaper named inside the caption is no credit
    assert credit("Los reyes leen EL PAÍS en el balcón, en junio de 2015.")[0] is None


def test_mangled_copyright_sign_and_picture_number():
    parsed = parse_caption("Un homme marche dans la rue. (? JEAN ROE / REUTERS / X12345)")
    assert credit("Un homme marche dans la rue. (? JEAN ROE / REUTERS / X12345)") == (
        "JEAN ROE / REUTERS / X12345", ["Jean Roe"], "Reuters")
    assert parsed.get("provider") is None
    # false case: a question ending the caption stays the caption's, a partner stays one
    assert credit("Where is he? (Jane Roe/AP)") == ("Jane Roe/AP", ["Jane Roe"], "AP")
    assert parse_caption("A man walks. (Jane Roe/EPA/ABC Television)").get("provider") == (
        "ABC Television")


def test_byline_printed_twice_before_the_credit():
    text = "Singers perform at the awards show. Jane Roe, Jane Roe/Invision/AP"
    assert credit(text) == ("Jane Roe/Invision/AP", ["Jane Roe"], "AP")
    # false case: two different photographers both stay
    text = "Singers perform at the awards show. Jane Roe, John Doe/Invision/AP"
    assert credit(text) == ("Jane Roe, John Doe/Invision/AP", ["Jane Roe", "John Doe"], "AP")


def test_official_photographer_unit_after_the_name():
    text = "Soldiers train in the desert. (U.S. Army photo by Sgt. Jane Roe, 3rd Signal Brigade)"
    assert credit(text) == ("U.S. Army photo by Sgt. Jane Roe, 3rd Signal Brigade", ["Jane Roe"],
                            "U.S. Army")
    # false case: without a unit the name is whole
    assert credit("Soldiers train. (U.S. Army photo by Sgt. Jane Roe)")[1] == ["Jane Roe"]


def test_generic_agencies_credit_names_no_agency():
    assert credit("A player holds the cup in London, May 3, 2011. [Agencies]") == (
        "Agencies", [], None)
    # false case: the word in lower case inside the caption is no credit
    assert credit("Ministers met the heads of news agencies (agencies) in London.")[0] is None


def test_spanish_and_portuguese_month_de_year():
    text = "Los reyes saludan desde el balcón, en marzo de 2016. EFE"
    assert parse_caption(text).get("date_created") == "2016-03"
    assert parse_caption("O presidente em Brasília, em maio de 2019. Foto: Jane Roe/Agência "
                         "Brasil").get("date_created") == "2019-05"
    # false case: a month in a clause about what came before is not the photo's date
    text = ("Es el tercer encuentro, después de sus reuniones en Lima, en marzo de 2016. "
            "En la imagen, Ana Roe saluda. Jane Roe (AFP)")
    assert parse_caption(text).get("date_created") is None


def test_pa_domestic_service_caption_was_made_at_home():
    parsed = parse_caption("A boy splashes through a puddle on the way to school (Jane Roe/PA)")
    assert parsed.get("country_made") == "United Kingdom"
    # false case: a PA caption naming a place abroad keeps that place's country
    text = "Fans cheer before the final in Paris, France, May 2, 2021 (Jane Roe/PA)"
    assert parse_caption(text).get("country_made") == "France"
