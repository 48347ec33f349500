"""Derive ``data/countries.tsv`` from pycountry: the ISO 3166 country names (with their
translations into the caption languages) and the ISO 3166-2 subdivision names.

    python -m media_manager.captions.build_countries

Reading this small file takes a few milliseconds, where importing pycountry, reading its
translations and its 5,000 subdivisions takes a tenth of a second: a cost every process
that parses captions would otherwise pay at its start. A test checks that the file is what
the installed pycountry gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from media_manager.captions.gazetteer import CAPTION_LANGUAGES, _key, fold

TABLE = Path(__file__).with_name("data") / "countries.tsv"


def country_rows() -> list[list[str]]:
    """The table's rows: ``name`` (a folded country name and its ISO code, English names
    first and never displaced by a translation), ``display`` (code and the name to report),
    ``subdivision`` (country code, name, its lookup key and its folded name, in pycountry's
    order)."""
    import pycountry

    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        display[c.alpha_2] = getattr(c, "common_name", None) or c.name
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                names[_key(name)] = c.alpha_2
                names[fold(name)] = c.alpha_2
    _add_translations(names, pycountry)
    return ([["name", key, code] for key, code in names.items()]
            + [["display", code, name] for code, name in display.items()]
            + [["subdivision", sub.country_code, sub.name, _key(sub.name), fold(sub.name)]
               for sub in pycountry.subdivisions])


def _add_translations(names: dict[str, str], pycountry: Any) -> None:
    """Country names in the caption languages ("im Libanon", "en Turquía"), from
    pycountry's own ISO 3166 translations (shipped with the package)."""
    import gettext

    for language in CAPTION_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                            languages=[language])
        except OSError:
            continue
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None)):
                if name:
                    local = catalogue.gettext(name)
                    for key in (_key(local), fold(local)):
                        names.setdefault(key, c.alpha_2)


def main() -> None:
    import pycountry

    rows = country_rows()
    version = getattr(pycountry, "__version__", "")
    TABLE.write_text(f"# ISO 3166 names from pycountry {version}".rstrip() + ", derived by"
                     " python -m media_manager.captions.build_countries. Rows: name<TAB>folded"
                     " country name<TAB>code; display<TAB>code<TAB>name;"
                     " subdivision<TAB>country code<TAB>name<TAB>key<TAB>folded name\n"
                     + "\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows written to {TABLE}")


if __name__ == "__main__":
    main()
