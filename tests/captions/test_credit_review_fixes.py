"""Fixes from the review of the credit rounds: the courtesy label ends at a word's end, and a
credit above the caption is looked for in its first lines only (issue 12, item 4; issue 11)."""

from __future__ import annotations

from media_manager.captions import parse_caption
from media_manager.captions.credits import parse_credit
from media_manager.captions.story import ends_with_credit


def test_courtesy_then_photographer_keeps_the_photographer():
    parsed = parse_caption("Courtesy Photographer Jane Roe")
    assert parsed.to_json()["creator"] == ["Jane Roe"]


def test_courtesy_photograph_is_one_label_not_photo_plus_graph():
    parsed = parse_caption("(Courtesy photograph/U.S. Army)").to_json()
    assert parsed["source"] == "U.S. Army"
    assert parsed["provider"] is None


def test_courtesy_of_is_still_a_label():  # the false case: "of" is the label's, not a name's
    parsed = parse_caption("Pelicans rest on a jetty in Lagos, Nigeria, March 3, 2025. "
                           "(Courtesy of Lagos Museum)").to_json()
    assert parsed["source"] == "Lagos Museum"


def test_a_credit_above_the_caption_is_still_found():
    parsed = parse_caption("Kyodo News/AP\nPelicans rest on a jetty in Osaka, Japan, "
                           "March 3, 2025.").to_json()
    assert parsed["credit_line"] == "Kyodo News/AP"


def test_a_paragraph_of_line_separators_is_no_credit_and_no_caption():
    # 20,000 U+2028 (they split no line): the patterns for a credit above the caption took
    # minutes on it, growing with the square of its length; now only its first lines are read
    paragraph = "\u2028" * 20_000
    assert parse_credit(paragraph).credit_line is None
    assert not ends_with_credit(paragraph)
