"""People shown, not the people a caption only mentions: the dead in an apposition, relatives
named after "of", names listed with a mentioned one, teams and aliases after a name, title
phrases, Irish titles, fashion labels.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # a title of two words set off by a comma still belongs to the mentioned person
    (("Soldiers carry the coffin of former Portuguese Prime Minister, Tom Hale, during a "
      "ceremony in Lisbon, May 3, 2024. REUTERS/Ana Roy"), []),
    (("Former Portuguese Prime Minister, Tom Hale, waves during a ceremony in Lisbon, May 3, "
      "2024. REUTERS/Ana Roy"), ["Tom Hale"]),
    (("Soldiers lower the coffin of former Portuguese PM, Tom Hale, into the grave in Lisbon, "
      "May 3, 2024. REUTERS/Ana Roy"), []),
    ("Former Portuguese PM, Tom Hale, waves in Lisbon, May 3, 2024. REUTERS/Ana Roy",
     ["Tom Hale"]),
    # "CEO of Acme Jane Roe": the title, "of", the body's one word, then the name
    (("Jane Roe speaks with CEO of Acmeworks Tom Hale and his wife Ana Hale. "
      "REUTERS/Rui Neto"), ["Jane Roe", "Tom Hale", "Ana Hale"]),
    # "Minister for Justice Jane Roe": "for" inside a title
    (("Taoiseach Tom Vale with Minister for Justice Jane Roe at Dublin Castle. "
      "Photograph: Ana Roy"), ["Tom Vale", "Jane Roe"]),
    (("Taoiseach Tom Vale with a tribute for Jane Roe at Dublin Castle. "
      "Photograph: Ana Roy"), ["Tom Vale"]),
    # a relative set off by a comma: "the grave of his father, John Roe"
    (("Jane Roe, 6, lies on the grave of her father, Tom Roe, at a cemetery in Lisbon, May 3, "
      "2024. REUTERS/Ana Roy"), ["Jane Roe"]),
    (("Jane Roe hugs her father, Tom Roe, at a school in Lisbon, May 3, 2024. "
      "REUTERS/Ana Roy"), ["Jane Roe", "Tom Roe"]),
    # "the daughter of ... Jane Roe": the relative is shown, not the one she is named after
    (("Ana Hale, daughter of former senator Tom Hale, leaves a church in Lisbon, May 3, "
      "2024. REUTERS/Ana Roy"), ["Ana Hale"]),
    (("The mother of Lia, 9, cries at her funeral in Lisbon, May 3, 2024. "
      "REUTERS/Ana Roy"), []),
    # a name joined by "and" to a mentioned name is mentioned too
    (("Jane Roe (L) and Ana Hale visit the graves of Tom Vale and Rui Neto on Memorial Day "
      "in Lisbon, May 3, 2024. REUTERS/Ana Roy"), ["Jane Roe", "Ana Hale"]),
    (("Jane Roe (L) and Ana Hale talk with Tom Vale and Rui Neto at a cemetery in "
      "Lisbon, May 3, 2024. REUTERS/Ana Roy"), ["Jane Roe", "Ana Hale", "Tom Vale", "Rui Neto"]),
    # "where" and "defeating": the place of a past life, the beaten opponent
    (("A boy paints a wall next to the house where Tom Vale lived in Lisbon, May 3, 2024. "
      "REUTERS/Ana Roy"), []),
    (("Ana Hale of Freedonia celebrates after defeating Jane Roe of Ruritania in their final "
      "in Lisbon, May 3, 2024. REUTERS/Ana Roy"), ["Ana Hale"]),
    # a work "by" an artist whose demonym is a compound with initials: "U.S.-Portuguese"
    (("Visitors film the installation \"Blue Wave Field\" by U.S.-Portuguese artist Tomo in "
      "Lisbon, Portugal. (AFP/Ana Roy)"), []),
    (("U.S.-Portuguese artist Tomo poses by his installation in Lisbon, Portugal. "
      "(AFP/Ana Roy)"), ["Tomo"]),
    # a position cue after the player's country still places the beaten opponent
    (("Ana Hale of Freedonia holds the trophy after defeating Jane Roe of Ruritania (L) in "
      "their final in London, July 8, 2024. REUTERS/Tom Vale"), ["Ana Hale", "Jane Roe"]),
    # a lone surname after a printed title ("Prime Minister Sato"), not after demonyms alone
    (("Former US President Roe and Japanese Prime Minister Sato shake hands in Tokyo on "
      "Mar. 25. (VCG/Pool)"), ["Roe", "Sato"]),
    (("Former US President Roe poses with South Korean K-pop singers in Tokyo on Mar. 25. "
      "(VCG/Pool)"), ["Roe"]),
    # Portuguese and French relatives lead a lone first name: "o filho Tiago"
    ("Rui Neto, do Benfica, e o filho Tiago — Foto: REUTERS/Ana Roy", ["Rui Neto", "Tiago"]),
    ("Rui Neto, do Benfica, e o Tiago — Foto: REUTERS/Ana Roy", ["Rui Neto"]),
    # the team or the agency after a player's "of", an alias in parentheses
    (("Expedition 70 crew member Tom Vale of Cosmoagency, left, talks to reporters in "
      "Lisbon on May 3, 2024. Photo Credit: (NASA/Ana Roy)"), ["Tom Vale"]),
    (("Boxer Tom Vale (Tommy Steel), right, fights in Lisbon, May 3, 1960. (AP Photo)"),
     ["Tom Vale"]),
    # "the match between ...": the players of a contest the picture is at, not in it
    (("Fans sit under umbrellas during the semi-final match between Jane Roe of Freedonia and "
      "Ana Hale of Ruritania in London, July 6, 2024. REUTERS/Tom Vale"), []),
    (("Fans cheer as Jane Roe of Freedonia and Ana Hale of Ruritania shake hands in London, "
      "July 6, 2024. REUTERS/Tom Vale"), ["Jane Roe", "Ana Hale"]),
    (("Tom Vale warms up before the league match between Bellavista and Monte Alto at Lisbon "
      "Stadium on May 3, 2024 in Lisbon, Portugal. (Photo by Ana Roy/Getty Images)"),
     ["Tom Vale"]),
    (("Tom Vale warms up with Bellavista (L) and Monte Alto at Lisbon Stadium on May 3, 2024 "
      "in Lisbon, Portugal. (Photo by Ana Roy/Getty Images)"),
     ["Tom Vale", "Bellavista", "Monte Alto"]),
    # an ordinal position cue written with digits: "3rd from left"
    (("Ana Hale stands behind Rui Neto, 2nd from right, at an event in Washington. "
      "Photo Credit: (NASA/Tom Vale)"), ["Ana Hale", "Rui Neto"]),
    (("Ana Hale stands behind the podium at an event in Washington. "
      "Photo Credit: (NASA/Tom Vale)"), ["Ana Hale"]),
    # dpa's "(M.)" for the middle of the picture
    (("Beim Spiel in Madrid lässt Tom Vale (M.) die Gegenspieler hinter sich.\n"
      "Foto: Ana Roy/dpa"), ["Tom Vale"]),
    (("Beim Spiel in Madrid lässt Tom Vale die Gegenspieler hinter sich.\n"
      "Foto: Ana Roy/dpa"), []),
    # a name with a joined article after a club: "el presidente del Acme City Omar al-Rashid"
    (("El presidente del Lisboa City Omar al-Rashid conversa con el presidente Rui Neto "
      "durante el partido. Ana Roy (AFP)"), ["Omar al-Rashid", "Rui Neto"]),
    # a title phrase between commas is no name
    (("From left; Jane Roe, Flight Engineer, Tom Vale, Soyuz Commander, and Ana Hale are seen "
      "in Baikonur on May 3, 2024. Photo Credit: (NASA/Ana Roy)"),
     ["Jane Roe", "Tom Vale", "Ana Hale"]),
    # US Navy ratings: "Gunner's Mate" is a title
    (("SAN DIEGO (Nov. 8, 2024) Chief Gunner’s Mate Jane Roe, from Lisbon, Maine, packs boxes "
      "during a community service project."), ["Jane Roe"]),
    (("SAN DIEGO (Nov. 8, 2024) Sailors load boxes during a community service project."), []),
    # a German caption that opens with the copyright ("© apa") still opens with the name
    ("© apa Jana Roth (Acme Racing) schied im weiteren Rennverlauf aus.", ["Jana Roth"]),
    ("© apa Im Regen ist die Strecke von Spa für die Fahrer eine große Gefahr.", []),
    # a capitalised German article opens the phrase; lowercase "des" is "of the"
    (("Der dreimalige Weltmeister Jan Roth verfolgt das Rennen im Motorhome.\n"
      "Foto: Ana Roy/dpa"), ["Jan Roth"]),
    (("Die Witwe des dreimaligen Weltmeisters Jan Roth verfolgt das Rennen im Motorhome.\n"
      "Foto: Ana Roy/dpa"), []),
    # the German ordinal day ("am 11. Juli") does not end the first sentence
    (("Der Stürmer Jan Roth (M.) lässt am 11. Juli 1982 in Madrid die Gegenspieler Tom Vale "
      "(r.) und Rui Neto (l.) hinter sich.\nFoto: Ana Roy/dpa"), ["Jan Roth", "Tom Vale",
                                                               "Rui Neto"]),
    # (a position cue in the later sentence would place the coach in the picture: none here)
    (("Der Stürmer Jan Roth (M.) trägt in Madrid die Nummer 11. Trainer Tom Vale sieht "
      "zu.\nFoto: Ana Roy/dpa"), ["Jan Roth"]),
    # Irish titles: Taoiseach, Tánaiste, TD
    (("Taoiseach Tom Vale and Tánaiste Jane Roe at Government Buildings in Dublin. "
      "Photograph: Ana Roy"), ["Tom Vale", "Jane Roe"]),
    ("Fine Gael TD Rui Neto arrives at Leinster House. Photograph: Ana Roy", ["Rui Neto"]),
    # a parliament party, a conference, a tournament are no person
    (("Tom Vale speaks during a Social Democrats (SDP) meeting in Lisbon, 3 May 2024. "
      "EPA-EFE/ANA ROY"), ["Tom Vale"]),
    (("Tom Vale speaks with Rui Neto during a meeting in Lisbon, 3 May 2024. "
      "EPA-EFE/ANA ROY"), ["Tom Vale", "Rui Neto"]),
    # a designer's name before a dress is the dress's
    ("Jane Roe shows off a Tom Vale dress at a store in Dublin. Photograph: Ana Roy",
     ["Jane Roe"]),
    # "Frances" is an English first name, not the German genitive of France
    ("Tánaiste Frances Hale arrives at Dublin Castle. Photograph: Ana Roy", ["Frances Hale"]),
    (("Taoiseach Tom Vale with Minister for Justice Frances Roe in Dublin. "
      "Photograph: Ana Roy"), ["Tom Vale", "Frances Roe"]),
    ("Leipzigs Jan Roth (r) kämpft mit Tom Vale um den Ball.\nFoto: Ana Roy/dpa", ["Jan Roth"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_mentioned_or_shown(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
