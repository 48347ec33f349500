"""Value kinds on the table of fields: parsing, rules, normalising, formatting, IIM texts."""

from __future__ import annotations

import pytest

from media_manager.errors import InvalidValue
from media_manager.fields import FIELDS, field
from media_manager.kinds import (
    BAG,
    COUNTRY_CODE,
    DATE_RULE,
    DATE_TIME,
    LANG_ALT,
    NO_SUCH_DAY,
    SEQ,
    TEXT,
    iim_to_iso,
    tidy_iso,
)

COUNTRY_RULE = "is not an ISO 3166 country code (two or three capital letters, e.g. NG, NGA)"

#: (field, what the desk types, the value it becomes)
PARSED = [
    ("city", "  Lagos ", "Lagos"),
    ("city", "   ", None),
    ("keywords", "flood; Lagos ;; flood", ["flood", "Lagos"]),
    ("creator", "Ann Lee", ["Ann Lee"]),
    ("country_code", " ngA ", "NGA"),
    ("date_created", "2025-07-08T10:30Z", "2025-07-08T10:30:00+00:00"),
    ("date_created", "2025-07-08 10:30:05+0100", "2025-07-08T10:30:05+01:00"),
    ("date_created", "2025-07", "2025-07"),
    ("description", "Caption\nsecond line", "Caption\nsecond line"),
]

#: (field, value, the rule it breaks; None = valid)
RULES = [
    ("date_created", "yesterday", DATE_RULE),
    ("date_created", "2025-02-30", NO_SUCH_DAY + "day is out of range for month"),
    ("date_created", "2025-07-08T25:00", NO_SUCH_DAY + "hour must be in 0..23"),
    ("date_created", "2025-07-08", None),
    ("date_created", "1999", None),
    ("country_code", "ZZZ", COUNTRY_RULE),
    ("country_code", "ng", COUNTRY_RULE),
    ("country_code", "NG", None),
    ("country_code", "XKX", None),
    ("city", "Lagos\x00", "must not hold control characters (NUL, escape ...)"),
    ("city", ["Lagos", "Abuja"], "must be one text, not a list"),
    ("keywords", ["ok", "bad\x1b"], ("item 'bad\\x1b' must not hold control characters (NUL, "
                                   "escape ...)")),
    ("description", "x" * 32_001, "is 32,001 characters; at most 32,000 are kept"),
    ("description", "", None),
]


@pytest.mark.parametrize(("name", "typed", "value"), PARSED)
def test_the_desks_text_is_parsed_by_the_fields_kind(name: str, typed: str, value) -> None:
    assert field(name).parse(typed) == value


@pytest.mark.parametrize(("name", "value", "rule"), RULES)
def test_each_kind_names_the_rule_a_value_breaks(name: str, value, rule) -> None:
    assert field(name).kind.check(value) == rule
    if rule is None:
        field(name).validate(value)
        return
    with pytest.raises(InvalidValue) as refused:
        field(name).validate(value)
    assert refused.value.field == name and refused.value.rule == rule
    assert str(refused.value).startswith(f"{name}: ") and str(refused.value).endswith(rule)


def test_every_field_has_the_kind_its_layout_needs() -> None:
    kinds = {spec.name: spec.kind for spec in FIELDS}
    assert kinds["title"] is LANG_ALT and kinds["description"] is LANG_ALT
    assert kinds["keywords"] is BAG and kinds["persons_shown"] is BAG and kinds["creator"] is SEQ
    assert kinds["date_created"] is DATE_TIME and kinds["country_code"] is COUNTRY_CODE
    assert kinds["headline"] is TEXT
    assert {s.name for s in FIELDS if s.repeatable} == {"keywords", "creator", "persons_shown"}
    layouts = {s.name: s.xmp_kind.value for s in FIELDS}
    assert (layouts["title"], layouts["keywords"], layouts["creator"], layouts["city"]) == (
        "lang-alt", "bag", "seq", "text")


def test_formatting_is_one_line_of_text() -> None:
    assert field("keywords").kind.format(["flood", "Lagos"]) == "flood; Lagos"
    assert field("city").kind.format(None) == ""
    assert field("date_created").kind.format("2025-07-08") == "2025-07-08"


def test_iim_datasets_come_from_the_kind_with_their_limits() -> None:
    assert field("date_created").iim_datasets("2025-07-16T13:42:10+02:00") == [
        ((2, 55), "20250716", 8), ((2, 60), "134210+0200", 11)]
    assert field("date_created").iim_datasets("2025") == [((2, 55), "20250000", 8)]
    assert field("keywords").iim_datasets(["a", "b"]) == [((2, 25), "a", 64), ((2, 25), "b", 64)]
    assert field("persons_shown").iim_datasets(["Ann"]) == []
    with pytest.raises(InvalidValue, match="date_created: 'soon' is not an ISO 8601 date"):
        field("date_created").iim_datasets("soon")


def test_iim_dates_read_back_as_iso() -> None:
    assert iim_to_iso("20170914", None) == "2017-09-14"
    assert iim_to_iso("20100000", "000000") == "2010"
    assert iim_to_iso("20080314", "135926.054-0600") == "2008-03-14T13:59:26.054-06:00"
    assert iim_to_iso("0000000", None) is None
    assert tidy_iso("2017-09-14T10:22:05Z") == "2017-09-14T10:22:05+00:00"
    assert tidy_iso("2017-13") is None
