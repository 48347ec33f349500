"""IIM encoding: order, UTF-8 declaration, byte limits, legacy cp1252, kept datasets."""

from __future__ import annotations

from media_manager.metadata.iim_write import (
    IimLimitProblem,
    check_iim_limits,
    encode_dataset,
    encode_iim,
    iim_date_time,
    parse_iim,
    read_iim_fields,
    truncate_to_limit,
)


def test_record_is_ordered_declared_utf8_and_repeats_lists() -> None:
    block = encode_iim({"keywords": ["Zürich", "politics"], "description": "Café",
                        "title": "SLUG"})
    datasets = [(r, n) for r, n, _ in parse_iim(block)]
    assert datasets == sorted(datasets)
    assert (1, 90, b"\x1b%G") in parse_iim(block)
    assert (2, 0, b"\x00\x04") in parse_iim(block)
    assert [d for r, n, d in parse_iim(block) if (r, n) == (2, 25)] == [
        "Zürich".encode(), b"politics"]


def test_date_and_time_created_split_into_2_55_and_2_60() -> None:
    assert iim_date_time("2025-07-16T13:42:10+02:00") == ("20250716", "134210+0200")
    assert iim_date_time("2025-07-16") == ("20250716", None)
    assert iim_date_time("2025-07") == ("20250700", None)
    block = encode_iim({"date_created": "2024-10-24T12:15:22Z"})
    assert read_iim_fields(parse_iim(block))["date_created"] == "2024-10-24T12:15:22+00:00"


def test_extended_length_dataset_over_32767_bytes() -> None:
    data = b"x" * 40000
    encoded = encode_dataset(2, 120, data)
    assert encoded[3:5] == (0x8004).to_bytes(2, "big")
    assert parse_iim(encoded) == [(2, 120, data)]


def test_limits_are_counted_in_utf8_bytes_not_characters() -> None:
    caption = "é" * 1001  # 1,001 characters, 2,002 bytes
    assert check_iim_limits({"description": caption}) == [
        IimLimitProblem("description", 2002, 2000)]
    assert check_iim_limits({"description": "e" * 2000}) == []
    assert check_iim_limits({"creator": ["Ann", "Ж" * 17]}) == [
        IimLimitProblem("creator", 34, 32)]


def test_truncation_never_splits_a_character() -> None:
    assert truncate_to_limit("aé🎉", 4) == "aé"
    assert truncate_to_limit("aé🎉", 7) == "aé🎉"
    assert truncate_to_limit("Дмитрий", 5) == "Дм"


def test_legacy_mode_writes_cp1252_without_1_90() -> None:
    block = encode_iim({"description": "a \u201cquote\u201d \u2013 dash"}, charset="cp1252")
    assert all((r, n) != (1, 90) for r, n, _ in parse_iim(block))
    assert b"\x93quote\x94 \x96 dash" in block


def test_kept_datasets_are_reencoded_as_utf8_and_managed_ones_replaced() -> None:
    old = [(1, 0, b"\x00\x04"), (2, 10, b"5"), (2, 12, b"caf\xe9"), (2, 120, b"old"),
           (3, 40, b"\xff\x00binary")]
    block = encode_iim({"description": "new"}, keep=old)
    found = parse_iim(block)
    assert (2, 12, "café".encode()) in found
    assert (2, 10, b"5") in found and (3, 40, b"\xff\x00binary") in found
    assert [d for r, n, d in found if (r, n) == (2, 120)] == [b"new"]
    assert [d for r, n, d in found if (r, n) == (1, 0)] == [b"\x00\x04"]


def test_read_back_uses_the_charset_rule() -> None:
    undeclared_utf8 = [(2, 120, "Zoë".encode())]
    legacy = [(2, 120, b"Zo\xeb \x96")]
    assert read_iim_fields(undeclared_utf8)["description"] == "Zoë"
    assert read_iim_fields(legacy)["description"] == "Zoë \u2013"
