"""Credit forms of everyday captions (issue 12, credit round 5; the odd records of the fourth
credit sample): a "Pic credit:" or "Photo," label, Die Presse's "(c)" line with the
photographer again in brackets, the Inquirer's dash run onto a shouted credit, La Jornada's
"Foto" with no colon, a paper's "ST PHOTO:" house credit, two photographers joined by "and",
a photographer "for NPR" on a line of his own, a picture agency's web address (no handout).
Each rule with a case it applies to and one it must leave alone; every caption here is
written for this test in an outlet's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None, list[str]]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider"), parsed.get("creator")


def test_pic_credit_label():
    text = "Fans queue outside the stadium in Lisbon during a power cut, Monday (Pic credit: AP)"
    assert credit(text) == ("AP", [], "AP")
    assert parse_caption(text).get("is_handout") is not True
    text = "Fans queue outside the stadium in Lisbon. (Picture credit: Reuters)"
    assert credit(text) == ("Reuters", [], "Reuters")


def test_photo_comma_label():
    text = "Des ouvriers sur un chantier à Lyon, le 2 mars 2023 (Photo, AFP)."
    assert credit(text) == ("AFP", [], "AFP")
    # false case: a comma after the word before a reader's word is no label
    text = "Des ouvriers sur un chantier à Lyon (photo, à gauche)."
    assert credit(text)[0] != "à gauche"


def test_copyright_line_with_photographer_in_brackets():
    text = "3. Juni. Ein Fischer flickt sein Netz am Hafen von Piräus.\n\n(c) REUTERS (JANE ROE)"
    assert credit(text) == ("REUTERS (JANE ROE)", ["Jane Roe"], "Reuters")
    text = "2. Juni. Ein Zug im Schnee bei Innsbruck.\n\n(c) APA/AFP/JANE ROE (JANE ROE)"
    assert credit(text) == ("APA/AFP/JANE ROE (JANE ROE)", ["Jane Roe"], "APA")
    assert _chain(text)[1] == "AFP"
    text = "1. Juni. Der Papst feiert die Messe im Petersdom.\n\n(c) REUTERS (POOL)"
    assert credit(text) == ("REUTERS (POOL)", [], "Reuters")
    assert parse_caption(text).get("is_pool") is True
    # false case: "(c)" inside a sentence opens no credit line
    text = "Die Schautafel (c) zeigt den Plan der Altstadt von Graz."
    assert credit(text)[0] is None


def test_dash_run_onto_a_shouted_credit():
    text = "HARVEST TIME\nFarmers dry rice along the highway in Nueva Ecija province. —JANE ROE"
    assert credit(text) == ("JANE ROE", ["Jane Roe"], None)
    text = ("DRILLS\nSoldiers take part in the exercise in Tarlac on Monday.—PHOTOS BY JANE ROE "
            "AND JOHN DOE")
    assert credit(text) == ("PHOTOS BY JANE ROE AND JOHN DOE", ["Jane Roe", "John Doe"], None)
    text = "Leaders shake hands in Kyiv on Tuesday. —AFP"
    assert credit(text) == ("AFP", [], "AFP")
    # false case: a shouted word that is neither a name nor an agency
    text = "The crowd answered with one word. —NO"
    assert credit(text)[0] is None


def test_foto_without_colon():
    text = "Ciudad de México. Vecinos recorren la avenida Reforma en bicicleta. Foto Jane Roe"
    assert credit(text) == ("Jane Roe", ["Jane Roe"], None)
    text = "Roma. La ciudad celebra su fundación con un desfile. Foto Xinhua / Jane Roe"
    assert credit(text) == ("Xinhua / Jane Roe", ["Jane Roe"], "Xinhua")


def test_paper_house_photo_credit():
    text = "A lion dance troupe performs at the open house.\n\nST PHOTO: JANE ROE"
    assert credit(text) == ("ST PHOTO: JANE ROE", ["Jane Roe"], "The Straits Times")
    # false case: initials the table does not know name no paper
    text = "A lion dance troupe performs at the open house.\n\nQZ PHOTO: JANE ROE"
    assert credit(text)[2] != "The Straits Times"


def test_two_photographers_joined():
    text = "Volunteers clean the beach at dawn. (Photos by Jane Roe and John Doe)"
    assert credit(text) == ("Photos by Jane Roe and John Doe", ["Jane Roe", "John Doe"], None)
    assert parse_caption(text).get("is_handout") is not True
    # false case: an agency is no second photographer
    text = "Volunteers clean the beach at dawn. (Photos by Jane Roe and Reuters)"
    assert credit(text)[1] != ["Jane Roe", "Reuters"]


def test_photographer_for_npr_on_its_own_line():
    text = "Students try virtual reality headsets at a college in Pyongyang.\nJane Roe for NPR"
    assert credit(text) == ("Jane Roe for NPR", ["Jane Roe"], "NPR")


def test_picture_agency_web_address_is_no_handout():
    text = "The prime minister greets villagers in Mahera. (photo: Jane Roe/Pool/WorldPhotos.com)"
    assert parse_caption(text).get("is_handout") is not True
    # false case: an NGO's own address is still a handout
    text = "Rescuers reach the dinghy off Lampedusa. (Photo: Jane Roe/Sea-Rescue.org)"
    assert parse_caption(text).get("is_handout") is True
