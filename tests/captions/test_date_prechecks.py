"""The date finder's cheap tests before a costly pattern never lose what the pattern alone
finds: the background words before a date, a numeric date's sign between digits."""

from __future__ import annotations

import pytest

from media_manager.captions.dates import (
    _BACKGROUND_ENDINGS,
    _NUMERIC_HINT,
    BACKGROUND,
    _may_end_in_background_word,
)

BEFORE_A_DATE = [
    "the bridge has stood closed since ",
    "the bridge has stood closed since on ",
    "the bridge has stood closed SINCE\n",
    "the bridge has stood closed ſince  ",  # the long s an ignore-case "s" matches
    "the market was moved ahead of ",
    "the vote was scheduled for ",
    "the vote is dUE on\t",
    "the vote was held ",
    "the vote was held on ",
    "the vote was held since",  # no space after it: the pattern does not end there
    "the vote was held before noon ",
    "",
]


@pytest.mark.parametrize("before", BEFORE_A_DATE)
def test_the_background_precheck_passes_wherever_the_pattern_matches(before: str) -> None:
    if BACKGROUND.search(before):
        assert _may_end_in_background_word(before)


def test_the_background_precheck_lets_through_a_background_word_and_stops_others() -> None:
    assert _may_end_in_background_word("the bridge has stood closed since on ") is True
    assert _may_end_in_background_word("the vote was held in Lagos ") is False
    assert _may_end_in_background_word("the bridge has stood closed since") is False
    assert all(word.islower() and word.isascii() for word in _BACKGROUND_ENDINGS)


@pytest.mark.parametrize(("text", "numeric"), [
    ("seen in Lagos on 2025-05-06", True),
    ("seen in Lagos on 06/05/2025", True),
    ("seen in Lagos on 6.5.2025", True),
    ("seen in Lagos, 6 - 5 May", False),
    ("seen in Lagos on 6-", False),
    ("-5 degrees in Lagos", False),
])
def test_the_numeric_hint_finds_a_sign_between_two_digits(text: str, numeric: bool) -> None:
    assert (_NUMERIC_HINT.search(text) is not None) is numeric
