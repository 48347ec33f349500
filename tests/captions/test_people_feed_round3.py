"""People shown in a day's general feed, a third round (issue 12, item 2): the capitalised
words of an everyday feed's captions that name no one (a numeral or a participle opening a
gallery's heading, a disaster's relief, two streets' corner, a German adjective of a stuff, a
saying of old quoted) and a child the captions name with an age "de N anos", found on the odd
half of real_people_9 (whole galleries taken as they come, most captions showing no one named).

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption

CASES = [
    # a lone given name, then an age with "de" (Portuguese, Spanish): a person shown
    ("Lina, de 9 anos, carrega água num campo de refugiados em Idlib, na Síria.", ["Lina"]),
    ("Omar, de 12 años, juega al fútbol en una calle de Gaza.", ["Omar"]),
    ("Lisboa, de manhã, acorda sob nevoeiro.", []),
    # a saying of old quoted after a name: the person is not in the picture
    (("Designerin Jana Roth sagte einmal: \"Mode gehört auf die Straße.\" Nun zeigt das Museum "
      "in Köln ihre Kleider."), []),
    ("As Jane Roe once said, the sea is for everyone. Surfers ride waves in Biarritz, France.",
     []),
    ("Jana Roth sagte am Montag in Köln, die Schau sei ihre letzte.", ["Jana Roth"]),
    # a numeral opens a heading in German, Spanish, Portuguese and French
    ("Vier Freunde in Tokio\nDie Figuren sind die Maskottchen der Stadt.", []),
    ("Cinco Amigos en Lima\nLos muñecos son la mascota de la ciudad.", []),
    ("Vera Roth lächelt bei der Premiere in Wien.", ["Vera Roth"]),
    # a present participle opens a gallery's heading
    (("Approaching Storm\nLightning strikes over the harbour at dusk near Darwin, Australia. "
      "Photograph by Jane Roe"), []),
    ("Sterling Roe arrives at the court in Darwin, Australia.", ["Sterling Roe"]),
    # a disaster's word inside a run: an event's name
    ("Chile Earthquake Relief\nPeople search through the rubble in Talca, Chile.", []),
    ("Jane Roe visits the earthquake zone in Van, Turkey.", ["Jane Roe"]),
    # roads in the plural end the names of two streets: a corner
    ("Jane Roe, 6, cools off at the corner of Main and Elm Avenues in Newark, N.J.",
     ["Jane Roe"]),
    ("Children play at the corner of Grove and Oak Streets in Newark, N.J.", []),
    # a German adjective of the stuff a thing is made of, "-er" form too, leads a noun phrase
    (("Eiserner Steg im Nebel\nFRANKFURT, 3. Januar (dpa) -- Die Brücke über den Main ist am "
      "Morgen kaum zu sehen."), []),
    ("Werner Roth eröffnet die Ausstellung in Frankfurt.", ["Werner Roth"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_feed_round3(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected
