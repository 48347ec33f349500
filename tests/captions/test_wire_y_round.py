"""Credit and date forms of the y round on real captions (issue 12): ranks, pool and site
credits, labels, dashes, brackets and broken lines in credits; the Getty dateline's abbreviated
month. Each rule with a case it applies to and one it must leave alone; every caption is
written for this test."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def test_british_ranks_are_dropped_from_the_photographer():
    assert credit("A pilot lands in the desert.\n\nCredit: SAC Jo Roe") == (
        "SAC Jo Roe", ["Jo Roe"], None)
    assert credit("A sailor on deck.\n\nCredit: LPhot Ann Poe") == (
        "LPhot Ann Poe", ["Ann Poe"], None)
    text = "Sappers build a bridge.\n[Picture: Lieutenant Colonel Jo Roe, Crown Copyright/MOD 2012]"
    assert credit(text) == ("Lieutenant Colonel Jo Roe, Crown Copyright/MOD 2012", ["Jo Roe"], "MOD")
    # false cases: a rank with only one word after it is kept; a name merely starting so too
    assert credit("A pilot lands in the desert.\n\nCredit: SAC Roe")[1] == ["Sac Roe"]
    assert credit("A pilot lands in the desert.\n\nCredit: Sacha Roe")[1] == ["Sacha Roe"]


def test_pool_photo_by_name_inside_a_chain():
    parsed = parse_caption("A senator speaks at a hearing on Monday. Pool Photo by Jo Roe/UPI")
    assert parsed.get("credit_line") == "Pool Photo by Jo Roe/UPI"
    assert parsed.get("creator") == ["Jo Roe"]
    assert parsed.get("source") == "UPI"
    assert parsed.get("provider") is None
    assert parsed.get("is_pool") is True
    # false case: a pool credit without "by" names no photographer
    parsed = parse_caption("A senator speaks at a hearing on Monday. (Pool Photo/UPI)")
    assert parsed.get("creator") == []
    assert parsed.get("source") == "UPI"


def test_fotografia_label_of_a_final_credit():
    assert credit("El alcalde saluda en la plaza.\nFotografía: Ana Roe/EFE") == (
        "Ana Roe/EFE", ["Ana Roe"], "EFE")
    # false case: the word inside a sentence is no label
    assert credit("La fotografia del sindaco è stata scattata ieri.")[0] is None


def test_site_credit_after_the_agency_credit_keeps_the_photographer():
    parsed = parse_caption("O treinador sorri no estádio. (Photo by Ana ROE / AFP)\n\nFotografia: AFP")
    assert parsed.get("credit_line") == "AFP"
    assert parsed.get("other_credits") == ["Photo by Ana ROE / AFP"]
    assert parsed.get("creator") == ["Ana Roe"]
    # false case: a site credit of another agency takes no photographer from the first
    parsed = parse_caption("O treinador sorri no estádio. (Photo by Ana ROE / AFP)\n\nFotografia: EFE")
    assert parsed.get("creator") == []


def test_image_credit_run_onto_the_last_words():
    text = "Trucks leave the depot on Tuesday, May 3, 2022 Image Credit: Jo Roe/Bloomberg"
    assert credit(text) == ("Jo Roe/Bloomberg", ["Jo Roe"], "Bloomberg")
    # false case: the words inside a sentence, with no credit after them, are no credit
    assert credit("Trucks leave the depot. The Image Credit: line is missing.")[0] is None


def test_bare_name_in_parentheses_after_the_last_stop():
    text = "Sailors fold a flag on the deck, in the Pacific Ocean. (Jane Roe)"
    assert credit(text) == ("Jane Roe", ["Jane Roe"], None)
    # false cases: no stop before it, words of a sentence, an initial's stop
    assert credit("Sailors fold a flag on the deck, in the Pacific Ocean (Jane Roe)")[0] is None
    assert credit("Sailors fold a flag on the deck. (Left to Right)")[0] is None
    assert credit("Sailors salute Adm. John F. (Jack Roe)")[0] is None
    assert credit("Sailors fold a flag. (AP Photo/Jane Roe)") == ("AP Photo/Jane Roe", ["Jane Roe"], "AP")


def test_dash_credit_after_a_stop_and_a_dash():
    assert credit("Le ministre salue la foule à Alger. – Jane Roe – AFP") == (
        "Jane Roe – AFP", ["Jane Roe"], "AFP")
    # false case: with no stop before the first dash, only the agency is the credit
    assert credit("Le ministre salue la foule à Alger – Jane Roe – AFP") == ("AFP", [], "AFP")


def test_name_dash_pool_agency_on_its_own_line():
    parsed = parse_caption("The judge listens in a courtroom in New York.\n\nJane Roe - Pool Reuters")
    assert parsed.get("credit_line") == "Jane Roe - Pool Reuters"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "Reuters"
    assert parsed.get("is_pool") is True
    # false case: a pool word before no agency is no credit
    assert credit("The judge listens in a courtroom in New York.\n\nJane Roe - Pool Party")[0] is None


def test_agency_archive_credit_after_a_bracketed_date():
    parsed = parse_caption("The president votes in Ankara, Turkey. (December 28, 2018) / AA Archive")
    assert parsed.get("credit_line") == "AA Archive"
    assert parsed.get("source") == "Anadolu"
    assert parsed.get("is_file_photo") is True
    assert parsed.get("date_created") == "2018-12-28"
    # false case: a whole parenthesised credit keeps its start
    assert credit("The president votes in Ankara. (Jane Roe/AA)") == ("Jane Roe/AA", ["Jane Roe"], "Anadolu")


def test_zvg_marks_a_handout():
    parsed = parse_caption("Der Rat posiert vor dem Palais. © Keystone-ATS/Jane Roe/zvg")
    assert parsed.get("source") == "Keystone"
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("is_handout") is True
    # false case: the agency's own picture is no handout
    parsed = parse_caption("Der Rat posiert vor dem Palais. © Keystone-ATS/Jane Roe")
    assert parsed.get("is_handout") is False


def test_credit_broken_before_its_slash_onto_a_new_line():
    parsed = parse_caption("A marine trains in the snow.\n\nCredit: LPhot Jo Roe\n/Royal Navy")
    assert parsed.get("credit_line") == "LPhot Jo Roe\n/Royal Navy"
    assert parsed.get("creator") == ["Jo Roe"]
    assert parsed.get("source") == "Royal Navy"
    # false case: a slash line under the caption itself takes no caption words
    assert credit("A marine trains in the snow.\n/Royal Navy") == ("Royal Navy", [], "Royal Navy")


def test_getty_dateline_with_an_abbreviated_month():
    text = "LAS VEGAS – FEB. 11: A player celebrates after the game. (Photo by Jo Roe/Getty Images)"
    assert parse_caption(text).get("date_created") == "--02-11"
    # false case: a month's abbreviation with no day before the colon is no dateline date
    text = "LAS VEGAS – FEB. A player celebrates on the 11: (Photo by Jo Roe/Getty Images)"
    assert parse_caption(text).get("date_created") is None


def test_short_originator_sentence_via_an_agency():
    parsed = parse_caption("A spokeswoman dances at a reception in Sochi, Russia. Host photo agency via Reuters")
    assert parsed.get("credit_line") == "Host photo agency via Reuters"
    assert parsed.get("source") == "Reuters"
    assert parsed.get("provider") == "Host photo agency"
    assert parsed.get("is_handout") is True
    # false case: a sentence's own words before "via" are no originator
    assert credit("A spokeswoman dances at a reception. Fans watched it via Reuters TV")[0] is None


def test_rating_bracket_inside_a_bracketed_credit():
    text = "A sailor walks on deck in Norway [Picture: LA(Phot) Jo Roe, Crown Copyright/MOD 2010]"
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "LA(Phot) Jo Roe, Crown Copyright/MOD 2010"
    assert parsed.get("creator") == ["Jo Roe"]
    assert parsed.get("source") == "MOD"
    assert parsed.get("is_handout") is True
    # false case: a bracket glued to a lower-case word is no rating, nor part of the credit
    text = "A crew checks the drone(Mk) on deck. (Jo Roe/Reuters)"
    assert credit(text) == ("Jo Roe/Reuters", ["Jo Roe"], "Reuters")


def test_royal_household_credit_is_an_official_handout():
    parsed = parse_caption("El rey entrega un premio en Oviedo. CASA REAL")
    assert parsed.get("credit_line") == "CASA REAL"
    assert parsed.get("source") == "Casa Real"
    assert parsed.get("is_handout") is True
    # false case: the household named in a sentence is no credit
    assert credit("El rey saluda. La Casa Real anunció el viaje a Oviedo.")[0] is None


def test_short_state_abbreviation_ends_the_place_before_a_sentence():
    parsed = parse_caption("A clerk sells tickets at a store in Avonmore, Pa. The jackpot grew. (AP Photo/Jo Roe)")
    assert (parsed.get("city"), parsed.get("province_state")) == ("Avonmore", "Pennsylvania")
    assert parsed.get("country_made") == "United States"
    # false case: a short abbreviation that is no state ("St.") does not end the place
    parsed = parse_caption("A clerk sells tickets at a store in St. Marys, Pa., on Monday. (AP Photo/Jo Roe)")
    assert (parsed.get("city"), parsed.get("province_state")) == ("St. Marys", "Pennsylvania")
