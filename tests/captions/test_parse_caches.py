"""The parser caches what it reads from a place chain or a credit piece alone: a chain or a
credit seen before, at another place in another caption, still gives that caption's spans."""

from __future__ import annotations

from media_manager.captions import parse_caption

SHORT = "Jane Roe walks past the harbour in Lisbon, Portugal, May 3, 2024. REUTERS/Jo Doe"
LONG = ("Firefighters and residents clear the street after the storm in Lisbon, Portugal, "
        "May 3, 2024. REUTERS/Jo Doe")


def test_same_chain_and_credit_at_other_offsets_keep_their_own_spans() -> None:
    short, long = parse_caption(SHORT), parse_caption(LONG)
    assert short.city is not None and long.city is not None
    assert (short.city.value, short.city.span.start, short.city.span.end) == ("Lisbon", 35, 41)
    assert (long.city.value, long.city.span.start, long.city.span.end) == ("Lisbon", 63, 69)
    assert long.country is not None and (long.country.value, long.country.span.start) == (
        "Portugal", 71)
    assert [(c.value, c.span.start, c.span.end) for c in short.creator] == [("Jo Doe", 74, 80)]
    assert [(c.value, c.span.start, c.span.end) for c in long.creator] == [("Jo Doe", 102, 108)]
    assert long.source is not None and long.source.value == "Reuters"


def test_a_caption_parsed_again_gives_the_same_parse() -> None:
    first = parse_caption(SHORT)
    parse_caption(LONG)
    again = parse_caption(SHORT)
    assert again == first
    assert [v.value for v in again.persons_shown] == ["Jane Roe"]
