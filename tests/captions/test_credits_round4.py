"""Credit forms of everyday captions (issue 12, credit round 4; the odd records of the third
people and places samples, which were not chosen for credits): an archive's keywords or
picture number after a chain, a rights line run on, a copyright's year before the credit, a
place run onto a shouted name, a picture word above the caption with or without its colon, a
name and its body's initials above it, a name and the paper joined by a bar in brackets, a
shouted agency run onto the last word, an official body alone as the last sentence, a file
mark after a wire's partner, a broadcaster in a chain; "a sul de" as a larger reference.
Each rule with a case it applies to and one it must leave alone; every caption here is
written for this test in an outlet's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None, list[str]]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider"), parsed.get("creator")


def test_archive_keywords_after_the_chain():
    text = ("The mayor speaks to reporters after the council vote in Ghent June 3, 2011. "
            "REUTERS/Jane Roe (BELGIUM POLITICS)")
    assert credit(text) == ("REUTERS/Jane Roe", ["Jane Roe"], "Reuters")
    # false case: a partner in a reader's case in parentheses is the credit's own
    text = "Fans cheer in Lyon on May 2, 2019. REUTERS/Jane Roe (Lagos Post)"
    assert credit(text)[0] == "REUTERS/Jane Roe (Lagos Post)"


def test_picture_number_after_the_chain():
    text = ("Ministers arrive for the cabinet meeting in London, Britain, May 4, 2021. "
            "REUTERS/Jane Roe/Pool - RC9ZQ1A2B3CD")
    assert credit(text) == ("REUTERS/Jane Roe/Pool", ["Jane Roe"], "Reuters")
    assert parse_caption(text).get("provider") is None
    # false case: a photographer's second name after a dash is no picture number
    text = "Ministers arrive in London. Jane Roe/Reuters - Lagos Daily"
    assert "Lagos Daily" in (credit(text)[0] or "")


def test_rights_line_run_on_and_copyright_year():
    text = ("The first lady greets guests at the North Portico in Washington, D.C.\n"
            "© 2015 Jane Roe/The Lagos Post ALL RIGHTS RESERVED")
    assert credit(text)[0:2] == ("Jane Roe/The Lagos Post", ["Jane Roe"])
    text = "Soldiers patrol a road near Dori in northern Burkina Faso in June 2020.\n2020 Reuters/Jane Roe"
    assert credit(text) == ("Reuters/Jane Roe", ["Jane Roe"], "Reuters")
    # false case: a number before an agency's name that is no year stays
    text = "Soldiers patrol a road near Dori.\n7DAYS Reuters/Jane Roe"
    assert credit(text)[0] != "Reuters/Jane Roe"


def test_place_run_onto_a_shouted_name():
    text = ("PERU. Uma família espera na fila por comida numa cozinha comunitária de Lima "
            "JANE ROE / REUTERS")
    assert credit(text) == ("JANE ROE / REUTERS", ["Jane Roe"], "Reuters")
    # false case: a photographer's first names in a reader's case before her shouted surname
    assert credit("Fans cheer in the rain. Jean Claude DE LA ROE / AFP")[0] == (
        "Jean Claude DE LA ROE / AFP")


def test_picture_word_above_the_caption():
    text = "Imagen JANE ROE/AFP/Getty Images\nEl entrenador saluda a la afición en el estadio."
    assert credit(text)[0:2] == ("JANE ROE/AFP/Getty Images", ["Jane Roe"])
    text = "Foto Jana von Roe/dpa\nDer Bundespräsident besucht die Stadt Potsdam."
    assert credit(text) == ("Jana von Roe/dpa", ["Jana von Roe"], "dpa")
    text = "Foto: Jane Roe, dpa | Auf geht's: Der Parteitag wählt seine Spitzenkandidatin."
    assert credit(text) == ("Jane Roe, dpa", ["Jane Roe"], "dpa")
    text = "Foto: Joana Roe\nLula e o governador em Curitiba"
    assert credit(text)[0:2] == ("Joana Roe", ["Joana Roe"])
    # false cases: a picture word opening the caption's headline, a gallery's title
    assert credit("Foto oficial do presidente em Brasília\nO presidente posa no Planalto.")[0] is None
    assert credit("Foto Galerie\nDie Bilder des Tages aus Potsdam.")[0] is None


def test_name_and_body_initials_above_the_caption():
    text = "Joana Roe / CBF Neymar comemora gol da seleção na vitória contra o Chile"
    assert credit(text) == ("Joana Roe / CBF", ["Joana Roe"], "CBF")
    # false case: a city and its state's initials open a dateline
    assert credit("São Paulo / SP Neymar comemora gol da seleção")[0] is None


def test_name_and_paper_joined_by_a_bar_in_brackets():
    text = "Manchas de óleo chegam à praia de Boa Viagem, no Recife. [JOANA ROE | FOLHA PE]"
    assert credit(text) == ("JOANA ROE | FOLHA PE", ["Joana Roe"], "FOLHA PE")
    # false case: two places joined by a bar
    assert credit("A ponte liga as duas cidades (Recife | Olinda)")[0] is None


def test_shouted_agency_run_onto_the_last_word():
    text = "O presidente acena aos apoiantes em Brasília LUSA/Joana Roe"
    assert credit(text) == ("LUSA/Joana Roe", ["Joana Roe"], "Lusa")
    # false case: capitals that are no agency
    assert credit("O presidente visita a sede da ONG XYZQ/Joana Roe")[0] != "XYZQ/Joana Roe"


def test_official_body_alone_as_the_last_sentence():
    text = "El presidente habló en la mañanera desde Palacio Nacional, en la Ciudad de México. Presidencia"
    parsed = parse_caption(text)
    assert credit(text) == ("Presidencia", [], "Presidencia")
    assert parsed.get("is_handout")
    # false case: a word that is no official body alone after the stop
    assert credit("El presidente habló en Palacio Nacional. Mañanera")[0] is None


def test_file_mark_after_a_wire_partner():
    text = "A rescuer searches the rubble in Izmir, Turkey, on Oct. 31, 2020. (AP Photo/DHA, File)"
    assert _chain(text)[0:2] == ("AP", "DHA")
    assert parse_caption(text).get("is_file_photo")


def test_broadcaster_in_a_chain_is_no_photographer():
    text = ("This screen grab shows the two leaders shaking hands at Panmunjom. "
            "File photo by Korean Broadcasting System/AFP")
    source, provider, creators = _chain(text)
    assert (source, provider, creators) == ("AFP", "Korean Broadcasting System", [])
    assert not parse_caption(text).get("is_handout")


def test_new_agency_rows():
    text = "© Gtresonline\n\nLa reina llega al Teatro Real de Madrid con un vestido azul."
    assert credit(text) == ("Gtresonline", [], "Gtresonline")


def test_direction_in_the_caption_languages_is_a_larger_reference():
    text = ("COLÔMBIA. Uma família espera comida em Soacha, a sul de Bogotá "
            "JANE ROE / AFP / GETTY IMAGES")
    parsed = parse_caption(text)
    assert parsed.get("city") == "Soacha"
    assert credit(text)[0:2] == ("JANE ROE / AFP / GETTY IMAGES", ["Jane Roe"])
