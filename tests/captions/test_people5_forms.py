"""People shown, round 5 (issue 12): forms found across many real captions of a fourth sample.

Each caption is written for this test in the agencies' styles; names are made up.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption

CASES = [
    # a later sentence that places one of its names in the picture ("(l.)", ", right,") tells
    # who else is shown
    (("Jubel im Nordderby: Jan Roth lässt das Stadion feiern. Tom Vale (l.) konnte "
      "nicht mehr eingreifen.\nFoto: Ana Roy"), ["Jan Roth", "Tom Vale"]),
    (("Jane Roe speaks at a rally in Lisbon, May 3, 2024. Her deputy Ana Hale, right, "
      "listens. REUTERS/Tom Vale"), ["Jane Roe", "Ana Hale"]),
    # ... but a later sentence with no cue does not
    (("Jane Roe speaks at a rally in Lisbon, May 3, 2024. Her deputy Ana Hale said the party "
      "would win. REUTERS/Tom Vale"), ["Jane Roe"]),
    # the picture's own word after a name is a cue, in a later sentence too
    (("Was für ein Auftakt! Bellavista verspielt eine Führung. Herthas Rekord-Neuzugang Jan "
      "Roth (Foto, am Ball) markiert per Elfmeter den Ausgleich."), ["Jan Roth"]),
    ("Police search the house. Jane Roe (pictured) was arrested on Monday.", ["Jane Roe"]),
    # the side, then the verb, with no colon
    (("Senator Jane Roe speaks to reporters at the Capitol in Washington, May 3, 2024. At left "
      "is Senate Minority Whip Tom Vale. (AP Photo/Ana Roy)"), ["Jane Roe", "Tom Vale"]),
    (("Senator Jane Roe speaks to reporters at the Capitol in Washington, May 3, 2024. From "
      "left to right are Sen. Tom Vale and Sen. Rui Neto. Credit: AP"),
     ["Jane Roe", "Tom Vale", "Rui Neto"]),
    # a German ordinal written with a capital: "(Zweiter von rechts)"
    (("Jana Roth (links) sowie Tom Vale (Zweiter von rechts) und Rui Neto (rechts) bummeln "
      "durch Bellinzona."), ["Jana Roth", "Tom Vale", "Rui Neto"]),
    # Swiss and other titles stripped: "Bundesrat", "Personal Aide", "Keeper", "Whip"
    ("Die Landesregierung mischt sich unters Volk: Bundesrat Jan Roth posiert für ein Selfie.",
     ["Jan Roth"]),
    (("The President dances in the Outer Oval with Personal Aide Jane Roe."), ["Jane Roe"]),
    (("Geschlagener Bayern-Keeper Jan Roth im Jahr 2011: Tom Vale (nicht im Bild) traf zum "
      "3:1.\nFoto: Ana Roy"), ["Jan Roth"]),
    # a lone subject, past an adverb, before a verb of the picture
    ("Roe even rocked a personalised bag (Picture: SplashNews.com)", ["Roe"]),
    ("Roe looked beautiful in her new monochrome outfit", ["Roe"]),
    # German "hat" is "has" after a name, no hat
    ("Bundeskanzler Jan Roth hat sich erneut an die Öffentlichkeit gewandt. - Foto: © APA",
     ["Jan Roth"]),
    ("Fans wear a Santa hat in London.", []),
    # a month, a chamber, a platoon, barracks: bodies and events, not people; a team before "duo"
    (("President Jane Roe watches a dance prior to a reception celebrating African American "
      "History Month."), ["Jane Roe"]),
    (("Capt. Tom Vale, platoon commander, Silent Drill Platoon, Marine Barracks Washington, "
      "poses for a photo with his family."), ["Tom Vale"]),
    ("The camera catches Red Bull duo Rui Neto and Tom Vale on the podium.",
     ["Rui Neto", "Tom Vale"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people5_forms(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
