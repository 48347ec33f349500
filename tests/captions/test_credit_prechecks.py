"""The credit parser's cheap tests before a costly pattern never lose what the pattern alone
finds: markers written with the letters an ignore-case pattern takes for ASCII ones, every
boilerplate row behind the opening-character gate, labels in any case behind theirs."""

from __future__ import annotations

import re

import pytest

from media_manager.captions import parse_caption
from media_manager.captions.tables import BOILERPLATE_OPENS, ignorecase_folded, read_rows

_parser = pytest.importorskip("re._parser")


@pytest.mark.parametrize(("caption", "marker"), [
    ("Jane Roe arrives in Lagos. EDıTORS NOTE: a late picture. (AP Photo/Jo Doe)", "EDıTORS NOTE"),
    ("Jane Roe arrives in Lagos. NO MARKETING (AP Photo/Jo Doe)", "NO MARKETING"),  # Kelvin K
    ("Jane Roe arrives in Lagos. ſENSITIVE MATERIAL. REUTERS/Jo Doe", "SENSITIVE MATERIAL"),
    ("Jane Roe arrives in Lagos. EDİTORIAL USE ONLY. REUTERS/Jo Doe", "EDİTORIAL USE ONLY"),
    ("Jane Roe arrives in Lagos. epaselect REUTERS/Jo Doe", "epaselect"),
])
def test_a_marker_in_an_ignore_case_twin_letter_is_still_found(caption: str, marker: str
                                                                ) -> None:
    assert marker in [m.value for m in parse_caption(caption).markers]


def test_folded_text_holds_what_an_ignore_case_pattern_finds() -> None:
    text = "EDıTORS NOTE, NO MARKETING, ſENSITIVE, EDİTORIAL, Ümlaut"
    folded = ignorecase_folded(text)
    for word in ("editors note", "no marketing", "sensitive", "editorial"):
        assert re.search(f"(?i){word}", text) and word in folded


def _opening(items: list) -> tuple[set[str] | None, bool]:
    """The characters a match of parsed pattern ``items`` can open with (None: any), and
    whether it can match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "LITERAL":
            return chars | {chr(av)}, False
        if name == "IN":
            for kind, arg in av:
                if str(kind) == "LITERAL":
                    chars.add(chr(arg))
                elif str(kind) == "RANGE":
                    chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
                else:
                    return None, False
            return chars, False
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            first, empty = _opening(list(av[2]))
            optional = empty or av[0] == 0
        elif name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None, False  # "(?i:...)": not worked out here
            first, optional = _opening(list(av[3]))
        elif name == "BRANCH":
            openings = [_opening(list(branch)) for branch in av[1]]
            if any(first is None for first, _ in openings):
                return None, False
            first = set().union(*(first for first, _ in openings))  # type: ignore[arg-type]
            optional = any(empty for _, empty in openings)
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not optional:
            return chars, False
    return chars, True


def test_every_boilerplate_row_opens_with_a_character_of_the_gate() -> None:
    gate = re.compile(BOILERPLATE_OPENS)
    for row in read_rows("credits.tsv"):
        if row[0] != "boilerplate":
            continue
        parsed = _parser.parse(row[1])
        first, empty = (None, False) if parsed.state.flags & re.IGNORECASE else _opening(
            list(parsed))
        assert first is not None and not empty, row[1]
        assert all(gate.match(ch) for ch in first), row[1]


@pytest.mark.parametrize(("caption", "credit"), [
    ("Jane Roe arrives in Lagos.\nFOTO: Jo Doe/dpa", "Jo Doe/dpa"),
    ("Jane Roe arrives in Lagos. ımage credit: Jo Doe/Lagos Daily", "Jo Doe/Lagos Daily"),
    ("Jane Roe arrives in Lagos. Official White House Photo by Jo Doe", "Jo Doe"),
])
def test_labelled_and_organisation_credits_are_still_found(caption: str, credit: str) -> None:
    parsed = parse_caption(caption)
    assert parsed.credit_line is not None and parsed.credit_line.value.endswith(credit)


def test_every_credit_label_opens_with_a_letter_of_the_labelled_gate() -> None:
    """LABELLED's lookahead lets the engine skip places no label can open: each label of the
    pattern (its own alternation, read from the pattern text) must open with one of its
    letters, or a label added later would silently never match."""
    from media_manager.captions.credit_locate import LABELLED

    gate = re.match(r"\(\?=\(\?i:\[(\w+)\]\)\)", LABELLED.pattern)
    assert gate is not None
    letters = set(gate.group(1))
    labels = re.search(r"\(\?i:(bildrechte\|.*?composite)\)", LABELLED.pattern)
    assert labels is not None
    openers = {re.sub(r"^\(\?:", "", label)[0].lower() for label in labels.group(1).split("|")}
    assert openers <= letters
    lookaheads = re.findall(r"\(\?=([^()]*)\)", LABELLED.pattern)
    for alternation in lookaheads:
        assert {word[0].lower() for word in alternation.split("|")} <= letters, alternation
