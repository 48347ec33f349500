"""Credit forms of the tenth credit round (issue 12, the ninth credit sample's odd half): the
sign run onto a photographer's name ("Photo by Jane Roe©"), a credit printed twice across a
dash, German captions' "© privat", an agency and its archive word ("AFP files"), an agency
alone in parentheses before the caption, a government photographer's credit before a dash,
"Name (Agency)." before the caption, "file aerial photo", and BACKGRID in the table. Each rule
with a case it applies to and one it must leave alone; every caption here is written for
this test in an agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption


def _credit(text: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider"))


def test_sign_run_onto_the_photographers_name():
    assert _credit("Riot police patrol the square at dawn. Photo by Jane Roe©")[:2] == (
        "Photo by Jane Roe", ["Jane Roe"])
    # false case: a sign before the name stays a label, the name as printed
    assert _credit("Riot police patrol the square at dawn. © Jane Roe")[:2] == (
        "Jane Roe", ["Jane Roe"])


def test_credit_printed_twice_across_a_dash():
    assert _credit("Samba schools parade in Rio de Janeiro. Foto: Jane Roe/Agência Brasil – "
                   "Jane Roe/Agência Brasil")[:3] == (
        "Jane Roe/Agência Brasil", ["Jane Roe"], "Agência Brasil")
    # false case: two different credits across the dash are left as printed
    assert _credit("Samba schools parade in Rio de Janeiro. Foto: Jane Roe/Agência Brasil – "
                   "John Doe/Agência Brasil")[0] == (
        "Jane Roe/Agência Brasil – John Doe/Agência Brasil")


def test_private_picture_is_a_handout():
    parsed = parse_caption("Die Schüler warten vor der Mensa. © privat")
    assert (parsed.get("credit_line"), parsed.get("is_handout")) == ("privat", True)
    parsed = parse_caption("Die Schüler warten vor der Mensa. Foto: privat")
    assert (parsed.get("credit_line"), parsed.get("is_handout")) == ("privat", True)
    # false case: the word in the caption's sentence is no credit
    assert parse_caption("Der Minister ist privat unterwegs.").get("credit_line") is None


def test_agency_and_its_archive_word():
    parsed = parse_caption("A minister speaks in Tokyo on Monday. (AFP files)")
    assert (parsed.get("credit_line"), parsed.get("source"), parsed.get("is_file_photo"),
            parsed.get("is_handout")) == ("AFP files", "AFP", True, False)
    # false case: a name ending in "Files" is no agency's archive
    assert parse_caption("A minister speaks in Tokyo. (Jane Files)").get("source") is None


def test_agency_in_parentheses_before_the_caption():
    parsed = parse_caption("(AFP files) In a file picture taken on May 2, 2010 a minister "
                           "speaks in Tokyo.")
    assert (parsed.get("credit_line"), parsed.get("source"), parsed.get("is_file_photo")) == (
        "AFP files", "AFP", True)
    # false cases: a story's dateline agency before a dash, a parenthesis that is no agency
    assert parse_caption("(Reuters) - A minister said on Monday the talks would resume.").get(
        "credit_line") is None
    assert _credit("(Left to right) Jane Roe and John Doe pose in Tokyo. REUTERS/Jim Poe")[0] == (
        "REUTERS/Jim Poe")


def test_government_photographer_before_a_dash():
    parsed = parse_caption("Official White House Photo/Jane Roe — The president meets a senator "
                           "in the Oval Office on Monday.")
    assert (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("is_handout")) == (
        "Official White House Photo/Jane Roe", ["Jane Roe"], "The White House", True)
    # false case: a person shown before a dash is no credit
    assert parse_caption("Barack Obama (L) — The president meets a senator.").get(
        "credit_line") is None


def test_name_and_parenthesised_agency_before_the_caption():
    assert _credit("Jane Roe (Getty Images). Un hombre camina por la playa.")[:3] == (
        "Jane Roe (Getty Images)", ["Jane Roe"], "Getty Images")
    # false case: a place in the parentheses is no agency
    assert _credit("Jane Roe (Madrid). Un hombre camina por la playa.")[0] is None


def test_file_aerial_photo():
    parsed = parse_caption("In this March 11, 2011 file aerial photo, waves hit the town. "
                           "(Kyodo News via AP Photo)")
    assert parsed.get("is_file_photo") is True
    # false case: a file cabinet in an aerial photo makes no file picture
    parsed = parse_caption("In this aerial photo, the file cabinets burn. (AP Photo/Jane Roe)")
    assert parsed.get("is_file_photo") is False


def test_backgrid_is_an_agency():
    assert _credit("Prince William arrives at the premiere in London. BACKGRID USA")[:3] == (
        "BACKGRID USA", [], "BACKGRID")
    # false case: a grid in the caption's words names no agency
    assert _credit("Drivers line up on the back grid in Monaco.")[0] is None
