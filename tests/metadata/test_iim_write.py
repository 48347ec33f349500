"""IIM writing: order, UTF-8 declaration, byte limits, legacy cp1252, kept and carried datasets.

Every check reads the new record with the reader ingest uses (``read_iim``).
"""

from __future__ import annotations

from media_manager.metadata.iim import (
    IimLimitProblem,
    encode_dataset,
    encode_iim,
    encode_record,
    parse_datasets,
    plan_iim,
    read_iim,
    truncate_to_limit,
)


def datasets(block: bytes) -> list[tuple[int, int, bytes]]:
    return parse_datasets(block)[0]


def written(values: dict, old: list | None = None, *, truncate: bool = False) -> bytes:
    plan = plan_iim(values, old, truncate=truncate)
    return encode_record(plan.datasets, keep=old or [])


def test_record_is_ordered_declared_utf8_and_repeats_lists() -> None:
    block = encode_iim({"keywords": ["Zürich", "politics"], "description": "Café",
                        "title": "SLUG"})
    keys = [(r, n) for r, n, _ in datasets(block)]
    assert keys == [(1, 0), (1, 90), (2, 0), (2, 5), (2, 25), (2, 25), (2, 120)]
    assert (1, 90, b"\x1b%G") in datasets(block)
    assert (2, 0, b"\x00\x04") in datasets(block)
    assert [d for r, n, d in datasets(block) if (r, n) == (2, 25)] == [
        "Zürich".encode(), b"politics"]


def test_date_and_time_created_split_into_2_55_and_2_60() -> None:
    block = encode_iim({"date_created": "2025-07-16T13:42:10+02:00"})
    assert [(r, n, d) for r, n, d in datasets(block) if r == 2 and n in (55, 60)] == [
        (2, 55, b"20250716"), (2, 60, b"134210+0200")]
    assert [d for r, n, d in datasets(encode_iim({"date_created": "2025-07"}))
            if (r, n) == (2, 55)] == [b"20250700"]
    block = encode_iim({"date_created": "2024-10-24T12:15:22Z"})
    assert read_iim(block).fields["date_created"] == "2024-10-24T12:15:22+00:00"


def test_extended_length_dataset_over_32767_bytes() -> None:
    data = b"x" * 40000
    encoded = encode_dataset(2, 120, data)
    assert encoded[3:5] == (0x8004).to_bytes(2, "big")
    assert datasets(encoded) == [(2, 120, data)]


def test_limits_are_counted_in_utf8_bytes_not_characters() -> None:
    caption = "é" * 1001  # 1,001 characters, 2,002 bytes
    assert plan_iim({"description": caption}).over_limit == [
        IimLimitProblem("description", 2002, 2000)]
    assert plan_iim({"description": "e" * 2000}).over_limit == []
    assert plan_iim({"creator": ["Ann", "Ж" * 17]}).over_limit == [
        IimLimitProblem("creator", 34, 32)]


def test_truncation_never_splits_a_character() -> None:
    assert truncate_to_limit("aé🎉", 4) == "aé"
    assert truncate_to_limit("aé🎉", 7) == "aé🎉"
    assert truncate_to_limit("Дмитрий", 5) == "Дм"
    plan = plan_iim({"city": "Ж" * 20}, truncate=True)
    assert plan.truncated == ["city"] and plan.expected == {"city": "Ж" * 16}


def test_legacy_mode_writes_cp1252_without_1_90() -> None:
    block = encode_iim({"description": "a \u201cquote\u201d \u2013 dash"}, charset="cp1252")
    assert all((r, n) != (1, 90) for r, n, _ in datasets(block))
    assert b"\x93quote\x94 \x96 dash" in block


def test_kept_datasets_are_reencoded_as_utf8_and_managed_ones_replaced() -> None:
    old = [(1, 0, b"\x00\x04"), (2, 10, b"5"), (2, 12, b"caf\xe9"), (2, 120, b"old"),
           (3, 40, b"\xff\x00binary")]
    found = datasets(written({"description": "new"}, old))
    assert (2, 12, "café".encode()) in found
    assert (2, 10, b"5") in found and (3, 40, b"\xff\x00binary") in found
    assert [d for r, n, d in found if (r, n) == (2, 120)] == [b"new"]
    assert [d for r, n, d in found if (r, n) == (1, 0)] == [b"\x00\x04"]


def test_untouched_value_over_its_limit_is_carried_bytes_and_all() -> None:
    byline = "Jean-Baptiste Alexandre Delacroix-Montfort"  # 42 bytes, the limit is 32
    old = [(1, 90, b"\x1b%G"), (2, 80, byline.encode() + b" "), (2, 120, b"old caption")]
    plan = plan_iim({"creator": [byline], "description": "new caption"}, old)
    assert plan.over_limit == []
    assert plan.carried == ["creator kept as the file had it: 43 bytes, over the IIM limit of 32"]
    found = datasets(encode_record(plan.datasets, keep=old))
    assert [d for r, n, d in found if (r, n) == (2, 80)] == [byline.encode() + b" "]
    assert read_iim(encode_record(plan.datasets, keep=old)).fields == {
        "creator": [byline], "description": "new caption"}


def test_changed_value_over_its_limit_is_still_refused() -> None:
    old = [(2, 80, b"Ann Lee")]
    plan = plan_iim({"creator": ["Jean-Baptiste Alexandre Delacroix-Montfort"]}, old)
    assert plan.over_limit == [IimLimitProblem("creator", 42, 32)]


def test_caption_cut_at_the_limit_in_iim_is_carried_when_the_value_is_its_whole() -> None:
    whole = "x" * 1990 + " the end of a long caption"
    old = [(2, 120, whole.encode()[:2000])]
    plan = plan_iim({"description": whole}, old)
    assert plan.over_limit == [] and plan.carried == []
    assert plan.expected == {"description": whole[:2000]}


def test_read_back_uses_the_charset_rule() -> None:
    assert read_iim(encode_dataset(2, 120, "Zoë".encode())).fields["description"] == "Zoë"
    assert read_iim(encode_dataset(2, 120, b"Zo\xeb \x96")).fields["description"] == "Zoë \u2013"
