"""Credit forms of the y round on real captions (issue 12): British forces' ranks before a
photographer's name and "Pool Photo by Name/Agency" inside a chain. Each rule with a case it
applies to and one it must leave alone; every caption is written for this test."""

from __future__ import annotations

from media_manager.captions import parse_caption
from tests.captions.parsed import credit


def test_british_ranks_are_dropped_from_the_photographer():
    assert credit("A pilot lands in the desert.\n\nCredit: SAC Jo Roe") == (
        "SAC Jo Roe", ["Jo Roe"], None)
    assert credit("A sailor on deck.\n\nCredit: LPhot Ann Poe") == (
        "LPhot Ann Poe", ["Ann Poe"], None)
    text = "Sappers build a bridge.\n[Picture: Lieutenant Colonel Jo Roe, Crown Copyright/MOD 2012]"
    assert credit(text) == ("Lieutenant Colonel Jo Roe, Crown Copyright/MOD 2012", ["Jo Roe"], "MOD")
    # false cases: a rank with only one word after it is kept; a name merely starting so too
    assert credit("A pilot lands in the desert.\n\nCredit: SAC Roe")[1] == ["Sac Roe"]
    assert credit("A pilot lands in the desert.\n\nCredit: Sacha Roe")[1] == ["Sacha Roe"]


def test_pool_photo_by_name_inside_a_chain():
    parsed = parse_caption("A senator speaks at a hearing on Monday. Pool Photo by Jo Roe/UPI")
    assert parsed.get("credit_line") == "Pool Photo by Jo Roe/UPI"
    assert parsed.get("creator") == ["Jo Roe"]
    assert parsed.get("source") == "UPI"
    assert parsed.get("provider") is None
    assert parsed.get("is_pool") is True
    # false case: a pool credit without "by" names no photographer
    parsed = parse_caption("A senator speaks at a hearing on Monday. (Pool Photo/UPI)")
    assert parsed.get("creator") == []
    assert parsed.get("source") == "UPI"
