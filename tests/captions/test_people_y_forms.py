"""People shown: forms of naming seen on published captions (issue 12, the fresh y set).

Each rule has a case where it applies and one where it must not; the captions are ours.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # an actor's name, "as", then the role played in a scene: the role is no person shown
    ('This image released by Acme Films shows Jane Roe as Mary Doe in a scene from "The Tide."',
     ["Jane Roe"]),
    ("Jane Roe shakes hands with Mia Kern as Tom Poe looks on.", ["Jane Roe", "Mia Kern", "Tom Poe"]),
    # a German noun after a contracted article, then "von" and the name
    ("Im Rücken von Jan Roth steht Mia Kern in Berlin.", ["Jan Roth", "Mia Kern"]),
    ("Carl von Roth Kern waves in Leeds.", ["Carl von Roth Kern"]),
    # two lone names joined by "y" opening the caption, then a comma; not two cities
    ("Roe y Doe, en Sevilla.", ["Roe", "Doe"]),
    ("Madrid y Toledo, en fiestas.", []),
    # "Councillor" is a title, also in the plural before several names
    ("Federal Councillors Jan Roth and Mia Kern pose in Bern.", ["Jan Roth", "Mia Kern"]),
    ("Jan Roth meets town councillors in Leeds.", ["Jan Roth"]),
    # an archive's caption label and named exercises or operations are no people
    ("(Original Caption) With Jan Roth applauding, Mia Kern waves.", ["Jan Roth", "Mia Kern"]),
    ("Pfc. Jan Roth carries gear during Mortar Training in Leeds.", ["Jan Roth"]),
    ("Jan Roth watches troops of Operation Sunrise in Leeds.", ["Jan Roth"]),
    ("Jan Roth, a training manager, waves in Leeds.", ["Jan Roth"]),
    # an ice hockey position after a team's name: the team is a modifier
    ("Leeds Kings defenseman Jan Roth (74) skates in Leeds.", ["Jan Roth"]),
    ("Jan Roth, a defenseman, skates in Leeds.", ["Jan Roth"]),
    # a rider's mount after "riding"
    ("Jan Roth riding Morning Star falls at the last fence in Leeds.", ["Jan Roth"]),
    ("Jan Roth, riding with Mia Kern, waves in Leeds.", ["Jan Roth", "Mia Kern"]),
    # a German verb of meeting before a full name: the one met is shown
    ("Jan Roth begrüßt Mia Kern mit Handshake und Lächeln in Berlin.", ["Jan Roth", "Mia Kern"]),
    ("Jan Roth lobt Mia Kern mit Worten und Gesten in Berlin.", ["Jan Roth"]),
    # the passenger of a motorcade or a plane is out of sight
    ("The motorcade carrying President Jan Roth arrives in Leeds.", []),
    ("A soldier carrying Jan Roth runs in Leeds.", ["Jan Roth"]),
    ("The jet with President Jan Roth aboard lands in Leeds.", []),
    ("Jan Roth waves with Mia Kern aboard a ship in Leeds.", ["Jan Roth", "Mia Kern"]),
    # a credit in brackets with its label names the photographer
    ("Jan Roth waves on the deck [Picture: Mia Kern, Crown Copyright]", ["Jan Roth"]),
    ("Jan Roth waves on the deck [with Mia Kern, right]", ["Jan Roth", "Mia Kern"]),
    ("Jan Roth waves on the deck [Picture: LA(Phot) Mia Kern, Crown Copyright]", ["Jan Roth"]),
    # "First Lady" alone is a title, before a name it is stripped
    ("Jan Roth greets President and First Lady at a castle in Leeds.", ["Jan Roth"]),
    ("First Lady Mia Kern greets Jan Roth at a castle in Leeds.", ["Mia Kern", "Jan Roth"]),
    # a club's name in the plural
    ("Leeds players celebrate after they defeated Hull Juniors in Leeds.", []),
    ("Jan Roth Jr. waves in Leeds.", ["Jan Roth Jr."]),
    # the words of a sign after "reading:", "announcing:" are no person
    ("Jan Roth wears a necklace announcing: Roth Girl, near a club in Leeds.", ["Jan Roth"]),
    ("From left: Jan Roth and Mia Kern pose in Leeds.", ["Jan Roth", "Mia Kern"]),
    # a run glued to a digit is a model's code
    ("Jan Roth looks through a periscope of a 2S3 Akatsiya in a field.", ["Jan Roth"]),
    ("Jan Roth, 2, and Mia Kern play in a field.", ["Jan Roth", "Mia Kern"]),
    # a run ending in a capitalised organisation word is a building, before "Center" is stripped
    ("Jan Roth trains at the Joint Readiness Center in Leeds.", ["Jan Roth"]),
    ("Boston Celtics center Jan Roth dunks in Boston.", ["Jan Roth"]),
]


@pytest.mark.parametrize("text,people", CASES)
def test_people_in_published_forms(text, people):
    assert [v.value for v in parse_caption(text).persons_shown] == people
