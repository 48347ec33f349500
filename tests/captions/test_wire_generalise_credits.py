"""Credit forms of the third pass on real captions (issue 12): each rule with a case it
applies to and one it must leave alone. Every caption here is written for this test in an
agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption
from media_manager.captions.names import smart_case
from tests.captions.parsed import credit

# --- credits -------------------------------------------------------------------------------

def test_should_read_before_pa_restrictions():
    text = ("England's Harry Stone bats at Headingley, Leeds. PRESS ASSOCIATION Photo. Photo "
            "credit should read: Al Bee/PA Wire. Editorial use only. No commercial use.")
    assert credit(text) == ("Al Bee/PA Wire", ["Al Bee"], "PA")
    # false case: the form at the very end still reads
    assert credit("Harry Stone bats at Leeds. Photo credit should read Al Bee/PA Wire.")[0] == (
        "Al Bee/PA Wire")


def test_official_notice_paragraph_after_the_credit_is_boilerplate():
    text = ("President Jane Roe talks on the phone in the Oval Office. (Official White House "
            "Photo by Al Bee)\nThis official White House photograph is being made available "
            "only for publication by news organizations.")
    assert credit(text) == ("Official White House Photo by Al Bee", ["Al Bee"], "The White House")
    # false case: without the notice the credit is the same
    assert credit(text.split("\n")[0])[0] == "Official White House Photo by Al Bee"


def test_agency_copyright_line_after_the_credit_repeats_it():
    text = "O ministro fala aos jornalistas em Lisboa. ANA LUZ / LUSA\n\n© LUSA"
    assert credit(text) == ("ANA LUZ / LUSA", ["Ana Luz"], "Lusa")
    # false case: a copyright line alone is the credit
    assert credit("O ministro fala aos jornalistas em Lisboa.\n\n© LUSA")[0] == "LUSA"


def test_corbis_image_by_copyright():
    text = "A man speaks in Akron, Ohio. --- Image by © Al Bee/ZUMA Press/Corbis"
    assert credit(text) == ("Image by © Al Bee/ZUMA Press/Corbis", ["Al Bee"], "Corbis")
    # false case: a bare copyright sign keeps no label
    assert credit("A man speaks in Akron, Ohio. © Al Bee/Corbis")[0] == "Al Bee/Corbis"


def test_name_then_agency_after_a_dash():
    text = "Des migrants arrivent dans le port de Messine, le 15 avril 2015 — ANA LUZ AFP"
    assert credit(text) == ("ANA LUZ AFP", ["Ana Luz"], "AFP")
    # false case: a sentence after the dash is no credit
    assert credit("Des migrants arrivent à Messine — selon un communiqué de AFP")[1] == []


def test_republisher_credit_on_the_first_line():
    text = "Kyodo News/AP\nEmperor Naruhito smiles at people at a shelter in Asahi, April 14."
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("source")) == ("Kyodo News/AP", "AP")
    # false case: a first line with words of a sentence is no credit
    plain = "Emperor Naruhito smiles at people at a shelter in Asahi/Chiba\nThe couple smiled."
    assert parse_caption(plain).get("credit_line") is None


def test_capital_particles_in_a_photographer_name():
    assert smart_case("MANUEL DE ALMEIDA") == "Manuel de Almeida"
    # false case: a particle that leads the name is not lowered
    assert smart_case("DE GAULLE").split()[0] != "de"


def test_name_and_agency_in_parentheses_run_into_the_last_stop():
    text = "Flores y una bandera frente al Parlamento en Londres.JUAN SOL (REUTERS)"
    parsed = parse_caption(text)
    assert credit(text) == ("JUAN SOL (REUTERS)", ["Juan Sol"], "Reuters")
    assert parsed.get("city") == "Londres"
    # false case: an agency in parentheses after a sentence with a space stays alone
    assert credit("Flores frente al Parlamento en Londres, dice el Gobierno (REUTERS)")[0] == (
        "REUTERS")


def test_glued_name_then_agency():
    text = "O presidente fala em Brasília, em 20 de janeiro.ANA LUZ AP"
    assert credit(text) == ("ANA LUZ AP", ["Ana Luz"], "AP")
    # false case: an abbreviation's stop is no break
    assert credit("Officials meet in Washington, U.S. REUTERS/Al Bee")[0] == "REUTERS/Al Bee"


def test_credit_label_inside_parentheses():
    text = "Firefighters talk at a plant in Abington. (Credit: Ann Lake – Valley News Group)"
    assert credit(text)[0] == "Ann Lake – Valley News Group"
    # false case: a parenthesis without a credit word or agency is no credit
    assert credit("Firefighters talk at a plant in Abington (Montgomery County).")[0] is None


def test_copyright_first_line_and_its_link_text():
    text = "© AFP 2023 / Ana Luz\nBanhistas se divertem na praia de Ipanema, no Rio de Janeiro."
    assert credit(text)[0] == "AFP 2023 / Ana Luz"
    text = ("© Sputnik / Ana Luz / Acessar o banco de imagens\nParada na Praça Vermelha em "
            "Moscou.")
    assert credit(text)[0] == "Sputnik / Ana Luz"
    # false case: a first line that is a sentence is no credit
    assert credit("Banhistas na praia / Rio\nO dia foi quente.")[0] is None


def test_shouted_caption_before_photo_by():
    text = "FRANCE. PARIS. THE GARDEN OF LUXEMBOURG Photo by Ann Lake/Only Paris/ABACAPRESS.COM"
    assert credit(text)[0] == "Photo by Ann Lake/Only Paris/ABACAPRESS.COM"
    # false case: a mixed-case caption keeps its organisation before "Photo by"
    assert credit("Sailors train at sea. U.S. Navy Photo by Ann Lake")[0] == (
        "U.S. Navy Photo by Ann Lake")


def test_long_first_credit_line_with_link_text():
    text = ("© Sputnik / Anatoli Kuznetsovitch / Acessar o banco de imagens\nParada na Praça "
            "Vermelha em Moscou.")
    parsed = parse_caption(text)
    assert parsed.get("credit_line") == "Sputnik / Anatoli Kuznetsovitch"
    assert parsed.get("persons_shown") == []
    # false case: a long first line with words of a sentence is no credit
    assert credit("Parada na Praça Vermelha em Moscou / Rússia e outros\nO dia foi quente.")[
        0] is None


def test_dpa_gallery_lead():
    text = "dpa/Ana Luz Bild 16/60 - Hans Roe (r) jubelt nach seinem Treffer in Leipzig."
    parsed = parse_caption(text)
    assert (parsed.get("credit_line"), parsed.get("persons_shown")) == ("dpa/Ana Luz", ["Hans Roe"])
    # false case: a caption without the picture number keeps its first words
    assert parse_caption("Hans Roe (r) jubelt in Leipzig. Foto: Ana Luz/dpa").get(
        "credit_line") == "Ana Luz/dpa"


def test_lowercase_agency_in_parentheses_after_a_name():
    text = "El presidente llegó ayer a Lima.Nicolás Roe (afp)"
    assert credit(text) == ("Nicolás Roe (afp)", ["Nicolás Roe"], "AFP")
    # false case: a lowercase word in parentheses that is no agency is no credit
    assert credit("El presidente llegó ayer a Lima (ayer)")[0] is None


def test_copyright_year_after_the_agency_and_photo_par():
    text = "© AFP 2023 / Ana Luz\nBanhistas na praia de Ipanema, no Rio de Janeiro."
    assert credit(text) == ("AFP 2023 / Ana Luz", ["Ana Luz"], "AFP")
    text = "Le président quitte le palais à Paris le 6 mars. Photo par Ana Luz / ABACAPRESS.COM"
    assert credit(text)[1] == ["Ana Luz"]
    # false case: a number inside a name piece is kept
    assert credit("Le président à Paris. Photo: Studio 54/ABACAPRESS.COM")[0] == (
        "Studio 54/ABACAPRESS.COM")


def test_photographer_glued_to_the_last_stop():
    text = "El presidente, Pedro Mar, en el Palacio, durante una entrevista a EL PAÍS.Ana Luz"
    assert credit(text) == ("Ana Luz", ["Ana Luz"], None)
    text = "O ministro era o relator no Supremo Tribunal Federal.ANA LUZ PALÁCIO PIRATINI"
    assert credit(text)[0] == "ANA LUZ PALÁCIO PIRATINI"
    # false case: after a space the last words are a sentence of the caption when they hold
    # a verb (a name alone there is a credit: test_credits_wide_sample)
    assert credit("El presidente habla durante una entrevista. Ana Luz sonríe")[0] is None
