"""People shown in the agencies' other-language services: titles, relatives, verbs, cues.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the person and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

CASES = [
    # German relatives and demonyms lead a name like a title (dpa)
    ("Kanzlerin Jana Roth (l) und ihr Ehemann Paul Roth kommen am Samstag zur Gala in Köln.\n"
     "Foto: Lena Voss/dpa", ["Jana Roth", "Paul Roth"]),
    ("Hoch hinaus: Die Britin Ellen Hart springt beim Meeting in Rom über die Latte.\n"
     "Foto: Lena Voss/dpa", ["Ellen Hart"]),
    ("Prinz Jonas (r) und seine Frau Lotte besuchen am Montag eine Schule in Bonn.\n"
     "Foto: Lena Voss/dpa", ["Prinz Jonas", "Lotte"]),
    ("Die Deutsche Bahn stellt am Montag in Berlin neue Züge vor.\nFoto: Lena Voss/dpa", []),
    # a German article alone ("das", "die") does not make a Portuguese caption German
    ("O ministro Rui Vale cumprimenta as damas de honra Ana Luz (à esquerda) e Rosa Neto em Lisboa, "
     "em 3 de maio de 2024. REUTERS/Tom Hale", ["Rui Vale", "Ana Luz", "Rosa Neto"]),
    ("Ein Mann zeigt in der Beratungsstelle in Kassel, wie Einbrecher Fenster öffnen.\n"
     "Foto: Lena Voss/dpa", []),
    # PA: "the Princess Royal" names one person
    ("The Princess Royal opens a hospital wing in Leeds (Tom Hale/PA)", ["Princess Royal"]),
    ("The princess royal gown is on display in a museum in Leeds (Tom Hale/PA)", []),
]


@pytest.mark.parametrize("text,people", CASES)
def test_people_in_other_languages(text, people):
    assert [v.value for v in parse_caption(text).persons_shown] == people
