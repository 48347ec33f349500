"""Credit forms of the ninth credit round (issue 12, the eighth credit sample's odd half):
"Copyright by" as a label, "Photo by" and "Photo illustration by" kept as the credit's opening
words when the caption's last sentence is the credit, a bullet run between the caption and
its credit, a television station's frame no handout, and the table's new rows (Catholic News
Service, Vatican Media). Each rule with a case it applies to and one it must leave alone;
every caption here is written for this test in an agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption


def _credit(text: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider"))


def test_copyright_by_is_a_label():
    assert _credit("A tram crosses the old bridge at dusk. Copyright by Jane Roe / "
                   "Associated Press") == (
        "Jane Roe / Associated Press", ["Jane Roe"], "AP", None)
    # false case: "copyright by" in the sentence, lower case after it, is no credit's label
    assert _credit("A sign claims copyright by the city council. REUTERS/Jane Roe")[0] == (
        "REUTERS/Jane Roe")


def test_photo_by_an_agency_alone_keeps_its_opening_words():
    assert _credit("A ferry docks at dawn in the harbour. Photo by Reuters.")[:3] == (
        "Photo by Reuters", [], "Reuters")
    # false case: the agency printed alone has no opening words to keep
    assert _credit("A ferry docks at dawn in the harbour. Reuters")[0] == "Reuters"


def test_photo_illustration_by_opens_a_credit():
    assert _credit("A phone shows the app's logo. Photo illustration by Jane Roe/NurPhoto via "
                   "Getty Images") == (
        "Photo illustration by Jane Roe/NurPhoto via Getty Images", ["Jane Roe"],
        "Getty Images", "NurPhoto")
    # false case: an illustration by someone, in the sentence, credits no picture
    assert _credit("An illustration by Jane Roe hangs in the hall of the library.")[0] is None


def test_bullet_between_caption_and_credit():
    assert _credit("The bowler appeals for a wicket on the second day\u2022Jane Roe/Kenya "
                   "Cricket Association")[:2] == (
        "Jane Roe/Kenya Cricket Association", ["Jane Roe"])
    # false case: bullets between words of a list are no credit's boundary
    assert _credit("On the stall: bread \u2022 cheese \u2022 olives")[0] is None


def test_television_station_frame_is_no_handout():
    parsed = parse_caption("Smoke rises over the plant in this image from video. (KXYZ-TV via AP)")
    assert (parsed.get("source"), parsed.get("provider"), parsed.get("is_handout")) == (
        "AP", "KXYZ-TV", False)
    # false case: a police department's picture via an agency stays a handout
    parsed = parse_caption("The suspect is led away on Monday. (Ohio State Highway Patrol via AP)")
    assert parsed.get("is_handout") is True


def test_catholic_news_service_distributes_the_wires_pictures():
    assert _credit("The pope greets pilgrims in the square on May 4. (CNS photo/Jane Roe, "
                   "Reuters)") == ("CNS photo/Jane Roe, Reuters", ["Jane Roe"], "CNS", "Reuters")
    # false case: the wire's own credit has no partner
    assert _credit("The pope greets pilgrims in the square on May 4. (Jane Roe/Reuters)")[2:] == (
        "Reuters", None)


def test_vatican_media_pictures_are_handouts():
    parsed = parse_caption("The pope meets the delegation on May 4. (CNS photo/Vatican Media)")
    assert (parsed.get("source"), parsed.get("provider"), parsed.get("is_handout")) == (
        "CNS", "Vatican Media", True)
    # false case: a news service's own photographer is no handout
    parsed = parse_caption("The pope meets the delegation on May 4. (CNS photo/Jane Roe)")
    assert parsed.get("is_handout") is not True
