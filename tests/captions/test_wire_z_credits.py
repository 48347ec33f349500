"""Credit forms of the z round on real captions (issue 12): republishers' credits (Spanish
spaced slashes, Korean agency pairs, Italian "Credits:" lines, Portuguese run-on picture words,
the BBC's "Image source,"), glued labels, desk tags with en dashes, names before a long agency
name, lower-case credits and courtesy suppliers. Each rule with a case it applies to and one it
must leave alone; every caption is written for this test."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider")


def test_desk_tag_with_en_dashes_is_no_part_of_the_credit():
    text = ("Fans cheer in Lyon, France, May 2, 2024. REUTERS/Jane Roe "
            "(FRANCE – Tags: SPORT) – RTX9ZZZ")
    assert credit(text) == ("REUTERS/Jane Roe", ["Jane Roe"], "Reuters")
    assert parse_caption(text).get("provider") is None
    # false case: a caption's own parenthesis with an en dash is no desk tag
    text = "Jane Roe (left – seated) speaks in Paris, May 2, 2024. REUTERS/Jo Poe"
    assert credit(text) == ("REUTERS/Jo Poe", ["Jo Poe"], "Reuters")
    assert "left – seated" in text[:parse_caption(text).credit_line.span.start]


def test_credits_label_on_the_first_line():
    text = "Credits: Jane Roe, Epa\n  12 maggio. Un robot gioca a calcio a Roma."
    assert credit(text) == ("Jane Roe, Epa", ["Jane Roe"], "EPA")
    text = "Credits: Jane Roe, Casa Real de España\n\n3 luglio. La regina cammina a Madrid."
    assert credit(text) == ("Jane Roe, Casa Real de España", ["Jane Roe"], "Casa Real de España")
    assert parse_caption(text).get("is_handout") is True  # a royal household's photographer
    # false case: a sentence after the label is no credit
    assert credit("Credits: thanks to all our readers\n\nLa regina cammina a Madrid.") == (
        None, [], None)


def test_credit_label_glued_to_the_last_stop():
    assert credit("Jane Roe leaves the court, as she has since 2015.Credit:Jo Poe") == (
        "Jo Poe", ["Jo Poe"], None)
    text = "Das Foto zeigt Jane Roe in Lagos.Foto: Lagos Police/AP/dpa"
    assert credit(text)[0] == "Lagos Police/AP/dpa"
    # false case: the word run on after a stop, then a sentence
    assert credit("Debt rose again in 2023.Credit: card debt rose for many families")[0] is None


def test_bbc_image_source_run_onto_the_date():
    assert credit("The choir sings at Ely, 3 June 2023Image source, Jane Roe / PA Media") == (
        "Jane Roe / PA Media", ["Jane Roe"], "PA")
    # false case: the words inside a sentence
    assert credit("The choir sings. Image source, said the police, was unknown")[0] is None


def test_spanish_credit_after_a_spaced_slash():
    assert credit("Jane Roe y Jo Poe, en el mitin de Lagos / EFE - Ana Soto") == (
        "EFE - Ana Soto", ["Ana Soto"], "EFE")
    assert credit("Jane Roe, en el acto de proclamación del partido / EUROPA PRESS") == (
        "EUROPA PRESS", [], "Europa Press")
    # a photographer's "Name / Agency" stays one credit
    assert credit("Jane Roe habla en Lagos. Ana Soto / Xinhua") == (
        "Ana Soto / Xinhua", ["Ana Soto"], "Xinhua")
    # false case: places after a spaced slash are no credit
    assert credit("Un hombre camina en Lagos / Madrid - Roma")[0] is None


def test_korean_agency_pair():
    text = "Cherry trees bloom in Seoul, March 3. AFP-Yonhap"
    assert credit(text) == ("AFP-Yonhap", [], "Yonhap")
    assert _chain(text) == ("Yonhap", "AFP")
    # false case: two names joined by a hyphen are no agencies
    assert credit("Cherry trees bloom in Seoul, March 3. Kim-Lee")[0] is None


def test_portuguese_picture_word_without_a_colon():
    assert credit("A deputada no parlamento após as eleições de 2019 Foto Ana Soto/Expresso") == (
        "Ana Soto/Expresso", ["Ana Soto"], "Expresso")
    assert credit("Adeus, Jane Roe. Um momento do ano Foto Jo Poe/Reuters") == (
        "Jo Poe/Reuters", ["Jo Poe"], "Reuters")
    # false case: the word in a sentence with a slash
    assert credit("Um homem em Lisboa Foto de casamento/lindo")[0] is None


def test_picture_word_before_a_capitalised_by_stays_in_the_credit():
    # "Photo By" is a byline, not a label before a name: the photographer is not "By Jane Doe"
    text = ("Senators walk to the vote in the Capitol on May 6, 2019. "
            "(Photo By Jane Doe/CQ Roll Call)")
    assert credit(text) == ("Photo By Jane Doe/CQ Roll Call", ["Jane Doe"], "CQ Roll Call")
    # the label without a colon still goes where a name follows it
    text = "Os deputados chegam ao parlamento em Lisboa a 3 de maio de 2019 Foto Jane Roe/Lusa"
    assert credit(text) == ("Jane Roe/Lusa", ["Jane Roe"], "Lusa")


def test_french_photos_prises_par():
    assert credit("Un homme fuit à Nairobi, au Kenya. Photos prises par Jane Roe.") == (
        "Photos prises par Jane Roe", ["Jane Roe"], None)
    # false case: "taken by" a body in lower case
    assert credit("Un homme fuit à Nairobi, au Kenya. Photos prises par la police.")[0] is None


def test_name_then_a_long_agency_name():
    assert credit("Des manifestants à Hong Kong, la nuit. Jane Roe Associated Press") == (
        "Jane Roe Associated Press", ["Jane Roe"], "AP")
    assert credit("Des manifestants à Hong Kong. Jane Mary Roe AFP") == (
        "Jane Mary Roe AFP", ["Jane Mary Roe"], "AFP")
    # false case: a sentence that ends with the agency's name
    assert credit("Un homme à Paris, au Kenya Associated Press")[0] is None


def test_lower_case_credit_gives_the_photographer():
    assert credit("Um padre em Quezon\n\njane roe / reuters") == (
        "jane roe / reuters", ["Jane Roe"], "Reuters")
    # false case: a credit in mixed case keeps its small words
    assert credit("Um padre em Quezon. Jane de Roe / Reuters")[1] == ["Jane de Roe"]


def test_one_word_after_courtesy_is_the_supplier():
    text = "Jane Roe met Jo Poe in the Oval Office. Photograph courtesy of Flickr/The White House"
    assert credit(text) == ("Photograph courtesy of Flickr/The White House", [], "The White House")
    assert _chain(text) == ("The White House", "Flickr")
    # false case: a photographer's name after the label stays the photographer
    assert credit("Jane Roe walks. Courtesy of Jo Poe/The White House")[1] == ["Jo Poe"]


def test_italian_distributor_after_the_agency():
    text = "Il papa saluta i fedeli a Roma. (Jane Roe, Reuters/Contrasto)"
    assert credit(text) == ("Jane Roe, Reuters/Contrasto", ["Jane Roe"], "Contrasto")
    assert _chain(text) == ("Contrasto", "Reuters")
    # false case: the agency alone distributes
    assert _chain("Il papa saluta i fedeli a Roma. (Jane Roe, Reuters)") == ("Reuters", None)


def test_leading_wire_before_its_partner_agency_and_the_photographer():
    assert _chain("El agua cae en Niagara Falls. AP/The Canadian Press/Jo Roe") == (
        "AP", "The Canadian Press")
    assert _chain("Un gol en la final frente al Liverpool / EFE - EPA - JO ROE") == ("EFE", "EPA")
    # false case: a byline names the maker first, the distributor after it
    assert _chain("Families honour the dead in Tokyo. Photo by Xinhua/ABACAPRESS.COM/Jo Roe") == (
        "Abaca", "Xinhua")


def test_agency_glued_to_the_photographer_when_the_slash_is_lost():
    assert credit("A runner rests in New York, May 3, 2024. REUTERSJane Roe") == (
        "REUTERSJane Roe", ["Jane Roe"], "Reuters")
    # false case: capitals glued to a name that are no agency
    assert credit("A runner rests in New York, May 3, 2024. KPOPJane Roe")[0] is None
