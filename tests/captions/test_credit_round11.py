"""Credit forms of the eleventh credit round (issue 12, the tenth credit sample's odd half):
Spanish "Fuente:" labels ("Fuente imagen principal:"), German "Name für Client" (a
commissioned photographer, the client the source), a "Social Media" picture an agency
distributes, and the chancelleries' official pictures in the table. Each rule with a case it
applies to and one it must leave alone; every caption here is written for this test in an
agency's style."""

from __future__ import annotations

from media_manager.captions import parse_caption


def _credit(text: str) -> tuple[object, ...]:
    parsed = parse_caption(text)
    return (parsed.get("credit_line"), parsed.get("creator"), parsed.get("source"),
            parsed.get("provider"), parsed.get("is_handout"))


def test_spanish_source_labels():
    assert _credit("Fuente imagen principal: Jane Roe/Getty Images Europe.")[:3] == (
        "Jane Roe/Getty Images Europe", ["Jane Roe"], "Getty Images")
    assert _credit("Los hinchas celebran en la plaza. Fuente: Jane Roe/EFE")[:3] == (
        "Jane Roe/EFE", ["Jane Roe"], "EFE")
    assert _credit("Los hinchas celebran en la plaza. Fuente de la imagen: Jane Roe/AFP")[:3] == (
        "Jane Roe/AFP", ["Jane Roe"], "AFP")
    # false case: "fuente" inside the caption's sentence is no label
    assert _credit("Según la fuente: el ministerio dijo que la cifra subió")[0] is None


def test_german_commissioned_photographer():
    assert _credit("Die Regierung tagt im Bernerhof. Foto: Jane Roe für Schweizerische "
                   "Bundeskanzlei") == (
        "Jane Roe für Schweizerische Bundeskanzlei", ["Jane Roe"],
        "Schweizerische Bundeskanzlei", None, True)
    assert _credit("Die Regierung tagt im Bernerhof. Foto: Jane Roe für Lagos Weekly") == (
        "Jane Roe für Lagos Weekly", ["Jane Roe"], "Lagos Weekly", None, False)
    # false case: a prize "for" a person is no credit
    assert _credit("Die Regierung tagt im Bernerhof. Foto: Preis für Jane Roe")[0] is None


def test_social_media_picture_via_an_agency():
    assert _credit("Smoke rises over the valley in this photo by Jane Roe. "
                   "Jane Roe/Social Media/via REUTERS") == (
        "Jane Roe/Social Media/via REUTERS", ["Jane Roe"], "Reuters", None, True)
    # false case: a handout after the name still makes the name its supplier
    assert _credit("Smoke rises over the valley. Jane Roe/Handout via REUTERS")[1:4] == (
        [], "Reuters", "Jane Roe")
    # false case: a body whose name holds the words is an organisation, no handout
    assert _credit("Delegates meet in Lagos. Jane Roe/Social Media Week")[1:] == (
        ["Jane Roe"], "Social Media Week", None, False)


def test_chancellery_takes_official_pictures():
    assert _credit("Die Regierung tagt im Bernerhof. Foto: Jane Roe/Bundeskanzlei")[2:] == (
        "Bundeskanzlei", None, True)
    # false case: a paper's own photographer is no handout
    assert _credit("Die Regierung tagt im Bernerhof. Foto: Jane Roe/Lagos Weekly")[4] is False
