"""Credit forms of the second credit sample (issue 12, item 4; the odd `c2-…` records): more
labels, a wire's picture credit before its partner's, a lone word as an agency, parliaments'
and presidencies' own pictures, a credit under a gallery's headline or before a blog's caption.
Each rule with a case it applies to and one it must leave alone; every caption here is written
for this test in an outlet's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None, list[str]]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider"), parsed.get("creator")


def _handout(text: str) -> bool:
    return bool(parse_caption(text).get("is_handout"))


def test_bildquelle_and_all_photographs_are_labels():
    text = "Die Brücke bleibt bis Freitag gesperrt.\nBildquelle: Stadtwerke Lindau"
    assert credit(text)[0] == "Stadtwerke Lindau"
    text = "The minister waves at the airport in Abuja. All Photographs: Lagos State Press Office"
    assert credit(text) == ("Lagos State Press Office", [], "Lagos State Press Office")
    assert _handout(text)
    # false cases: the words in a sentence, with no colon
    assert credit("Die Bildquelle blieb unbekannt.")[0] is None
    assert credit("All photographs were lost in the flood that night.")[0] is None


def test_bild_label_run_onto_the_caption():
    text = "Der Hafen von Kiel am frühen Morgen Bild: Jana Rot"
    assert credit(text) == ("Jana Rot", ["Jana Rot"], None)
    # false case: a colon after "Bild" that opens a description, no credit
    assert credit("Ein Sturm zieht auf, Bild: ein grauer Himmel über dem Hafen")[0] is None


def test_for_a_paper_in_capitals():
    text = "A paper lantern glows over the river in Wuhan. JANE ROE/FOR CHINA DAILY"
    assert _chain(text) == ("China Daily", None, ["Jane Roe"])
    # false case: a name that begins with "For" is no client
    assert _chain("A paper lantern glows over the river in Wuhan. Jane Roe/Fortune")[0] == "Fortune"


def test_one_word_alone_is_an_agency():
    assert credit("Ein Boot im Morgennebel am Steg.\nFoto: STROMER") == ("STROMER", [], "STROMER")
    # false case: two names are a photographer
    assert credit("Ein Boot im Morgennebel am Steg.\nFoto: Jana Rot") == (
        "Jana Rot", ["Jana Rot"], None)


def test_wire_picture_credit_before_its_partner_leads():
    text = "Rail tracks twisted by the quake at a station in Sendai. (AP Photo/Kyodo News)"
    assert _chain(text) == ("AP", "Kyodo News", [])
    # false case: the bare wire before its partner is the partner's distributor, as before
    text = "Rail tracks twisted by the quake at a station in Sendai. (AP/Kyodo News)"
    assert _chain(text) == ("Kyodo", "AP", [])


def test_photo_in_a_name_is_an_organisation():
    text = "Der Trainer am Spielfeldrand in Augsburg.\n© IMAGO/Lindau Photo/Jana Rot"
    assert _chain(text) == ("IMAGO", "Lindau Photo", ["Jana Rot"])
    text = "Smoke rises from a plant in this handout photo. (REUTERS/Lagos Power Co./Handout)"
    assert _chain(text)[2] == []
    # false case: a photographer's name under the agency stays a photographer's
    assert _chain("Der Trainer am Spielfeldrand in Augsburg.\n© IMAGO/Jana Rot") == (
        "IMAGO", None, ["Jana Rot"])


def test_parliaments_own_pictures_are_handouts():
    text = "Sitzung des Landtags in Dresden. Foto: Landtag Sachsen/Jana Rot"
    assert _chain(text) == ("Landtag Sachsen", None, ["Jana Rot"])
    assert _handout(text)
    text = "Abgeordnete warten vor dem Plenarsaal. (DBT/Rot)"
    assert _chain(text)[0] == "Deutscher Bundestag"
    assert _handout(text)
    # false cases: a paper's and an agency's pictures of the same scene
    assert not _handout("Sitzung des Landtags in Dresden. Foto: Jana Rot/Sächsische Zeitung")
    assert not _handout("Abgeordnete warten vor dem Plenarsaal. (Rot/dpa)")


def test_kremlin_supplied_picture_is_a_handout():
    text = ("The president skates on a frozen lake near Tver, January 19, 2024. "
            "Sputnik/Ivan Roe/Kremlin via REUTERS")
    assert _chain(text) == ("Reuters", "Sputnik", ["Ivan Roe"])
    assert _handout(text)
    # false case: the state agency's own picture through the wire
    assert not _handout("The president skates on a frozen lake near Tver, January 19, 2024. "
                        "Sputnik/Ivan Roe via REUTERS")


def test_brazil_presidency_abbreviated():
    text = "O presidente discursa em Belém. Foto: Joana Rocha/PR"
    assert _chain(text) == ("Presidência da República", None, ["Joana Rocha"])
    assert _handout(text)
    # false case: a paper after the name
    assert _chain("O presidente discursa em Belém. Foto: Joana Rocha/Folha")[0] == "Folha"
    assert not _handout("O presidente discursa em Belém. Foto: Joana Rocha/Folha")


def test_paper_and_archive_agencies_named_last():
    text = ("Montréal, le 3 mai | Des cyclistes traversent le pont Jacques-Cartier. "
            "Jeanne Roy Le Devoir")
    assert _chain(text) == ("Le Devoir", None, ["Jeanne Roy"])
    text = "Smoke rises over the city during the strikes.\nJANE ROE / AFP / picturedesk.com"
    assert _chain(text) == ("picturedesk.com", "AFP", ["Jane Roe"])
    assert not _handout(text)
    # false case: the wire alone after the name
    assert _chain("Smoke rises over the city during the strikes.\nJANE ROE / AFP") == (
        "AFP", None, ["Jane Roe"])


def test_upi_licence_button_is_no_provider():
    text = "Stars arrive at the gala in Lagos. Photo by Jane Roe/UPI | License Photo"
    assert _chain(text) == ("UPI", None, ["Jane Roe"])
    # false case: another name after the bar is kept
    text = "Stars arrive at the gala in Lagos. Photo by Jane Roe/UPI | Lagos Photo"
    assert _chain(text)[1] == "Lagos Photo"


def test_credit_line_under_a_gallery_headline():
    text = "Floods in the old town\n\nJane Roe, AP\n\nResidents wade through a flooded street in Hue."
    assert credit(text) == ("Jane Roe, AP", ["Jane Roe"], "AP")
    # false case: a place line under the headline is no credit
    text = "Floods in the old town\n\nHue, Vietnam\n\nResidents wade through a flooded street."
    assert credit(text)[0] is None


def test_labelled_chain_before_a_dashed_caption():
    text = "Photo by: AP/Shutterstock – Jane Roe conducts the city choir in Lagos on May 2, 1961"
    assert _chain(text) == ("Shutterstock", "AP", [])
    # false case: two towns before a dash are a dateline, no credit
    assert credit("Lagos/Abuja – Jane Roe conducts the city choir in Lagos on May 2, 1961.")[0] is None


def test_picture_agency_is_no_handout():
    text = "Guests dance at the spring ball in London. (Photo by Lagos Pictures)"
    assert credit(text)[2] == "Lagos Pictures"
    assert not _handout(text)
    # false case: a government's own picture is a handout
    assert _handout("Guests dance at the spring ball in London. (Photo by Lagos State Government)")


def test_label_after_a_spaced_dash():
    text = "Des soldats patrouillent près de Gao, au Mali – Photo : Jeanne Roy"
    assert credit(text) == ("Jeanne Roy", ["Jeanne Roy"], None)
    # false case: a dash before a word that only looks like a label opens no credit
    assert credit("Des soldats patrouillent – photo : la une du journal montre Gao")[0] is None


def test_archive_word_alone_under_a_label():
    text = "Des soldats patrouillent près de Gao, au Mali – Photo : archives"
    assert credit(text) == ("archives", [], None)
    assert parse_caption(text).get("is_file_photo")
    assert parse_caption("Soldados patrullan cerca de Gao. Foto: archivo").get("is_file_photo")
    # false case: an archive named with more words is no lone archive word
    assert credit("Des soldats patrouillent près de Gao. Photo : archives du journal")[0] is None


def test_fonte_is_a_label():
    text = "Il sindaco inaugura il ponte a Lodi. Fonte: Fotogramma"
    assert credit(text) == ("Fotogramma", [], "Fotogramma")
    assert credit("O prefeito inaugura a ponte. Fonte: Agência Brasil")[2] == "Agência Brasil"
    # false case: the word in a sentence
    assert credit("A fonte: a água corre.")[0] is None


def test_agencies_by_their_own_names():
    assert _chain("Skiers on the slope in Åre. Photo: Kari Dahl/Ritzau") == (
        "Ritzau Scanpix", None, ["Kari Dahl"])
    assert credit("A crowd in the square, 1936. Photo: Bettmann") == ("Bettmann", [], "Bettmann")
    # false case: a name not in the table after a slash stays as printed
    assert _chain("Soldaten vor der Kaserne. Foto: Jana Rot/Eibenstock") == (
        "Eibenstock", None, ["Jana Rot"])
