"""Each linter rule: one caption that triggers it, one that does not."""

from __future__ import annotations

from media_manager.captions import lint_caption, lint_report

GOOD = "A man walks in Homs, Syria, Wednesday, Sept. 13, 2017. (AP Photo/Omar Sayed)"


def rules(text, fields=None, **kw):
    return {f.rule_id for f in lint_caption(text, fields, **kw)}


def test_clean_caption_has_no_findings():
    assert lint_caption(GOOD) == []


def test_missing_credit_date_place():
    assert {"missing-credit", "missing-date", "missing-place"} <= rules("A dog sleeps.")
    assert not {"missing-credit", "missing-date", "missing-place"} & rules(GOOD)


def test_date_without_year():
    assert "date-without-year" in rules("Soldiers in Bamako, Mali, Aug. 20. (AP Photo)")
    assert "date-without-year" not in rules(GOOD)


def test_weekday_mismatch_names_the_real_weekday():
    bad = "A man walks in Homs, Syria, Wednesday, Sept. 14, 2017. (AP Photo/Omar Sayed)"
    found = [f for f in lint_caption(bad) if f.rule_id == "weekday-mismatch"]
    assert len(found) == 1 and "Thursday" in found[0].message
    assert bad[found[0].span.start:found[0].span.end].startswith("Wednesday")
    assert "weekday-mismatch" not in rules(GOOD)


def test_date_far_from_exif():
    assert "date-far-from-exif" in rules(GOOD, date_time_original="2017:09:20 10:00:00")
    assert "date-far-from-exif" not in rules(GOOD, date_time_original="2017:09:14 01:00:00")


def test_ap_month_style():
    assert "ap-month-style" in rules(
        "A man walks in Homs, Syria, Thursday, Sept 14, 2017. (AP Photo/Omar Sayed)")
    assert "ap-month-style" in rules(
        "A man walks in Homs, Syria, on September 14, 2017. (AP Photo/Omar Sayed)")
    assert "ap-month-style" not in rules(GOOD)
    assert "ap-month-style" not in rules(
        "A man walks in Kyiv, Ukraine October 24, 2024. REUTERS/Ola Kos")


def test_iim_limits_count_utf8_bytes():
    long_caption = "É" * 1001 + " in Homs, Syria, Sept. 13, 2017. (AP Photo/Omar Sayed)"
    assert len(long_caption) < 2000 < len(long_caption.encode("utf-8"))
    found = [f for f in lint_caption(long_caption) if f.rule_id == "iim-too-long"]
    assert found and "description" in found[0].message and "bytes" in found[0].message
    over = lint_caption(GOOD, {"city": "Ñ" * 17})  # 34 bytes, 17 characters
    assert any(f.rule_id == "iim-too-long" and f.field == "city" and "34 bytes" in f.message
               for f in over)
    assert "iim-too-long" not in rules(GOOD, {"city": "Homs"})


def test_credit_mismatch_with_byline_and_source():
    assert "credit-mismatch" in rules(GOOD, {"creator": ["Jane Doe"]})
    assert "credit-mismatch" in rules(GOOD, {"source": "Reuters"})
    assert "credit-mismatch" not in rules(GOOD, {"creator": ["Omar Sayed"], "source": "AP"})


def test_field_mismatch_with_embedded_values():
    found = lint_caption(GOOD, {"city": "Aleppo", "date_created": "2017-09-13"})
    assert [f.field for f in found if f.rule_id == "field-mismatch"] == ["city"]


def test_mojibake():
    assert "mojibake" in rules(GOOD.replace("walks", "walksâ€™"))
    assert "mojibake" in rules(GOOD, {"city": "SÃ£o Paulo"})
    assert "mojibake" not in rules(GOOD, {"city": "São Paulo"})


def test_lint_report_is_json_ready():
    report = lint_report("A dog sleeps.")
    assert {"rule_id", "message", "span", "field"} == set(report[0])
