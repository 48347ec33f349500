"""People shown on the forms of the third people sample (issue 12): a body that owns the next
person's title, an English indefinite article before a thing's name, a credit's label above or
after the caption, a title glued to the name, a band told by its plural verb, a note after a
position cue, a nickname or a title's note in parentheses, a sentence listing one side of the
picture, a companion "accompanied by", an animal set off by an apposition, an agency run on to
the caption after a slash, a title owned by a possessive, and a relative's name after a comma.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # "and" before a body's name that owns the next person's title joins two people
    (("Prime Minister Ana Roy and Green Harbour Party leader Tom Reid arrive for a debate in "
      "Lisbon, Portugal, May 3, 2024. REUTERS/Rui Alves"), ["Ana Roy", "Tom Reid"]),
    (("Students of the Lisbon Music and Performing Arts School sing in Lisbon, Portugal, May 3, "
      "2024. REUTERS/Rui Alves"), []),
    # an English indefinite article leads a thing's name, not a person's
    (("Senator Ana Roy stands next to a Heavy Armoured Recovery Vehicle at a base in Texas, "
      "May 3, 2024. (AP Photo/Rui Alves)"), ["Ana Roy"]),
    (("President Ana Roy and first lady Mira Tull arrive for a State Occasion in Lima, May 3, "
      "2024. (AP Photo/Rui Alves)"), ["Ana Roy", "Mira Tull"]),
    # not in German, where "an" is a preposition: "scheitert an Torwart Jan Roth"
    ("Die erste Chance, Tom Reid scheitert aber an Torwart Jan Kern. Foto: Ana Roy/dpa",
     ["Jan Kern"]),
    # a credit's label: the name after it is the photographer's, the caption opens after it
    ("Foto: Ana Roy\nRoe e Vey em Lisboa", ["Roe", "Vey"]),
    ("Minister of Fisheries, Tom Reid  Photo: Ana Roy", ["Tom Reid"]),
    ("Foto Ana Roy/dpa\nBundeskanzler Jan Kern spricht in Berlin.", ["Jan Kern"]),
    # a title the page glued to the name after it
    (("Vice Premier Li Wen meets with Greek Deputy Prime MinisterNikos Vey in Beijing, China, "
      "May 3, 2024."), ["Li Wen", "Nikos Vey"]),
    # a plural verb says a band's or a team's name, not one person's
    (("Middle Sister were back together on the main stage Monday – Ana Roy of Blue Lantern, "
      "Tom Reid of Dawes Road, and Mira Tull of Tin Sky."), ["Ana Roy", "Tom Reid", "Mira Tull"]),
    (("Ana Roy and singer Mira Tull are pictured backstage in London, May 3, 2024. (Photo by "
      "Rui Alves/Getty Images)"), ["Ana Roy", "Mira Tull"]),
    # a note after the position cue: "(C, violin)"
    (("The Roy Trio, consisting of sisters Ana Roy (C, violin), Mira Roy (2nd R, piano) and "
      "Lena Roy (R, cello), perform at a gala in Vienna, May 3, 2024. REUTERS/Rui Alves"),
     ["Ana Roy", "Mira Roy", "Lena Roy"]),
    # a nickname in parentheses stays in the name; a title's note does not
    ("Commander Tom R. (Jack) Reid waves before the launch in Florida.", ["Tom R. (Jack) Reid"]),
    ("Chief Sonar Technician (Surface) Ana Roy inspects the deck of a ship off Guam.",
     ["Ana Roy"]),
    # a sentence listing one side of the picture, then the other
    (("The crew walk out of the hangar in Houston. On the right are pilots Ana Roy and Tom "
      "Reid. On the left (front to back) are engineers Mira Tull and Rui Alves."),
     ["Ana Roy", "Tom Reid", "Mira Tull", "Rui Alves"]),
    # "accompanied by": the companion is in the picture, and so is the lone name before it
    ("Reid, accompanied by his wife Ana Roy, greets supporters in Lima.", ["Reid", "Ana Roy"]),
    ("Reid visits a school in Lima.", []),
    # an animal set off by an apposition; a person's role that names an animal is no animal
    (("Private Rex, the regimental goat, marches with soldiers in Cardiff, March 1, 2024. "
      "(Photo by Rui Alves/PA)"), []),
    (("Ana Roy, a dog trainer, walks in a park in Cardiff, March 1, 2024. (Photo by Rui "
      "Alves/PA)"), ["Ana Roy"]),
    # an agency's acronym run on to the caption after the credit's slash is no word of the name
    ("Rui Alves / ACME Tom Reid festeja gol da seleção", ["Tom Reid"]),
    # and the lone name after it opens the caption: its verb makes it the subject
    ("Rui Alves / ACME Tevo festeja gol da seleção", ["Tevo"]),
    ("Rui Alves / ACME Tevo no estádio", []),
    # a title owned by a possessive, set off by a comma, after a support: a mention
    ("Apoiadores saem às ruas no apoio à sua candidata, Ana Roy (Rui Alves/Agência Brasil)", []),
    # a relative's name after a comma and no second comma
    (("President Tom Reid and his wife, Ana as they arrive for a dinner in Lima, May 3, 2024. "
      "(AP Photo/Rui Alves)"), ["Tom Reid", "Ana"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people3_forms(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
