"""When two place values say the same thing: ``KE`` and ``KEN``, ``Illinois`` and ``IL``,
``Lagos Island`` and ``Lagos``. The linter reports a disagreement only when they do not."""

from __future__ import annotations

from functools import lru_cache

from media_manager.captions.gazetteer import find_city, fold, gazetteer


def _words(value: str) -> list[str]:
    return fold(value).replace(".", " ").replace(",", " ").split()


def _plain(value: str) -> str:
    return " ".join(_words(value))


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO 3166 alpha-3 and numeric codes -> alpha-2."""
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        out[country.alpha_3] = country.alpha_2
        out[country.numeric] = country.alpha_2
    return out


def country_key(value: str) -> str | None:
    """The ISO alpha-2 code a country value names: a code (2 or 3 letters) or a name."""
    text = value.strip(" .")
    upper = text.upper()
    if len(text) == 2 and text.isalpha() and gazetteer().country_name(upper) != upper:
        return upper
    if upper in _alpha3():
        return _alpha3()[upper]
    return gazetteer().country(text)


def state_key(value: str) -> str | None:
    """The full name of the state or province a value names ('IL', 'Ill.', 'Illinois')."""
    found = gazetteer().state(value)
    return _plain(found[1]) if found else None


def contains_place(longer: str, shorter: str) -> bool:
    """True when ``shorter`` is a known place whose words stand whole inside ``longer``
    ('Lagos Island' contains 'Lagos'; 'New York City' contains 'New York')."""
    big, small = _words(longer), _words(shorter)
    if not small or len(small) >= len(big):
        return False
    inside = any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))
    return inside and (find_city(shorter) is not None or gazetteer().state(shorter) is not None)


def same_value(name: str, caption_value: str, field_value: str) -> bool:
    """Whether the caption's ``caption_value`` and a field's ``field_value`` agree for
    field ``name`` (``country``, ``country_code``, ``province_state``, ``city``...)."""
    if _plain(caption_value) == _plain(field_value):
        return True
    if name in ("country", "country_code"):
        left, right = country_key(caption_value), country_key(field_value)
        return left is not None and left == right
    if name == "province_state":
        left, right = state_key(caption_value), state_key(field_value)
        return left is not None and left == right
    if name in ("city", "sublocation"):
        return (contains_place(caption_value, field_value)
                or contains_place(field_value, caption_value))
    return False
