"""Place conventions of the fourth pass on real captions (issue 12): the place as printed,
each rule with a case it applies to and one it must leave alone. Every caption here is
written for this test in an agency's style; none is copied from a benchmark set."""

from __future__ import annotations

from media_manager.captions import parse_caption


def where(text: str) -> tuple[str | None, ...]:
    parsed = parse_caption(text)
    return tuple(parsed.get(key) for key in ("sublocation", "city", "province_state", "country",
                                             "country_made"))


def test_state_only_when_printed():
    # a city alone: its state is not printed, its country is inferred
    assert where("Fans queue in Chicago, Sunday, May 5, 2024. (AP Photo/Jo Press)") == (
        None, "Chicago", None, None, "United States")
    # false case: a printed state is kept, and so is an AP dateline's
    assert where("Fans queue in Chicago, Illinois, May 5, 2024. REUTERS/Jo Press")[2] == "Illinois"
    assert where("CHICAGO (AP) — Fans queue on Sunday. (AP Photo/Jo Press)")[2] == "Illinois"
