"""Credit forms that recur across outlets in a wide sample of real credit tails (issue 12,
item 4; ``benchmarks/data/real_credits.jsonl``): each rule with a case it applies to and one
it must leave alone. Every caption here is written for this test in an outlet's style; none
is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def flags(text: str) -> tuple[bool, bool, bool]:
    parsed = parse_caption(text)
    return (bool(parsed.get("is_file_photo")), bool(parsed.get("is_handout")),
            bool(parsed.get("is_pool")))


def provider(text: str) -> str | None:
    return parse_caption(text).get("provider")


# --- credits printed before the caption ----------------------------------------------------

def test_bbc_image_source_and_copyright_before_the_image_caption():
    text = "Image source, Jo Bell/Reuters\nImage caption,\n\nFerries wait in the harbour at dawn."
    assert credit(text) == ("Jo Bell/Reuters", ["Jo Bell"], "Reuters")
    text = "Image copyrightAFPImage captionA girl waves a flag on the quay in Lagos on Friday."
    assert credit(text) == ("AFP", [], "AFP")
    text = ("Boats on a grey sea Image copyright EPA\nImage caption Fishing boats return to "
            "the port of Tema on Monday.")
    assert credit(text) == ("EPA", [], "EPA")
    # false case: without its "Image caption" label the first line is the caption's own text
    assert credit("Image source of the report is unknown.\nFerries wait in the harbour.")[0] is None


def test_credit_in_parentheses_on_the_first_line():
    assert credit("(AFP/Getty)\n\nRiders parade through the old town of Ronda.") == (
        "AFP/Getty", [], "Getty Images")
    assert credit("(Reuters)\n\nMacaws feed in the new bird park.") == ("Reuters", [], "Reuters")
    assert credit("(AFP via Getty Images)\n\nA player walks onto the court in Paris.") == (
        "AFP via Getty Images", [], "Getty Images")
    # false case: a parenthesis of the caption's own words is no credit
    assert credit("(Left to right)\n\nJo Bell and Al Bee open the fair.")[0] is None


def test_headline_then_its_photo_credit_then_the_caption():
    text = "Voters queue in Pune Photo: PTI/Jo Bell\nVoters queue outside a school in Pune."
    assert credit(text) == ("PTI/Jo Bell", ["Jo Bell"], "PTI")
    assert credit("Rain in Pune Photo; PTI\nRoads flood after a storm in Pune.")[0] == "PTI"
    # false case: a headline's "Photo:" before words in lower case names no credit
    assert credit("Lake at dusk Photo: the view from the hill\nThe lake at dusk.")[0] is None


def test_chain_with_an_agency_printed_before_the_caption():
    text = "Jo Bell / EPA Des pêcheurs rentrent au port de Tema."
    assert credit(text) == ("Jo Bell / EPA", ["Jo Bell"], "EPA")
    text = "Foto: Jo Bell/dpa Karneval in Mainz: Ein Wagen fährt durch die Altstadt."
    assert credit(text) == ("Jo Bell/dpa", ["Jo Bell"], "dpa")
    # false case: the chain runs on into words in lower case, a sentence of the caption
    assert credit("Jo Bell / EPA said on Monday that the port was closed.")[0] is None


# --- labels and lines around a credit at the end -------------------------------------------

def test_hash_and_photo_credits_labels():
    assert credit("Poppies bloom near Lancaster on May 2. # Jo Bell / AP") == (
        "Jo Bell / AP", ["Jo Bell"], "AP")
    assert credit("An astronaut waves at the hatch.\n    Photo credits: NASA/Jo Bell")[:2] == (
        "NASA/Jo Bell", ["Jo Bell"])
    # false case: AP's own hashtag credit keeps its form
    assert credit("The dome at sunrise. #APPhoto by Jo Bell")[0] == "#APPhoto by Jo Bell"


def test_immagine_and_credit_labels_after_a_space():
    assert credit("Un albero caduto a Basilea.\nImmagine: Jo Bell/Keystone")[:2] == (
        "Jo Bell/Keystone", ["Jo Bell"])
    text = "The nebula glows in the new image. Picture: REUTERS/NASA Credit: REUTERS/NASA"
    assert credit(text)[0] == "REUTERS/NASA"
    # false case: "Credit:" after "Photo " is one label, read as before
    assert credit("A pilot waves. (Photo Credit: NASA/Jo Bell)")[0] == "NASA/Jo Bell"


def test_a_user_via_a_network_after_a_label():
    assert credit("Container treiben im Hafen. Bild: JoBell via Twitter")[0] == (
        "JoBell via Twitter")
    # false case: a caption's own "via" is no credit
    assert credit("The convoy travelled to Hamburg via Bremen")[0] is None


def test_archive_author_and_id_lines_after_the_credit():
    text = ("Familias visitan el panteón. FOTO: JOANNE BELL/CUARTOSCURO.COM\nAutor: Joanne Bell "
            "Ruiz\nID: 954400")
    assert credit(text) == ("JOANNE BELL/CUARTOSCURO.COM", ["Joanne Bell"], "Cuartoscuro")
    # false case: an author named inside the caption's line stays in the caption
    assert credit("Der Autor: Jo Bell liest in Mainz. Foto: Al Bee/dpa")[0] == "Al Bee/dpa"


def test_photographer_alone_after_the_bbc_image_copyright():
    text = "Posters line the street in Algiers. Photo/EPA Image copyright JOANNE BELL"
    assert credit(text)[:2] == ("JOANNE BELL", ["Joanne Bell"])
    # false case: a copyright line of words in lower case is no credit
    assert credit("Posters line the street. Image copyright unknown")[0] is None


def test_place_by_credit_published_line():
    text = "Eine Läuferin im Ziel.\n\nMainz, von Jo Bell/Reuters, publiziert am 3. Mai"
    assert credit(text) == ("Jo Bell/Reuters", ["Jo Bell"], "Reuters")
    # false case: "von" in the caption's own line without the publication note
    assert credit("Mainz, von Jo Bell, dem Bürgermeister, eröffnet.")[0] is None


def test_agency_run_onto_the_last_word():
    assert credit("Der Verein ist zum elften Mal deutscher MeisterAFP") == ("AFP", [], "AFP")
    # false case: capitals that name no agency stay part of the word
    assert credit("Der Verein gewinnt die Meisterschaft im Stadion XYZ")[0] is None


def test_bare_name_as_the_last_sentence():
    assert credit("A boat passes a flooded car. Jo Bellamy") == (
        "Jo Bellamy", ["Jo Bellamy"], None)
    assert credit("Fans cheer at the bowl game.\nJo Bellamy")[0] == "Jo Bellamy"
    # false cases: a place's name, or a sentence with a verb, is no credit
    assert credit("A boat passes a flooded car in Lagos. Buenos Aires")[0] is None
    assert credit("A boat passes a flooded car. Jo Bellamy smiles")[0] is None


# --- what the chain says ---------------------------------------------------------------------

def test_pool_in_an_earlier_credit_of_the_caption():
    text = ("The prince smiles at the event in London. AFP PHOTO / POOL / JO BELL (Photo credit "
            "should read JO BELL/AFP/Getty Images)")
    assert flags(text)[2] is True
    # false case: a pool in the caption's words
    assert flags("Children swim in the new pool in Leeds. REUTERS/Jo Bell")[2] is False


def test_photographer_of_an_earlier_credit_is_no_supplier_before_via():
    text = ("The prince smiles in London. (Photo credit should read JO BELL/AFP/Getty Images) "
            "(credit:JO BELL via Getty Images)")
    assert (provider(text), flags(text)[1]) == (None, False)
    # false case: a private person's picture via an agency is a handout she supplied
    text = "Smoke rises over the valley. Jo Bell via AP"
    assert (provider(text), flags(text)[1]) == ("Jo Bell", True)


def test_photo_provided_by_a_body_in_lower_case_is_a_handout():
    text = "The minister meets the delegation in Seoul, in this photo provided by the ministry. (Yonhap)"
    assert flags(text)[1] is True
    # false case: "provided" without a supplier
    assert flags("The photo provided a clue to the police in Seoul. (Yonhap)")[1] is False


def test_photos_provided_to_a_paper():
    parsed = parse_caption("Dancers perform at the museum. [Photos provided to China Daily]")
    assert (parsed.get("source"), parsed.get("is_handout")) == ("China Daily", True)
    # false case: the paper's own picture
    assert parse_caption("Lanes wind through the old town. [Photo/China Daily]").get(
        "is_handout") is not True


def test_courtesy_photo_label_and_photo_courtesy_of():
    parsed = parse_caption("A rocket lifts off at dawn. (Courtesy photo/Lagos Launch Alliance)")
    assert (parsed.get("source"), parsed.get("creator"), parsed.get("is_handout")) == (
        "Lagos Launch Alliance", [], True)
    assert credit("A clerk talks to an officer at the border. Photo courtesy of Lagos "
                  "Ministry/EPA-EFE")[0] == "Photo courtesy of Lagos Ministry/EPA-EFE"
    # false case: "Courtesy" inside an agency's own name is left as printed
    assert credit("Snow on the roofs. (Photo by Jo Bell/Lagos Courier)")[0] == (
        "Photo by Jo Bell/Lagos Courier")
    # a courtesy label with no supplier after it names no provider
    assert provider("Snow on the roofs. (Photo by Jo Bell/Courtesy Images/RFE/RL)") is None


def test_client_with_a_comma_after_ap_images_for():
    text = "Jets fly over the bay. (Photo by Jo Bell/AP Images for Lagos Airshows, Inc.)"
    assert credit(text)[1:] == (["Jo Bell"], "AP")
    # false case: Getty's client clause, read as before
    assert credit("A model poses. (Photo by Jo Bell/Getty Images for Lagos Fashion)")[2] == (
        "Getty Images")


def test_a_newspapers_own_picture_is_no_handout():
    parsed = parse_caption("A resident rows past her home. (Photo/Lagos Daily)")
    assert (parsed.get("source"), parsed.get("is_handout")) == ("Lagos Daily", False)
    # false case: a public body's picture is a handout
    assert parse_caption("Pumps clear the road. (Photo/Lagos Water Institute)").get("is_handout")


def test_organisations_words_in_a_credit_piece():
    parsed = parse_caption("The black hole's ring glows. EPA / Lagos Event Telescope")
    assert (parsed.get("creator"), parsed.get("provider")) == ([], "Lagos Event Telescope")
    assert parse_caption("A firefighter works at the blaze. Credit:Jo Bell Photography via "
                         "AP").get("creator") == []
    # false case: a photographer's name alone before via is a person
    assert parse_caption("A firefighter works at the blaze. Jo Bell/AP").get("creator") == [
        "Jo Bell"]


def test_new_agency_rows_of_the_table():
    assert credit("Yardım dağıtıldı. (Jo Bell - Anadolu Ajansı)")[2] == "Anadolu"
    assert credit("Ein Museum öffnet in London. Foto: dpa Picture-Alliance")[2] == "dpa"
    assert flags("Ein Auto prallt gegen eine Mauer.\nImmagine: Kapo BL")[1] is True
