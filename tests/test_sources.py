"""The one precedence rule, for every pair of sources, and the order offers arrive in."""

from __future__ import annotations

import pytest

from media_manager.sources import (
    EMBEDDED,
    IMPORTED,
    MANUAL,
    PARSED,
    SIDECAR,
    Offer,
    UnknownSource,
    may_replace,
    prevailing,
)

#: Rows: the source holding the field; columns: the source offering a new value.
#: Written out by hand from the rule parsed < embedded = sidecar < imported < manual.
ORDER = (PARSED, EMBEDDED, SIDECAR, IMPORTED, MANUAL)
TABLE = {
    None:     (True, True, True, True, True),
    PARSED:   (True, True, True, True, True),
    EMBEDDED: (False, True, True, True, True),
    SIDECAR:  (False, True, True, True, True),
    IMPORTED: (False, False, False, True, True),
    MANUAL:   (False, False, False, False, True),
}
PAIRS = [(held, offered, TABLE[held][i]) for held in TABLE for i, offered in enumerate(ORDER)]


@pytest.mark.parametrize(("held", "offered", "allowed"), PAIRS)
def test_every_pair_of_sources(held: str | None, offered: str, allowed: bool) -> None:
    assert may_replace(held, offered) is allowed


@pytest.mark.parametrize(("held", "offered", "_allowed"), PAIRS)
def test_force_replaces_anything(held: str | None, offered: str, _allowed: bool) -> None:
    assert may_replace(held, offered, force=True) is True


def test_an_unknown_source_is_refused_by_name() -> None:
    with pytest.raises(UnknownSource, match="unknown source 'wire'"):
        may_replace(EMBEDDED, "wire")
    with pytest.raises(UnknownSource):
        may_replace("wire", EMBEDDED)


def test_the_last_offer_of_equal_rank_stands_and_blanks_offer_nothing() -> None:
    offers = [Offer(EMBEDDED, "iptc", "IIM caption"), Offer(EMBEDDED, "xmp", "XMP caption"),
              Offer(EMBEDDED, "exif", "  "), Offer(SIDECAR, "sidecar", "")]
    assert prevailing(offers) == Offer(EMBEDDED, "xmp", "XMP caption")


def test_a_lower_offer_after_a_higher_one_does_not_stand() -> None:
    offers = [Offer(MANUAL, None, "desk"), Offer(PARSED, "caption", "parsed"),
              Offer(IMPORTED, "sheet", "import")]
    assert prevailing(offers) == Offer(MANUAL, None, "desk")
    assert prevailing([]) is None


@pytest.mark.parametrize("first", ORDER)
@pytest.mark.parametrize("second", ORDER)
@pytest.mark.parametrize("third", ORDER)
def test_prevailing_asks_the_rule_of_each_offer_against_the_one_standing(
        first: str, second: str, third: str) -> None:
    """Each rank looked up once: the same offer stands as asking may_replace at every step."""
    offers = [Offer(first, "a", "one"), Offer(second, "b", "two"), Offer(third, "c", "three")]
    standing = offers[0]
    for offer in offers[1:]:
        if may_replace(standing.source, offer.source):
            standing = offer
    assert prevailing(offers) is standing


def test_an_unknown_source_is_refused_only_once_an_offer_asks_against_it() -> None:
    assert prevailing([Offer("wire", None, "alone")]) == Offer("wire", None, "alone")
    with pytest.raises(UnknownSource, match="unknown source 'wire'"):
        prevailing([Offer(EMBEDDED, "iptc", "first"), Offer("wire", None, "second")])
    with pytest.raises(UnknownSource, match="unknown source 'wire'"):
        prevailing([Offer("wire", None, "first"), Offer(EMBEDDED, "iptc", "second")])
