"""The gazetteer's tables read fast: cities searched in their text, the ISO 3166 names from
``data/countries.tsv``, which is what the installed pycountry gives."""

from __future__ import annotations

from importlib.resources import files

from media_manager.captions.gazetteer import CityTable, cities, find_city


def _table_as_dict() -> dict[str, str]:
    text = (files("media_manager.captions") / "data" / "cities.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if not line.startswith("#"))


def test_every_name_finds_its_entry_and_nothing_else_is_found() -> None:
    expected = _table_as_dict()
    table = cities()
    assert all(table.get(name) == entry for name, entry in expected.items())
    for name in list(expected)[::97]:
        for near in (name + "a", name[:-1], name + " ", " " + name):
            assert table.get(near) == expected.get(near)


def test_names_before_the_first_and_after_the_last_are_not_found() -> None:
    assert cities().get("") is None
    assert cities().get("\U0010ffff") is None
    assert cities().get("!", "none") == "none"


def test_a_small_table_with_a_header() -> None:
    table = CityTable("# header\n# second\nbern\tBern\tCH\t121631\nlagos\tLagos\tNG\t9000000"
                      "|Lagos\tPT\t31049\nzurich\tZürich\tCH\t341730\n")
    assert table.get("bern") == "Bern\tCH\t121631"
    assert table.get("lagos") == "Lagos\tNG\t9000000|Lagos\tPT\t31049"
    assert table.get("zurich") == "Zürich\tCH\t341730"
    assert table.get("# header") is None
    assert table.get("geneva") is None


def test_find_city_reads_the_table() -> None:
    assert find_city("Lagos") is not None and find_city("Lagos").country_code == "NG"
    assert find_city("Lagos", "PT") is not None
    assert find_city("Nowhere-on-Sea") is None


def test_subdivisions_read_from_the_table_are_pycountry_s() -> None:
    import pycountry

    from media_manager.captions.gazetteer import subdivision_names

    assert subdivision_names() == tuple((s.country_code, s.name) for s in pycountry.subdivisions)


def test_the_countries_table_is_what_pycountry_gives() -> None:
    from media_manager.captions.build_countries import country_rows
    from media_manager.captions.tables import read_rows

    assert read_rows("countries.tsv") == country_rows(), (
        "data/countries.tsv is stale: python -m media_manager.captions.build_countries")


def test_country_names_come_from_the_table_without_pycountry() -> None:
    import subprocess
    import sys

    code = ("import sys; from media_manager.captions.gazetteer import gazetteer; g = gazetteer();"
            " print(g.country('Libanon'), g.country('Turquía'), g.country_name('DE'),"
            " g.subdivision('FR', 'Bretagne'), 'pycountry' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["LB", "TR", "Germany", "Bretagne", "False"]


_SMALL = ("# header\nbern\tBern\tCH\t121631\nlagos\tLagos\tNG\t9000000|Lagos\tPT\t31049\n"
          "oslo\tOslo\tNO\t580000\nzurich\tZürich\tCH\t341730")


def test_a_name_is_found_whatever_block_of_the_index_holds_it(monkeypatch) -> None:
    for block in (1, 12, 10_000):  # a block a line, a few lines, the whole table
        monkeypatch.setattr(CityTable, "BLOCK", block)
        table = CityTable(_SMALL)
        assert table.get("bern") == "Bern\tCH\t121631"
        assert table.get("lagos") == "Lagos\tNG\t9000000|Lagos\tPT\t31049"
        assert table.get("oslo") == "Oslo\tNO\t580000"
        assert table.get("zurich") == "Zürich\tCH\t341730"  # the last line, no line break
        assert table.get("madrid") is None  # between two names
        assert table.get("aarau") is None and table.get("zzz") is None


def test_a_key_holding_a_tab_or_a_line_break_names_no_city() -> None:
    table = CityTable(_SMALL)
    assert table.get("lagos\tLagos") is None
    assert table.get("bern\nlagos") is None
    assert table.get("lagos") is not None


def test_folding_an_ascii_name_is_its_lower_case() -> None:
    from media_manager.captions.gazetteer import fold

    assert fold("ZURICH") == "zurich"
    assert fold("Zürich") == "zurich"
