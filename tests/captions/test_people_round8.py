"""People shown, round 8 (issue 12): general causes found across the odd half of a seventh sample.

Each caption is written for this test in the agencies' styles; names are made up. Every rule
has a case it changes and a case it must leave as it was.
"""

from __future__ import annotations

import pytest

from media_manager.captions.parse import parse_caption

CASES = [
    # the church's titles in the caption languages come off the name
    ("Kardinal Jan Roth spricht beim Gottesdienst im Dom. Foto: Ana Roy/dpa", ["Jan Roth"]),
    ("Erzbischof Jan Roth segnet die Gläubigen im Dom. Foto: Ana Roy/dpa", ["Jan Roth"]),
    ("Jan Roth spricht beim Gottesdienst im Dom. Foto: Ana Roy/dpa", ["Jan Roth"]),
    # the photographer named in the caption's words, with a verb of taking the picture, is
    # behind the camera
    (("Associated Press photographer Tom Vale captured the moment Jana Roth crossed the line "
      "in Boston."), ["Jana Roth"]),
    ("El fotógrafo Tomás Vale captó el abrazo de Ana Roy en Lima.", ["Ana Roy"]),
    ("Photographer Tom Vale poses with his award in London. (Rui Neto/PA)", ["Tom Vale"]),
    # a group or a relative named after a person, run into the name: the person is not shown
    ("Simpatizantes de Tomás Vale participan en un mitin en Lima. EFE/Rui Neto", []),
    ("Apoiadores de João Roe protestam em Brasília. Foto: Rui Neto/Agência Brasil", []),
    ("Anhänger von Jan Roth demonstrieren in Berlin. Foto: Ana Roy/dpa", []),
    ("Madre de Tomás Vale llora durante el juicio. EFE/Rui Neto", []),
    ("Maria de Souza e João Roe chegam a Brasília. Foto: Rui Neto/Agência Brasil",
     ["Maria de Souza", "João Roe"]),
    ("Dolores de la Vega llega a Madrid. EFE/Rui Neto", ["Dolores de la Vega"]),
    # a region guessed after a comma that reads as a name does not hide the person
    ("La presidenta recibió a su par de Venezuela, Tomás Vale Roe", ["Tomás Vale Roe"]),
    ("Flood waters in Moone, Co Kildare, on Monday. (Rui Neto/PA)", []),
    # an organisation's name run into an office names no one
    ("Tom Vale, retired Distinguished University Outreach Professor and astronomer at the lab.",
     ["Tom Vale"]),
    ("State University President Jana Roth speaks at the ceremony.", ["Jana Roth"]),
    # a lone subject opening the caption, with one of the caption verbs
    ("Vale holds the trophy at Wembley. (Rui Neto/PA)", ["Vale"]),
    ("Roe levanta la copa en el estadio. EFE/Rui Neto", ["Roe"]),
    ("Rain falls on the city. (Rui Neto/PA)", []),
    # verbs whose subject is as often weather, a place or a team are no cue
    ("Chuva segura o trânsito em São Paulo. Foto: Rui Neto/AFP", []),
    ("Sunlight touches the peaks of the Alps near Chamonix, France. (Rui Neto/PA)", []),
    ("Flooding leaves cars stranded in Porto Alegre, Brazil. (Rui Neto/PA)", []),
    ("Chelsea wins the final at Wembley in London. (Rui Neto/PA)", []),
    ("Imagem mostra destruição na cidade após a enchente. Imagem: Rui Neto/AFP", []),
    # German capitalises its nouns: one word after an article or "am"/"im" is no name
    ("Am Abend spricht die Kanzlerin Jana Roth in Berlin. Foto: Ana Roy/dpa", ["Jana Roth"]),
    ("Ein Mann zeigt in Kassel, wie Einbrecher Fenster öffnen. Foto: Ana Roy/dpa", []),
    ("Der Kanzler Roth spricht in Berlin. Foto: Ana Roy/dpa", ["Roth"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_round8(text: str, expected: list[str]) -> None:
    assert [v.value for v in parse_caption(text).persons_shown] == expected


def test_guessed_region_read_as_a_name_is_no_region() -> None:
    parsed = parse_caption("La presidenta recibió a su par de Venezuela, Tomás Vale Roe")
    assert parsed.province_state is None
    # a region the gazetteer knows stays
    known = parse_caption("A farmer works in a field in Banyuwangi, East Java, Indonesia.")
    assert known.province_state is not None and known.province_state.value == "East Java"
    # and so does a state of the town's country
    state = parse_caption("Tourists walk on the beach in Tulum, Quintana Roo, on Sunday. "
                          "(RUI NETO/CUARTOSCURO.COM)")
    assert state.province_state is not None and state.province_state.value == "Quintana Roo"
    assert state.persons_shown == []
