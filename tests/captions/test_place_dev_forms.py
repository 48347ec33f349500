"""Place on the forms of the development set's misses: a capitalised word that is no place
taken for the town, a venue before its town, a borough before its city, the town in a venue's
name, and German, French and Spanish phrases for a part of a town.

Every caption here is written for this project in the agency's style (none is copied); each rule
has a case where it finds the place and one where it must not.
"""

from __future__ import annotations

import pytest

from media_manager.captions import parse_caption

FIELDS = ("sublocation", "city", "province_state", "country", "country_made")

CASES = [
    # an unknown name after "in the" is no town; without the article it is one
    (
        "Ana Roy takes part in the Scheme for Schools, May 2, 2024. (Photo by Jon Lee)",
        (None, None, None, None, None),
    ),
    (
        "Farmers bring sheep to market in Brenmoor on May 2, 2024. (Photo by Jon Lee)",
        (None, "Brenmoor", None, None, None),
    ),
    # a work's title ("The ...") or a nationality before the name is no town
    (
        "Ana Roy never appears in The Countess at all. Photograph: Jon Lee/Getty",
        (None, None, None, None, None),
    ),
    (
        "The show traces the garden in Dutch Painting since 1600. Photograph: Jon Lee/Getty",
        (None, None, None, None, None),
    ),
    # after "at", an unknown name with nothing after it is a venue, not a town; with a place
    # phrase after it ("on the Isle of ...") it is the town
    (
        "Ana Roy tries on a coat at Brennans\nJON LEE/DESK PHOTOS",
        (None, None, None, None, None),
    ),
    (
        "Boats lie at Kelmouth on the Isle of Arran, Scotland. (Photo by Jon Lee/PA)",
        (None, "Kelmouth", None, None, "United Kingdom"),
    ),
    # German: a genitive article right after the name makes it a noun
    (
        "Der Fahrer in Diensten des Teams jubelt nach dem Rennen. Foto: Ana Roy/dpa",
        (None, None, None, None, "Germany"),
    ),
    (
        "Ein Fahrer jubelt in Kleinhausen nach dem Rennen. Foto: Ana Roy/dpa",
        (None, "Kleinhausen", None, None, "Germany"),
    ),
    # "at X in Y": the unknown name after "at" is the venue of the town after "in"
    (
        (
            "Workers meet the mayor on May 2, 2024 at Roe Plastics in Milltown Township. (Photo by "
            "Jon Lee)"
        ),
        ("Roe Plastics", "Milltown Township", None, None, None),
    ),
    (
        "Workers meet the mayor on May 2, 2024 at Roe Plastics. (Photo by Jon Lee)",
        (None, None, None, None, None),
    ),
    # a borough before a city of a million and its state: the borough is the sublocation
    (
        "Fans cheer in Brooklyn, New York City, New York, May 2, 2024. REUTERS/Jon Lee",
        ("Brooklyn", "New York City", "New York", None, "United States"),
    ),
    (
        "Fans cheer in Wan Chai, Hong Kong, south China, May 2, 2024. (Xinhua/Jon Lee)",
        (None, "Wan Chai", "Hong Kong", "China", "China"),
    ),
    # a venue's name joined by "and" before its city keeps its whole name
    (
        (
            "Crowds on day two at the Northfield Rowing and Sailing Club, London on May 2, 2024. "
            "(Photo by Jon Lee/PA)"
        ),
        ("Northfield Rowing and Sailing Club", "London", None, None, "United Kingdom"),
    ),
    (
        "Crowds on day two at the Sailing Club, London on May 2, 2024. (Photo by Jon Lee/PA)",
        ("Sailing Club", "London", None, None, "United Kingdom"),
    ),
    # German: a part of a town, "von" and the town; but "im Auftrag von" and a person
    (
        "Ein Schild steht am Ortseingang von Kleinhausen. Foto: Ana Roy/dpa",
        (None, "Kleinhausen", None, None, "Germany"),
    ),
    (
        "Ein Schild steht im Auftrag von Ana Roy am Weg. Foto: Jon Lee/dpa",
        (None, None, None, None, "Germany"),
    ),
    (
        "Reiher stehen an einem Teich im Norden von Cottbus. Foto: Ana Roy/dpa",
        (None, "Cottbus", None, None, "Germany"),
    ),
    # German: a city's adjective, then "Stadtteil" and the district: the district is the town
    (
        "Das Wasser steht im Kölner Stadtteil Ehrenfeld auf der Straße. Foto: Ana Roy/dpa",
        (None, "Ehrenfeld", None, None, "Germany"),
    ),
    (
        "Das Wasser steht in der Kölner Innenstadt auf der Straße. Foto: Ana Roy/dpa",
        (None, "Köln", None, None, "Germany"),
    ),
    # the town at the end of a venue's name, or after it, is the city; a particle with its
    # article ("do", "da") joins a name, not a town
    (
        "Jean Roy était sur la base militaire d'Istres, jeudi. © Ana Roy/AFP",
        ("base militaire d'Istres", "Istres", None, None, "France"),
    ),
    (
        (
            "Les touristes passent la journée sur la place de la Comédie de Montpellier, avec leurs "
            "enfants. Ana Roy / AFP"
        ),
        ("place de la Comédie de Montpellier", "Montpellier", None, None, "France"),
    ),
    # a name several countries share is the town of the caption's language
    (
        (
            "Los vecinos pasean con sus hijos por la plaza de la Corredera de Córdoba durante la "
            "tarde. Ana Roy (EFE)"
        ),
        ("plaza de la Corredera de Córdoba", "Córdoba", None, None, "Spain"),
    ),
    # a town abroad in a venue's name is read only when it is a city of note
    (
        (
            "Los vecinos pasean con sus hijos por la plaza de la Corredera de Lyon durante la "
            "tarde. Ana Roy (EFE)"
        ),
        ("plaza de la Corredera de Lyon", "Lyon", None, None, "France"),
    ),
    (
        (
            "Los vecinos pasean con sus hijos por la plaza de la Corredera de Nantes durante la "
            "tarde. Ana Roy (EFE)"
        ),
        ("plaza de la Corredera de Nantes", None, None, None, None),
    ),
    (
        "O presidente chega ao Palácio do Planalto nesta terça. Ana Roy/Agência Brasil",
        ("Palácio do Planalto", None, None, None, "Brazil"),
    ),
    # "de X, Name Surname": an office and its holder, no town and province
    (
        (
            "La protesta pide la dimisión de la consejera de Cultura, Ana Roy, ante el palacio. "
            "Foto: EFE/Jon Lee."
        ),
        (None, None, None, None, None),
    ),
    (
        "Los vecinos de Ponferrada, Castilla y León, limpian las calles. Foto: EFE/Jon Lee.",
        (None, "Ponferrada", "Castilla y León", None, "Spain"),
    ),
    # German: a noun ending ("-ungen") after a town's name is no part of it
    (
        (
            "Ein Sturm hat auf einem Campingplatz in Punta Sabbioni Zerstörungen angerichtet. Foto: "
            "Ana Roy/dpa"
        ),
        (None, "Punta Sabbioni", None, None, "Germany"),
    ),
    (
        "Ein Sturm hat auf einem Campingplatz in Bad Sassendorf angerichtet. Foto: Ana Roy/dpa",
        (None, "Bad Sassendorf", None, None, "Germany"),
    ),
    # French: "le district d'X de la province de Y": the district names the town
    (
        (
            "Des familles attendent dans le district d'Ashar de la province de Qalat, le 3 mai. "
            "Ana Roy / AFP"
        ),
        (None, "Ashar", "Qalat", None, None),
    ),
    (
        "Des familles attendent dans le district de la capitale, le 3 mai. Ana Roy / AFP",
        (None, None, None, None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_dev_forms(text: str, expected: tuple[str | None, ...]) -> None:
    parsed = parse_caption(text)
    got = tuple(
        getattr(parsed, field).value if getattr(parsed, field) else None for field in FIELDS
    )
    assert got == expected
