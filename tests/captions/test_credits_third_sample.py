"""Credit forms of the third credit sample (issue 12, item 4; the odd `c3-…` records): a
site's "Credit:" run onto a closing bracket, a label after a double space, "Pic:", a page's
"read more" link after the credit, a photographer's name in capitals before a spaced slash
and its agency, "NAME FOR THE PAPER" on a line of its own, the longest agency after a name,
an official body named after a partner agency, IMAGO before its partner, the desk's new
agency rows. Each rule with a case it applies to and one it must leave alone; every caption
here is written for this test in an outlet's style."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def _chain(text: str) -> tuple[str | None, str | None, list[str]]:
    parsed = parse_caption(text)
    return parsed.get("source"), parsed.get("provider"), parsed.get("creator")


def _handout(text: str) -> bool:
    return bool(parse_caption(text).get("is_handout"))


def test_credit_label_glued_onto_a_closing_bracket():
    text = "Lanterns float over the harbour in Doha, Qatar (file)Credit:Jane Roe/AP Photo"
    assert credit(text) == ("Jane Roe/AP Photo", ["Jane Roe"], "AP")
    # false case: "Credit:" inside a word run is no label when a letter precedes it
    assert credit("The bank cut its SuperCredit:Plus rates on Monday")[0] is None


def test_photo_label_after_a_double_space():
    text = "Des bénévoles trient des dons à Laval. Lisez notre reportage  Photo: Jean Roy Le Devoir"
    assert credit(text) == ("Jean Roy Le Devoir", ["Jean Roy"], "Le Devoir")
    # false case: one space before "Photo:" in the caption's own words is no credit
    assert credit("Les élèves regardent la photo: un vieux pont sur la rivière")[0] is None


def test_pic_is_a_label():
    text = "Fans queue outside the stadium in Cork before the final. Pic: PA Images/Jane Roe."
    assert credit(text) == ("PA Images/Jane Roe", ["Jane Roe"], "PA")
    assert not _handout(text)
    # false case: "pic" as a word of the caption
    assert credit("A pic of the old mill hangs in the pub in Cork")[0] is None


def test_read_more_link_after_the_credit():
    text = ("Legende: Die Läuferin jubelt im Ziel in Zürich. (Reuters/Jana Rot) "
            "Mehr zum Rennen finden Sie hier")
    assert credit(text) == ("Reuters/Jana Rot", ["Jana Rot"], "Reuters")
    text = "Crowds gather in the square in Lagos. (AFP/Jane Roe) Read more"
    assert credit(text) == ("AFP/Jane Roe", ["Jane Roe"], "AFP")
    # false case: "mehr" in the caption's own sentence is no link
    parsed = credit("Die Läuferin will mehr. (Reuters/Jana Rot)")
    assert parsed == ("Reuters/Jana Rot", ["Jana Rot"], "Reuters")


def test_shouted_name_before_a_spaced_slash_and_its_agency():
    text = "CAPACETE. Protege a cabeça durante a marcha em Lisboa JOÃO ROCHA / GETTY IMAGES"
    assert credit(text) == ("JOÃO ROCHA / GETTY IMAGES", ["João Rocha"], "Getty Images")
    # false case: the agency alone after the slash, no name in capitals before it
    text = "Manifestantes marcham pela avenida em Lisboa / GETTY IMAGES"
    assert credit(text) == ("GETTY IMAGES", [], "Getty Images")


def test_shouted_name_for_a_paper_on_its_own_line():
    text = "A fiddler plays at the fleadh in Ennis, Co Clare\nJANE ROE FOR THE IRISH TIMES"
    line, creators, source = credit(text)
    assert line == "JANE ROE FOR THE IRISH TIMES" and creators == ["Jane Roe"]
    assert source is not None and source.casefold().endswith("irish times")
    # false case: a shouted line with "FOR" and no paper after it is left alone
    assert credit("A fiddler plays at the fleadh in Ennis\nSUPPORT GROWS FOR THE STRIKE")[0] is None


def test_longest_agency_after_a_name():
    text = "Des sinistrés attendent les secours à Gatineau. Jean Roy La Presse canadienne"
    assert credit(text) == ("Jean Roy La Presse canadienne", ["Jean Roy"], "The Canadian Press")
    # false case: a two-word agency after a name is still read as before
    text = "Floodwater covers the road in Leeds. Jane Roe Associated Press"
    assert credit(text) == ("Jane Roe Associated Press", ["Jane Roe"], "AP")


def test_official_body_after_a_partner_agency():
    text = "The president inspects a guard of honour in Moscow. REUTERS/Ivan Rov/RIA Novosti/Kremlin"
    assert _chain(text) == ("Reuters", "RIA Novosti", ["Ivan Rov"])
    assert _handout(text)
    # false case: the official body that leads the chain stays the originator
    text = "A missing dog is back with its owners in Guildford. Foto: Surrey Police/PA Media/dpa"
    assert _chain(text)[:2] == ("dpa", "Surrey Police")


def test_imago_before_its_partner_distributes():
    text = "Der Stürmer jubelt nach dem 2:0 in Mainz. Bildquelle: Imago/Sven Simon."
    assert _chain(text)[:2] == ("IMAGO", "Sven Simon")
    # false case: the partner before IMAGO is still its partner
    text = "Der Stürmer jubelt nach dem 2:0 in Mainz. Foto: Sven Simon/Imago"
    assert _chain(text)[:2] == ("IMAGO", "Sven Simon")


def test_new_agency_rows():
    text = "Migrants cross the river at dawn near the border. Jane Roe (Agence Vu)"
    assert credit(text) == ("Jane Roe (Agence Vu)", ["Jane Roe"], "Agence Vu")
    text = "A whale surfaces off the coast of Cornwall. (Photo by Jane Roe/Mercury Press/Caters News)"
    assert _chain(text) == ("Caters News", "Mercury Press", ["Jane Roe"])
    text = "A man walks his dog past the lights in Topeka, Kan. (Photo by USA Today)"
    assert credit(text) == ("Photo by USA Today", [], "USA Today")
    # false case: USA TODAY Sports keeps its own name
    text = "The guard shoots over the defence in Dallas. Mandatory Credit: Jane Roe-USA TODAY Sports"
    assert credit(text) == ("Jane Roe-USA TODAY Sports", ["Jane Roe"], "USA TODAY Sports")


def test_presidential_photo_is_an_official_picture():
    text = "The president signs the order at the convention centre in Cebu. JUAN CRUZ/PRESIDENTIAL PHOTO"
    assert credit(text) == ("JUAN CRUZ/PRESIDENTIAL PHOTO", ["Juan Cruz"], "Presidential Photo")
    assert _handout(text)
    # false case: an agency photographer's picture of the same scene is none
    assert not _handout("The president signs the order in Cebu. REUTERS/Juan Cruz")


def test_picture_released_from_a_body_is_a_handout():
    text = ("This undated picture released from the state news agency on May 4 shows the "
            "leader at a factory in Pyongyang. KCNA/AFP")
    assert _handout(text)
    # false case: a prisoner released from jail is no handout's supplier
    assert not _handout("A man released from prison walks home in Pyongyang. REUTERS/Jane Roe")
