"""Credit forms of the seventh credit round (issue 12, the sixth credit sample's odd half):
Belga's "BELGA PHOTO NAME", a credit run onto a one-digit date's stop, the BBC's "Image
source," line above a caption that lost its "Image caption" label, a team or partner named like
a person inside a chain, the Czech papers' "Autor:" and "Zdroj:" lines, a rights line repeating
the photographer, "(Archiv)", "Picture:" run onto the caption, a magazine's "by Name" line, a
"Pool photo by Name" line above the caption, and the table's new rows (zoos, parliaments, East
News, MAFRA). Each rule with a case it applies to and one it must leave alone; every caption
here is written for this test in an agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption


def _credit(text: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider"), parsed.get("is_handout"))


def test_belga_house_photo_without_a_colon():
    assert _credit("Tourists cross the Grand Place in Brussels, Monday 4 March 2024. "
                   "(BELGA PHOTO JAN DE GROOT)") == (
        "BELGA PHOTO JAN DE GROOT", ["Jan de Groot"], "Belga", None, False)
    assert _credit("Illustration picture shows the Atomium in Brussels  BELGA PHOTO ANNE "
                   "MAES")[:3] == ("BELGA PHOTO ANNE MAES", ["Anne Maes"], "Belga")
    # false case: a shouted sentence with PHOTO in it is no house credit
    assert _credit("Visitors read the sign THE PHOTO EXHIBITION IS CLOSED")[0] is None


def test_credit_run_onto_a_one_digit_dates_stop():
    assert _credit("Fans wait in the rain before the game on Sunday, May 5.Kay Ohm/USA TODAY "
                   "Sports")[:3] == ("Kay Ohm/USA TODAY Sports", ["Kay Ohm"], "USA TODAY Sports")
    # false case: a stop after a one-digit number inside the caption ends no credit
    assert _credit("Runners start lap 3.Then the rain came and the race was stopped for "
                   "an hour in Leeds")[0] is None


def test_image_source_line_above_the_caption():
    assert _credit("Image source, EPA\n\nFarmers dry chillies in the sun near Bamako on "
                   "Tuesday.")[:3] == ("EPA", [], "EPA")
    # false case: a first line that is no agency or name is no credit
    assert _credit("Image source, unknown\n\nFarmers dry chillies in the sun near Bamako on "
                   "Tuesday.")[0] is None


def test_partner_named_like_a_person_inside_a_chain():
    assert _credit("Fans cheer the parade on Saturday. (Kay Ohm/Chicago Cubs/Getty Images)")[1:4] == (
        ["Kay Ohm"], "Getty Images", "Chicago Cubs")
    # false case: the photographer's own line, sharing her name, is no partner
    assert _credit("A model poses. (Photo by Anna M. Roe/Ann Roe/Getty Images)")[2:4] == (
        "Getty Images", None)


def test_czech_author_and_source_labels():
    assert _credit("Otužilci plavou ve Vltavě u Karlova mostu. (6. ledna 2025)\n"
                   "Autor: Jana Nová, MAFRA")[:3] == ("Jana Nová, MAFRA", ["Jana Nová"], "MAFRA")
    assert _credit("Ministr financí na tiskové konferenci. Zdroj: ČTK / Novák Petr")[:3] == (
        "ČTK / Novák Petr", ["Novák Petr"], "CTK")
    # false case: an author line after a credit stays archive metadata
    assert _credit("Calaveras en el mercado. FOTO: ANA RUIZ/CUARTOSCURO.COM\n"
                   "Autor: Ana Ruiz Gómez\nID: 12345")[0] == "ANA RUIZ/CUARTOSCURO.COM"


def test_rights_line_repeating_the_photographer():
    assert _credit("Ein Kran hebt das Boot aus dem Rhein. Foto: Kay Ohm/AP\n© Foto: Kay Ohm")[:3] == (
        "Kay Ohm/AP", ["Kay Ohm"], "AP")
    # false case: a copyright line naming someone else is the credit
    assert _credit("Ein Kran hebt das Boot aus dem Rhein. Foto: Kay Ohm/AP\n© Foto: Lea Berg")[0] == (
        "Lea Berg")


def test_archiv_in_brackets_is_a_file_picture():
    assert parse_caption("Foto: Olaf Scholz (Archiv), via dts Nachrichtenagentur\n\n"
                         "Foto/Quelle: dts").get("is_file_photo") is True
    # false case: the word inside a name is no archive mark
    assert parse_caption("Besucher im Archivgebäude in Köln. Foto: Kay Ohm/dpa").get(
        "is_file_photo") is False


def test_picture_label_run_onto_the_caption():
    assert _credit("Flags fill the square as the crowd waits for the speeches Picture: "
                   "Getty")[:3] == ("Getty", [], "Getty Images")
    # false case: a lower-case "picture:" inside a sentence is no label
    assert _credit("She drew a picture: a horse in a field")[0] is None


def test_magazine_by_line():
    assert _credit("Evening glow\nThe harbour lights come on at dusk on Nov. 3.\n"
                   "by Ken Sato")[:2] == ("by Ken Sato", ["Ken Sato"])
    # false case: "by" inside the caption's last sentence is no credit
    assert _credit("The harbour lights were switched on\nat dusk by Ken Sato")[0] is None


def test_table_rows_of_the_round():
    assert _credit("Two otter pups born at Leeds Zoo (Leeds Zoo/PA)")[1:] == (
        [], "PA", "Leeds Zoo", True)
    assert _credit("Der Präsident spricht im Plenum. Foto: Parlament/ Lea Berg")[1:] == (
        ["Lea Berg"], "Parlament", None, True)
    assert _credit("Fans na stadionie. / Fot. Jan Kowal / Reporter / East News /")[1:4] == (
        ["Jan Kowal"], "East News", "Reporter")
    # false case: a photographer before the wire is no body's handout
    assert _credit("Two otter pups play in a pool in Leeds (Kay Ohm/PA)")[1:] == (
        ["Kay Ohm"], "PA", None, False)


def test_photo_by_line_above_the_caption():
    assert _credit("Photo by Kay Ohm\n\nA fan waits in the rain outside the stadium.")[:3] == (
        "Photo by Kay Ohm", ["Kay Ohm"], None)
    # a pool's photographer: the pool mark, no body's handout
    parsed = parse_caption("Pool photo by Kay Ohm\n\nA fan waits in the rain outside the stadium.")
    assert (parsed.get("creator"), parsed.get("source"), parsed.get("is_pool"),
            parsed.get("is_handout")) == (["Kay Ohm"], None, True, False)
    # false case: "Photo by" and a lower-case place is no credit line
    assert _credit("Photo by the river\n\nthe rain kept falling all day.")[0] is None
