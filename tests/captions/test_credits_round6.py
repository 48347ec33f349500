"""Credit forms of everyday captions (issue 12, credit round 6; the odd records of the fifth
credit sample): ABC's "(Reuters: Jane Roe)" with a colon after the agency, Getty's
"Jane Roe-Pool/Getty Images", a chain on a line of its own under an alt text (ORF's
galleries), the page's own credit after a wire's "Photo credit should read" instruction,
the Brazilian agencies' "(Reprodução autorizada ...)" notice after the credit, an Army
National Guard photographer, a warrant officer's grade before the name, "belgaimage" and
"ABC Open". Each rule with a case it applies to and one it must leave alone; every caption
here is written for this test in an outlet's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def test_agency_colon_photographer():
    text = "Rescuers search a collapsed building in Adana, Türkiye. (AP Photo: Jane Roe)"
    assert credit(text) == ("AP Photo: Jane Roe", ["Jane Roe"], "AP")
    text = "Firefighters rest after a long night near Lismore. (Reuters: John Doe )"
    assert credit(text)[1:] == (["John Doe"], "Reuters")
    # false case: a colon after a word that is no agency leaves the credit alone
    text = "Firefighters rest near Lismore. (Picture: Jane Roe)"
    assert credit(text)[2] != "Picture"


def test_name_dash_pool():
    text = ("The president takes the oath on the steps of the Capitol in Washington, DC. "
            "(Jane Roe-Pool/Getty Images)")
    parsed = parse_caption(text)
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "Getty Images"
    assert parsed.get("is_pool") is True
    # false case: a hyphenated surname is no pool
    text = "The president speaks in Washington. (Jane Roe-Smith/Getty Images)"
    assert parse_caption(text).get("creator") == ["Jane Roe-Smith"]


def test_chain_on_its_own_line_under_a_long_alt_text():
    text = ("Ein Mann reitet während eines Winterfestes im spanischen Dorf San Bartolome durch "
            "eine Wand aus Feuer und Rauch\nReuters/Jane Roe\nJedes Jahr im Jänner feiern die "
            "Bewohner den Schutzheiligen der Tiere.")
    assert credit(text) == ("Reuters/Jane Roe", ["Jane Roe"], "Reuters")
    text = "Ein Schwarm Stare bildet einen Vogel\nAP/John Doe\nAuch das Gewöhnliche überrascht."
    assert credit(text) == ("AP/John Doe", ["John Doe"], "AP")
    # false case: a line with a slash that is no chain of names and agencies
    text = ("Ein Mann reitet während eines Winterfestes im spanischen Dorf San Bartolome durch "
            "eine Wand aus Feuer und Rauch\nund/oder die Nachbarn\nJedes Jahr im Jänner.")
    assert credit(text)[0] != "und/oder die Nachbarn"


def test_page_credit_after_should_read():
    text = ("The president pauses during a memorial in Joplin, Missouri. AFP PHOTO/Jane ROE "
            "(Photo credit should read JANE ROE/AFP/Getty Images)\nJane Roe / AFP")
    assert credit(text) == ("Jane Roe / AFP", ["Jane Roe"], "AFP")
    # the instruction alone still gives the credit
    text = ("The president pauses during a memorial in Joplin, Missouri. "
            "(Photo credit should read JANE ROE/AFP/Getty Images)")
    assert credit(text)[0] == "JANE ROE/AFP/Getty Images"


def test_reproduction_notice_after_credit():
    text = ("Manifestantes recolhem assinaturas no Salão Verde da Câmara.\nJane Roe / Agência "
            "Senado\n(Reprodução autorizada mediante citação da Agência Senado)")
    assert credit(text)[:2] == ("Jane Roe / Agência Senado", ["Jane Roe"])


def test_army_national_guard_photographer():
    text = ("Soldiers remove debris from flooded roads near Adams Run, S.C., Oct. 9, 2015. "
            "(Photo by Army National Guard Sgt. Jane Roe)")
    parsed = parse_caption(text)
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "U.S. Army National Guard"
    assert parsed.get("is_handout") is True


def test_warrant_officer_grade():
    text = ("A crew chief carries a child to a waiting helicopter in South Louisiana. "
            "(Chief Warrant Officer 3 Jane Roe/U.S. Army National Guard via AP)")
    parsed = parse_caption(text)
    assert parsed.get("creator") == ["Jane Roe"]
    assert parsed.get("source") == "AP"


def test_belgaimage_and_abc_open():
    text = ("© belgaimage\n\nLe Premier ministre rend hommage aux victimes à la station de "
            "métro Maelbeek.")
    assert credit(text)[2] == "Belga"
    text = "A farmer restores his field after the floods.(ABC Open)"
    parsed = parse_caption(text)
    assert parsed.get("source") == "ABC"
    assert parsed.get("creator") in (None, [])
